#pragma once
// What the analyses' own sections share: reading a figure of an output as a table cell or a
// key-value line (formatted as the figures table formats it, the exact value kept as data),
// a map framed on the site with the layout's outline, and an analysis layer clipped to the
// map's view so a 1 km search radius does not put thousands of features into the document.

#include <string>
#include <vector>

#include "report/build/build_context.hpp"
#include "report/document.hpp"
#include "report/map/map_model.hpp"
#include "sim/figures/catalogue.hpp"

namespace agora::report {

// The output's figure, or nullptr when the output lacks it. Figures are named by their
// declaration (sim/figures/): `figure_cell(o, vehicle::fig::kCrossings, tr)`, or with the
// run-time parts of their key, `figure_cell(o, {vehicle::fig::kClassMaxSpeed, {"M1"}}, tr)`.
const Value* output_figure(const run::AnalysisOutput& output, const FigureKey& key);
// The figure as the report shows it ("48.2 km/h"), with the exact value as data and the tone
// of a verdict-like text; "—" (muted) when the output lacks it.
Cell figure_cell(const run::AnalysisOutput& output, const FigureKey& key, const Strings& tr);
// The same from a run's figures (ReportInput::figures: the scenario's and every analysis's).
Cell figure_cell(const Figures& figures, const FigureKey& key, const Strings& tr);
// label: a string-table key; the line reads "label: formatted value".
KeyValue figure_line(const run::AnalysisOutput& output, const FigureKey& key,
                     const std::string& label_key, const Strings& tr);
double figure_number(const run::AnalysisOutput& output, const FigureKey& key);  // NaN when absent
std::string figure_text(const run::AnalysisOutput& output,
                        const FigureKey& key);  // empty when absent

const FeatureLayer* find_layer(const run::AnalysisOutput& output, const std::string& name);
const run::RasterLayer* find_raster(const run::AnalysisOutput& output, const std::string& name);

// The features of layer whose bounding box meets box.
FeatureLayer clipped(const FeatureLayer& layer, const Box& box);

// The base map over extent with the layout's outline (perimeter, exits, barriers).
Map site_map(BuildContext& ctx, const Box& extent);
// The map's visible box: extent widened to the frame's aspect (as the painters draw it).
Box visible_box(const Map& map);

// A cell with a number and its unit ("56 km/h"), the number as data.
Cell number_cell(double value, int decimals, const std::string& unit, const Strings& tr,
                 Tone tone = Tone::kNeutral);

// "a, b, c" -> {"a", "b", "c"}.
std::vector<std::string> split_list(const std::string& text);

// A Section with the next number.
Section numbered_section(BuildContext& ctx, std::string id, std::string title);

}  // namespace agora::report

namespace agora::report {

// The profile's parameters under the given sections ("ramming", "capacity") as a table:
// parameter, value, source; values whose source says placeholder are flagged. Empty blocks
// when the input carries no profile values.
std::vector<Block> profile_blocks(BuildContext& ctx, const std::vector<std::string>& sections,
                                  const std::string& id, const std::string& caption);

}  // namespace agora::report
