#pragma once
// An agent run's result in the forms the edges write: figures under stable "crowd." keys,
// feature layers (hotspots, exits with counts), rasters (max density, level of service), and
// the flow-per-exit table. docs/crowd-model.md lists every key.

#include <string>

#include "sim/core/analysis_output.hpp"
#include "sim/crowd/agents/crowd_run.hpp"

namespace agora::gis {

// "4" for 4.0, "5_5" for 5.5: a threshold as it appears inside a figure key.
std::string threshold_key(double threshold_ppm2);

// Two lines for the terminal: who got out and when, and the worst crowding.
std::vector<Statement> crowd_headline(const crowd::agents::CrowdResult& result);
run::AnalysisOutput crowd_output(const crowd::agents::CrowdResult& result);

// crowd_flow.csv: one row per exit and time bin (exit_id, bin_start_s, bin_end_s, persons,
// flow_pps, cumulative).
void write_flow_csv(const std::string& path, const crowd::agents::CrowdResult& result);

// crowd_exits.csv: one row per exit (id, name, width_m, open_at_start, persons, first_s, last_s).
void write_exits_csv(const std::string& path, const crowd::agents::CrowdResult& result);

}  // namespace agora::gis
