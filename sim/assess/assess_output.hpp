#pragma once
// The assessment in the neutral form every edge writes (docs/assessment.md lists every key):
// figures under stable assess.* keys, the layers (noise receivers, unreachable areas and
// blocking points, exits with their loads, road closures, affected places, residential
// buildings), the distance-to-exit raster, the assumptions and warnings, and the AssessResult
// itself as detail for the report and the GUI.

#include "sim/assess/assess.hpp"
#include "sim/core/analysis_output.hpp"

namespace agora::assess {

run::AnalysisOutput to_output(AssessResult result, const city::CityModel& city,
                              const scenario::Scenario& scenario);

// "exit-kaufingerstrasse", or "exit3" when the feature has no id; dots become underscores so
// the key does not nest.
std::string key_part(const scenario::FeatureInfo& info, const char* kind, std::size_t index);

}  // namespace agora::assess
