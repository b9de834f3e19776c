// RiMEA test 5: a room 8 m × 5 m with a 1 m exit in the middle of a 5 m wall, 10 people with
// pre-movement times uniform in 10–100 s. Each must start moving within one time step of its
// pre-movement time, and not before.

#include <catch2/catch.hpp>

#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

TEST_CASE("RiMEA 5: everyone starts moving within one time step of their pre-movement time",
          "[rimea]") {
  const ModelParams params = model_params();
  auto env = std::make_shared<const Environment>(
      make_domain(rectangle(0, 0, 8, 5), {{"exit", {8, 2}, {8, 3}}}, params.field_cell_m), params);
  Simulation sim(env, params);
  Rng rng(5);
  std::vector<double> premovement;
  for (int i = 0; i < 10; ++i) {
    AgentSpec a;
    a.position = {1.0 + 1.5 * (i % 5), i < 5 ? 1.5 : 3.5};
    a.desired_speed_ms = free_speed(rng);
    a.premovement_s = uniform(rng, 10.0, 100.0);
    premovement.push_back(a.premovement_s);
    sim.add_agent(a);
  }
  // The start of the first step over which each agent's position changed.
  std::vector<double> started(10, -1.0);
  std::vector<Vec2> last(10);
  for (std::uint32_t id = 0; id < 10; ++id) last[id] = sim.position(id);
  while (sim.departures().size() < 10 && sim.time_s() < 300.0) {
    const double t = sim.time_s();
    sim.step();
    for (std::uint32_t id = 0; id < 10; ++id) {
      if (started[id] < 0.0 && sim.position(id) != last[id]) started[id] = t;
      last[id] = sim.position(id);
    }
  }
  CHECK(sim.departures().size() == 10);
  for (std::size_t i = 0; i < 10; ++i) {
    INFO("person " << i << ": pre-movement " << premovement[i] << " s, started at " << started[i]
                   << " s");
    // The first step that starts at or after the pre-movement time moves the person.
    CHECK(started[i] >= premovement[i]);
    CHECK(started[i] < premovement[i] + params.time_step_s);
  }
}
