// The ramming analysis on the bundled München scenario (Marienplatz, rated barriers): all
// crossings × all 5 vehicle classes, one core, at search radius 0.5, 1 and 2 km and over the
// whole extract. Issue 3's target: under 0.5 s at 1 km. Also the share of the time spent
// building the approach graph (roads, open-area rasters and sight lines) versus the speed
// searches, so it is clear which part grows with the radius.
//
//   build/bench/bench_ramming [SCENARIO] [RUNS]

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "app/run/ramming_plugin.hpp"
#include "bench/timing.hpp"
#include "gis/scenario_reader.hpp"
#include "sim/vehicle/approach_graph.hpp"
#include "sim/vehicle/ramming.hpp"

namespace {

// CPU time of this thread, seconds: the machine may be shared, and one core's work is what
// the target is about.
double thread_cpu_s() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Median CPU seconds of `runs` calls after one warm-up.
template <class Body>
double cpu_median(Body&& body, int runs) {
  body();
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    const double t0 = thread_cpu_s();
    body();
    t.push_back(thread_cpu_s() - t0);
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  using namespace agora;
  const std::string path = argc > 1 ? argv[1]
                                    : std::string(AGORA_SOURCE_DIR) +
                                          "/scenarios/munchen-christkindlmarkt/scenario.json";
  const int runs = argc > 2 ? std::stoi(argv[2]) : 5;
  const gis::LoadedScenario loaded = gis::load_scenario(path);
  const run::RammingSetup setup = run::ramming_setup(loaded.scenario);
  const city::CityModel& city = *loaded.city;
  std::printf(
      "ramming on %s: %zu road edges in the city model, %zu classes, %d runs after a warm-up, one "
      "core\n",
      path.c_str(), city.edges.size(), setup.vehicles.classes.size(), runs);
  std::printf("  %-14s %9s %9s %9s %9s %8s %8s %9s %9s\n", "radius", "cpu s", "wall s", "min s",
              "graph cpu", "states", "sights", "crossings", "M1 max");
  for (const double radius : {500.0, 1000.0, 2000.0, 20000.0}) {
    vehicle::RammingInputs in = setup.inputs(loaded.scenario);
    in.params.radius_m = radius;
    vehicle::RammingResult result;
    auto analyse = [&] { result = vehicle::analyse_ramming(city, loaded.scenario.layout, in); };
    const double cpu = cpu_median(analyse, runs);
    const bench::Timing whole = bench::time_it(analyse, runs, false);
    // The graph alone (class-independent work done once per run).
    std::vector<Problem> warnings;
    const std::vector<vehicle::VehicleClass> classes = setup.vehicles.select({});
    const double graph_cpu = cpu_median(
        [&] {
          auto guards =
              vehicle::resolve_guards(loaded.scenario.layout, setup.catalogue,
                                      setup.rating_vehicles, setup.vehicles.classes, warnings);
          const vehicle::ApproachGraph g = vehicle::build_approach_graph(
              city, loaded.scenario.layout, std::move(guards), classes, in.params);
        },
        runs);
    double m1_max = 0.0;
    for (const auto& c : result.crossings) m1_max = std::max(m1_max, c.classes[0].speed.high_kmh);
    std::printf("  %-14s %9.3f %9.3f %9.3f %9.3f %8zu %8zu %9zu %6.1f km/h\n",
                radius >= 20000.0 ? "whole extract"
                                  : (std::to_string(static_cast<int>(radius)) + " m").c_str(),
                cpu, whole.median_s, whole.min_s, graph_cpu, result.states, result.sight_edges,
                result.crossings.size(), m1_max);
  }
  std::printf(
      "  target: under 0.5 s at 1000 m on one core (issue 3); cpu = this thread's CPU time, wall = "
      "elapsed\n"
      "  peak memory (VmHWM) %.1f MiB\n",
      bench::peak_rss_mib());
  return 0;
}
