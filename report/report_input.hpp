#pragma once
// What a report is made from: one run of one scenario, in the terms of sim/ (the report does
// not see gis/): the scenario with its layout, the city model, every analysis's output, all
// figures as summary.json has them, and the provenance key/values (Agora version, input files
// with their SHA-256). The command line and the GUI fill it from a run::RunResult.

#include <string>
#include <utility>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/core/analysis_output.hpp"
#include "sim/core/error.hpp"
#include "sim/core/value.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::report {

// One parameter of the profile as the assumptions page shows it: "ramming.max_clear_gap_m",
// its value as JSON text ("1.2"), and its source ("local policy; ...").
struct ProfileValue {
  std::string key;
  std::string value;
  std::string source;
};

struct ReportInput {
  ReportInput(const scenario::Scenario& s, const city::CityModel& c,
              const std::vector<run::AnalysisOutput>& o, const Figures& f)
      : scenario(s), city(c), outputs(o), figures(f) {}

  const scenario::Scenario& scenario;
  const city::CityModel& city;
  const std::vector<run::AnalysisOutput>& outputs;
  const Figures& figures;  // scenario facts, then each analysis's figures (summary.json)
  std::vector<std::pair<std::string, std::string>> provenance;  // gis::provenance_for's items
  bool osm_data = false;          // adds "© OpenStreetMap contributors"
  std::vector<Problem> warnings;  // from loading the scenario
  // The profile's parameters with their sources (gis::Profile::entries()), filled by the edge
  // that loaded the profile; empty: the sections show the values the analyses used without
  // their source text.
  std::vector<ProfileValue> profile_values;
  std::string label;  // short name of this variant on the comparison page ("C-rated")

  const run::AnalysisOutput* output(std::string_view analysis) const {
    for (const run::AnalysisOutput& o : outputs)
      if (o.analysis == analysis) return &o;
    return nullptr;
  }
};

}  // namespace agora::report
