// Drawing agents' traits: portable random numbers, truncated normals, groups by share.

#include <catch2/catch.hpp>

#include "sim/crowd/agents/demographics.hpp"

using namespace agora;
using namespace agora::crowd::agents;

TEST_CASE("Random draws repeat exactly for a seed and stay in range", "[crowd-agents]") {
  Rng a(42), b(42);
  for (int i = 0; i < 100; ++i) REQUIRE(uniform01(a) == uniform01(b));
  // std::mt19937_64 is fixed by the standard: its 10000th output for the default seed 5489 is
  // 9981545732273789042, so uniform01 of it is that >> 11 times 2^-53.
  Rng c;
  c.discard(9999);
  CHECK(uniform01(c) == static_cast<double>(9981545732273789042ull >> 11) * 0x1.0p-53);
  Rng r(1);
  for (int i = 0; i < 10000; ++i) {
    const double v = truncated_normal(r, 1.0, 0.5, 0.8, 1.1);
    REQUIRE(v >= 0.8);
    REQUIRE(v <= 1.1);
  }
  CHECK(truncated_normal(r, 2.0, 0.0, 0.5, 1.5) == 1.5);  // sd 0: the mean, clamped
}

TEST_CASE("Traits follow the groups' shares and ranges", "[crowd-agents]") {
  Population p;
  p.groups = {{"slow", 0, 0, 0.5, 0.7, 0.6, 0.05, 0.25}, {"fast", 0, 0, 1.3, 1.5, 1.4, 0.05, 0.75}};
  p.premovement_min_s = 5.0;
  p.premovement_max_s = 15.0;
  p.validate();
  Rng rng(3);
  int slow = 0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    const AgentTraits t = draw_traits(p, rng);
    const SpeedGroup& g = p.groups[static_cast<std::size_t>(t.group)];
    REQUIRE(t.desired_speed_ms >= g.speed_min_ms);
    REQUIRE(t.desired_speed_ms <= g.speed_max_ms);
    REQUIRE(t.premovement_s >= 5.0);
    REQUIRE(t.premovement_s <= 15.0);
    CHECK(t.radius_m == 0.2);
    slow += t.group == 0;
  }
  // A quarter slow: 5000 expected, binomial sd sqrt(20000 × 0.25 × 0.75) = 61.
  CHECK(std::abs(slow - 5000) < 4 * 61);
  CHECK(max_desired_speed_ms(p) == 1.5);
}

TEST_CASE("A speed table whose shares do not sum to one is refused", "[crowd-agents]") {
  Population p;
  p.groups = {{"a", 0, 0, 1.0, 1.2, 1.1, 0.1, 0.5}, {"b", 0, 0, 1.0, 1.2, 1.1, 0.1, 0.4}};
  CHECK_THROWS_WITH(p.validate("table.csv"),
                    Catch::Contains("sum to 1") && Catch::Contains("table.csv"));
  p.groups[1].share = 0.5;
  p.groups[1].speed_mean_ms = 1.3;  // outside its range
  CHECK_THROWS_WITH(p.validate("table.csv"), Catch::Contains("speed_mean_ms"));
}
