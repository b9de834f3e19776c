#pragma once
// Building blocks shared by the report's sections: the figures table, a feature layer or
// raster shown as a map (with its attribute table), the assumptions and warnings of an
// output, and the generic section that shows any analysis before it has its own.

#include <string>
#include <vector>

#include "report/build/build_context.hpp"
#include "report/document.hpp"

namespace agora::report {

// Figure | Value | Key, one row per figure; each value cell carries the exact value as data.
Table figures_table(const Figures& figures, const std::string& id, const std::string& caption,
                    const Strings& tr);

// The layer over the base map (site plus the layer's own extent) and its first rows.
std::vector<Block> layer_blocks(const FeatureLayer& layer, BuildContext& ctx);
// The raster over the base map with a colour ramp.
std::vector<Block> raster_blocks(const run::RasterLayer& raster, BuildContext& ctx);
// A bullet list of the output's modelling assumptions and a callout with its warnings.
std::vector<Block> assumptions_blocks(const run::AnalysisOutput& output, BuildContext& ctx);
std::vector<Block> warnings_blocks(const std::vector<Problem>& warnings, BuildContext& ctx);

// The section of an analysis that has no entry in the section registry.
Section generic_section(const run::AnalysisOutput& output, BuildContext& ctx);
// The analysis's title: "analysis.<name>.title" from the table, else its name.
std::string analysis_title(const std::string& analysis, const Strings& tr);

// A map of the layout over the city, framing the site with margin_m around the perimeter.
Map layout_map(const ReportInput& input, const Strings& tr, double margin_m);

}  // namespace agora::report
