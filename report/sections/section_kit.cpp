#include "report/sections/section_kit.hpp"

#include <cmath>
#include <cstdio>
#include <limits>

#include "report/build/maps.hpp"
#include "report/build/tones.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"

namespace agora::report {

const Value* output_figure(const run::AnalysisOutput& output, const FigureKey& key) {
  return output.figures.find(key.str());
}

Cell figure_cell(const run::AnalysisOutput& output, const FigureKey& key, const Strings& tr) {
  return figure_cell(output.figures, key, tr);
}

Cell figure_cell(const Figures& figures, const FigureKey& key, const Strings& tr) {
  const Value* v = figures.find(key.str());
  if (!v) return Cell{"—", Tone::kMuted};
  Cell c{format_value(*v, key.str(), tr), Tone::kNeutral, false, false, exact_value(*v)};
  if (const auto* s = std::get_if<std::string>(v)) c.tone = tone_of_verdict(*s);
  return c;
}

KeyValue figure_line(const run::AnalysisOutput& output, const FigureKey& key,
                     const std::string& label_key, const Strings& tr) {
  const Cell c = figure_cell(output, key, tr);
  return {tr(label_key), c.text, c.tone};
}

double figure_number(const run::AnalysisOutput& output, const FigureKey& key) {
  const Value* v = output_figure(output, key);
  return v ? numeric_value(*v) : std::numeric_limits<double>::quiet_NaN();
}

std::string figure_text(const run::AnalysisOutput& output, const FigureKey& key) {
  const Value* v = output_figure(output, key);
  if (!v) return {};
  if (const auto* s = std::get_if<std::string>(v)) return *s;
  return exact_value(*v);
}

const FeatureLayer* find_layer(const run::AnalysisOutput& output, const std::string& name) {
  for (const FeatureLayer& l : output.layers)
    if (l.name == name) return &l;
  return nullptr;
}

const run::RasterLayer* find_raster(const run::AnalysisOutput& output, const std::string& name) {
  for (const run::RasterLayer& r : output.rasters)
    if (r.name == name) return &r;
  return nullptr;
}

FeatureLayer clipped(const FeatureLayer& layer, const Box& box) {
  FeatureLayer out{layer.name, layer.geometry_type, layer.fields, {}};
  for (const Feature& f : layer.features) {
    Box b;
    std::visit([&b](const auto& g) { bg::envelope(g, b); }, f.geometry);
    if (!bg::disjoint(b, box)) out.features.push_back(f);
  }
  return out;
}

Map site_map(BuildContext& ctx, const Box& extent) {
  Map map = base_map(ctx.input, extent, ctx.tr);
  add_layout_layers(map, ctx.input.scenario.layout, ctx.tr, LayoutDetail::kOutline);
  return map;
}

Box visible_box(const Map& map) {
  const Box& e = map.extent;
  const double w = e.max_corner().x - e.min_corner().x, h = e.max_corner().y - e.min_corner().y;
  if (!(w > 0.0) || !(h > 0.0)) return e;
  // The frame keeps map.aspect: the shorter side grows around the centre.
  const double want_h = w * map.aspect, want_w = h / map.aspect;
  if (want_h > h)
    return {{e.min_corner().x, e.min_corner().y - (want_h - h) / 2},
            {e.max_corner().x, e.max_corner().y + (want_h - h) / 2}};
  return {{e.min_corner().x - (want_w - w) / 2, e.min_corner().y},
          {e.max_corner().x + (want_w - w) / 2, e.max_corner().y}};
}

Cell number_cell(double value, int decimals, const std::string& unit, const Strings& tr,
                 Tone tone) {
  if (std::isnan(value)) return Cell{"—", Tone::kMuted};
  char exact[40];
  std::snprintf(exact, sizeof exact, "%.17g", value);
  std::string text = format_number(value, decimals, tr);
  if (!unit.empty()) text += (unit == "°" ? "" : " ") + unit_text(unit, tr);
  return Cell{text, tone, false, false, exact};
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string item = text.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    while (!item.empty() && item.back() == ' ') item.pop_back();
    if (!item.empty()) out.push_back(std::move(item));
    start = comma + 1;
  }
  return out;
}

Section numbered_section(BuildContext& ctx, std::string id, std::string title) {
  Section s;
  s.id = std::move(id);
  s.number = ctx.take_number();
  s.title = std::move(title);
  return s;
}

}  // namespace agora::report

namespace agora::report {

std::vector<Block> profile_blocks(BuildContext& ctx, const std::vector<std::string>& sections,
                                  const std::string& id, const std::string& caption) {
  const Strings& tr = ctx.tr;
  Table t;
  t.id = id;
  t.caption = caption;
  t.columns = {{Align::kLeft, 2.6}, {Align::kRight, 1.4}, {Align::kLeft, 5.0}};
  t.header = {{{tr("table.parameter"), 1}, {tr("table.value"), 1}, {tr("table.source"), 1}}};
  for (const ProfileValue& p : ctx.input.profile_values) {
    bool wanted = false;
    for (const std::string& s : sections) wanted = wanted || p.key.rfind(s + ".", 0) == 0;
    if (!wanted) continue;
    const bool placeholder = p.source.find("placeholder") != std::string::npos;
    // Structured values (tables of steps, categories) read as plain lists: [[49,1],[499,2]] ->
    // 49,1; 499,2.
    const bool structured = !p.value.empty() && (p.value.front() == '[' || p.value.front() == '{');
    std::string value;
    if (structured) {
      for (std::size_t i = 0; i < p.value.size(); ++i) {
        const char c = p.value[i];
        if (c == ']' && i + 2 < p.value.size() && p.value[i + 1] == ',' && p.value[i + 2] == '[') {
          value += "; ";
          i += 2;
        } else if (c != '[' && c != ']' && c != '{' && c != '}' && c != '"') {
          value += c;
        }
      }
    } else {
      value = p.value;
    }
    if (value.size() > 60) {
      value.resize(57);
      value += "…";
    }
    t.rows.push_back(
        {Cell{p.key, Tone::kNeutral, false, true, {}},
         Cell{as_data(value), Tone::kNeutral, false, false, structured ? std::string() : p.value},
         // The profile file's own words for its sources: data, in the language it was written in.
         Cell{placeholder ? tr("assumptions.placeholder_flag") + " " + as_data(p.source)
                          : as_data(p.source),
              placeholder ? Tone::kCaution : Tone::kNeutral}});
  }
  std::vector<Block> out;
  if (t.rows.empty()) {
    out.push_back(Paragraph{
        plain(tr.format("assumptions.profile_not_given", {as_data(ctx.input.scenario.profile)})),
        true});
    return out;
  }
  out.push_back(std::move(t));
  return out;
}

}  // namespace agora::report
