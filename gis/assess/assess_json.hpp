#pragma once
// assess.json: every figure and verdict of the assessment under stable keys, the scorecard
// rows with rule, value and source, the risk matrix, the classification with any override,
// the profile's parameters with their sources, the assumptions and warnings, and provenance.

#include <nlohmann/json.hpp>

#include "gis/profile.hpp"
#include "gis/run/scenario_run.hpp"

namespace agora::gis {

// `assess` is the run's assess output (its detail an assess::AssessResult).
nlohmann::json assess_json(const run::RunResult& run, const run::AnalysisOutput& assess, const Profile& profile);

}  // namespace agora::gis
