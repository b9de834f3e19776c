#pragma once
// The "suggest barriers" step of the application: load the tables a scenario names (vehicle
// classes, barrier catalogue, test-vehicle mapping, price list, the profile's ramming and
// access values), run barriers::suggest_barriers, check fire access on the suggestion and
// on the planner's own layout, judge the planner's layout with the same ramming analysis
// for the comparison, and write the variant and its tables. The command line and the
// editor both call this.

#include <optional>
#include <string>
#include <vector>

#include "gis/scenario_reader.hpp"
#include "sim/access/emergency_access.hpp"
#include "sim/barriers/suggest.hpp"

namespace agora::suggest {

struct SuggestRequest {
  std::vector<std::string> classes;  // empty: the scenario's, else every class of the table
  std::optional<double> budget_eur;
  std::string prices_path;  // empty: the built-in data/barriers/prices.csv
};

struct PlannerLayout {  // the planner's own barriers, judged the same way
  std::size_t barriers = 0;
  double cost_eur = 0.0;  // the layout's cost_eur, summed
  std::size_t barriers_without_cost = 0;
  std::size_t crossings = 0, crossings_adequate = 0;
  double people_exposed = 0.0;  // summed over the mouths, as the suggestion counts it
};

struct SuggestRun {
  barriers::Suggestion suggestion;
  access::AccessResult access;  // fire access on the suggestion
  access::AccessResult access_planner;
  PlannerLayout planner;
  std::vector<std::string> classes;  // the codes stopped
  double seconds_to_optimum =
      0.0;  // suggest_barriers alone (candidates, rounds of solving and judging)
  std::vector<Problem> warnings;
};

SuggestRun run_suggestion(const gis::LoadedScenario& loaded, const SuggestRequest& request);

// Throws agora::Error (option -o) when dir is the scenario's own folder: call before the work.
void check_output_folder(const scenario::Scenario& scenario, const std::string& dir);

// Writes into dir: scenario.json + layout.geojson (the variant: the editor opens it),
// barriers.geojson (the suggested barriers alone), bill_of_quantities.csv, crossings.csv,
// pareto.csv (with a budget that falls short) and suggestion.json. Never overwrites the
// scenario's own files: dir must not be the scenario's folder.
void write_suggestion(const gis::LoadedScenario& loaded, const SuggestRun& run,
                      const std::string& dir);

}  // namespace agora::suggest
