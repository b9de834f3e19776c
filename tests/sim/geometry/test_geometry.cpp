#include <catch2/catch.hpp>

#include "sim/geometry/geometry.hpp"

using namespace agora;

TEST_CASE("polyline length and points along it", "[geometry]") {
  // An L: 30 m east, then 40 m north.
  const Polyline l{{0, 0}, {30, 0}, {30, 40}};
  CHECK(length(l) == Approx(70.0));
  CHECK(point_along(l, 10.0) == Vec2{10, 0});
  CHECK(point_along(l, 50.0) == Vec2{30, 20});
  CHECK(point_along(l, 500.0) == Vec2{30, 40});  // clamped to the end
  CHECK(direction_at(l, 45.0) == Vec2{0, 1});
}

TEST_CASE("closest point on a segment", "[geometry]") {
  double t = -1;
  CHECK(closest_point_on_segment({5, 3}, {0, 0}, {10, 0}, &t) == Vec2{5, 0});
  CHECK(t == Approx(0.5));
  CHECK(distance_to_segment({-3, 4}, {0, 0}, {10, 0}) ==
        Approx(5.0));  // 3-4-5 triangle to the end point
}

TEST_CASE("segment intersection", "[geometry]") {
  double t = 0, u = 0;
  REQUIRE(segment_intersection({0, 0}, {10, 0}, {4, -2}, {4, 8}, &t, &u));
  CHECK(t == Approx(0.4));
  CHECK(u == Approx(0.2));
  CHECK_FALSE(segment_intersection({0, 0}, {10, 0}, {0, 1}, {10, 1}, &t, &u));    // parallel
  CHECK_FALSE(segment_intersection({0, 0}, {10, 0}, {11, -1}, {11, 1}, &t, &u));  // beyond the end
}

TEST_CASE("headings are clockwise from north", "[geometry]") {
  CHECK(heading_deg({0, 1}) == Approx(0.0));
  CHECK(heading_deg({1, 0}) == Approx(90.0));
  CHECK(heading_deg({0, -1}) == Approx(180.0));
  CHECK(heading_deg({-1, 0}) == Approx(270.0));
}

TEST_CASE("polygons are corrected to counter-clockwise and closed", "[geometry]") {
  Polygon p;
  p.outer() = {{0, 0}, {0, 10}, {10, 10}, {10, 0}};  // clockwise and open
  const Polygon c = corrected(p);
  CHECK(c.outer().size() == 5);
  CHECK(c.outer().front() == c.outer().back());
  CHECK(bg::area(c) == Approx(100.0));  // positive: counter-clockwise
}
