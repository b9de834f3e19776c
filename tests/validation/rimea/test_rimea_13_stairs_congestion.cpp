// RiMEA test 13: a room 5 m × 8 m with 150 people, a 2 m exit into a corridor 12 m × 2 m that
// ends in a stair going up (speed normal(0.675, 0.04) m/s per person). A jam must grow at the
// foot of the stair: the flow onto the stair is lower than the flow in the corridor, and the
// density before the stair rises over time.
//
//   +-----+
//   | 150 +------------------+//////////////////+
//   |     |  corridor 12 m   |  stair 10 m, up  >  exit
//   |     +------------------+//////////////////+
//   +-----+  y 3-5
//   x 0   5                 17                 27

#include <catch2/catch.hpp>

#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

TEST_CASE("RiMEA 13: a jam grows at the foot of a stair", "[rimea]") {
  const ModelParams params = model_params();
  MultiPolygon area;
  bg::union_(rectangle(0, 0, 5, 8), rectangle(5, 3, 27, 5), area);
  Domain d = make_domain(area, {{"top", {27, 3}, {27, 5}}}, params.field_cell_m);
  d.stairs.push_back({"stair", rectangle(17, 3, 27, 5), {1.0, 0.0}, 2.0});
  auto env = std::make_shared<const Environment>(std::move(d), params);
  Simulation sim(env, params);
  Rng rng(13);
  std::vector<Vec2> taken;
  for (const Vec2& p : place_agents(*env, rectangle(0, 0, 5, 8), 150, 0.2, rng, taken, "room")) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = free_speed(rng);
    a.stair_up_ms = truncated_normal(rng, 0.675, 0.04, 0.675 - 3 * 0.04, 0.675 + 3 * 0.04);
    sim.add_agent(a);
  }
  LineCounter in_corridor(9.0), onto_stair(17.0);
  // 2 m × 2 m at the foot of the stair, 5 s means.
  const Box foot{{15, 3}, {17, 5}};
  std::vector<double> foot_density;
  double sum = 0.0;
  run_to_end(sim, 900.0, [&](const Simulation& s) {
    in_corridor.observe(s);
    onto_stair.observe(s);
    sum += density_in(s, foot);
    if (s.steps() % 100 == 0) {
      foot_density.push_back(sum / 100.0);
      sum = 0.0;
    }
  });
  REQUIRE(sim.departures().size() == 150);
  const double flow_corridor = steady_flow(in_corridor.times());
  const double flow_stair = steady_flow(onto_stair.times());
  // The density at the foot 10 s and 40 s after the first person reached the stair.
  const double first_s = *std::min_element(onto_stair.times().begin(), onto_stair.times().end());
  const std::size_t early = static_cast<std::size_t>((first_s + 10.0) / 5.0),
                    late = static_cast<std::size_t>((first_s + 40.0) / 5.0);
  REQUIRE(late < foot_density.size());
  WARN("RiMEA 13: corridor " << flow_corridor << " p/s, onto the stair " << flow_stair
                             << " p/s; density at the foot " << foot_density[early] << " p/m² then "
                             << foot_density[late] << " p/m²");
  CHECK(flow_stair < flow_corridor);
  CHECK(foot_density[late] > foot_density[early]);
}
