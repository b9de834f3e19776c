// Exact Euclidean distance transform against hand values and a brute-force search.

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "sim/field/distance_transform.hpp"

using namespace agora;

TEST_CASE("distance to the nearest target cell, in metres", "[field][distance_transform]") {
  // 7 × 5 grid of 0.5 m cells, one target at (2, 1): distance = 0.5 · sqrt(dx² + dy²).
  Mask m({0.0, 0.0}, 0.5, 7, 5, 0);
  m(2, 1) = 1;
  const Field d = distance_to_value(m, 1);
  CHECK(d(2, 1) == 0.0f);
  CHECK(d(3, 1) == Approx(0.5));
  CHECK(d(6, 1) == Approx(2.0));                    // 4 cells along x
  CHECK(d(5, 4) == Approx(0.5 * std::sqrt(18.0)));  // (3, 3) away: 2.121 m
  CHECK(d(0, 4) == Approx(0.5 * std::sqrt(13.0)));  // (−2, 3): 1.803 m
  // No target anywhere: every cell says so.
  Mask empty({0.0, 0.0}, 1.0, 3, 3, 0);
  CHECK(distance_to_value(empty, 1)(1, 1) == kNoTarget_m);
  // Every cell a target: zero everywhere.
  Mask full({0.0, 0.0}, 1.0, 3, 2, 1);
  CHECK(distance_to_value(full, 1).values().maxCoeff() == 0.0f);
}

TEST_CASE("the transform equals a brute-force nearest-target search",
          "[field][distance_transform]") {
  std::mt19937 rng(20261128);
  std::uniform_int_distribution<int> pick(0, 19);
  Mask m({100.0, 200.0}, 0.25, 37, 23, 0);
  for (int k = 0; k < 25; ++k) m(pick(rng) % 37, pick(rng) % 23) = 3;
  const Field d = distance_to_value(m, 3);
  double worst = 0.0;
  for (int iy = 0; iy < 23; ++iy)
    for (int ix = 0; ix < 37; ++ix) {
      double best = 1e18;
      for (int jy = 0; jy < 23; ++jy)
        for (int jx = 0; jx < 37; ++jx)
          if (m(jx, jy) == 3) best = std::min(best, std::hypot(ix - jx, iy - jy) * 0.25);
      worst = std::max(worst, std::abs(best - static_cast<double>(d(ix, iy))));
    }
  CHECK(worst < 1e-5);
}
