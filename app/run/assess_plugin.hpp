#pragma once
// The `assess` analysis as a plugin: loads the scenario's profile into the assessment's
// parameters, collects the figures of the analyses that ran before it (the ramming analysis,
// when present) and calls assess::assess. Output keys: docs/assessment.md.

#include "app/run/analysis_registry.hpp"

namespace agora::run {

AnalysisPlugin assess_plugin();

}  // namespace agora::run
