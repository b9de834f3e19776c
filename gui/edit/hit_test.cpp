#include "gui/edit/hit_test.hpp"

#include <limits>

namespace agora::gui {

namespace {

bool inside(const std::vector<Vec2>& ring, Vec2 p) {
  bool in = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const Vec2 a = ring[i], b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) in = !in;
  }
  return in;
}

double ring_area(const std::vector<Vec2>& r) {
  double a = 0.0;
  for (std::size_t i = 0; i < r.size(); ++i) a += r[i].cross(r[(i + 1) % r.size()]);
  return std::abs(a) / 2.0;
}

std::vector<Vec2> to_screen(const Shape& s, const MapView& v) {
  std::vector<Vec2> out;
  out.reserve(s.points.size());
  for (Vec2 p : s.points) out.push_back(v.to_screen(p));
  return out;
}

}  // namespace

double screen_distance(const Shape& shape, const MapView& view, Vec2 screen) {
  const std::vector<Vec2> pts = to_screen(shape, view);
  if (pts.empty()) return std::numeric_limits<double>::infinity();
  if (shape.type == ShapeType::Polygon && pts.size() >= 3 && inside(pts, screen)) return 0.0;
  if (pts.size() == 1) return distance(pts[0], screen);
  double d = std::numeric_limits<double>::infinity();
  const std::size_t n = pts.size();
  const std::size_t segs = shape.type == ShapeType::Polygon ? n : n - 1;
  for (std::size_t i = 0; i < segs; ++i)
    d = std::min(d, distance_to_segment(screen, pts[i], pts[(i + 1) % n]));
  return d;
}

std::optional<LayoutHit> hit_layout(const scenario::Layout& layout, const MapView& view,
                                    Vec2 screen, double tol) {
  struct Candidate {
    LayoutHit hit;
    int rank;        // 0 point or line, 1 area edge, 2 area interior
    double area_m2;  // smaller areas first among interiors
  };
  std::optional<Candidate> best;
  for (const FeatureId& id : all_features(layout)) {
    const Shape s = shape_of(get(layout, id));
    const double d = screen_distance(s, view, screen);
    if (d > tol) continue;
    Candidate c{{id, d}, 0, 0.0};
    if (s.type == ShapeType::Polygon && d == 0.0) {
      // Inside: does the edge lie within tolerance too?
      Shape outline = s;
      outline.type = ShapeType::Line;
      outline.points.push_back(s.points.front());
      const double edge_d = screen_distance(outline, view, screen);
      if (edge_d <= tol) {
        c.hit.distance_px = edge_d;
        c.rank = 1;
      } else {
        c.rank = 2;
      }
      c.area_m2 = ring_area(s.points);
    } else if (s.type == ShapeType::Polygon) {
      c.rank = 1;  // just outside an area's edge
    }
    auto better = [](const Candidate& a, const Candidate& b) {
      if (a.rank != b.rank) return a.rank < b.rank;
      if (a.rank == 2) return a.area_m2 < b.area_m2;
      return a.hit.distance_px < b.hit.distance_px;
    };
    if (!best || better(c, *best)) best = c;
  }
  if (!best) return std::nullopt;
  return best->hit;
}

int vertex_at(const Shape& shape, const MapView& view, Vec2 screen, double tol) {
  int found = -1;
  double best = tol;
  for (std::size_t i = 0; i < shape.points.size(); ++i) {
    const double d = distance(view.to_screen(shape.points[i]), screen);
    if (d <= best) best = d, found = static_cast<int>(i);
  }
  return found;
}

int edge_at(const Shape& shape, const MapView& view, Vec2 screen, double tol, Vec2* on_edge) {
  const std::size_t n = shape.points.size();
  if (n < 2 || shape.type == ShapeType::Point) return -1;
  const std::size_t segs = shape.type == ShapeType::Polygon ? n : n - 1;
  int found = -1;
  double best = tol;
  for (std::size_t i = 0; i < segs; ++i) {
    const Vec2 a = view.to_screen(shape.points[i]), b = view.to_screen(shape.points[(i + 1) % n]);
    double t = 0.0;
    const Vec2 q = closest_point_on_segment(screen, a, b, &t);
    const double d = distance(q, screen);
    if (d <= best) {
      best = d;
      found = static_cast<int>(i);
      if (on_edge) *on_edge = shape.points[i] + (shape.points[(i + 1) % n] - shape.points[i]) * t;
    }
  }
  return found;
}

}  // namespace agora::gui
