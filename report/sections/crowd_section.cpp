// The agent-based crowd simulation's section (docs/crowd-model.md): how many agents, how long
// until the last one is out, in total and per exit, the highest local density with the area
// over each threshold, the places where it passed them, and a map of the highest density
// reached. Reads crowd::agents::CrowdResult from the output's detail; without it, the
// generic section.

#include <algorithm>
#include <cmath>
#include <sstream>

#include "report/build/blocks.hpp"
#include "report/build/maps.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"
#include "report/sections/section_kit.hpp"
#include "report/sections/section_registry.hpp"
#include "sim/crowd/agents/crowd_run.hpp"
#include "sim/crowd/crowd_figures.hpp"

namespace agora::report {

namespace {

namespace fig = crowd::fig;

using crowd::agents::CrowdResult;

const CrowdResult* crowd_of(const run::AnalysisOutput& o) {
  return std::any_cast<CrowdResult>(&o.detail);
}

// The figure key of a density threshold, as gis/crowd/crowd_outputs.cpp writes it: 5.5 -> "5_5".
std::string threshold_key(double t) {
  std::ostringstream s;
  s << t;
  std::string k = s.str();
  std::replace(k.begin(), k.end(), '.', '_');
  return k;
}

const FigureSpec& time_key(const CrowdResult& r) {
  return r.phase == crowd::agents::Phase::kIngress ? fig::kIngressTime : fig::kEvacuationTime;
}

Table exits_table(const run::AnalysisOutput& o, const CrowdResult& r, const Strings& tr) {
  Table t;
  t.id = "crowd-exits";
  t.caption = tr("crowd.exits_caption");
  t.columns = {{Align::kLeft, 3.4},
               {Align::kRight, 1.0},
               {Align::kRight, 1.1},
               {Align::kRight, 1.2},
               {Align::kRight, 1.2}};
  t.header = {{{tr("assess.exit"), 1},
               {tr("layout.width"), 1},
               {tr("crowd.agents_through"), 1},
               {tr("crowd.first_out"), 1},
               {tr("crowd.last_out"), 1}}};
  for (const crowd::agents::ExitResult& e : r.exits) {
    std::string name = as_data(e.name.empty() ? e.id : e.name);
    if (e.emergency_only) name += " (" + tr("crowd.emergency_only") + ")";
    t.rows.push_back(
        {Cell{name}, number_cell(e.width_m, 2, "m", tr),
         figure_cell(o, {fig::kExitAgents, {e.id}}, tr),
         e.first_time_s >= 0.0 ? number_cell(e.first_time_s, 0, "s", tr) : Cell{"—", Tone::kMuted},
         figure_cell(o, {fig::kExitTime, {e.id}}, tr)});
  }
  return t;
}

Table hotspots_table(const CrowdResult& r, const Strings& tr) {
  std::vector<const crowd::agents::Hotspot*> spots;
  for (const auto& h : r.hotspots) spots.push_back(&h);
  std::stable_sort(spots.begin(), spots.end(), [](auto* a, auto* b) {
    if (a->threshold_ppm2 != b->threshold_ppm2) return a->threshold_ppm2 > b->threshold_ppm2;
    return a->area_m2 > b->area_m2;
  });
  Table t;
  t.id = "crowd-hotspots";
  t.caption = tr("crowd.hotspots_caption");
  t.columns = {{Align::kRight, 0.5}, {Align::kRight, 1.2}, {Align::kRight, 1.1},
               {Align::kRight, 1.2}, {Align::kRight, 1.6}, {Align::kRight, 1.1}};
  t.header = {{{"#", 1},
               {tr("crowd.threshold"), 1},
               {tr("layout.area"), 1},
               {tr("crowd.max_density"), 1},
               {tr("crowd.when"), 1},
               {tr("crowd.duration"), 1}}};
  constexpr std::size_t kTop = 5;
  for (std::size_t i = 0; i < spots.size() && i < kTop; ++i) {
    const auto& h = *spots[i];
    t.rows.push_back({Cell{std::to_string(i + 1), Tone::kMuted},
                      number_cell(h.threshold_ppm2, 1, "p/m²", tr),
                      number_cell(h.area_m2, 0, "m²", tr),
                      number_cell(h.max_density_ppm2, 1, "p/m²", tr,
                                  h.max_density_ppm2 >= 5.5 ? Tone::kBad : Tone::kCaution),
                      Cell{format_number(h.first_time_s, 0, tr) + "–" +
                           format_number(h.last_time_s, 0, tr) + " s"},
                      number_cell(h.duration_s, 0, "s", tr)});
  }
  if (spots.size() > kTop)
    t.note = tr.format("crowd.hotspots_more", {std::to_string(spots.size() - kTop)});
  return t;
}

std::vector<Section> crowd_sections(const run::AnalysisOutput& o, BuildContext& ctx) {
  const CrowdResult* r = crowd_of(o);
  if (!r) return {generic_section(o, ctx)};
  const Strings& tr = ctx.tr;
  Section s = numbered_section(ctx, "analysis-crowd", tr("crowd.title"));
  s.blocks.push_back(Paragraph{plain(tr("crowd.what")), false});
  if (!r->completed)
    s.blocks.push_back(
        Callout{Tone::kBad, tr("crowd.not_completed_title"),
                plain(tr.format("crowd.not_completed", {std::to_string(r->agents_remaining),
                                                        format_number(r->end_time_s, 0, tr)}))});
  KeyValueList k;
  k.items = {
      figure_line(o, fig::kAgents, "crowd.agents", tr),
      {tr("crowd.phase"), tr("crowd.phase." + std::string(crowd::agents::to_string(r->phase)))},
      figure_line(o, time_key(*r), "crowd.evacuation_time", tr),
      figure_line(o, fig::kMaxDensity, "crowd.max_density", tr)};
  k.items.back().tone = r->max_density_ppm2 >= 5.5   ? Tone::kBad
                        : r->max_density_ppm2 >= 4.0 ? Tone::kCaution
                                                     : Tone::kGood;
  for (double t : r->thresholds_ppm2) {
    const FigureKey key{fig::kAreaOverThreshold, {threshold_key(t)}};
    KeyValue line{tr.format("crowd.area_over", {format_number(t, t == std::floor(t) ? 0 : 1, tr)}),
                  figure_cell(o, key, tr).text};
    line.tone = figure_number(o, key) > 0.0 ? Tone::kCaution : Tone::kGood;
    k.items.push_back(std::move(line));
  }
  k.items.push_back({tr("crowd.model"),
                     tr.format("crowd.model_value", {figure_cell(o, fig::kSeed, tr).text,
                                                     figure_cell(o, fig::kTimeStep, tr).text})});
  s.blocks.push_back(std::move(k));
  s.blocks.push_back(Heading{2, tr("crowd.per_exit")});
  s.blocks.push_back(exits_table(o, *r, tr));
  if (const run::RasterLayer* d = find_raster(o, "crowd_max_density")) {
    Map map = base_map(ctx.input, site_extent(ctx.input.scenario, ctx.input.city, 20.0), tr);
    const ColourRamp ramp = ramp_for(d->grid, d->nodata, tr("crowd.density_ramp"));
    map.layers.push_back(raster_to_map(d->grid, d->nodata, ramp));
    map.ramps.push_back(ramp);
    add_layout_layers(map, ctx.input.scenario.layout, tr, LayoutDetail::kOutline);
    if (const FeatureLayer* hot = find_layer(o, "crowd_hotspots"); hot && !hot->features.empty()) {
      MapLayer spots;
      spots.legend = tr("crowd.map_hotspot");
      spots.style.fill = rgb(0xc0392b);
      spots.style.stroke = Stroke{rgb(0xffffff), 0.3, 0.0, {}};
      spots.style.marker = Marker::kDiamond;
      spots.style.marker_mm = 2.4;
      for (const Feature& f : hot->features)
        if (const auto* p = std::get_if<Vec2>(&f.geometry)) spots.points.push_back(*p);
      map.layers.push_back(std::move(spots));
    }
    s.blocks.push_back(Figure{"map-crowd-density", std::move(map), tr("crowd.map_caption")});
  }
  if (!r->hotspots.empty()) {
    s.blocks.push_back(Heading{2, tr("crowd.hotspots")});
    s.blocks.push_back(hotspots_table(*r, tr));
  }
  s.blocks.push_back(Paragraph{plain(tr("crowd.more")), true});
  for (Block& b : warnings_blocks(o.warnings, ctx)) s.blocks.push_back(std::move(b));
  return {std::move(s)};
}

void crowd_cover(const run::AnalysisOutput& o, BuildContext& ctx, CoverSummary& summary) {
  const CrowdResult* r = crowd_of(o);
  const Strings& tr = ctx.tr;
  if (!output_figure(o, fig::kAgents)) return;
  const FigureSpec& key = r ? time_key(*r) : fig::kEvacuationTime;
  summary.headline.push_back(
      {tr("crowd.title"), tr.format("crowd.cover", {figure_cell(o, fig::kAgents, tr).text,
                                                    figure_cell(o, key, tr).text,
                                                    figure_cell(o, fig::kMaxDensity, tr).text})});
}

std::vector<ComparisonRow> crowd_comparison(const run::AnalysisOutput& o, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  std::vector<ComparisonRow> rows;
  for (const FigureSpec* spec : {&fig::kEvacuationTime, &fig::kMaxDensity}) {
    const std::string key(spec->key);
    if (output_figure(o, *spec))
      rows.push_back({key, tr("crowd.compare." + key), figure_cell(o, *spec, tr)});
  }
  return rows;
}

}  // namespace

SectionPlugin crowd_section() {
  return {"crowd", crowd_sections, crowd_cover, crowd_comparison, {}};
}

}  // namespace agora::report
