// Distance transform, vectorisation and geodesic distance on small hand-made grids.

#include <catch2/catch.hpp>
#include <cmath>

#include "sim/field/distance_transform.hpp"
#include "sim/field/fast_marching.hpp"
#include "sim/field/vectorize.hpp"

using namespace agora;

TEST_CASE("distance_to_blocked gives the distance to the nearest blocked cell centre",
          "[field][access]") {
  // 7 × 5 cells of 0.5 m, all open except cell (1, 1).
  Mask free({0, 0}, 0.5, 7, 5, 1);
  free(1, 1) = 0;
  const Field d = distance_to_blocked(free, /*border_blocks=*/false);
  CHECK(d(1, 1) == 0.0f);
  CHECK(d(2, 1) == Approx(0.5));                     // one cell east
  CHECK(d(4, 1) == Approx(1.5));                     // three cells east
  CHECK(d(4, 4) == Approx(0.5 * std::hypot(3, 3)));  // (3, 3) cells away: 2.121 m
  // With the border blocking, cell (6, 4) is one cell from the ring outside the grid.
  const Field b = distance_to_blocked(free, /*border_blocks=*/true);
  CHECK(b(6, 4) == Approx(0.5));
  CHECK(b(3, 2) ==
        Approx(std::min(0.5 * std::hypot(2, 1), 1.5)));  // blocked cell (1,1): √5·0.5 = 1.118 m
}

TEST_CASE("polygons_of outlines regions with holes and keeps diagonal cells apart", "[field]") {
  Mask m({10, 20}, 1.0, 6, 6, 0);
  // A 4 × 4 block at (1..4, 1..4) with a one-cell hole at (2, 2).
  for (int iy = 1; iy <= 4; ++iy)
    for (int ix = 1; ix <= 4; ++ix) m(ix, iy) = 1;
  m(2, 2) = 0;
  MultiPolygon p = polygons_of(m);
  REQUIRE(p.size() == 1);
  CHECK(bg::area(p) == Approx(15.0));  // 16 cells minus the hole
  REQUIRE(p[0].inners().size() == 1);
  CHECK(p[0].outer().size() == 5);  // a square: 4 corners + closing point
  std::string reason;
  CHECK(bg::is_valid(p, reason));
  Box box;
  bg::envelope(p, box);
  CHECK(box.min_corner().x == Approx(11.0));
  CHECK(box.max_corner().y == Approx(25.0));

  Mask diag({0, 0}, 1.0, 3, 3, 0);
  diag(0, 0) = 1;
  diag(1, 1) = 1;
  const MultiPolygon two = polygons_of(diag);
  CHECK(two.size() == 2);
  CHECK(bg::area(two) == Approx(2.0));
}

TEST_CASE("geodesic_distance is the Euclidean distance in open space", "[field][egress]") {
  Mask open({0, 0}, 0.5, 81, 81, 1);
  const Field d = geodesic_distance(open, {{{40, 40}, 0.0f}});
  // From the centre cell to (80, 70): (40, 30) cells = 50 cells = 25 m exactly.
  CHECK(d(80, 70) == Approx(25.0).margin(1e-4));
  CHECK(d(0, 0) == Approx(0.5 * std::hypot(40, 40)).margin(1e-4));  // 28.284 m
  // First-order fast marching overestimates the oblique distance (why geodesic_distance exists).
  const Field f = fast_marching(open, {{{40, 40}, 0.0f}});
  CHECK(f(80, 70) > 25.3f);
}

TEST_CASE("geodesic_distance on an L-shaped site matches the exact geodesic around the corner",
          "[field][egress]") {
  // The L: x ∈ [0, 40] × y ∈ [0, 10] plus x ∈ [0, 10] × y ∈ [10, 40], 0.5 m cells. The exit is
  // the east end, x = 40, y ∈ [0, 10].
  //
  //   y=40 +----+
  //        |  P |              P = (5.25, 35.25)
  //        |    |
  //   y=10 |    +-------------+
  //        |                  | exit
  //   y=0  +------------------+
  //        x=0  10            40
  //
  // Exact: a point that sees the exit is 40 - x from it; P bends at the inner corner (10, 10):
  // |P - (10, 10)| + 30 = sqrt(4.75² + 25.25²) + 30 = 25.693 + 30 = 55.693 m.
  const double h = 0.5;
  Mask L({0, 0}, h, 80, 80, 0);
  for (int iy = 0; iy < 80; ++iy)
    for (int ix = 0; ix < 80; ++ix) {
      const Vec2 c = L.center(ix, iy);
      if (c.y < 10 || c.x < 10) L(ix, iy) = 1;
    }
  const auto seeds = seeds_along_segment(L, {40, 0}, {40, 10}, h);
  const Field g = geodesic_distance(L, seeds);
  const Field f = fast_marching(L, seeds);
  auto exact = [](Vec2 q) {
    if (q.y <= 10) return 40.0 - q.x;
    return distance(q, {10, 10}) + 30.0;
  };
  double worst_g = 0.0, worst_f = 0.0;
  for (int iy = 0; iy < 80; ++iy)
    for (int ix = 0; ix < 80; ++ix) {
      if (!L(ix, iy)) continue;
      const double e = exact(L.center(ix, iy));
      worst_g = std::max(worst_g, std::abs(static_cast<double>(g(ix, iy)) - e));
      worst_f = std::max(worst_f, std::abs(static_cast<double>(f(ix, iy)) - e));
    }
  const Cell P{10, 70};  // centre (5.25, 35.25)
  CHECK(g[P] == Approx(55.693).margin(0.05));
  // Over every cell: within 5 cm (the path bends 1 cm inside the corner), where first-order fast
  // marching is off by 0.8 m (measured: 0.011 m against 0.814 m).
  CHECK(worst_g < 0.05);
  CHECK(worst_f > 0.5);
}

TEST_CASE("geodesic_distance does not leak through a thin wall", "[field][egress]") {
  // A wall one cell thick (x ∈ [10, 10.5] m, y ∈ [0, 18] m) in a 20 × 20 m room, 0.5 m cells. Seed
  // at (5.25, 0.25); the cell at (15.25, 0.25) is reached round the wall's two top corners
  // (10, 18) and (10.5, 18): sqrt(4.75² + 17.75²) + 0.5 + sqrt(4.75² + 17.75²) = 18.375 · 2 + 0.5
  // = 37.25 m.
  Mask room({0, 0}, 0.5, 40, 40, 1);
  for (int iy = 0; iy < 36; ++iy) room(20, iy) = 0;
  const Field g = geodesic_distance(room, {{{10, 0}, 0.0f}});
  CHECK(g(30, 0) == Approx(37.25).margin(0.05));  // nowhere near the 10 m straight through the wall
}
