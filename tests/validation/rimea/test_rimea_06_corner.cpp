// RiMEA test 6: 20 people walk round a left-hand corner of a 2 m wide L-shaped corridor (12 m
// along x, then 10 m up). Nobody may cross a wall, checked every step; all must arrive.

#include <catch2/catch.hpp>

#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

TEST_CASE("RiMEA 6: 20 people round a corner without touching a wall, all arrive", "[rimea]") {
  const ModelParams params = model_params();
  //   (10,12)+--+(12,12)  exit at the top
  //          |  |
  //   (0,2)--+  |
  //   |  20 ->  |
  //   (0,0)-----+(12,0)
  Polygon corridor;
  corridor.outer() = {{0, 0}, {12, 0}, {12, 12}, {10, 12}, {10, 2}, {0, 2}, {0, 0}};
  corridor = corrected(corridor);
  auto env = std::make_shared<const Environment>(
      make_domain(corridor, {{"top", {10, 12}, {12, 12}}}, params.field_cell_m), params);
  Simulation sim(env, params);
  Rng rng(6);
  std::vector<Vec2> taken;
  const auto start = place_agents(*env, rectangle(0, 0, 6, 2), 20, 0.2, rng, taken, "first leg");
  for (const Vec2& p : start) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = free_speed(rng);
    sim.add_agent(a);
  }
  std::size_t checks = 0;
  double closest_to_wall_m = 1e9;
  run_to_end(sim, 300.0, [&](const Simulation& s) {
    for (const std::uint32_t id : s.present()) {
      if (!s.inside(id)) continue;  // walked out through the exit
      const Vec2 p = s.position(id);
      INFO("t = " << s.time_s() << " s, agent " << id << " at (" << p.x << ", " << p.y << ")");
      REQUIRE(bg::within(p, corridor));
      // Exact distance from the centre to the corridor's walls (its boundary, less the exit).
      double wall = 1e9;
      const auto& ring = corridor.outer();
      for (std::size_t k = 0; k + 1 < ring.size(); ++k) {
        const bool exit_edge = ring[k].y == 12 && ring[k + 1].y == 12;
        if (!exit_edge) wall = std::min(wall, distance_to_segment(p, ring[k], ring[k + 1]));
      }
      closest_to_wall_m = std::min(closest_to_wall_m, wall);
      ++checks;
    }
  });
  CHECK(sim.departures().size() == 20);
  CHECK(checks > 20 * 100);
  // Stronger than RiMEA asks: no body ever overlaps a wall (radius 0.2 m).
  CHECK(closest_to_wall_m >= 0.2 - 1e-9);
  CHECK(sim.blocked_moves() == 0);
}
