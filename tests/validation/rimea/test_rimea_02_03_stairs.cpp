// RiMEA tests 2 and 3: one person in a 2 m corridor crosses a 10 m stretch marked as stair, up
// (test 2) and down (test 3). On the stair its speed must stay constant within 5 % and equal
// the stair speed set: here 0.675 m/s up, 0.65 m/s down (RiMEA's examples).

#include <catch2/catch.hpp>

#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

namespace {

struct StairWalk {
  std::vector<double> speeds_on_stair;  // per step, both ends of the step on the stair
  double time_on_stair_s = 0.0;
};

// Corridor x 0–22 m, stair x 6–16 m; the person walks +x from x = 1 to the exit at x = 22.
// up_direction (+1, 0): walking +x is going up; (-1, 0): going down.
StairWalk walk(Vec2 up_direction) {
  const ModelParams params = model_params();
  Domain d = make_domain(rectangle(0, 0, 22, 2), {{"end", {22, 0}, {22, 2}}}, params.field_cell_m);
  d.stairs.push_back({"stair", rectangle(6, 0, 16, 2), up_direction, 2.0});
  auto env = std::make_shared<const Environment>(std::move(d), params);
  Simulation sim(env, params);
  AgentSpec a;
  a.position = {1.0, 1.0};
  a.desired_speed_ms = 1.34;
  a.stair_up_ms = 0.675;
  a.stair_down_ms = 0.65;
  a.exit = 0;
  sim.add_agent(a);
  StairWalk w;
  Vec2 last = a.position;
  double entered = -1.0;
  run_to_end(sim, 100.0, [&](const Simulation& s) {
    if (s.steps() == 0 || s.agent_count() == 0) return;
    const Vec2 p = s.position(0);
    const bool before_on = env->stair_at(last) >= 0, now_on = env->stair_at(p) >= 0;
    if (now_on && entered < 0.0) entered = s.time_s();
    if (!now_on && before_on) w.time_on_stair_s = s.time_s() - entered;
    if (before_on && now_on) w.speeds_on_stair.push_back(distance(p, last) / params.time_step_s);
    last = p;
  });
  return w;
}

// Time on the stair is counted in whole steps, each end off by up to one step: 0.1 s at Δt
// 0.05 s, 1.5 steps (0.15 s) at Δt 0.1 s.
double time_margin_s() {
  return std::max(0.1, 1.5 * model_params().time_step_s);
}

}  // namespace

TEST_CASE("RiMEA 2: speed going up a stair is the stair speed, constant within 5 %", "[rimea]") {
  const StairWalk w = walk({1.0, 0.0});
  // 10 m at 0.675 m/s = 14.8 s = 296 steps of 0.05 s (148 of 0.1 s); the first and last step
  // straddle the stair's edges.
  REQUIRE(static_cast<double>(w.speeds_on_stair.size()) >=
          10.0 / 0.675 / model_params().time_step_s - 3.0);
  for (const double v : w.speeds_on_stair) CHECK(v == Approx(0.675).epsilon(0.05));
  CHECK(w.time_on_stair_s == Approx(10.0 / 0.675).margin(time_margin_s()));
}

TEST_CASE("RiMEA 3: speed going down a stair is the stair speed, constant within 5 %", "[rimea]") {
  const StairWalk w = walk({-1.0, 0.0});
  // 10 m at 0.65 m/s = 15.4 s = 307 steps of 0.05 s (153 of 0.1 s).
  REQUIRE(static_cast<double>(w.speeds_on_stair.size()) >=
          10.0 / 0.65 / model_params().time_step_s - 3.0);
  for (const double v : w.speeds_on_stair) CHECK(v == Approx(0.65).epsilon(0.05));
  CHECK(w.time_on_stair_s == Approx(10.0 / 0.65).margin(time_margin_s()));
}
