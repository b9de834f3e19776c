// The barrier suggestion on the bundled München scenario (Marienplatz): time to the optimum
// (candidate lines, the integer programme through GLPK, and the rounds of judging the
// suggestion with the ramming analysis until no run-up gets past), against the target of
// issue 19: under 10 s on two cores. Also the size of the programme and the cost of the
// suggestion against the bundled rated layout (scenario.json's barriers/rated.geojson).
//
//   build/bench/bench_suggest [SCENARIO] [RUNS]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "app/suggest/suggest_barriers.hpp"
#include "gis/scenario_reader.hpp"

int main(int argc, char** argv) {
  using namespace agora;
  const std::string path = argc > 1 ? argv[1]
                                    : std::string(AGORA_SOURCE_DIR) +
                                          "/scenarios/munchen-christkindlmarkt/scenario.json";
  const int runs = argc > 2 ? std::stoi(argv[2]) : 3;
  const gis::LoadedScenario loaded = gis::load_scenario(path);
  std::vector<double> t;
  suggest::SuggestRun last;
  for (int i = 0; i < runs; ++i) {
    last = suggest::run_suggestion(loaded, {});
    t.push_back(last.seconds_to_optimum);
  }
  std::sort(t.begin(), t.end());
  const barriers::Suggestion& s = last.suggestion;
  std::printf("suggest-barriers on %s, all classes, %d runs\n", path.c_str(), runs);
  std::printf(
      "  time to the optimum: median %.2f s, min %.2f s, max %.2f s (target < 10 s on two cores)\n",
      t[t.size() / 2], t.front(), t.back());
  std::printf("  candidate lines %zu, line options %zu, run-ups %zu, mouths %zu, rounds %d\n",
              s.candidate_lines, s.candidate_options, s.run_ups, s.mouths, s.rounds);
  std::printf("  suggestion: %zu barrier parts, %.0f EUR; every crossing adequate: %s\n",
              s.barriers.size(), s.total_eur, s.full_protection ? "yes" : "no");
  std::printf("  planner's rated layout: %zu barriers, %.0f EUR, %zu of %zu crossings adequate\n",
              last.planner.barriers, last.planner.cost_eur, last.planner.crossings_adequate,
              last.planner.crossings);
  std::printf(
      "  fire access: %.0f m2 not reached on the suggestion, %.0f m2 on the planner's layout\n",
      last.access.unreachable_m2, last.access_planner.unreachable_m2);
  return 0;
}
