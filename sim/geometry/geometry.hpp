#pragma once
// Planar geometry in metres of the local projected CRS: a 2-D vector type registered with
// Boost.Geometry, the polygon and line types built on it, and the few vector operations the
// analyses use everywhere. Polygons are counter-clockwise and closed (GeoJSON's orientation).

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/register/point.hpp>
#include <cmath>
#include <vector>

namespace agora {

struct Vec2 {
  double x = 0.0;
  double y = 0.0;

  constexpr Vec2() = default;
  constexpr Vec2(double x_, double y_) : x(x_), y(y_) {}

  constexpr Vec2 operator+(Vec2 o) const { return {x + o.x, y + o.y}; }
  constexpr Vec2 operator-(Vec2 o) const { return {x - o.x, y - o.y}; }
  constexpr Vec2 operator-() const { return {-x, -y}; }
  constexpr Vec2 operator*(double s) const { return {x * s, y * s}; }
  constexpr Vec2 operator/(double s) const { return {x / s, y / s}; }
  constexpr Vec2& operator+=(Vec2 o) {
    x += o.x;
    y += o.y;
    return *this;
  }
  constexpr Vec2& operator-=(Vec2 o) {
    x -= o.x;
    y -= o.y;
    return *this;
  }
  constexpr Vec2& operator*=(double s) {
    x *= s;
    y *= s;
    return *this;
  }
  constexpr bool operator==(const Vec2&) const = default;

  constexpr double dot(Vec2 o) const { return x * o.x + y * o.y; }
  constexpr double cross(Vec2 o) const { return x * o.y - y * o.x; }
  constexpr double squared_norm() const { return x * x + y * y; }
  // sqrt, not std::hypot: local metric coordinates cannot overflow, and hypot's scaling
  // costs several times more in the analyses' inner loops.
  double norm() const { return std::sqrt(x * x + y * y); }
  Vec2 normalized() const {
    const double n = norm();
    return n > 0.0 ? Vec2{x / n, y / n} : Vec2{};
  }
  constexpr Vec2 perpendicular() const { return {-y, x}; }  // rotated +90°
};

constexpr Vec2 operator*(double s, Vec2 v) {
  return v * s;
}
inline double distance(Vec2 a, Vec2 b) {
  return (a - b).norm();
}

}  // namespace agora

BOOST_GEOMETRY_REGISTER_POINT_2D(agora::Vec2, double, boost::geometry::cs::cartesian, x, y)

namespace agora {

namespace bg = boost::geometry;

using Polyline = bg::model::linestring<Vec2>;
using Ring = bg::model::ring<Vec2, /*ClockWise=*/false, /*Closed=*/true>;
using Polygon = bg::model::polygon<Vec2, /*ClockWise=*/false, /*Closed=*/true>;
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<Vec2>;
using Segment = bg::model::segment<Vec2>;

// Length of a polyline, metres.
double length(const Polyline& line);

// Closest point on segment [a, b] to p, and the parameter t in [0, 1] where it lies.
Vec2 closest_point_on_segment(Vec2 p, Vec2 a, Vec2 b, double* t = nullptr);
double distance_to_segment(Vec2 p, Vec2 a, Vec2 b);

// Point at arc length s along the line (clamped to its ends).
Vec2 point_along(const Polyline& line, double s);

// Unit direction of the line at arc length s (of the segment containing s).
Vec2 direction_at(const Polyline& line, double s);

// Proper or touching intersection of segments [a, b] and [c, d]; on success sets the
// parameters along each (0..1).
bool segment_intersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d, double* t_ab, double* t_cd);

// Heading of a direction in degrees clockwise from grid north (0 = north, 90 = east).
double heading_deg(Vec2 direction);

// Polygon with its rings put in Agora's orientation and closed.
Polygon corrected(Polygon polygon);

}  // namespace agora
