// The assessment's sections (sources.md): crowd capacity and egress, emergency access,
// noise, the liveability scorecard, and the risk matrix with the classification; the
// classification and the scorecard on the cover. Reads the typed assess::AssessResult from
// the output's detail; without it, the generic section.

#include <algorithm>
#include <cmath>

#include "report/assess_text.hpp"
#include "report/build/blocks.hpp"
#include "report/build/maps.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"
#include "report/sections/liveability_section.hpp"
#include "report/sections/section_kit.hpp"
#include "report/sections/section_registry.hpp"
#include "sim/assess/assess_figures.hpp"
#include "sim/assess/assess_output.hpp"
#include "sim/crowd/crowd_figures.hpp"

namespace agora::report {

namespace {

namespace fig = assess::fig;

using assess::AssessResult;

const AssessResult* assess_of(const run::AnalysisOutput& o) {
  return std::any_cast<AssessResult>(&o.detail);
}

Tone rating_tone(assess::Rating r) {
  switch (r) {
    case assess::Rating::kGreen:
      return Tone::kGood;
    case assess::Rating::kAmber:
      return Tone::kCaution;
    case assess::Rating::kRed:
      return Tone::kBad;
    case assess::Rating::kNotAssessed:
      break;
  }
  return Tone::kMuted;
}

Tone band_tone(assess::Band b) {
  switch (b) {
    case assess::Band::kLow:
      return Tone::kGood;
    case assess::Band::kMedium:
      return Tone::kCaution;
    default:
      return Tone::kBad;
  }
}

std::string rating_label(assess::Rating r, const Strings& tr) {
  return tr(assess::rating_key(r));
}

std::string band_label(assess::Band b, const Strings& tr) {
  std::string key = std::string("band.") + assess::to_string(b);
  std::replace(key.begin(), key.end(), ' ', '_');
  return tr(key);
}

std::string exit_name(const scenario::Layout& L, std::size_t index) {
  if (index >= L.exits.size()) return "#" + std::to_string(index + 1);
  const scenario::FeatureInfo& info = L.exits[index].info;
  if (!info.name.empty()) return as_data(info.name);
  if (!info.id.empty()) return as_data(info.id);
  return "#" + std::to_string(index + 1);
}

Tone ok_tone(bool ok) {
  return ok ? Tone::kGood : Tone::kBad;
}

// A figure's line whose tone says whether it passes.
KeyValue judged(KeyValue kv, bool ok) {
  kv.tone = ok_tone(ok);
  return kv;
}

// ---- Crowd capacity and egress ----------------------------------------------------------

Table exit_rules_table(const run::AnalysisOutput& o, const AssessResult& r, const Strings& tr) {
  const crowd::ExitRulesResult& x = r.capacity.exit_rules;
  Table t;
  t.id = "assess-exit-rules";
  t.caption = tr("assess.exit_rules_caption");
  t.columns = {
      {Align::kLeft, 4.0}, {Align::kRight, 1.5}, {Align::kRight, 1.5}, {Align::kCenter, 1.2}};
  t.header = {{{tr("assess.rule"), 1},
               {tr("assess.required"), 1},
               {tr("assess.provided"), 1},
               {tr("assess.verdict"), 1}}};
  auto verdict = [&tr](bool ok) {
    return Cell{tr(ok ? "assess.meets" : "assess.fails"), ok_tone(ok)};
  };
  t.rows.push_back({Cell{tr("assess.rule_count")}, figure_cell(o, fig::kExitsRequired, tr),
                    figure_cell(o, fig::kExitsCounted, tr), verdict(x.count_ok)});
  t.rows.push_back({Cell{tr("assess.rule_width")}, figure_cell(o, fig::kExitsWidthRequired, tr),
                    figure_cell(o, fig::kExitsWidthTotal, tr), verdict(x.width_ok)});
  t.rows.push_back({Cell{tr("assess.rule_total")}, number_cell(x.min_total_width_m, 2, "m", tr),
                    figure_cell(o, fig::kExitsWidthTotal, tr), verdict(x.total_ok)});
  t.note = tr("assess.exit_rules_note");
  return t;
}

Table egress_table(const run::AnalysisOutput& o, const AssessResult& r, const scenario::Layout& L,
                   const Strings& tr) {
  Table t;
  t.id = "assess-egress";
  t.caption = tr("assess.egress_caption");
  t.columns = {{Align::kLeft, 3.2},  {Align::kRight, 1.0}, {Align::kRight, 1.1},
               {Align::kRight, 1.1}, {Align::kRight, 1.1}, {Align::kRight, 1.1},
               {Align::kRight, 1.1}};
  t.header = {{{tr("assess.exit"), 1},
               {tr("layout.width"), 1},
               {tr("assess.persons"), 1},
               {tr("assess.nearest"), 1},
               {tr("assess.first_arrival"), 1},
               {tr("assess.longest_wait"), 1},
               {tr("assess.clear_time"), 1}}};
  for (const crowd::ExitLoad& x : r.egress.exits) {
    const std::string id = assess::key_part(L.exits.at(x.exit_index).info, "exit", x.exit_index);
    Cell clear = figure_cell(o, {fig::kExitEgressClear, {id}}, tr);
    if (x.clear_s >= r.egress.total_s - 1e-9) clear.bold = true;  // the exit that decides the total
    t.rows.push_back({Cell{exit_name(L, x.exit_index)}, number_cell(x.width_m, 2, "m", tr),
                      figure_cell(o, {fig::kExitEgressPersons, {id}}, tr),
                      number_cell(x.nearest_persons, 0, "", tr),
                      number_cell(x.first_arrival_s, 0, "s", tr),
                      figure_cell(o, {fig::kExitEgressWait, {id}}, tr), std::move(clear)});
  }
  for (const crowd::ExitCheck& c : r.capacity.exits)
    if (!c.counted)
      t.rows.push_back(
          {Cell{exit_name(L, c.exit_index)}, number_cell(c.width_m, 2, "m", tr),
           Cell{tr.format("assess.not_counted", {c.not_counted_because}), Tone::kMuted}, Cell{},
           Cell{}, Cell{}, Cell{}});
  t.rows.push_back({Cell{tr("assess.all_exits"), Tone::kNeutral, true}, Cell{},
                    figure_cell(o, fig::kEgressPersons, tr), Cell{}, Cell{}, Cell{},
                    figure_cell(o, fig::kEgressTotal, tr)});
  t.rows.back().back().bold = true;
  return t;
}

Figure exits_map(const run::AnalysisOutput& o, const AssessResult& r, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const scenario::Layout& L = ctx.input.scenario.layout;
  Map map = base_map(ctx.input, site_extent(ctx.input.scenario, ctx.input.city, 25.0), tr);
  if (const run::RasterLayer* d = find_raster(o, "distance_to_exit")) {
    const ColourRamp ramp = ramp_for(d->grid, d->nodata, tr("assess.distance_ramp"));
    map.layers.push_back(raster_to_map(d->grid, d->nodata, ramp));
    map.ramps.push_back(ramp);
  }
  add_layout_layers(map, L, tr, LayoutDetail::kOutline);
  // Each exit labelled with its load: "Kaufingerstraße: 1,234".
  MapLayer loads;
  loads.legend = tr("assess.map_exit_load");
  loads.style.fill = rgb(0x1e8449);
  loads.style.stroke = Stroke{rgb(0xffffff), 0.25, 0.0, {}};
  loads.style.marker = Marker::kSquare;
  loads.style.marker_mm = 1.8;
  for (const crowd::ExitLoad& x : r.egress.exits) {
    if (x.exit_index >= L.exits.size() || L.exits[x.exit_index].line.empty()) continue;
    const Polyline& line = L.exits[x.exit_index].line;
    const Vec2 mid = line[line.size() / 2];
    loads.points.push_back(mid);
    loads.labels.push_back({mid + Vec2{0.0, 5.0},
                            exit_name(L, x.exit_index) + ": " + format_number(x.persons, 0, tr)});
  }
  if (!loads.points.empty()) map.layers.push_back(std::move(loads));
  return Figure{"map-assess-exits", std::move(map), tr("assess.exits_map_caption")};
}

// Macroscopic against simulated egress, when the crowd simulation ran an egress: both times, the
// one judged, and per exit the people and the mean specific flow each model gives, so a gap
// reads as which exits starve or queue (the macroscopic model passes every exit's full flow
// from the first second).
std::vector<Block> egress_comparison(const AssessResult& r, const scenario::Layout& L,
                                     BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const run::AnalysisOutput* crowd_out = ctx.input.output("crowd");
  if (!crowd_out || figure_text(*crowd_out, crowd::fig::kPhase) != "egress") return {};
  const double simulated = figure_number(*crowd_out, crowd::fig::kEvacuationTime);
  std::vector<Block> out;
  out.push_back(Heading{2, tr("assess.egress_compare")});
  KeyValueList k;
  k.items = {{tr("assess.egress_macroscopic"), format_number(r.egress.total_s, 0, tr) + " s"},
             {tr("assess.egress_simulated"),
              std::isnan(simulated) ? std::string("—") : format_number(simulated, 0, tr) + " s"},
             {tr("assess.egress_judged"), format_number(r.egress_judged_s, 0, tr) + " s"}};
  out.push_back(std::move(k));
  Table t;
  t.id = "assess-egress-compare";
  t.caption = tr("assess.egress_compare_caption");
  t.columns = {{Align::kLeft, 3.0},  {Align::kRight, 1.0}, {Align::kRight, 1.2},
               {Align::kRight, 1.2}, {Align::kRight, 1.2}, {Align::kRight, 1.2}};
  t.header = {{{tr("assess.exit"), 1},
               {tr("layout.width"), 1},
               {tr("assess.persons_macroscopic"), 1},
               {tr("assess.persons_simulated"), 1},
               {tr("assess.flow_macroscopic"), 1},
               {tr("assess.flow_simulated"), 1}}};
  for (const crowd::ExitLoad& x : r.egress.exits) {
    const scenario::FeatureInfo& info = L.exits.at(x.exit_index).info;
    const double n_sim = figure_number(*crowd_out, {crowd::fig::kExitAgents, {info.id}});
    const double t_sim = figure_number(*crowd_out, {crowd::fig::kExitTime, {info.id}});
    // Mean specific flow: persons through the exit per metre of width per second, over the
    // time until its last person passed (macroscopic: over its clearing time).
    const double q_macro = x.clear_s > 0.0 ? x.persons / (x.width_m * x.clear_s) : std::nan("");
    const double q_sim = t_sim > 0.0 ? n_sim / (x.width_m * t_sim) : std::nan("");
    auto cell = [&](double v, int decimals, const char* unit) {
      return std::isnan(v) ? Cell{"—", Tone::kMuted} : number_cell(v, decimals, unit, tr);
    };
    t.rows.push_back({Cell{exit_name(L, x.exit_index)}, number_cell(x.width_m, 2, "m", tr),
                      cell(x.persons, 0, ""), cell(n_sim, 0, ""), cell(q_macro, 2, "P/(m·s)"),
                      cell(q_sim, 2, "P/(m·s)")});
  }
  t.note = tr("assess.egress_compare_note");
  out.push_back(std::move(t));
  return out;
}

Section crowd_capacity_section(const run::AnalysisOutput& o, const AssessResult& r,
                               BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const crowd::CapacityResult& c = r.capacity;
  Section s = numbered_section(ctx, "analysis-assess-capacity", tr("assess.capacity_title"));
  s.blocks.push_back(Paragraph{plain(tr("assess.capacity_what")), false});
  const Tone verdict_tone = c.verdict == crowd::Verdict::kPass   ? Tone::kGood
                            : c.verdict == crowd::Verdict::kWarn ? Tone::kCaution
                                                                 : Tone::kBad;
  s.blocks.push_back(Badge{
      verdict_tone,
      tr.format("assess.capacity_badge",
                {format_number(c.capacity, 0, tr), format_number(double(c.attendance), 0, tr)}),
      tr.format("assess.capacity_badge_detail", {tr("assess.limited_by." + c.limited_by),
                                                 format_number(c.utilisation * 100.0, 0, tr)})});
  s.blocks.push_back(Heading{2, tr("assess.capacity_figures")});
  KeyValueList k;
  k.items = {figure_line(o, fig::kCapacity, "assess.capacity", tr),
             figure_line(o, fig::kAreaCapacity, "assess.area_capacity", tr),
             figure_line(o, fig::kExitCapacity, "assess.exit_capacity", tr),
             figure_line(o, fig::kNetArea, "assess.net_area", tr),
             figure_line(o, fig::kBlockedArea, "assess.blocked_area", tr),
             figure_line(o, fig::kCapacityAttendance, "assess.attendance", tr),
             figure_line(o, fig::kCapacityVerdict, "assess.capacity_verdict", tr),
             figure_line(o, fig::kExitsWidest, "assess.widest_exit", tr),
             figure_line(o, fig::kExitsBelowMinWidth, "assess.below_min_width", tr)};
  k.items[6].tone = verdict_tone;
  s.blocks.push_back(std::move(k));
  s.blocks.push_back(Paragraph{plain(tr("assess.capacity_rule")), true});
  if (c.exit_rules.applied) {
    s.blocks.push_back(Heading{2, tr("assess.exit_rules")});
    s.blocks.push_back(exit_rules_table(o, r, tr));
  }
  s.blocks.push_back(Heading{2, tr("assess.distance")});
  KeyValueList d;
  const crowd::DistanceResult& dr = r.distance_to_exit;
  d.items = {figure_line(o, fig::kDistanceMax, "assess.distance_max", tr),
             figure_line(o, fig::kDistanceMean, "assess.distance_mean", tr),
             judged(figure_line(o, fig::kAreaBeyond, "assess.distance_beyond", tr),
                    dr.area_beyond_m2 <= 0.0),
             judged(figure_line(o, fig::kAreaUnreachable, "assess.distance_unreachable", tr),
                    dr.area_unreachable_m2 <= 0.0),
             figure_line(o, fig::kCrowdArea, "assess.crowd_area", tr)};
  s.blocks.push_back(std::move(d));
  s.blocks.push_back(exits_map(o, r, ctx));
  s.blocks.push_back(Heading{2, tr("assess.egress")});
  s.blocks.push_back(egress_table(o, r, ctx.input.scenario.layout, tr));
  for (Block& b : egress_comparison(r, ctx.input.scenario.layout, ctx))
    s.blocks.push_back(std::move(b));
  return s;
}

// ---- Emergency access -------------------------------------------------------------------

Section access_section(const run::AnalysisOutput& o, const AssessResult& r, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const access::AccessResult& a = r.access;
  Section s = numbered_section(ctx, "analysis-assess-access", tr("assess.access_title"));
  s.blocks.push_back(Paragraph{plain(tr("assess.access_what")), false});
  KeyValueList k;
  k.items = {
      figure_line(o, fig::kAccessEventArea, "assess.event_area", tr),
      {tr("assess.reachable_area"), format_number(a.reachable_m2, 0, tr) + " m²", Tone::kNeutral},
      judged(figure_line(o, fig::kAccessUnreachable, "assess.unreachable_area", tr),
             a.unreachable_m2 <= 0.0),
      figure_line(o, fig::kAccessParts, "assess.unreachable_parts", tr),
      figure_line(o, fig::kAccessNarrowest, "assess.narrowest", tr),
      judged(figure_line(o, fig::kAccessFacadesUnreachable, "assess.facades_unreachable", tr),
             a.facades_unreachable == 0)};
  s.blocks.push_back(std::move(k));
  Map map = base_map(ctx.input, site_extent(ctx.input.scenario, ctx.input.city, 40.0), tr);
  const Box view = visible_box(map);
  if (const FeatureLayer* parts = find_layer(o, "assess_unreachable_areas"))
    for (MapLayer& l : feature_layer_to_map(clipped(*parts, view), tr, false)) {
      l.legend = tr("assess.map_unreachable");
      l.style.fill = rgb(0xc0392b, 0.45);
      l.style.stroke = Stroke{rgb(0xc0392b), 0.2, 0.0, {}};
      map.layers.push_back(std::move(l));
    }
  add_layout_layers(map, ctx.input.scenario.layout, tr, LayoutDetail::kFull);
  MapLayer blocking;
  blocking.legend = tr("assess.map_blocking");
  blocking.style.fill = rgb(0x000000);
  blocking.style.stroke = Stroke{rgb(0xffffff), 0.3, 0.0, {}};
  blocking.style.marker = Marker::kDiamond;
  blocking.style.marker_mm = 2.8;
  for (const access::UnreachablePart& p : a.parts)
    if (p.blocking) {
      blocking.points.push_back(p.blocking->pos);
      if (p.blocking->clear_width_m > 0.0)
        blocking.labels.push_back({p.blocking->pos + Vec2{0.0, 4.0},
                                   format_number(p.blocking->clear_width_m, 1, tr) + " m"});
    }
  if (!blocking.points.empty()) map.layers.push_back(std::move(blocking));
  s.blocks.push_back(Figure{"map-assess-access", std::move(map), tr("assess.access_map_caption")});
  if (!a.parts.empty()) {
    Table t;
    t.id = "assess-access-parts";
    t.caption = tr("assess.access_parts_caption");
    t.columns = {{Align::kRight, 0.5},
                 {Align::kRight, 1.2},
                 {Align::kLeft, 2.6},
                 {Align::kRight, 1.1},
                 {Align::kLeft, 3.6}};
    t.header = {{{"#", 1},
                 {tr("layout.area"), 1},
                 {tr("assess.reason"), 1},
                 {tr("assess.clear_width"), 1},
                 {tr("assess.between"), 1}}};
    std::vector<const access::UnreachablePart*> parts;
    for (const access::UnreachablePart& p : a.parts) parts.push_back(&p);
    std::stable_sort(parts.begin(), parts.end(),
                     [](auto* x, auto* y) { return x->area_m2 > y->area_m2; });
    constexpr std::size_t kMaxParts = 15;
    for (std::size_t i = 0; i < parts.size() && i < kMaxParts; ++i) {
      const access::UnreachablePart& p = *parts[i];
      const std::string reason_key = std::string("access_reason.") + access::to_string(p.reason);
      t.rows.push_back(
          {Cell{std::to_string(i + 1), Tone::kMuted}, number_cell(p.area_m2, 0, "m²", tr),
           Cell{tr.has(reason_key) ? tr(reason_key) : access::to_string(p.reason), Tone::kBad},
           p.blocking && p.blocking->clear_width_m > 0.0
               ? number_cell(p.blocking->clear_width_m, 1, "m", tr)
               : Cell{"—", Tone::kMuted},
           Cell{p.blocking ? p.blocking->between : std::string()}});
    }
    if (parts.size() > kMaxParts)
      t.note = tr.format("generic.layer_more", {std::to_string(parts.size() - kMaxParts)});
    s.blocks.push_back(std::move(t));
  }
  s.blocks.push_back(Paragraph{plain(tr("assess.access_rule")), true});
  return s;
}

// ---- Noise ------------------------------------------------------------------------------

Section noise_section(const run::AnalysisOutput& o, const AssessResult& r, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  Section s = numbered_section(ctx, "analysis-assess-noise", tr("assess.noise_title"));
  s.blocks.push_back(Paragraph{plain(tr("assess.noise_what")), false});
  if (!r.noise_assessed) {
    s.blocks.push_back(
        Callout{Tone::kInfo, tr("assess.noise_none_title"), plain(tr("assess.noise_none"))});
    return s;
  }
  const noise::NoiseResult& n = r.noise;
  KeyValueList k;
  k.items = {figure_line(o, fig::kNoiseLimit, "assess.noise_limit", tr),
             {tr("assess.noise_limit_why"), r.facade_limit.why.empty() ? tr("value.none")
                                            : r.facade_limit.said_why.key.empty()
                                                ? r.facade_limit.why
                                                : tr.say(r.facade_limit.said_why)},
             judged(figure_line(o, fig::kNoiseDwellingsOver, "assess.dwellings_over", tr),
                    n.dwellings_over_limit == 0),
             figure_line(o, fig::kNoiseDwellings, "assess.dwellings_considered", tr),
             figure_line(o, fig::kNoiseReceiversOver, "assess.receivers_over", tr),
             figure_line(o, fig::kNoiseReceivers, "assess.receivers", tr),
             figure_line(o, fig::kNoiseMaxFacade, "assess.max_facade", tr),
             figure_line(o, fig::kNoiseMaxDwelling, "assess.max_dwelling", tr),
             figure_line(o, fig::kNoiseAudience, "assess.audience_level", tr),
             figure_line(o, fig::kNoiseModel, "assess.noise_model", tr),
             judged(figure_line(o, fig::kNoiseReceiversMoved, "assess.noise_moved", tr),
                    n.receivers_moved == 0),
             {tr("assess.audience_category"),
              n.audience_category > 0
                  ? tr.format("assess.vlarem_category", {std::to_string(n.audience_category)})
                  : tr("value.none")}};
  s.blocks.push_back(std::move(k));
  Map map = base_map(ctx.input, site_extent(ctx.input.scenario, ctx.input.city, 60.0), tr);
  const Box view = visible_box(map);
  add_layout_layers(map, ctx.input.scenario.layout, tr, LayoutDetail::kFull);
  if (const FeatureLayer* rec = find_layer(o, "assess_noise_receivers"))
    for (MapLayer& l : feature_layer_to_map(clipped(*rec, view), tr, false)) {
      l.style.marker_mm = 1.4;
      l.style.stroke.reset();
      map.layers.push_back(std::move(l));
    }
  s.blocks.push_back(Figure{"map-assess-noise", std::move(map), tr("assess.noise_map_caption")});
  // The loudest dwelling façades.
  std::vector<const noise::Receiver*> loud;
  for (const noise::Receiver& x : n.receivers)
    if (x.residential || x.building < 0) loud.push_back(&x);
  std::stable_sort(loud.begin(), loud.end(),
                   [](auto* a, auto* b) { return a->level_dba > b->level_dba; });
  if (!loud.empty()) {
    Table t;
    t.id = "assess-noise-receivers";
    t.caption = tr("assess.noise_table_caption");
    t.columns = {
        {Align::kLeft, 4.0}, {Align::kRight, 1.2}, {Align::kRight, 1.2}, {Align::kRight, 1.2}};
    t.header = {{{tr("assess.receiver"), 1},
                 {tr("assess.level"), 1},
                 {tr("assess.limit"), 1},
                 {tr("assess.screening"), 1}}};
    constexpr std::size_t kRows = 6;
    for (std::size_t i = 0; i < loud.size() && i < kRows; ++i) {
      const noise::Receiver& x = *loud[i];
      t.rows.push_back(
          {Cell{x.label.empty() ? tr("assess.unnamed_building") : as_data(x.label)},
           number_cell(x.level_dba, 1, "dB(A)", tr, x.over_limit() ? Tone::kBad : Tone::kGood),
           number_cell(x.limit_dba, 0, "dB(A)", tr), number_cell(x.screening_db, 1, "dB", tr)});
    }
    s.blocks.push_back(std::move(t));
  }
  s.blocks.push_back(Paragraph{plain(tr("assess.noise_rule")), true});
  return s;
}

// ---- Scorecard --------------------------------------------------------------------------

Section scorecard_section(const run::AnalysisOutput& o, const AssessResult& r, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const assess::Scorecard& card = r.scorecard;
  Section s = numbered_section(ctx, "analysis-assess-scorecard", tr("assess.scorecard_title"));
  s.blocks.push_back(Paragraph{plain(tr("assess.scorecard_what")), false});
  s.blocks.push_back(Badge{
      rating_tone(card.overall),
      tr.format("assess.scorecard_overall", {rating_label(card.overall, tr)}),
      tr.format("assess.scorecard_counts",
                {std::to_string(card.green), std::to_string(card.amber), std::to_string(card.red),
                 std::to_string(card.not_assessed), format_number(card.index, 2, tr)})});
  Table t;
  t.id = "assess-scorecard";
  t.caption = tr("assess.scorecard_caption");
  t.columns = {{Align::kLeft, 2.4},   {Align::kRight, 1.3}, {Align::kLeft, 2.6},
               {Align::kCenter, 1.1}, {Align::kRight, 0.7}, {Align::kLeft, 3.0}};
  t.header = {{{tr("assess.criterion"), 1},
               {tr("table.value"), 1},
               {tr("assess.rule"), 1},
               {tr("assess.rating"), 1},
               {tr("assess.weight"), 1},
               {tr("table.source"), 1}}};
  for (const assess::ScoreRow& row : card.rows) {
    Cell value{"—", Tone::kMuted};
    if (row.value) {
      const FigureKey measure = FigureKey::of_declared(row.measure);
      value = output_figure(o, measure)
                  ? figure_cell(o, measure, tr)
                  : number_cell(*row.value, default_decimals(*row.value), "", tr);
      value.tone = Tone::kNeutral;
    }
    std::string weight =
        format_number(row.weight, row.weight == std::floor(row.weight) ? 0 : 1, tr);
    if (row.veto) weight += " " + tr("assess.veto");
    if (row.rating == assess::Rating::kNotAssessed)
      value = Cell{criterion_reason(row, tr), Tone::kMuted};
    t.rows.push_back(
        {Cell{criterion_title(row, tr)}, std::move(value), Cell{criterion_rule(row, tr)},
         Cell{rating_label(row.rating, tr), rating_tone(row.rating), true}, Cell{weight},
         Cell{row.source.empty() ? std::string() : as_data(row.source)}});
  }
  s.blocks.push_back(std::move(t));
  s.blocks.push_back(Paragraph{plain(tr("assess.scorecard_rule")), true});
  return s;
}

// ---- Risk matrix and classification ------------------------------------------------------

Section risk_section(const run::AnalysisOutput& o, const AssessResult& r, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  Section s = numbered_section(ctx, "analysis-assess-risk", tr("assess.risk_title"));
  s.blocks.push_back(Paragraph{plain(tr("assess.risk_what")), false});
  Table t;
  t.id = "assess-risk";
  t.caption = tr("assess.risk_caption");
  t.columns = {{Align::kLeft, 2.0},   {Align::kCenter, 0.9}, {Align::kCenter, 0.9},
               {Align::kCenter, 0.7}, {Align::kCenter, 1.0}, {Align::kLeft, 3.6},
               {Align::kLeft, 1.8}};
  t.header = {{{tr("assess.hazard"), 1},
               {tr("assess.likelihood"), 1},
               {tr("assess.consequence"), 1},
               {tr("assess.score"), 1},
               {tr("assess.band"), 1},
               {tr("assess.basis"), 1},
               {tr("assess.advises"), 1}}};
  for (const assess::RiskRow& row : r.risk.rows) {
    std::string who;
    for (const std::string& d : row.disciplines)
      who += (who.empty() ? "" : ", ") + discipline_label(d, tr);
    if (!row.assessed) {
      t.rows.push_back({Cell{hazard_title(row, tr)}, Cell{"—", Tone::kMuted},
                        Cell{"—", Tone::kMuted}, Cell{"—", Tone::kMuted},
                        Cell{tr("rating.not_assessed"), Tone::kMuted},
                        Cell{risk_basis(row, r.scorecard, tr)}, Cell{who}});
      continue;
    }
    t.rows.push_back({Cell{hazard_title(row, tr)},
                      figure_cell(o, {fig::kRiskLikelihood, {row.name}}, tr),
                      figure_cell(o, {fig::kRiskConsequence, {row.name}}, tr),
                      figure_cell(o, {fig::kRiskScore, {row.name}}, tr),
                      Cell{band_label(row.band, tr), band_tone(row.band), true},
                      Cell{risk_basis(row, r.scorecard, tr)}, Cell{who}});
  }
  t.note = tr("assess.risk_note");
  s.blocks.push_back(std::move(t));

  const assess::Classification& c = r.classification;
  s.blocks.push_back(Heading{2, tr("assess.classification")});
  s.blocks.push_back(Badge{c.nl_class == "C"   ? Tone::kBad
                           : c.nl_class == "B" ? Tone::kCaution
                                               : Tone::kGood,
                           tr.format("cover.nl_class", {c.nl_class}),
                           tr("class_meaning." + c.nl_class)});
  BulletList nl;
  for (const Statement& why : c.nl_reasons) nl.items.push_back(plain(tr.say(why)));
  if (!nl.items.empty()) s.blocks.push_back(std::move(nl));
  s.blocks.push_back(Badge{
      c.belgian_risk_event ? Tone::kBad : Tone::kGood,
      tr(c.belgian_risk_event ? "cover.risk_event_yes" : "cover.risk_event_no"),
      tr(c.belgian_risk_event ? "cover.risk_event_yes_detail" : "cover.risk_event_no_detail")});
  BulletList be;
  for (const Statement& why : c.be_reasons) be.items.push_back(plain(tr.say(why)));
  if (!be.items.empty()) s.blocks.push_back(std::move(be));
  KeyValueList who;
  std::string nl_adv, be_adv;
  for (const std::string& d : c.nl_advisors)
    nl_adv += (nl_adv.empty() ? "" : ", ") + discipline_label(d, tr);
  for (const std::string& d : c.disciplines)
    be_adv += (be_adv.empty() ? "" : ", ") + discipline_label(d, tr);
  who.items = {{tr("assess.nl_advisors"), nl_adv.empty() ? tr("value.none") : nl_adv},
               {tr("cover.disciplines"), be_adv.empty() ? tr("value.none") : be_adv}};
  if (c.overridden)
    who.items.push_back({tr("cover.override"),
                         tr.format("assess.override_text",
                                   {c.nl_class_computed,
                                    tr(c.belgian_risk_event_computed ? "value.yes" : "value.no"),
                                    c.override_by, c.override_reason}),
                         Tone::kCaution});
  s.blocks.push_back(std::move(who));
  s.blocks.push_back(Paragraph{plain(tr("assess.classification_rule")), true});
  return s;
}

std::vector<Section> assess_sections(const run::AnalysisOutput& o, BuildContext& ctx) {
  const AssessResult* r = assess_of(o);
  if (!r) return {generic_section(o, ctx)};
  std::vector<Section> out;
  out.push_back(crowd_capacity_section(o, *r, ctx));
  out.push_back(access_section(o, *r, ctx));
  out.push_back(noise_section(o, *r, ctx));
  out.push_back(residents_section(o, *r, ctx));
  if (r->location_assessed) out.push_back(location_section(o, *r, ctx));
  out.push_back(scorecard_section(o, *r, ctx));
  out.push_back(risk_section(o, *r, ctx));
  for (Block& b : warnings_blocks(o.warnings, ctx)) out.back().blocks.push_back(std::move(b));
  return out;
}

// ---- Cover, comparison, assumptions ----------------------------------------------------

void assess_cover(const run::AnalysisOutput& o, BuildContext& ctx, CoverSummary& summary) {
  const Strings& tr = ctx.tr;
  const std::string nl_class = figure_text(o, fig::kClassNl);
  if (nl_class.empty()) return;
  summary.classified = true;
  summary.nl_class = nl_class;
  summary.nl_class_meaning = tr("class_meaning." + nl_class);
  summary.risk_event = figure_text(o, fig::kBelgianRiskEvent) == "true";
  for (const std::string& d : split_list(figure_text(o, fig::kDisciplines)))
    summary.disciplines.push_back(discipline_label(d, tr));
  if (const AssessResult* r = assess_of(o)) {
    const assess::Classification& c = r->classification;
    for (const Statement& why : c.nl_reasons)
      summary.reasons.push_back(tr.format("assess.reason_nl", {tr.say(why)}));
    for (const Statement& why : c.be_reasons)
      summary.reasons.push_back(tr.format("assess.reason_be", {tr.say(why)}));
    if (c.overridden)
      summary.override_note = tr.format(
          "assess.override_text",
          {c.nl_class_computed, tr(c.belgian_risk_event_computed ? "value.yes" : "value.no"),
           c.override_by, c.override_reason});
    summary.scorecard.push_back(
        {tr("assess.scorecard_overall_key"),
         rating_label(r->scorecard.overall, tr) + " (" +
             tr.format("assess.scorecard_short",
                       {std::to_string(r->scorecard.red), std::to_string(r->scorecard.amber),
                        std::to_string(r->scorecard.green)}) +
             ")",
         rating_tone(r->scorecard.overall)});
    // The cover lists what is not green; the green criteria are counted (the scorecard section
    // lists every one).
    int green = 0;
    for (const assess::ScoreRow& row : r->scorecard.rows) {
      if (row.rating == assess::Rating::kGreen) ++green;
      if (row.rating != assess::Rating::kAmber && row.rating != assess::Rating::kRed) continue;
      summary.scorecard.push_back(
          {criterion_title(row, tr), rating_label(row.rating, tr), rating_tone(row.rating)});
    }
    if (green > 0)
      summary.scorecard.push_back(
          {tr("assess.scorecard_green_label"),
           tr.format("assess.scorecard_green_count", {std::to_string(green)}), Tone::kGood});
  }
  const std::string title = tr("assess.capacity_title");
  summary.headline.push_back(
      {title,
       tr.format("assess.cover_capacity", {figure_cell(o, fig::kCapacity, tr).text,
                                           figure_cell(o, fig::kCapacityAttendance, tr).text,
                                           figure_cell(o, fig::kEgressTotal, tr).text,
                                           figure_cell(o, fig::kAccessUnreachable, tr).text})});
}

std::vector<ComparisonRow> assess_comparison(const run::AnalysisOutput& o, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  std::vector<ComparisonRow> rows;
  auto add = [&](const FigureSpec& spec, const char* label) {
    if (output_figure(o, spec))
      rows.push_back({std::string(spec.key), tr(label), figure_cell(o, spec, tr)});
  };
  add(fig::kCapacity, "assess.capacity");
  add(fig::kEgressTotal, "assess.compare_egress");
  add(fig::kDistanceMax, "assess.distance_max");
  add(fig::kAccessUnreachable, "assess.unreachable_area");
  add(fig::kNoiseDwellingsOver, "assess.dwellings_over");
  add(fig::kScorecardOverall, "assess.scorecard_overall_key");
  add(fig::kClassNl, "assess.compare_class");
  add(fig::kBelgianRiskEvent, "cover.risk_event_yes");
  for (ComparisonRow& r : rows)
    if (r.key == fig::kScorecardOverall.key) {
      const std::string v = figure_text(o, fig::kScorecardOverall);
      r.value.tone = v == "green"   ? Tone::kGood
                     : v == "amber" ? Tone::kCaution
                     : v == "red"   ? Tone::kBad
                                    : Tone::kMuted;
    }
  return rows;
}

std::vector<Block> assess_assumptions(const run::AnalysisOutput& o, BuildContext& ctx) {
  std::vector<Block> out;
  if (!assess_of(o)) return out;
  out.push_back(Heading{3, ctx.tr("assess.profile_values")});
  for (Block& b : profile_blocks(
           ctx,
           {"capacity", "exits", "distance_to_exit", "egress", "access", "noise", "classification"},
           "assess-profile", ctx.tr("assess.profile_caption")))
    out.push_back(std::move(b));
  out.push_back(Paragraph{plain(ctx.tr("assess.profile_criteria_note")), true});
  return out;
}

}  // namespace

SectionPlugin assess_section() {
  return {"assess", assess_sections, assess_cover, assess_comparison, assess_assumptions};
}

}  // namespace agora::report
