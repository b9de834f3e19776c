#include "gui/doc/layout_feature.hpp"

#include <stdexcept>

namespace agora::gui {

using namespace agora::scenario;

namespace {

// Calls f with the layout vector holding `kind`.
template <class L, class F>
decltype(auto) with_vector(L& layout, Kind kind, F&& f) {
  switch (kind) {
    case Kind::Perimeter:
      return f(layout.perimeters);
    case Kind::CrowdZone:
      return f(layout.crowd_zones);
    case Kind::Exit:
      return f(layout.exits);
    case Kind::Stage:
      return f(layout.stages);
    case Kind::Stall:
      return f(layout.stalls);
    case Kind::Structure:
      return f(layout.structures);
    case Kind::Barrier:
      return f(layout.barriers);
    case Kind::EmergencyGate:
      return f(layout.emergency_gates);
    case Kind::AccessPoint:
      return f(layout.access_points);
    case Kind::Receiver:
      return f(layout.receivers);
    case Kind::Stairs:
      return f(layout.stairs);
  }
  throw std::logic_error("unknown layout kind");
}

std::vector<Vec2> open_ring(const Ring& r) {
  std::vector<Vec2> pts(r.begin(), r.end());
  if (pts.size() > 1 && pts.front() == pts.back()) pts.pop_back();
  return pts;
}

Polygon closed_polygon(const std::vector<Vec2>& pts, const Polygon& keep_holes) {
  Polygon p;
  p.outer().assign(pts.begin(), pts.end());
  if (!pts.empty()) p.outer().push_back(pts.front());
  p.inners() = keep_holes.inners();
  bg::correct(p);
  return p;
}

}  // namespace

Kind kind_of(const LayoutFeature& f) {
  return static_cast<Kind>(f.index());
}

const FeatureInfo& info_of(const LayoutFeature& f) {
  return std::visit([](const auto& x) -> const FeatureInfo& { return x.info; }, f);
}
FeatureInfo& info_of(LayoutFeature& f) {
  return std::visit([](auto& x) -> FeatureInfo& { return x.info; }, f);
}

std::size_t count(const Layout& L, Kind kind) {
  return with_vector(L, kind, [](const auto& v) { return v.size(); });
}

bool valid(const Layout& L, FeatureId id) {
  return id.index < count(L, id.kind);
}

std::vector<FeatureId> all_features(const Layout& L) {
  std::vector<FeatureId> out;
  for (Kind k : kAllKinds)
    for (std::size_t i = 0; i < count(L, k); ++i) out.push_back({k, i});
  return out;
}

LayoutFeature get(const Layout& L, FeatureId id) {
  return with_vector(L, id.kind, [&](const auto& v) { return LayoutFeature(v.at(id.index)); });
}

void put(Layout& L, FeatureId id, LayoutFeature f) {
  with_vector(L, id.kind, [&](auto& v) {
    using T = typename std::decay_t<decltype(v)>::value_type;
    v.at(id.index) = std::get<T>(std::move(f));
  });
}

void insert(Layout& L, FeatureId id, LayoutFeature f) {
  with_vector(L, id.kind, [&](auto& v) {
    using T = typename std::decay_t<decltype(v)>::value_type;
    if (id.index > v.size()) throw std::out_of_range("layout insert position");
    v.insert(v.begin() + static_cast<std::ptrdiff_t>(id.index), std::get<T>(std::move(f)));
  });
}

void erase(Layout& L, FeatureId id) {
  with_vector(L, id.kind, [&](auto& v) {
    if (id.index >= v.size()) throw std::out_of_range("layout erase position");
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(id.index));
  });
}

ShapeType drawn_shape(Kind kind) {
  switch (kind) {
    case Kind::Perimeter:
    case Kind::CrowdZone:
    case Kind::Stall:
    case Kind::Structure:
    case Kind::Stairs:
      return ShapeType::Polygon;
    case Kind::Exit:
    case Kind::Barrier:
    case Kind::EmergencyGate:
      return ShapeType::Line;
    case Kind::Stage:
    case Kind::AccessPoint:
    case Kind::Receiver:
      return ShapeType::Point;
  }
  return ShapeType::Point;
}

