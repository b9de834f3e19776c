#pragma once
// assess.json: every figure and verdict of the assessment under stable keys, the scorecard
// rows with rule, value and source, the risk matrix, the classification with any override,
// the profile's parameters with their sources, the assumptions and warnings, and provenance.

#include <nlohmann/json.hpp>

#include "app/run/scenario_run.hpp"
#include "gis/profile.hpp"

namespace agora::run {

// `assess` is the run's assess output (its detail an assess::AssessResult).
nlohmann::json assess_json(const RunResult& run, const AnalysisOutput& assess,
                           const gis::Profile& profile);

}  // namespace agora::run
