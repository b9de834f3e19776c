#include <catch2/catch.hpp>
#include <cmath>

#include "sim/field/fast_marching.hpp"
#include "sim/field/rasterize.hpp"

using namespace agora;

TEST_CASE("distance along a straight corridor is exact", "[field][fast-marching]") {
  // 1 x 40 cells of 0.5 m: from the seed at cell 0 the distance to cell k is 0.5·k exactly (1-D
  // eikonal).
  Mask open({0, 0}, 0.5, 40, 1, 1);
  const Field d = fast_marching(open, {{{0, 0}, 0.0f}});
  CHECK(d(0, 0) == 0.0f);
  CHECK(d(10, 0) == Approx(5.0));
  CHECK(d(39, 0) == Approx(19.5));
}

TEST_CASE("distance in open space approximates the Euclidean distance", "[field][fast-marching]") {
  // Point source at the centre of a 101 x 101 grid of 0.5 m: the first-order scheme overestimates
  // diagonal distances by a few percent (Sethian 1999; measured here: 36.01 m for 35.36 m, +1.9 %);
  // on the axes it is exact.
  Mask open({0, 0}, 0.5, 101, 101, 1);
  const Field d = fast_marching(open, {{{50, 50}, 0.0f}});
  CHECK(d(100, 50) == Approx(25.0));
  const double diagonal = std::hypot(25.0, 25.0);  // 35.36 m
  CHECK(static_cast<double>(d(100, 100)) >= diagonal);
  CHECK(static_cast<double>(d(100, 100)) <= diagonal * 1.03);
}

TEST_CASE("walls are walked around, never through", "[field][fast-marching]") {
  // A 20 x 20 m room (1 m cells) cut by a wall at x = 10 from y = 0 up to y = 15: from (5, 1) to
  // (15, 1) the way leads over the wall's end at (10, 15.5): about 14.5 + 14.5 = 29 m, never the 10
  // m straight line.
  Mask m({0, 0}, 1.0, 20, 20, 1);
  for (int iy = 0; iy < 15; ++iy) m(10, iy) = 0;
  const Field d = fast_marching(m, {{{5, 1}, 0.0f}});
  CHECK(d(15, 1) > 27.0f);
  CHECK(d(15, 1) < 33.0f);
  CHECK(d(10, 5) == kUnreachable);  // inside the wall
}

TEST_CASE("enclosed cells stay unreachable", "[field][fast-marching]") {
  Mask m({0, 0}, 1.0, 10, 10, 1);
  for (int i = 3; i <= 7; ++i) m(i, 3) = m(i, 7) = m(3, i) = m(7, i) = 0;  // a closed box
  const Field d = fast_marching(m, {{{0, 0}, 0.0f}});
  CHECK(d(5, 5) == kUnreachable);
  CHECK(std::isfinite(d(9, 9)));
}

TEST_CASE("segment seeds hold their exact distance", "[field][fast-marching]") {
  // An exit along x = 10 m, y in [4, 6] on 1 m cells: cell (9, 5) has centre (9.5, 5.5), 0.5 m
  // away.
  Mask open({0, 0}, 1.0, 20, 10, 1);
  const auto seeds = seeds_along_segment(open, {10, 4}, {10, 6}, 1.0);
  bool found = false;
  for (const Seed& s : seeds)
    if (s.cell == Cell{9, 5}) {
      CHECK(s.distance_m == Approx(0.5));
      found = true;
    }
  CHECK(found);
  const Field d = fast_marching(open, seeds);
  CHECK(d(0, 5) == Approx(9.5).margin(0.05));  // straight west of the exit
}

TEST_CASE("a slowness field scales travel cost", "[field][fast-marching]") {
  Mask open({0, 0}, 1.0, 10, 1, 1);
  Field slow({0, 0}, 1.0, 10, 1, 2.0f);  // everywhere half speed: twice the cost
  const Field d = fast_marching(open, {{{0, 0}, 0.0f}}, &slow);
  CHECK(d(9, 0) == Approx(18.0));
}
