#pragma once
// The liveability pages of the assessment: the residents the organiser must inform (the
// letter list, with the map's coverage and how dwellings were estimated) and the location's
// page (its conditions and its year of events, with the rules an event breaks).

#include "report/build/build_context.hpp"
#include "report/document.hpp"
#include "sim/assess/assess.hpp"
#include "sim/core/analysis_output.hpp"

namespace agora::report {

Section residents_section(const run::AnalysisOutput& o, const assess::AssessResult& r,
                          BuildContext& ctx);
// Only when the scenario names a location's conditions.
Section location_section(const run::AnalysisOutput& o, const assess::AssessResult& r,
                         BuildContext& ctx);

}  // namespace agora::report
