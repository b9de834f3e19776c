// RiMEA test 12: room 10 m × 10 m, then a corridor 5 m long and 1 m wide, then a second room
// 10 m × 10 m with a 1 m exit; 150 people in the first room, no pre-movement. Congestion must
// form before the corridor and none at the last exit: the flow through the last exit never
// exceeds the flow through the corridor (5 % tolerance), and the density at the last exit stays
// below 2 p/m².
//
//   +----------+          +----------+
//   |          |          |          |
//   |   150    +==========+          >  exit 1 m (x = 25, y 4.5-5.5)
//   |          +==========+          |
//   |          | 5 m x 1m |          |
//   +----------+          +----------+
//   x 0       10          15         25

#include <catch2/catch.hpp>

#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

TEST_CASE("RiMEA 12: a jam before the bottleneck, none at the exit behind it", "[rimea]") {
  const ModelParams params = model_params();
  MultiPolygon area, tmp;
  bg::union_(rectangle(0, 0, 10, 10), rectangle(10, 4.5, 15, 5.5), tmp);
  bg::union_(tmp, rectangle(15, 0, 25, 10), area);
  auto env = std::make_shared<const Environment>(
      make_domain(area, {{"exit", {25, 4.5}, {25, 5.5}}}, params.field_cell_m), params);
  Simulation sim(env, params);
  Rng rng(12);
  std::vector<Vec2> taken;
  for (const Vec2& p :
       place_agents(*env, rectangle(0, 0, 10, 10), 150, 0.2, rng, taken, "first room")) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = free_speed(rng);
    sim.add_agent(a);
  }
  LineCounter corridor_end(15.0);
  // 2 m × 2 m measuring areas in front of the corridor and in front of the exit; densities as
  // 1 s means (20 steps).
  const Box before_corridor{{8, 4}, {10, 6}}, before_exit{{23, 4}, {25, 6}};
  double jam = 0.0, at_exit = 0.0, sum_jam = 0.0, sum_exit = 0.0;
  run_to_end(sim, 600.0, [&](const Simulation& s) {
    corridor_end.observe(s);
    sum_jam += density_in(s, before_corridor);
    sum_exit += density_in(s, before_exit);
    if (s.steps() % 20 == 0) {
      jam = std::max(jam, sum_jam / 20.0);
      at_exit = std::max(at_exit, sum_exit / 20.0);
      sum_jam = sum_exit = 0.0;
    }
  });
  REQUIRE(sim.departures().size() == 150);
  REQUIRE(corridor_end.times().size() == 150);
  std::vector<double> out;
  for (const Departure& d : sim.departures()) out.push_back(d.time_s);
  const double flow_corridor = steady_flow(corridor_end.times());
  const double flow_exit = steady_flow(out);
  WARN("RiMEA 12: corridor " << flow_corridor << " p/s, exit " << flow_exit
                             << " p/s; densities: before the corridor up to " << jam
                             << " p/m², at the exit up to " << at_exit << " p/m²");
  CHECK(flow_exit <= 1.05 * flow_corridor);
  CHECK(at_exit < 2.0);
  // The jam: a 1 s mean above 2 p/m² in front of the corridor (where RiMEA expects congestion).
  CHECK(jam > 2.0);
}
