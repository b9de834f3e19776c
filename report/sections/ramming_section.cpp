// The vehicle-ramming section (sources.md: Vehicles): what was computed, the counts by verdict, a
// map of the approach speeds and the crossing verdicts, the worst class per class and per approach,
// every crossing in one compact table, and the rules the verdicts follow. Reads the typed
// vehicle::RammingResult from the output's detail; without it, the generic section.

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "report/build/blocks.hpp"
#include "report/build/maps.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"
#include "report/sections/section_kit.hpp"
#include "report/sections/section_registry.hpp"
#include "sim/vehicle/ramming.hpp"
#include "sim/vehicle/ramming_figures.hpp"

namespace agora::report {

namespace {

using vehicle::ClassAtCrossing;
using vehicle::CrossingResult;
using vehicle::RammingResult;
using vehicle::Verdict;
namespace fig = vehicle::fig;

const RammingResult* ramming_of(const run::AnalysisOutput& o) {
  return std::any_cast<RammingResult>(&o.detail);
}

Tone verdict_tone(Verdict v) {
  switch (v) {
    case Verdict::Adequate:
      return Tone::kGood;
    case Verdict::EnergyOnly:
      return Tone::kCaution;
    default:
      return Tone::kBad;
  }
}

std::string verdict_label(Verdict v, const Strings& tr) {
  return tr(std::string("verdict.") + vehicle::verdict_key(v));
}

// Rounded as the crossings layer and results.gpkg hold them (ramming_output.cpp: 0.1 km/h).
double tenth(double v) {
  return std::round(v * 10.0) / 10.0;
}

std::string speed_band(const ClassAtCrossing& a, const Strings& tr) {
  return format_number(a.speed.low_kmh, 0, tr) + "–" + format_number(a.speed.high_kmh, 0, tr);
}

std::string crossing_name(const CrossingResult& c, const Strings& tr) {
  return c.label.empty() ? tr.format("ramming.crossing_n", {std::to_string(c.id)})
                         : as_data(c.label) + " (#" + std::to_string(c.id) + ")";
}

std::string barrier_text(const RammingResult& r, const ClassAtCrossing& a, const Strings& tr) {
  if (a.guard < 0 || static_cast<std::size_t>(a.guard) >= r.guards.size())
    return tr("ramming.no_barrier");
  const vehicle::GuardSummary& g = r.guards[static_cast<std::size_t>(a.guard)];
  return as_data(g.name) + " · " + (g.rating.empty() ? tr("layout.unrated") : as_data(g.rating));
}

// The class at a crossing that matters most: the worst verdict, then the most people exposed,
// then the highest speed.
const ClassAtCrossing* worst_class(const CrossingResult& c) {
  const ClassAtCrossing* best = nullptr;
  for (const ClassAtCrossing& a : c.classes) {
    if (!a.reachable) continue;
    if (!best) {
      best = &a;
      continue;
    }
    const int sa = vehicle::verdict_severity(a.verdict),
              sb = vehicle::verdict_severity(best->verdict);
    if (sa != sb                                     ? sa > sb
        : a.exposure.people != best->exposure.people ? a.exposure.people > best->exposure.people
                                                     : a.speed.high_kmh > best->speed.high_kmh)
      best = &a;
  }
  return best;
}

bool worse(const CrossingResult& x, const ClassAtCrossing& a, const CrossingResult& y,
           const ClassAtCrossing& b) {
  const int sa = vehicle::verdict_severity(a.verdict), sb = vehicle::verdict_severity(b.verdict);
  if (sa != sb) return sa > sb;
  if (a.exposure.people != b.exposure.people) return a.exposure.people > b.exposure.people;
  if (a.speed.high_kmh != b.speed.high_kmh) return a.speed.high_kmh > b.speed.high_kmh;
  return x.id < y.id;
}

std::vector<Block> summary_blocks(const run::AnalysisOutput& o, const Strings& tr) {
  // The crossings by their worst verdict on one line, worst first.
  std::string by_verdict;
  const std::pair<const FigureSpec&, const char*> counts[] = {
      {fig::kUnprotectedCrossings, "verdict.unprotected"},
      {fig::kGapPassableCrossings, "verdict.gap_passable"},
      {fig::kInadequateCrossings, "verdict.inadequate"},
      {fig::kEnergyOnlyCrossings, "ramming.short.energy_only"},
      {fig::kAdequateCrossings, "verdict.adequate"}};
  for (const auto& [spec, label] : counts)
    by_verdict +=
        (by_verdict.empty() ? "" : ", ") + figure_cell(o, spec, tr).text + " " + tr(label);
  KeyValueList k;
  k.items = {
      {tr("ramming.crossings_approaches"), tr.format("ramming.crossings_approaches_value",
                                                     {figure_cell(o, fig::kCrossings, tr).text,
                                                      figure_cell(o, fig::kApproaches, tr).text})},
      {tr("ramming.by_worst_verdict"), by_verdict,
       figure_number(o, fig::kNotAdequateCrossings) > 0.0 ? Tone::kBad : Tone::kGood},
      figure_line(o, fig::kMaxSpeed, "ramming.max_speed", tr),
      figure_line(o, fig::kMaxEnergy, "ramming.max_energy", tr),
      figure_line(o, fig::kPeopleExposedMax, "ramming.people_max", tr),
      figure_line(o, fig::kMaxCrowdEntrySpeed, "ramming.entry_speed_max", tr)};
  return {std::move(k)};
}

// One row per class, the figures exactly as summary.json has them.
Table class_table(const run::AnalysisOutput& o, const RammingResult& r, const Strings& tr) {
  Table t;
  t.id = "ramming-classes";
  t.caption = tr("ramming.classes_caption");
  t.columns = {{Align::kLeft, 2.0},  {Align::kRight, 1.0}, {Align::kRight, 1.6},
               {Align::kRight, 1.3}, {Align::kRight, 0.8}, {Align::kRight, 0.8},
               {Align::kRight, 0.8}, {Align::kRight, 0.8}, {Align::kRight, 0.8},
               {Align::kRight, 1.1}};
  t.header = {{{tr("ramming.class"), 1},
               {tr("ramming.reaches"), 1},
               {tr("ramming.fastest"), 1},
               {tr("ramming.energy"), 1},
               {tr("ramming.count_by_verdict"), 5},
               {tr("ramming.people"), 1}},
              {{"", 1},
               {"", 1},
               {"", 1},
               {"", 1},
               {tr("ramming.short.adequate"), 1},
               {tr("ramming.short.energy_only"), 1},
               {tr("ramming.short.inadequate"), 1},
               {tr("ramming.short.gap_passable"), 1},
               {tr("ramming.short.unprotected"), 1},
               {"", 1}}};
  for (const vehicle::VehicleClass& c : r.classes) {
    Cell fastest = figure_cell(o, {fig::kClassMaxSpeed, {c.code}}, tr);
    const double low = figure_number(o, {fig::kClassMaxSpeedLow, {c.code}});
    if (!std::isnan(low) && fastest.text != "—")
      fastest.text = format_number(low, 0, tr) + "–" + fastest.text;
    std::vector<Cell> row{Cell{as_data(c.code + " " + c.name), Tone::kNeutral, true},
                          figure_cell(o, {fig::kClassReachable, {c.code}}, tr), std::move(fastest),
                          figure_cell(o, {fig::kClassMaxEnergy, {c.code}}, tr)};
    const FigureSpec* counts[] = {&fig::kClassAdequate, &fig::kClassEnergyOnly,
                                  &fig::kClassInadequate, &fig::kClassGapPassable,
                                  &fig::kClassUnprotected};
    const Tone tones[] = {Tone::kGood, Tone::kCaution, Tone::kBad, Tone::kBad, Tone::kBad};
    for (std::size_t i = 0; i < 5; ++i) {
      Cell n = figure_cell(o, {*counts[i], {c.code}}, tr);
      if (figure_number(o, {*counts[i], {c.code}}) > 0.0) n.tone = tones[i];
      row.push_back(std::move(n));
    }
    row.push_back(figure_cell(o, {fig::kClassPeopleExposedMax, {c.code}}, tr));
    t.rows.push_back(std::move(row));
  }
  return t;
}

// One row per approach (street mouth): its worst crossing and class.
Table approach_table(const RammingResult& r, const Strings& tr) {
  std::map<std::uint32_t, std::vector<const CrossingResult*>> by_mouth;
  for (const CrossingResult& c : r.crossings) by_mouth[c.mouth].push_back(&c);
  struct Row {
    const CrossingResult* c;
    const ClassAtCrossing* a;
    std::size_t crossings;
  };
  std::vector<Row> rows;
  for (const auto& [mouth, list] : by_mouth) {
    Row best{nullptr, nullptr, list.size()};
    for (const CrossingResult* c : list) {
      const ClassAtCrossing* a = worst_class(*c);
      if (a && (!best.a || worse(*c, *a, *best.c, *best.a))) best = {c, a, list.size()};
    }
    if (best.a) rows.push_back(best);
  }
  std::sort(rows.begin(), rows.end(),
            [](const Row& x, const Row& y) { return worse(*x.c, *x.a, *y.c, *y.a); });
  Table t;
  t.id = "ramming-approaches";
  t.caption = tr("ramming.approaches_caption");
  t.columns = {{Align::kLeft, 2.8},  {Align::kLeft, 0.7},  {Align::kRight, 1.1},
               {Align::kRight, 1.0}, {Align::kRight, 0.8}, {Align::kLeft, 2.6},
               {Align::kLeft, 1.7},  {Align::kRight, 0.9}};
  t.header = {{{tr("ramming.crossing"), 1},
               {tr("ramming.class"), 1},
               {tr("ramming.speed_band"), 1},
               {tr("ramming.energy"), 1},
               {tr("ramming.angle"), 1},
               {tr("ramming.barrier"), 1},
               {tr("ramming.verdict"), 1},
               {tr("ramming.people"), 1}}};
  for (const Row& row : rows) {
    const ClassAtCrossing& a = *row.a;
    std::string name = crossing_name(*row.c, tr);
    if (row.crossings > 1)
      name += " " + tr.format("ramming.more_crossings", {std::to_string(row.crossings - 1)});
    Cell band{speed_band(a, tr), Tone::kNeutral, false, false,
              exact_value(Value{tenth(a.speed.high_kmh)})};
    t.rows.push_back({Cell{name}, Cell{a.vehicle_class, Tone::kNeutral, true}, std::move(band),
                      number_cell(std::round(a.energy_kj), 0, "", tr),
                      number_cell(tenth(a.impact_angle_deg), 0, "°", tr),
                      Cell{barrier_text(r, a, tr)},
                      Cell{verdict_label(a.verdict, tr), verdict_tone(a.verdict)},
                      number_cell(tenth(a.exposure.people), 0, "", tr)});
  }
  t.note = tr("ramming.approaches_note");
  return t;
}

// Every crossing, one row, one column per class: "41–56 open" toned by the class's verdict.
Table crossings_table(const RammingResult& r, const Strings& tr) {
  Table t;
  t.id = "ramming-crossings";
  t.caption = tr.format("ramming.crossings_caption", {std::to_string(r.crossings.size())});
  t.columns = {{Align::kLeft, 2.6}};
  std::vector<HeaderCell> header{{tr("ramming.crossing"), 1}};
  for (const vehicle::VehicleClass& c : r.classes) {
    t.columns.push_back({Align::kRight, 1.2});
    header.push_back({c.code, 1});
  }
  t.columns.push_back({Align::kRight, 0.9});
  header.push_back({tr("ramming.people"), 1});
  t.header.push_back(std::move(header));
  std::vector<const CrossingResult*> order;
  for (const CrossingResult& c : r.crossings) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(),
                   [](const CrossingResult* x, const CrossingResult* y) {
                     if (x->mouth != y->mouth) return x->mouth < y->mouth;
                     return x->id < y->id;
                   });
  for (const CrossingResult* c : order) {
    std::vector<Cell> row{Cell{crossing_name(*c, tr)}};
    for (const ClassAtCrossing& a : c->classes) {
      if (!a.reachable) {
        row.emplace_back(tr("ramming.not_reachable"), Tone::kMuted);
        continue;
      }
      row.emplace_back(speed_band(a, tr) + " " +
                           tr(std::string("ramming.short.") + vehicle::verdict_key(a.verdict)),
                       verdict_tone(a.verdict), false, false,
                       exact_value(Value{tenth(a.speed.high_kmh)}));
    }
    row.resize(t.columns.size() - 1);
    row.push_back(number_cell(tenth(c->people_exposed_max()), 0, "", tr));
    t.rows.push_back(std::move(row));
  }
  t.note = tr("ramming.crossings_note");
  return t;
}

Figure ramming_map(const run::AnalysisOutput& o, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  Box extent = site_extent(ctx.input.scenario, ctx.input.city, 90.0);
  Map map = base_map(ctx.input, extent, tr);
  const Box view = visible_box(map);
  // Approach speeds first (under the layout), then the layout's outline, then the crossings.
  if (const FeatureLayer* speeds = find_layer(o, "ramming_edge_speeds"))
    for (MapLayer& l : feature_layer_to_map(clipped(*speeds, view), tr, false)) {
      l.legend = tr.format("ramming.map_speed", {l.legend});
      map.layers.push_back(std::move(l));
    }
  add_layout_layers(map, ctx.input.scenario.layout, tr, LayoutDetail::kOutline);
  if (const FeatureLayer* crossings = find_layer(o, "ramming_crossings"))
    for (MapLayer& l : feature_layer_to_map(clipped(*crossings, view), tr, false)) {
      const std::string key = "verdict." + l.legend;
      if (tr.has(key)) l.legend = tr.format("ramming.map_verdict", {tr(key)});
      l.style.marker_mm = 2.0;
      map.layers.push_back(std::move(l));
    }
  return Figure{"map-ramming", std::move(map), tr("ramming.map_caption")};
}

std::vector<Block> rules_blocks(const RammingResult& r, const Strings& tr) {
  std::vector<Block> out;
  out.push_back(Heading{2, tr("ramming.rules")});
  const vehicle::AdequacyRules& rules = r.params.rules;
  BulletList verdicts;
  verdicts.items = {
      plain(tr.format("ramming.rule.adequate", {format_number(rules.speed_margin_kmh, 0, tr),
                                                format_number(rules.angle_tolerance_deg, 0, tr)})),
      plain(tr("ramming.rule.energy_only")), plain(tr("ramming.rule.inadequate")),
      plain(tr.format("ramming.rule.gap_passable", {format_number(rules.max_clear_gap_m, 1, tr)})),
      plain(tr("ramming.rule.unprotected"))};
  out.push_back(std::move(verdicts));
  out.push_back(Paragraph{plain(tr("ramming.rating_formats") + ": " + tr("ramming.format.iso") +
                                " " + tr("ramming.format.pas68") + " " + tr("ramming.format.astm") +
                                " " + tr("ramming.format.unrated")),
                          true});
  out.push_back(
      Paragraph{plain(tr.format("ramming.sources", {r.vehicle_table, r.barrier_catalogue})), true});
  return out;
}

std::vector<Section> ramming_sections(const run::AnalysisOutput& o, BuildContext& ctx) {
  const RammingResult* r = ramming_of(o);
  if (!r) return {generic_section(o, ctx)};
  const Strings& tr = ctx.tr;
  Section s = numbered_section(ctx, "analysis-ramming", tr("ramming.title"));
  s.blocks.push_back(Paragraph{
      plain(tr.format("ramming.method", {format_number(r->params.radius_m, 0, tr)})), false});
  s.blocks.push_back(Heading{2, tr("ramming.summary")});
  for (Block& b : summary_blocks(o, tr)) s.blocks.push_back(std::move(b));
  if (r->vehicle_table_placeholder)
    s.blocks.push_back(
        Callout{Tone::kCaution, tr("ramming.placeholder_title"), plain(tr("ramming.placeholder"))});
  s.blocks.push_back(ramming_map(o, ctx));
  s.blocks.push_back(Heading{2, tr("ramming.by_class")});
  s.blocks.push_back(class_table(o, *r, tr));
  s.blocks.push_back(Heading{2, tr("ramming.by_approach")});
  s.blocks.push_back(approach_table(*r, tr));
  s.blocks.push_back(Heading{2, tr("ramming.all_crossings")});
  s.blocks.push_back(crossings_table(*r, tr));
  for (Block& b : rules_blocks(*r, tr)) s.blocks.push_back(std::move(b));
  for (Block& b : warnings_blocks(o.warnings, ctx)) s.blocks.push_back(std::move(b));
  return {std::move(s)};
}

void ramming_cover(const run::AnalysisOutput& o, BuildContext& ctx, CoverSummary& summary) {
  const Strings& tr = ctx.tr;
  if (!output_figure(o, fig::kCrossings)) return;
  const std::string title = tr("ramming.title");
  summary.headline.push_back(
      {title,
       tr.format("ramming.cover_crossings",
                 {figure_cell(o, fig::kNotAdequateCrossings, tr).text,
                  figure_cell(o, fig::kCrossings, tr).text, figure_cell(o, fig::kMaxSpeed, tr).text,
                  figure_cell(o, fig::kPeopleExposedMax, tr).text}),
       figure_number(o, fig::kNotAdequateCrossings) > 0.0 ? Tone::kBad : Tone::kGood});
}

std::vector<ComparisonRow> ramming_comparison(const run::AnalysisOutput& o, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  std::vector<ComparisonRow> rows;
  for (const std::string& code : split_list(figure_text(o, fig::kClasses))) {
    const FigureKey key{fig::kClassMaxSpeed, {code}};
    rows.push_back(
        {key.str(), tr.format("ramming.compare_speed", {code}), figure_cell(o, key, tr)});
  }
  auto add = [&](const FigureSpec& spec, const char* label, bool bad_if_any) {
    Cell c = figure_cell(o, spec, tr);
    if (bad_if_any) c.tone = figure_number(o, spec) > 0.0 ? Tone::kBad : Tone::kGood;
    rows.push_back({std::string(spec.key), tr(label), std::move(c)});
  };
  add(fig::kNotAdequateCrossings, "ramming.compare_not_adequate", true);
  add(fig::kInadequateCrossings, "ramming.compare_inadequate", true);
  add(fig::kUnprotectedCrossings, "ramming.compare_unprotected", true);
  add(fig::kPeopleExposedMax, "ramming.compare_people", false);
  return rows;
}

std::vector<Block> ramming_assumptions(const run::AnalysisOutput& o, BuildContext& ctx) {
  const RammingResult* r = ramming_of(o);
  std::vector<Block> out;
  if (!r) return out;
  const Strings& tr = ctx.tr;
  out.push_back(Heading{3, tr("ramming.vehicle_table")});
  Table t;
  t.id = "ramming-vehicle-table";
  t.caption = tr.format("ramming.vehicle_table_caption", {r->vehicle_table});
  t.columns = {{Align::kLeft, 1.3},  {Align::kRight, 1.0}, {Align::kRight, 0.8},
               {Align::kRight, 1.1}, {Align::kRight, 0.9}, {Align::kLeft, 4.2}};
  t.header = {{{tr("ramming.class"), 1},
               {tr("ramming.mass"), 1},
               {tr("ramming.width"), 1},
               {tr("ramming.accel"), 1},
               {tr("ramming.vmax"), 1},
               {tr("ramming.placeholder_fields"), 1}}};
  auto flagged = [](const vehicle::VehicleClass& c, const char* field) {
    return std::find(c.placeholder_fields.begin(), c.placeholder_fields.end(), field) !=
           c.placeholder_fields.end();
  };
  for (const vehicle::VehicleClass& c : r->classes) {
    std::string fields;
    for (const std::string& f : c.placeholder_fields) fields += (fields.empty() ? "" : ", ") + f;
    const bool accel_placeholder = flagged(c, "accel_min_mps2") || flagged(c, "accel_max_mps2");
    t.rows.push_back({Cell{as_data(c.code + " " + c.name), Tone::kNeutral, true},
                      number_cell(c.test_mass_kg, 0, "kg", tr), number_cell(c.width_m, 2, "m", tr),
                      Cell{format_number(c.accel_min_mps2, 1, tr) + "–" +
                               format_number(c.accel_max_mps2, 1, tr) + " m/s²" +
                               (accel_placeholder ? " *" : ""),
                           accel_placeholder ? Tone::kCaution : Tone::kNeutral},
                      number_cell(c.vmax_kmh, 0, "km/h", tr),
                      Cell{fields.empty() ? tr("value.none") : fields,
                           fields.empty() ? Tone::kNeutral : Tone::kCaution}});
  }
  t.note = tr("ramming.vehicle_table_note");
  out.push_back(std::move(t));
  for (const vehicle::VehicleClass& c : r->classes)
    if (!c.source.empty()) out.push_back(Paragraph{plain(as_data(c.code + ": " + c.source)), true});
  out.push_back(Heading{3, tr("ramming.profile_values")});
  for (Block& b :
       profile_blocks(ctx, {"ramming"}, "ramming-profile", tr("ramming.profile_caption")))
    out.push_back(std::move(b));
  return out;
}

}  // namespace

SectionPlugin ramming_section() {
  return {"ramming", ramming_sections, ramming_cover, ramming_comparison, ramming_assumptions};
}

}  // namespace agora::report
