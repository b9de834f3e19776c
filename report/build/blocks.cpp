#include "report/build/blocks.hpp"

#include <algorithm>

#include "report/build/maps.hpp"
#include "report/build/tones.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"

namespace agora::report {

namespace {

std::string field_text(const Value& v, const FieldDef& def, const Strings& tr) {
  return format_value(v, def.name, tr);
}

}  // namespace

std::string analysis_title(const std::string& analysis, const Strings& tr) {
  const std::string key = "analysis." + analysis + ".title";
  return tr.has(key) ? tr(key) : analysis;
}

Table figures_table(const Figures& figures, const std::string& id, const std::string& caption,
                    const Strings& tr) {
  Table t;
  t.id = id;
  t.caption = caption;
  t.columns = {{Align::kLeft, 3.0}, {Align::kRight, 2.0}, {Align::kLeft, 3.2}};
  t.header = {{{tr("table.figure"), 1}, {tr("table.value"), 1}, {tr("table.key"), 1}}};
  for (const auto& [key, value] : figures.entries()) {
    Cell v{format_value(value, key, tr), Tone::kNeutral, false, false, exact_value(value)};
    if (const auto* s = std::get_if<std::string>(&value)) v.tone = tone_of_verdict(*s);
    t.rows.push_back(
        {Cell{figure_label(key, tr)}, std::move(v), Cell{key, Tone::kMuted, false, true, {}}});
  }
  return t;
}

Map layout_map(const ReportInput& input, const Strings& tr, double margin_m) {
  Map map = base_map(input, site_extent(input.scenario, input.city, margin_m), tr);
  add_layout_layers(map, input.scenario.layout, tr, LayoutDetail::kFull);
  return map;
}

std::vector<Block> layer_blocks(const FeatureLayer& layer, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  std::vector<Block> out;
  out.push_back(Heading{3, tr.format("generic.layer_heading", {layer.name})});
  if (layer.features.empty()) {
    out.push_back(Paragraph{plain(tr("generic.layer_empty")), false});
    return out;
  }
  Box extent = site_extent(ctx.input.scenario, ctx.input.city, 30.0);
  if (const auto e = layer_extent(layer)) extent = union_box(extent, grown(*e, 15.0));
  Map map = base_map(ctx.input, extent, tr);
  add_layout_layers(map, ctx.input.scenario.layout, tr, LayoutDetail::kOutline);
  for (MapLayer& l : feature_layer_to_map(layer, tr, layer.features.size() <= 60))
    map.layers.push_back(std::move(l));
  out.push_back(Figure{"map-" + layer.name, std::move(map),
                       tr.format("generic.layer_caption", {layer.name})});
  // The attribute table: every field, the first rows.
  Table t;
  t.id = "layer-" + layer.name;
  t.caption = tr.format("generic.layer_table", {layer.name, std::to_string(layer.features.size())});
  std::vector<HeaderCell> header;
  header.push_back({"#", 1});
  t.columns.push_back({Align::kRight, 0.5});
  // A table wider than eight columns does not fit A4 portrait: the first fields show here,
  // all of them are in results.gpkg.
  constexpr std::size_t kMaxFields = 8;
  const std::size_t shown_fields = std::min(layer.fields.size(), kMaxFields);
  for (std::size_t k = 0; k < shown_fields; ++k) {
    const FieldDef& f = layer.fields[k];
    header.push_back({f.name, 1});
    t.columns.push_back({f.type == ValueType::Text ? Align::kLeft : Align::kRight,
                         f.type == ValueType::Text ? 2.0 : 1.0});
  }
  t.header.push_back(std::move(header));
  const std::size_t rows = std::min(layer.features.size(), ctx.options.max_layer_rows);
  for (std::size_t i = 0; i < rows; ++i) {
    std::vector<Cell> row{Cell{std::to_string(i + 1), Tone::kMuted}};
    const Feature& f = layer.features[i];
    for (std::size_t k = 0; k < shown_fields && k < f.values.size(); ++k) {
      Cell c{field_text(f.values[k], layer.fields[k], tr)};
      if (const auto* s = std::get_if<std::string>(&f.values[k])) c.tone = tone_of_verdict(*s);
      row.push_back(std::move(c));
    }
    row.resize(t.columns.size());
    t.rows.push_back(std::move(row));
  }
  if (rows < layer.features.size())
    t.note = tr.format("generic.layer_more", {std::to_string(layer.features.size() - rows)});
  if (shown_fields < layer.fields.size()) {
    if (!t.note.empty()) t.note += ' ';
    t.note.append(tr.format("generic.layer_more_fields",
                            {std::to_string(layer.fields.size() - shown_fields)}));
  }
  out.push_back(std::move(t));
  return out;
}

std::vector<Block> raster_blocks(const run::RasterLayer& raster, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  std::vector<Block> out;
  out.push_back(Heading{3, tr.format("generic.raster_heading", {raster.name})});
  Box extent = site_extent(ctx.input.scenario, ctx.input.city, 20.0);
  extent = union_box(extent, raster.grid.bounds());
  Map map = base_map(ctx.input, extent, tr);
  const ColourRamp ramp = ramp_for(raster.grid, raster.nodata,
                                   raster.description.empty() ? raster.name : raster.description);
  map.layers.push_back(raster_to_map(raster.grid, raster.nodata, ramp));
  add_layout_layers(map, ctx.input.scenario.layout, tr, LayoutDetail::kOutline);
  map.ramps.push_back(ramp);
  out.push_back(Figure{"raster-" + raster.name, std::move(map),
                       raster.description.empty() ? raster.name : raster.description});
  return out;
}

std::vector<Block> assumptions_blocks(const run::AnalysisOutput& output, BuildContext& ctx) {
  std::vector<Block> out;
  if (output.assumptions.empty()) return out;
  out.push_back(Heading{3, ctx.tr("generic.assumptions")});
  BulletList list;
  for (const Statement& a : output.assumptions) list.items.push_back(plain(ctx.tr.say(a)));
  out.push_back(std::move(list));
  return out;
}

std::vector<Block> warnings_blocks(const std::vector<Problem>& warnings, BuildContext& ctx) {
  std::vector<Block> out;
  if (warnings.empty()) return out;
  out.push_back(Heading{3, ctx.tr("generic.warnings")});
  BulletList list;
  for (const Problem& w : warnings) {
    if (w.said.key.empty()) {  // a warning not keyed yet: as the command line prints it
      list.items.push_back(plain(w.to_string()));
      continue;
    }
    // Where it is (the file and the feature, data) and the sentence in the report's language.
    std::string text;
    if (!w.file.empty()) text += as_data(w.file) + ": ";
    if (!w.where.empty()) text += as_data(w.where) + ": ";
    if (!w.field.empty()) text += ctx.tr.format("warning.field", {as_data(w.field)}) + ": ";
    list.items.push_back(plain(text + ctx.tr.say(w.said)));
  }
  out.push_back(std::move(list));
  return out;
}

Section generic_section(const run::AnalysisOutput& output, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  Section s;
  s.id = "analysis-" + output.analysis;
  s.number = ctx.take_number();
  s.title = analysis_title(output.analysis, tr);
  const std::string what = "analysis." + output.analysis + ".what";
  if (tr.has(what)) s.blocks.push_back(Paragraph{plain(tr(what)), false});
  s.blocks.push_back(Callout{Tone::kInfo, tr("generic.note_title"), plain(tr("generic.note"))});
  s.blocks.push_back(Heading{2, tr("generic.figures")});
  s.blocks.push_back(figures_table(output.figures, "figures-" + output.analysis,
                                   tr.format("generic.figures_caption", {s.title}), tr));
  for (const FeatureLayer& layer : output.layers)
    for (Block& b : layer_blocks(layer, ctx)) s.blocks.push_back(std::move(b));
  for (const run::RasterLayer& raster : output.rasters)
    for (Block& b : raster_blocks(raster, ctx)) s.blocks.push_back(std::move(b));
  for (Block& b : assumptions_blocks(output, ctx)) s.blocks.push_back(std::move(b));
  for (Block& b : warnings_blocks(output.warnings, ctx)) s.blocks.push_back(std::move(b));
  return s;
}

}  // namespace agora::report
