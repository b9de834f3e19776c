// Invariants of the agent simulation that hold in every run: agents are neither lost nor
// created, no agent ever stands inside an obstacle, and a 1 m exit's long-run flow lies in
// the range bottleneck experiments report.

#include <catch2/catch.hpp>

#include "gis/builtin_data.hpp"
#include "gis/crowd/agent_tables.hpp"
#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

TEST_CASE("A closed room never loses or creates an agent", "[rimea][invariants]") {
  // 10 m × 10 m, no exit; 100 people walk back and forth between two corner areas for 60 s.
  const ModelParams params = model_params();
  auto env = std::make_shared<const Environment>(
      make_domain(rectangle(0, 0, 10, 10), {}, params.field_cell_m), params,
      std::vector<AreaSpec>{{"south-west", rectangle(0, 0, 3, 3)},
                            {"north-east", rectangle(7, 7, 10, 10)}});
  Simulation sim(env, params);
  Rng rng(20);
  std::vector<Vec2> taken;
  for (const Vec2& p : place_agents(*env, rectangle(0, 0, 10, 10), 100, 0.2, rng, taken, "room")) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = free_speed(rng);
    for (int k = 0; k < 6; ++k)
      a.route.push_back(
          {static_cast<std::size_t>(k % 2), k % 2 ? Vec2{8.5, 8.5} : Vec2{1.5, 1.5}, 1.0});
    a.leave_after_route = false;
    sim.add_agent(a);
  }
  while (sim.time_s() < 60.0 - 1e-9) {
    sim.step();
    REQUIRE(sim.present().size() == 100);
    for (const std::uint32_t id : sim.present()) REQUIRE(env->walkable_at(sim.position(id)));
  }
  CHECK(sim.departures().empty());
  CHECK(sim.agent_count() == 100);
}

TEST_CASE("No agent ever stands inside an obstacle, even pressed against stalls",
          "[rimea][invariants]") {
  // A 30 m × 20 m square with eight stalls in two rows and one 2 m exit; 400 people.
  const ModelParams params = model_params();
  Polygon square = rectangle(0, 0, 30, 20);
  for (int k = 0; k < 4; ++k)
    for (const double y : {6.0, 12.0}) {
      Polygon stall = rectangle(4.0 + 6.0 * k, y, 7.25 + 6.0 * k, y + 2.0);
      std::reverse(stall.outer().begin(), stall.outer().end());  // a hole runs clockwise
      square.inners().push_back(stall.outer());
    }
  auto env = std::make_shared<const Environment>(
      make_domain(square, {{"exit", {30, 9}, {30, 11}}}, params.field_cell_m), params);
  Simulation sim(env, params, {.threads = 2});
  Rng rng(21);
  std::vector<Vec2> taken;
  for (const Vec2& p :
       place_agents(*env, rectangle(0, 0, 30, 20), 400, 0.2, rng, taken, "square")) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = free_speed(rng);
    sim.add_agent(a);
  }
  std::size_t checks = 0;
  run_to_end(sim, 900.0, [&](const Simulation& s) {
    REQUIRE(s.present().size() + s.departures().size() >= 400);  // none lost
    for (const std::uint32_t id : s.present()) {
      if (!s.inside(id)) continue;
      const Vec2 p = s.position(id);
      INFO("t = " << s.time_s() << " s, agent " << id << " at (" << p.x << ", " << p.y << ")");
      REQUIRE(bg::within(p, square));  // in the square, outside every stall
      REQUIRE(env->walls().nearest(p).distance_m >= 0.2 - 1e-9);  // the body clear of every wall
      ++checks;
    }
  });
  CHECK(sim.departures().size() == 400);
  CHECK(checks > 400 * 200);
  CHECK(sim.blocked_moves() == 0);
}

TEST_CASE("A 1 m exit's long-run flow lies within 1.0-2.0 persons/s", "[rimea][invariants]") {
  // 400 people of the default population (Weidmann's groups) leave a 20 m × 20 m room through a
  // 1 m door. The literature's range for a 1 m bottleneck is about 1-2 persons/s: Seyfried et
  // al. (2009, "New insights into pedestrian flow through bottlenecks", Transportation Science
  // 43(3)) compile experiments (Müller 1981, Muir 1996, Nagai 2006, Kretz 2006, their own) that
  // lie there, and planning guides' 1.3 persons/(m·s) (SFPE, IMO MSC.1/Circ.1238) inside it.
  const ModelParams params = model_params();
  auto env = std::make_shared<const Environment>(
      make_domain(rectangle(0, 0, 20, 20), {{"door", {20, 9.5}, {20, 10.5}}}, params.field_cell_m),
      params);
  Population population;
  population.groups =
      gis::read_speed_table(gis::builtin_file("crowd/weidmann_speeds.csv"), "weidmann_speeds.csv");
  Simulation sim(env, params);
  Rng rng(22);
  std::vector<Vec2> taken;
  for (const Vec2& p : place_agents(*env, rectangle(0, 0, 20, 20), 400, 0.2, rng, taken, "room")) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = draw_traits(population, rng).desired_speed_ms;
    sim.add_agent(a);
  }
  run_to_end(sim, 1200.0);
  REQUIRE(sim.departures().size() == 400);
  std::vector<double> out;
  for (const Departure& d : sim.departures()) out.push_back(d.time_s);
  const double flow = steady_flow(out);
  WARN("1 m exit: long-run flow " << flow << " persons/s");
  CHECK(flow >= 1.0);
  CHECK(flow <= 2.0);
}
