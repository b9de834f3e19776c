#pragma once
// The ramming result in the neutral output form every edge writes: figures under stable keys
// (summary.json, batch CSV; docs/ramming.md lists them), feature layers (results.gpkg,
// ramming.gpkg), the modelling assumptions every output states, and the crossing × class
// table (ramming.csv). Pure: no files here.

#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/core/analysis_output.hpp"
#include "sim/vehicle/ramming.hpp"

namespace agora::vehicle {

Figures ramming_figures(const RammingResult& result);

// ramming_crossings (points), ramming_runup_paths (lines), ramming_edge_speeds (lines).
std::vector<FeatureLayer> ramming_layers(const RammingResult& result, const city::CityModel& city);

// The exposure assumption first, then the others the method rests on (keys of the report's
// string tables: assumption.ramming.*).
std::vector<Statement> ramming_assumptions(const RammingResult& result);

struct RammingTable {
  std::vector<std::string> header;
  std::vector<std::vector<Value>> rows;  // one per crossing and class, ranked by exposure
};
RammingTable ramming_table(const RammingResult& result);

// Three lines for people (`agora run` prints them): the crossings and their verdicts, the
// fastest and the most exposing threat, and which vehicle table was used.
std::vector<Statement> ramming_headline(const RammingResult& result);

// Crossing indices ranked by worst exposure: people exposed, then the worst verdict, then speed.
std::vector<std::size_t> crossings_by_exposure(const RammingResult& result);

// Figures, layers, assumptions and the result itself as `detail`.
run::AnalysisOutput ramming_output(RammingResult result, const city::CityModel& city);

}  // namespace agora::vehicle
