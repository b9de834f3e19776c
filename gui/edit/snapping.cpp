#include "gui/edit/snapping.hpp"

#include <limits>

namespace agora::gui {

Snap snap_point(Vec2 world, const MapView& view, const scenario::Layout& layout,
                const city::CityModel* city, double tol_px, const SnapExclude& ex) {
  const double tol_m = tol_px / view.px_per_m();
  double best = tol_m;
  Snap snap{world, SnapKind::None};
  for (const FeatureId& id : all_features(layout)) {
    const Shape s = shape_of(get(layout, id));
    for (std::size_t i = 0; i < s.points.size(); ++i) {
      if (ex.feature && *ex.feature == id && (ex.vertex < 0 || ex.vertex == static_cast<int>(i)))
        continue;
      const double d = distance(s.points[i], world);
      if (d <= best) best = d, snap = {s.points[i], SnapKind::LayoutVertex};
    }
  }
  if (snap.kind != SnapKind::None || !city) return snap;
  const Box box{{world.x - tol_m, world.y - tol_m}, {world.x + tol_m, world.y + tol_m}};
  const std::vector<city::FeatureRef> near = city->query(box);
  for (const city::FeatureRef& r : near) {
    if (r.kind != city::FeatureKind::Building) continue;
    for (const Vec2& p : city->buildings[r.index].footprint.outer()) {
      const double d = distance(p, world);
      if (d <= best) best = d, snap = {p, SnapKind::BuildingCorner};
    }
  }
  if (snap.kind != SnapKind::None) return snap;
  for (const city::FeatureRef& r : near) {
    if (r.kind != city::FeatureKind::Edge) continue;
    const Polyline& line = city->edges[r.index].line;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
      const Vec2 q = closest_point_on_segment(world, line[i], line[i + 1]);
      const double d = distance(q, world);
      if (d <= best) best = d, snap = {q, SnapKind::Road};
    }
  }
  return snap;
}

const char* snap_label(SnapKind k) {
  switch (k) {
    case SnapKind::None:
      return "";
    case SnapKind::LayoutVertex:
      return "vertex";
    case SnapKind::BuildingCorner:
      return "building corner";
    case SnapKind::Road:
      return "road";
  }
  return "";
}

}  // namespace agora::gui
