// The stepping engine: deterministic and independent of the thread count, exits that close and
// reopen, exit choice, and bad input refused before the run.

#include <catch2/catch.hpp>

#include "sim/crowd/agents/placement.hpp"
#include "sim/crowd/agents/simulation.hpp"

using namespace agora;
using namespace agora::crowd::agents;

namespace {

// A 20 m × 20 m room with exits west (y 9-11) and east (y 9-11).
std::shared_ptr<const Environment> two_exit_room() {
  const ModelParams p;
  return std::make_shared<const Environment>(
      make_domain(rectangle(0, 0, 20, 20), {{"west", {0, 9}, {0, 11}}, {"east", {20, 9}, {20, 11}}},
                  p.field_cell_m),
      p);
}

void fill(Simulation& sim, std::size_t n, std::uint64_t seed, Box where = {{1, 1}, {19, 19}}) {
  Rng rng(seed);
  std::vector<Vec2> taken;
  const Polygon area = rectangle(where.min_corner().x, where.min_corner().y, where.max_corner().x,
                                 where.max_corner().y);
  for (const Vec2& p : place_agents(sim.environment(), area, n, 0.2, rng, taken, "room")) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = uniform(rng, 1.0, 1.5);
    a.premovement_s = uniform(rng, 0.0, 3.0);
    sim.add_agent(a);
  }
}

std::vector<Vec2> positions_after(int threads, int steps) {
  Simulation sim(two_exit_room(), ModelParams{}, {.threads = threads});
  fill(sim, 600, 11);
  for (int i = 0; i < steps; ++i) sim.step();
  std::vector<Vec2> out;
  for (std::uint32_t id = 0; id < sim.agent_count(); ++id) out.push_back(sim.position(id));
  return out;
}

}  // namespace

TEST_CASE("Two and three threads give bit for bit the positions of one", "[crowd-agents]") {
  const auto one = positions_after(1, 300);
  const auto two = positions_after(2, 300);
  const auto three = positions_after(3, 300);
  REQUIRE(one.size() == 600);
  std::size_t moved = 0;
  for (std::size_t i = 0; i < one.size(); ++i) {
    REQUIRE(two[i] == one[i]);  // exact equality of doubles, not approximate
    REQUIRE(three[i] == one[i]);
  }
  // Not trivially equal: after 15 s most have moved (or left).
  const auto start = positions_after(1, 0);
  for (std::size_t i = 0; i < one.size(); ++i) moved += one[i] != start[i];
  CHECK(moved > 550);
}

TEST_CASE("Nobody leaves through a closed exit; it can reopen", "[crowd-agents]") {
  Simulation sim(two_exit_room(), ModelParams{});
  fill(sim, 200, 12, {{1, 1}, {10, 19}});    // the western half
  sim.set_exit_open(0, false);               // west closed from the start
  for (int i = 0; i < 100; ++i) sim.step();  // 5 s: at most 1.5 m/s × 5 s = 7.5 m walked
  for (const Departure& d : sim.departures()) CHECK(d.exit == 1u);
  for (const std::uint32_t id : sim.present()) CHECK(sim.target_exit(id) != 0);
  const std::size_t east_before = sim.departures().size();
  CHECK(east_before == 0);  // the east exit is at least 10 m from everyone: nobody yet
  sim.set_exit_open(0, true);
  while (sim.departures().size() < 200 && sim.time_s() < 300.0) sim.step();
  REQUIRE(sim.departures().size() == 200);
  std::size_t west = 0;
  for (const Departure& d : sim.departures()) west += d.exit == 0u;
  // Reopened, the nearer west exit takes most of them.
  CHECK(west > 100);
}

TEST_CASE("Agents choose the quicker exit, counting the queue", "[crowd-agents]") {
  // Everyone starts in a 4 m strip by the west wall: by distance all would take the west exit;
  // the queue there sends some east.
  Simulation sim(two_exit_room(), ModelParams{});
  fill(sim, 300, 13, {{1, 1}, {5, 19}});
  while (sim.departures().size() < 300 && sim.time_s() < 600.0) sim.step();
  REQUIRE(sim.departures().size() == 300);
  std::size_t east = 0;
  for (const Departure& d : sim.departures()) east += d.exit == 1u;
  CHECK(east > 0);
  CHECK(east < 150);  // the far exit is the lesser choice
}

TEST_CASE("Assigned agents keep their exit", "[crowd-agents]") {
  Simulation sim(two_exit_room(), ModelParams{});
  AgentSpec a;
  a.position = {2.0, 10.0};  // 2 m from the west exit
  a.exit = 1;                // but sent east
  sim.add_agent(a);
  while (sim.departures().empty() && sim.time_s() < 60.0) sim.step();
  REQUIRE(sim.departures().size() == 1);
  CHECK(sim.departures()[0].exit == 1u);
  // 17.8 m to the body touching the east line at 1.34 m/s: 13.3 s.
  CHECK(sim.departures()[0].time_s == Approx(17.8 / 1.34).margin(0.3));
}

TEST_CASE("Agents wait out their pre-movement time", "[crowd-agents]") {
  Simulation sim(two_exit_room(), ModelParams{});
  AgentSpec a;
  a.position = {10.0, 10.0};
  a.premovement_s = 2.0;
  sim.add_agent(a);
  for (int i = 0; i < 40; ++i) sim.step();  // 2 s
  CHECK(sim.position(0) == Vec2{10.0, 10.0});
  CHECK(sim.status(0) == AgentStatus::kWaiting);
  sim.step();
  CHECK(sim.status(0) == AgentStatus::kWalking);
  CHECK(sim.position(0) != Vec2{10.0, 10.0});
}

TEST_CASE("Bad agents and parameters are refused before the run", "[crowd-agents]") {
  Simulation sim(two_exit_room(), ModelParams{});
  AgentSpec in_wall;
  in_wall.position = {-0.5, 5.0};
  CHECK_THROWS_WITH(sim.add_agent(in_wall),
                    Catch::Contains("agent 0") && Catch::Contains("not on walkable space"));
  AgentSpec touching_wall;
  touching_wall.position = {0.1, 5.0};  // body 0.2 m, centre 0.1 m from the wall
  CHECK_THROWS_WITH(sim.add_agent(touching_wall), Catch::Contains("overlaps a wall"));
  AgentSpec a, b;
  a.position = {5.0, 5.0};
  b.position = {5.3, 5.0};  // 0.3 m apart, bodies 0.4 m
  sim.add_agent(a);
  sim.add_agent(b);
  CHECK_THROWS_WITH(sim.step(), Catch::Contains("overlaps agent 1"));
  ModelParams coarse;
  coarse.time_step_s = 0.2;  // beyond the 0.1 s the RiMEA suite is verified at
  CHECK_THROWS_WITH(coarse.validate(), Catch::Contains("crowd_agents.time_step_s"));
  ModelParams slow;
  slow.time_gap_s = 0.15;
  slow.time_step_s = 0.08;  // Δt >= T / 2: two agents closing head-on could pass through each other
  CHECK_THROWS_WITH(slow.validate(),
                    Catch::Contains("time_step_s") && Catch::Contains("time_gap_s / 2"));
}