Shape shape_of(const LayoutFeature& f) {
  return std::visit(
      [](const auto& x) -> Shape {
        using T = std::decay_t<decltype(x)>;
        if constexpr (requires { x.area; })
          return {ShapeType::Polygon, open_ring(x.area.outer())};
        else if constexpr (std::is_same_v<T, Stage>) {
          if (!x.footprint.outer().empty())
            return {ShapeType::Polygon, open_ring(x.footprint.outer())};
          return {ShapeType::Point, {x.source}};
        } else if constexpr (requires { x.line; }) {
          if (x.line.size() == 1) return {ShapeType::Point, {x.line.front()}};
          return {ShapeType::Line, std::vector<Vec2>(x.line.begin(), x.line.end())};
        } else {
          return {ShapeType::Point, {x.pos}};
        }
      },
      f);
}

void set_shape(LayoutFeature& f, const Shape& s) {
  std::visit(
      [&](auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (requires { x.area; })
          x.area = closed_polygon(s.points, x.area);
        else if constexpr (std::is_same_v<T, Stage>) {
          if (s.type == ShapeType::Polygon) {
            x.footprint = closed_polygon(s.points, x.footprint);
            bg::centroid(x.footprint, x.source);
          } else {
            x.footprint = Polygon{};
            x.source = s.points.front();
          }
        } else if constexpr (requires { x.line; })
          x.line.assign(s.points.begin(), s.points.end());
        else
          x.pos = s.points.front();
      },
      f);
}

LayoutFeature make_feature(Kind kind, const Shape& shape, const std::string& id) {
  LayoutFeature f;
  switch (kind) {
    case Kind::Perimeter:
      f = Perimeter{};
      break;
    case Kind::CrowdZone:
      f = CrowdZone{};
      break;
    case Kind::Exit: {
      Exit e;
      e.width_m = 2.5;  // a common event exit: two 1.25 m gate leaves; the user sets the real width
      f = e;
      break;
    }
    case Kind::Stage: {
      Stage s;
      s.sound_power_dba = 110.0;  // a small amplified stage; the user sets the real level
      f = s;
      break;
    }
    case Kind::Stall:
      f = Stall{};
      break;
    case Kind::Structure:
      f = Structure{};
      break;
    case Kind::Barrier:
      f = PlannedBarrier{};
      break;
    case Kind::EmergencyGate: {
      EmergencyGate g;
      g.width_m = 4.0;  // the Flemish fire-access width (sources.md: Capacity, egress and fire
                        // access); the user sets the real width
      f = g;
      break;
    }
    case Kind::AccessPoint:
      f = AccessPoint{};
      break;
    case Kind::Receiver:
      f = Receiver{};
      break;
    case Kind::Stairs:
      f = Stairs{};
      break;
  }
  set_shape(f, shape);
  info_of(f).id = id;
  return f;
}

std::string kind_label(Kind kind) {
  std::string s = to_string(kind);
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

}  // namespace agora::gui

#include "gui/doc/feature_properties.hpp"

namespace agora::gui {

bool same_layout(const Layout& a, const Layout& b) {
  for (Kind k : kAllKinds) {
    if (count(a, k) != count(b, k)) return false;
    for (std::size_t i = 0; i < count(a, k); ++i) {
      const LayoutFeature fa = get(a, {k, i}), fb = get(b, {k, i});
      const Shape sa = shape_of(fa), sb = shape_of(fb);
      if (sa.type != sb.type || sa.points != sb.points) return false;
      for (const PropertyDef& d : property_defs(k))
        if (property_text(fa, d.key) != property_text(fb, d.key)) return false;
    }
  }
  return true;
}

}  // namespace agora::gui
