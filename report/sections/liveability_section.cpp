#include "report/sections/liveability_section.hpp"

#include <algorithm>
#include <map>

#include "report/escape.hpp"
#include "report/format.hpp"
#include "report/sections/section_kit.hpp"
#include "sim/assess/assess_figures.hpp"

namespace agora::report {

namespace fig = assess::fig;

namespace {

std::string num(double v, int decimals, const Strings& tr) {
  return format_number(v, decimals, tr);
}

std::string days_text(const std::vector<scenario::EventDay>& days, const Strings& tr) {
  if (days.empty()) return tr("value.none");
  const auto& a = days.front();
  const auto& b = days.back();
  const std::string hours = a.start + "–" + a.end;
  return days.size() == 1 ? a.date + " " + hours
                          : tr.format("liveability.days_span",
                                      {a.date, b.date, std::to_string(days.size()), hours});
}

}  // namespace

Section residents_section(const run::AnalysisOutput& o, const assess::AssessResult& r,
                          BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const liveability::ResidentsResult& x = r.residents;
  Section s = numbered_section(ctx, "analysis-assess-residents", tr("residents.title"));
  s.blocks.push_back(
      Paragraph{plain(tr.format("residents.what", {num(x.letter_radius_m, 0, tr)})), false});
  KeyValueList k;
  k.items = {figure_line(o, fig::kResidentsToInform, "residents.to_inform", tr),
             figure_line(o, fig::kResidentsHouseholds, "residents.households", tr),
             figure_line(o, fig::kResidentsDwellingsUntagged, "residents.dwellings_untagged", tr),
             figure_line(o, fig::kResidentsAddresses, "residents.addresses", tr),
             figure_line(o, fig::kResidentsOverLimit, "residents.over_limit", tr),
             figure_line(o, fig::kResidentsBuildings, "residents.buildings", tr),
             figure_line(o, fig::kResidentsUnknownShare, "residents.unknown_share", tr)};
  k.items.back().tone = x.coverage_poor ? Tone::kCaution : Tone::kGood;
  s.blocks.push_back(std::move(k));
  if (x.coverage_poor)
    s.blocks.push_back(
        Callout{Tone::kCaution, tr("residents.coverage_title"),
                plain(tr.format("residents.coverage_poor",
                                {num(100.0 * x.unknown_use_share, 0, tr),
                                 std::to_string(x.buildings), num(x.dwellings_untagged, 0, tr)}))});
  if (!x.rows.empty()) {
    Table t;
    t.id = "assess-residents";
    t.caption = tr("residents.table_caption");
    t.columns = {{Align::kLeft, 3.0},
                 {Align::kLeft, 1.0},
                 {Align::kRight, 1.2},
                 {Align::kLeft, 1.8},
                 {Align::kRight, 1.2}};
    t.header = {{{tr("residents.street"), 1},
                 {tr("residents.number"), 1},
                 {tr("residents.dwellings"), 1},
                 {tr("residents.method"), 1},
                 {tr("residents.facade"), 1}}};
    constexpr std::size_t kRows = 25;
    for (std::size_t i = 0; i < x.rows.size() && i < kRows; ++i) {
      const liveability::ResidentRow& row = x.rows[i];
      const std::string street =
          !row.street.empty()
              ? row.street
              : (row.near_street.empty() ? tr("residents.no_address")
                                         : tr.format("residents.near", {row.near_street}));
      t.rows.push_back({Cell{street}, Cell{row.housenumber}, number_cell(row.dwellings, 0, "", tr),
                        Cell{tr("residents.method." + row.method)},
                        row.facade_dba > 0.0
                            ? number_cell(row.facade_dba, 1, "dB(A)", tr,
                                          row.over_limit ? Tone::kBad : Tone::kNeutral)
                            : Cell{"—", Tone::kMuted}});
    }
    if (x.rows.size() > kRows)
      t.note = tr.format("residents.more", {std::to_string(x.rows.size() - kRows)});
    s.blocks.push_back(std::move(t));
  }
  s.blocks.push_back(Paragraph{plain(tr("residents.method_rule")), true});
  return s;
}

Section location_section(const run::AnalysisOutput& o, const assess::AssessResult& r,
                         BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const liveability::LocationConditions& c = r.location;
  Section s = numbered_section(ctx, "analysis-assess-location",
                               tr.format("location.title", {as_data(c.name)}));
  if (c.illustrative)
    s.blocks.push_back(Callout{Tone::kInfo, tr("location.illustrative_title"),
                               plain(tr("location.illustrative"))});
  KeyValueList k;
  for (const liveability::PeriodLimit& p : c.periods)
    k.items.push_back({tr.format("location.period_limit", {as_data(p.name), p.from, p.until}),
                       num(p.facade_laeq_dba, 0, tr) + " dB(A)",
                       p.name == r.location_limit.period ? Tone::kCaution : Tone::kNeutral});
  if (!c.latest_end.empty()) k.items.push_back({tr("location.latest_end"), c.latest_end});
  auto rule = [&](const char* key, int v) {
    k.items.push_back({tr(key), v > 0 ? std::to_string(v) : tr("location.no_rule")});
  };
  rule("location.max_year", c.max_events_per_year);
  rule("location.max_month", c.max_events_per_month);
  rule("location.max_weekends", c.max_consecutive_weekends);
  k.items.push_back({tr("location.letter_radius"), num(c.letter_radius_m, 0, tr) + " m"});
  if (!c.source.empty()) k.items.push_back({tr("location.source"), as_data(c.source)});
  s.blocks.push_back(std::move(k));

  const liveability::CalendarLoad& cal = r.calendar;
  s.blocks.push_back(Heading{2, tr("location.year_title")});
  KeyValueList y;
  y.items = {figure_line(o, fig::kLocationEvents, "location.events", tr),
             figure_line(o, fig::kLocationMonth, "location.month_most", tr),
             figure_line(o, fig::kLocationWeekends, "location.weekends_row", tr)};
  for (const liveability::LevelCount& l : cal.levels)
    y.items.push_back(
        {tr.format("location.over_level", {num(l.level_dba, 0, tr)}),
         tr.format("location.days_nights", {std::to_string(l.days), std::to_string(l.nights)})});
  s.blocks.push_back(std::move(y));

  // The calendar strip as a table: one row per event, the judged one in bold, breaches named.
  std::map<std::string, std::vector<const liveability::Breach*>> by_event;
  for (const liveability::Breach& b : cal.breaches) by_event[b.event].push_back(&b);
  Table t;
  t.id = "assess-location-calendar";
  t.caption = tr.format("location.calendar_caption", {as_data(c.name)});
  t.columns = {{Align::kLeft, 2.6}, {Align::kLeft, 2.6}, {Align::kRight, 1.0}, {Align::kLeft, 3.0}};
  t.header = {{{tr("location.event"), 1},
               {tr("location.when"), 1},
               {tr("location.facade"), 1},
               {tr("location.breaks"), 1}}};
  for (const liveability::CalendarEvent& e : cal.events_sorted) {
    std::string breaks;
    for (const liveability::Breach* b : by_event[e.name]) {
      if (!breaks.empty()) breaks += "; ";
      breaks += tr.format(
          "location.breach." + b->rule,
          {num(b->value, b->rule == "facade_limit" ? 1 : 0, tr), num(b->limit, 0, tr), b->when});
    }
    const bool bad = !by_event[e.name].empty();
    t.rows.push_back(
        {Cell{e.judged ? tr.format("location.this_event", {as_data(e.name)}) : as_data(e.name),
              Tone::kNeutral, e.judged},
         Cell{days_text(e.days, tr)},
         e.facade_dba > 0.0 ? number_cell(e.facade_dba, 0, "dB(A)", tr) : Cell{"—", Tone::kMuted},
         Cell{bad ? breaks : tr("location.no_breach"), bad ? Tone::kBad : Tone::kGood}});
  }
  s.blocks.push_back(std::move(t));
  s.blocks.push_back(Paragraph{plain(tr("location.rule")), true});
  return s;
}

}  // namespace agora::report
