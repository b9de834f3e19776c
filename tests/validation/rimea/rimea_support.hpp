#pragma once
// Shared pieces of the RiMEA tests (../shared/data/rimea/RIMEA.md): stepping a simulation while
// watching it, counting crossings of a measuring line, flows and densities in measuring areas.
// Every test builds its geometry in metres with the origin bottom-left, as RiMEA draws it.

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "sim/crowd/agents/placement.hpp"
#include "sim/crowd/agents/simulation.hpp"

namespace agora::test::rimea {

using namespace agora::crowd::agents;

// The model parameters every RiMEA test runs with: the defaults, at the time step named by the
// environment variable AGORA_RIMEA_TIME_STEP_S when set (seconds, or "max" for
// ModelParams::kMaxTimeStepS). ctest runs the suite twice, at the default step and at the
// largest one accepted, so every step a user may choose has passed RiMEA.
inline ModelParams model_params() {
  ModelParams params;
  if (const char* dt = std::getenv("AGORA_RIMEA_TIME_STEP_S"))
    params.time_step_s = std::string(dt) == "max" ? ModelParams::kMaxTimeStepS : std::stod(dt);
  params.validate();
  return params;
}

// Steps until every agent has left (or t_max_s), calling watch(sim) before the first step and
// after each one.
inline void run_to_end(Simulation& sim, double t_max_s,
                       const std::function<void(const Simulation&)>& watch = {}) {
  if (watch) watch(sim);
  while (sim.departures().size() < sim.agent_count() && sim.time_s() < t_max_s - 1e-9) {
    sim.step();
    if (watch) watch(sim);
  }
}

// When each agent's centre first crosses the line x = x0 going +x (a measuring line across a
// corridor). Call observe(sim) before the first step and after every step.
class LineCounter {
 public:
  explicit LineCounter(double x0) : x0_(x0) {}
  void observe(const Simulation& sim) {
    last_.resize(sim.agent_count(), Vec2{-1e9, 0.0});
    crossed_.resize(sim.agent_count(), false);
    for (const std::uint32_t id : sim.present()) {
      const Vec2 p = sim.position(id);
      if (!crossed_[id] && last_[id].x > -1e8 && last_[id].x < x0_ && p.x >= x0_) {
        crossed_[id] = true;
        times_.push_back(sim.time_s());
      }
      last_[id] = p;
    }
  }
  const std::vector<double>& times() const { return times_; }

 private:
  double x0_;
  std::vector<Vec2> last_;
  std::vector<bool> crossed_;
  std::vector<double> times_;
};

// Flow over the middle of a stream of crossing times, persons/s: from the crossing at fraction
// lo to the one at hi, so the first and last few (start-up, stragglers) do not count.
inline double steady_flow(std::vector<double> times, double lo = 0.1, double hi = 0.9) {
  std::sort(times.begin(), times.end());
  const std::size_t a = static_cast<std::size_t>(lo * static_cast<double>(times.size() - 1));
  const std::size_t b = static_cast<std::size_t>(hi * static_cast<double>(times.size() - 1));
  return static_cast<double>(b - a) / (times[b] - times[a]);
}

// Persons per m² with their centre in the box (agents inside the domain only).
inline double density_in(const Simulation& sim, const Box& box) {
  int n = 0;
  for (const std::uint32_t id : sim.present())
    if (sim.inside(id) && bg::within(sim.position(id), box)) ++n;
  return n / bg::area(box);
}

// Adds agents at the given positions, all alike.
inline void add_agents(Simulation& sim, const std::vector<Vec2>& positions, double speed_ms,
                       int exit = kChooseExit) {
  for (const Vec2& p : positions) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = speed_ms;
    a.exit = exit;
    sim.add_agent(a);
  }
}

// Desired speeds uniform in RiMEA test 4's free-speed band, 1.2–1.4 m/s.
inline double free_speed(Rng& rng) {
  return uniform(rng, 1.2, 1.4);
}

}  // namespace agora::test::rimea
