// bench_crowd: speed of the agent simulation (sim/crowd/agents).
//
//   1. 1,000 / 10,000 / 50,000 agents leaving a 200 × 200 m square through four 5 m exits, on
//      one and two threads: agent-steps per second, µs per agent-step, real-time factor, memory
//      per agent. Target (issue 5): 10,000 agents faster than 10× real time on 2 cores.
//   2. The JuPedSim comparison case: 1,000 / 2,500 / 5,000 agents on a grid leaving a 50 × 50 m
//      room through a 4 m door at Δt 0.05 s, one thread. JuPedSim's C++ core (collision-free
//      speed model, one thread) on this kind of machine: 4.2 µs/agent-step at 1,000 agents,
//      5.5 µs at 5,000.
//   3. Free walking at 1 p/m² in a periodic 100 × 10 m corridor (JuPedSim: 1.4 µs/agent-step).
//
// Run with the machine otherwise idle (check `uptime`); the load average is printed.
// Usage: bench_crowd [--quick]

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "sim/crowd/agents/placement.hpp"
#include "sim/crowd/agents/random.hpp"
#include "sim/crowd/agents/simulation.hpp"

using namespace agora;
using namespace agora::crowd::agents;

namespace {

double rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) {
      std::istringstream in(line.substr(6));
      double kib = 0;
      in >> kib;
      return kib / 1024.0;
    }
  return 0.0;
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string a, b, c;
  in >> a >> b >> c;
  return a + " " + b + " " + c;
}

struct Outcome {
  double wall_s = 0.0;
  double simulated_s = 0.0;
  std::uint64_t agent_steps = 0;
  std::size_t left = 0;
  double memory_per_agent_b = 0.0;
  double checksum = 0.0;  // sum of positions: equal across thread counts
};

// Runs until everyone has left or max_time_s.
Outcome run(const std::shared_ptr<const Environment>& env, const std::vector<Vec2>& positions,
            int threads, double max_time_s, int exit = kChooseExit) {
  ModelParams mp;
  Rng rng(7);
  const double before = rss_mib();
  Simulation sim(env, mp, {.threads = threads});
  for (const Vec2& p : positions) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = uniform(rng, 1.2, 1.4);
    a.exit = exit;
    sim.add_agent(a);
  }
  sim.step();  // sizes every per-step buffer
  Outcome o;
  o.memory_per_agent_b =
      (rss_mib() - before) * 1024.0 * 1024.0 / static_cast<double>(positions.size());
  const auto start = std::chrono::steady_clock::now();
  const std::uint64_t steps0 = sim.agent_steps();
  const double t0 = sim.time_s();
  while (!sim.present().empty() && sim.time_s() < max_time_s) sim.step();
  o.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  o.simulated_s = sim.time_s() - t0;
  o.agent_steps = sim.agent_steps() - steps0;
  o.left = sim.departures().size();
  for (std::uint32_t id = 0; id < sim.agent_count(); ++id)
    o.checksum += sim.position(id).x + sim.position(id).y;
  return o;
}

void print(const char* name, std::size_t agents, int threads, const Outcome& o) {
  std::printf(
      "%-26s %7zu agents %d thr: %8.3f µs/agent-step %10.0f agent-steps/s %7.1fx real time  (%.0f "
      "s simulated, %zu left, %.0f B/agent)\n",
      name, agents, threads, o.wall_s * 1e6 / static_cast<double>(o.agent_steps),
      static_cast<double>(o.agent_steps) / o.wall_s, o.simulated_s / o.wall_s, o.simulated_s,
      o.left, o.memory_per_agent_b);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
  std::printf("bench_crowd: load average %s, Δt 0.05 s, collision-free speed model\n\n",
              load_average().c_str());
  ModelParams mp;

  // 1. The 200 × 200 m square with four 5 m exits.
  {
    const double L = 200.0;
    std::vector<ExitSpec> exits = {{"west", {0, 97.5}, {0, 102.5}},
                                   {"east", {L, 97.5}, {L, 102.5}},
                                   {"south", {97.5, 0}, {102.5, 0}},
                                   {"north", {97.5, L}, {102.5, L}}};
    const auto t0 = std::chrono::steady_clock::now();
    auto env = std::make_shared<const Environment>(
        make_domain(rectangle(0, 0, L, L), exits, mp.field_cell_m), mp);
    std::printf("square 200 x 200 m: environment (walls, 4 floor fields) built in %.2f s\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    for (const std::size_t n : {std::size_t{1000}, std::size_t{10000}, std::size_t{50000}}) {
      Rng rng(n);
      std::vector<Vec2> taken;
      const auto pos =
          place_agents(*env, rectangle(1, 1, L - 1, L - 1), n, 0.2, rng, taken, "square");
      const double duration = quick ? 20.0 : (n >= 50000 ? 30.0 : 60.0);
      double sum1 = 0.0;
      for (const int threads : {1, 2}) {
        const Outcome o = run(env, pos, threads, duration);
        print("square, four 5 m exits", n, threads, o);
        if (threads == 1)
          sum1 = o.checksum;
        else if (o.checksum != sum1)
          std::printf("  !! two threads gave a different result from one\n");
      }
    }
  }

  // 2. JuPedSim comparison: 50 × 50 m room, 4 m door, agents on a grid.
  std::printf("\n");
  {
    auto env = std::make_shared<const Environment>(
        make_domain(rectangle(0, 0, 50, 50), {{"door", {50, 23}, {50, 27}}}, mp.field_cell_m), mp);
    for (const std::size_t n : {std::size_t{1000}, std::size_t{2500}, std::size_t{5000}}) {
      std::vector<Vec2> pos;
      const int side = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
      const double spacing = 48.0 / side;
      for (int i = 0; i < side && pos.size() < n; ++i)
        for (int j = 0; j < side && pos.size() < n; ++j)
          pos.push_back({1.0 + (i + 0.5) * spacing, 1.0 + (j + 0.5) * spacing});
      const Outcome o = run(env, pos, 1, quick ? 60.0 : 3600.0);
      print("room 50x50 m, 4 m door", n, 1, o);
    }
  }

  // 3. Free walking at 1 p/m² in a periodic corridor.
  std::printf("\n");
  {
    auto env = std::make_shared<const Environment>(
        make_periodic_corridor(100.0, 10.0, mp.field_cell_m), mp);
    Rng rng(3);
    std::vector<Vec2> taken;
    const auto pos =
        place_agents(*env, rectangle(0, 0, 100, 10), 1000, 0.2, rng, taken, "corridor");
    for (const int threads : {1, 2})
      print("corridor 1 p/m², free walk", pos.size(), threads,
            run(env, pos, threads, quick ? 20.0 : 60.0, kFixedDirection));
  }
  return 0;
}
