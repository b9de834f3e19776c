#include "sim/geometry/geometry.hpp"

#include <algorithm>
#include <numbers>

namespace agora {

double length(const Polyline& line) {
  double total = 0.0;
  for (std::size_t i = 1; i < line.size(); ++i) total += distance(line[i - 1], line[i]);
  return total;
}

Vec2 closest_point_on_segment(Vec2 p, Vec2 a, Vec2 b, double* t) {
  const Vec2 ab = b - a;
  const double len2 = ab.squared_norm();
  double u = len2 > 0.0 ? (p - a).dot(ab) / len2 : 0.0;
  u = std::clamp(u, 0.0, 1.0);
  if (t) *t = u;
  return a + ab * u;
}

double distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
  return distance(p, closest_point_on_segment(p, a, b));
}

Vec2 point_along(const Polyline& line, double s) {
  if (line.empty()) return {};
  if (s <= 0.0) return line.front();
  for (std::size_t i = 1; i < line.size(); ++i) {
    const double seg = distance(line[i - 1], line[i]);
    if (s <= seg && seg > 0.0) return line[i - 1] + (line[i] - line[i - 1]) * (s / seg);
    s -= seg;
  }
  return line.back();
}

Vec2 direction_at(const Polyline& line, double s) {
  if (line.size() < 2) return {};
  for (std::size_t i = 1; i < line.size(); ++i) {
    const double seg = distance(line[i - 1], line[i]);
    if ((s <= seg || i + 1 == line.size()) && seg > 0.0) return (line[i] - line[i - 1]) / seg;
    s -= seg;
  }
  return (line.back() - line.front()).normalized();
}

bool segment_intersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d, double* t_ab, double* t_cd) {
  const Vec2 r = b - a;
  const Vec2 s = d - c;
  const double denom = r.cross(s);
  if (std::abs(denom) < 1e-15) return false;  // parallel or degenerate
  const Vec2 ac = c - a;
  const double t = ac.cross(s) / denom;
  const double u = ac.cross(r) / denom;
  constexpr double eps = 1e-12;
  if (t < -eps || t > 1.0 + eps || u < -eps || u > 1.0 + eps) return false;
  if (t_ab) *t_ab = std::clamp(t, 0.0, 1.0);
  if (t_cd) *t_cd = std::clamp(u, 0.0, 1.0);
  return true;
}

double heading_deg(Vec2 direction) {
  double deg = std::atan2(direction.x, direction.y) * 180.0 / std::numbers::pi;
  if (deg < 0.0) deg += 360.0;
  return deg;
}

Polygon corrected(Polygon polygon) {
  bg::correct(polygon);
  return polygon;
}

}  // namespace agora
