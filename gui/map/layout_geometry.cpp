#include "gui/map/layout_geometry.hpp"

#include <algorithm>

namespace agora::gui {

using namespace agora::scenario;

KindLook kind_look(Kind k) {
  switch (k) {
    case Kind::Perimeter:
      return {0, rgba(31, 78, 158), 3.0f};
    case Kind::CrowdZone:
      return {rgba(255, 150, 40, 70), rgba(225, 115, 15, 230), 1.5f};
    case Kind::Exit:
      return {0, rgba(25, 150, 60), 5.0f};
    case Kind::Stage:
      return {rgba(200, 40, 160, 220), rgba(120, 10, 90), 1.5f};
    case Kind::Stall:
      return {rgba(181, 131, 90, 235), rgba(105, 70, 40), 1.0f};
    case Kind::Structure:
      return {rgba(140, 127, 168, 235), rgba(75, 65, 105), 1.0f};
    case Kind::Barrier:
      return {0, rgba(20, 20, 20), 5.0f};
    case Kind::EmergencyGate:
      return {0, rgba(0, 110, 210), 5.0f};
    case Kind::AccessPoint:
      return {rgba(0, 110, 210), rgba(255, 255, 255), 1.5f};
    case Kind::Receiver:
      return {rgba(250, 210, 40), rgba(40, 40, 40), 1.5f};
    case Kind::Stairs:
      return {rgba(150, 150, 150, 200), rgba(70, 70, 70), 1.5f};
  }
  return {0, rgba(0, 0, 0), 1.0f};
}

Rgba line_colour(const LayoutFeature& f) {
  const Kind k = kind_of(f);
  if (k == Kind::Exit) {
    const auto& e = std::get<Exit>(f);
    if (e.closed) return rgba(140, 140, 140);
    if (e.emergency_only) return rgba(20, 120, 50);
  }
  if (k == Kind::Barrier && std::get<PlannedBarrier>(f).rating.empty()) return rgba(170, 30, 30);
  return kind_look(k).stroke;
}

VertexBatch build_layout_geometry(const Layout& layout, Vec2 origin, const bool* visible) {
  VertexBatch b(origin);
  for (Kind k : kPaintOrder) {
    if (visible && !visible[static_cast<int>(k)]) continue;
    const KindLook look = kind_look(k);
    for (std::size_t i = 0; i < count(layout, k); ++i) {
      const LayoutFeature f = get(layout, {k, i});
      const Shape s = shape_of(f);
      if (s.type == ShapeType::Polygon && s.points.size() >= 3) {
        Polygon p;
        p.outer().assign(s.points.begin(), s.points.end());
        p.outer().push_back(s.points.front());
        if (look.fill >> 24) b.add_triangles(triangulate(p), look.fill);
        b.add_polyline(s.points, {look.stroke, 0.0, static_cast<double>(look.stroke_px) / 2.0},
                       /*closed=*/true);
        if (k == Kind::Stage) b.add_dot(std::get<Stage>(f).source, 4.0, rgba(255, 255, 255));
      } else if (s.type == ShapeType::Line) {
        double half_m = 0.0, half_px = static_cast<double>(look.stroke_px) / 2.0;
        if (k == Kind::Exit)
          half_m = std::get<Exit>(f).width_m * 0.175;  // a bar a third of the opening wide
        const Rgba colour = line_colour(f);
        b.add_polyline(s.points, {rgba(255, 255, 255, 210), half_m, half_px, 1.5});
        b.add_polyline(s.points, {colour, half_m, half_px});
        if (k == Kind::Barrier)
          for (Vec2 p : s.points)
            b.add_dot(p, static_cast<double>(look.stroke_px) * 0.75,
                      colour);  // the line reads as elements
      } else if (!s.points.empty()) {
        const Vec2 c = s.points.front();
        switch (k) {
          case Kind::Stage:
            b.add_dot(c, 9.5, look.stroke);
            b.add_dot(c, 8.0, look.fill);
            break;
          case Kind::AccessPoint:
            b.add_dot(c, 8.5, rgba(255, 255, 255));
            b.add_dot(c, 7.0, look.fill);
            break;
          case Kind::Receiver:
            b.add_dot(c, 7.5, look.stroke);
            b.add_dot(c, 6.0, look.fill);
            break;
          case Kind::Barrier:
            b.add_dot(c, 7.0, rgba(255, 255, 255));
            b.add_dot(c, 5.5, line_colour(f));
            break;
          default:
            b.add_dot(c, 7.5, rgba(255, 255, 255));
            b.add_dot(c, 6.0, look.stroke);
            break;
        }
      }
    }
  }
  return b;
}

}  // namespace agora::gui
