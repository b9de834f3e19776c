// Placing agents: the count asked for, clear of walls and of each other, and errors for zones
// that cannot hold them.

#include <catch2/catch.hpp>

#include "sim/crowd/agents/placement.hpp"

using namespace agora;
using namespace agora::crowd::agents;

TEST_CASE("Agents are placed clear of walls and of each other", "[crowd-agents]") {
  const ModelParams p;
  const Environment env(make_domain(rectangle(0, 0, 10, 10), {}, p.field_cell_m), p);
  Rng rng(1);
  std::vector<Vec2> taken;
  // 2 p/m² over 100 m²: 200 people.
  const auto pts = place_agents(env, rectangle(0, 0, 10, 10), 200, 0.2, rng, taken, "zone");
  REQUIRE(pts.size() == 200);
  CHECK(taken.size() == 200);
  for (std::size_t i = 0; i < pts.size(); ++i) {
    REQUIRE(env.walls().nearest(pts[i]).distance_m >= 0.2);
    for (std::size_t j = i + 1; j < pts.size(); ++j) REQUIRE(distance(pts[i], pts[j]) >= 0.4);
  }
  // A second zone overlapping the first keeps clear of the agents already there.
  const auto more = place_agents(env, rectangle(4, 4, 6, 6), 2, 0.2, rng, taken, "zone 2");
  for (const Vec2& q : more)
    for (const Vec2& r : pts) REQUIRE(distance(q, r) >= 0.4);
}

TEST_CASE("Densest packing and the errors of placing too many", "[crowd-agents]") {
  // Hexagonal packing of 0.4 m discs: 2 / (√3 × 0.16) = 7.217 p/m².
  CHECK(max_packing_density_ppm2(0.2) == Approx(7.2169).epsilon(1e-4));
  const ModelParams p;
  const Environment env(make_domain(rectangle(0, 0, 10, 10), {}, p.field_cell_m), p);
  Rng rng(2);
  std::vector<Vec2> taken;
  // 800 on 100 m² is 8 p/m².
  CHECK_THROWS_WITH(
      place_agents(env, rectangle(0, 0, 10, 10), 800, 0.2, rng, taken, "feature 3 (id 'front')"),
      Catch::Contains("feature 3 (id 'front')") && Catch::Contains("beyond the 7.2"));
  CHECK_THROWS_WITH(place_agents(env, rectangle(20, 20, 25, 25), 5, 0.2, rng, taken, "off site"),
                    Catch::Contains("off site") && Catch::Contains("no walkable space"));
  // Walkable area: the 10 m × 10 m room.
  CHECK(walkable_area_m2(env, rectangle(-5, -5, 15, 15)) == Approx(100.0));
}
