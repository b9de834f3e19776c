#include "report/build/blocks.hpp"
#include "report/build/event_text.hpp"
#include "report/build/parts.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"

namespace agora::report {

CoverSummary cover_summary(BuildContext& ctx) {
  CoverSummary summary;
  for (const run::AnalysisOutput& o : ctx.input.outputs) {
    if (const SectionPlugin* p = find_section_plugin(o.analysis); p && p->cover) {
      p->cover(o, ctx, summary);
      continue;
    }
    // An analysis without its own cover entry shows the lines it prints for `agora run`.
    for (const Statement& line : o.headline)
      summary.headline.push_back({analysis_title(o.analysis, ctx.tr), ctx.tr.say(line)});
  }
  return summary;
}

Cover build_cover(const CoverSummary& summary, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const scenario::Scenario& s = ctx.input.scenario;
  const scenario::EventFacts& e = s.event;
  const EventDates when = event_dates(e.days, tr);
  Cover c;
  c.kicker = tr("cover.kicker");
  c.title = as_data(e.name.empty() ? s.name : e.name);
  c.subtitle = e.location.empty() ? when.dates : as_data(e.location) + " · " + when.dates;

  auto yes_no = [&tr](bool b) { return tr(b ? "value.yes" : "value.no"); };
  // The scenario's own words (event name, place, organiser): data, marked for the HTML.
  auto or_not_given = [&tr](const std::string& v) {
    return v.empty() ? tr("value.not_given") : as_data(v);
  };
  const std::string type_key = "event_type." + e.type;
  KeyValueList facts;
  facts.items = {
      {tr("cover.event"), or_not_given(e.name)},
      {tr("cover.type"), tr.has(type_key) ? tr(type_key) : or_not_given(e.type)},
      {tr("cover.place"), or_not_given(e.location)},
      {tr("cover.dates"), when.dates},
      {tr("cover.hours"), when.hours},
      {tr("cover.attendance_peak"),
       tr.format("cover.persons", {format_number(double(e.attendance_peak), 0, tr)})},
      {tr("cover.attendance_total"),
       e.attendance_total > 0
           ? tr.format("cover.persons", {format_number(double(e.attendance_total), 0, tr)})
           : tr("value.not_given")},
      {tr("cover.organiser"), or_not_given(e.organiser)},
      {tr("cover.alcohol"), yes_no(e.alcohol)},
      {tr("cover.amplified_music"), yes_no(e.amplified_music)},
      {tr("cover.events_here"), std::to_string(e.events_at_location_this_year)},
      {tr("cover.scenario"), or_not_given(s.name)},
      {tr("cover.profile"), or_not_given(s.profile)},
  };
  if (!ctx.options.generated.empty())
    facts.items.push_back({tr("cover.generated"), ctx.options.generated});
  c.blocks.push_back(Heading{2, tr("cover.facts")});
  c.blocks.push_back(std::move(facts));

  c.blocks.push_back(Heading{2, tr("cover.classification")});
  if (summary.classified) {
    const Tone nl_tone = summary.nl_class == "C"   ? Tone::kBad
                         : summary.nl_class == "B" ? Tone::kCaution
                                                   : Tone::kGood;
    c.blocks.push_back(
        Badge{nl_tone, tr.format("cover.nl_class", {summary.nl_class}), summary.nl_class_meaning});
    c.blocks.push_back(Badge{
        summary.risk_event ? Tone::kBad : Tone::kGood,
        tr(summary.risk_event ? "cover.risk_event_yes" : "cover.risk_event_no"),
        tr(summary.risk_event ? "cover.risk_event_yes_detail" : "cover.risk_event_no_detail")});
    if (!summary.disciplines.empty()) {
      std::string who;
      for (const std::string& d : summary.disciplines) who += (who.empty() ? "" : ", ") + d;
      c.blocks.push_back(KeyValueList{{{tr("cover.disciplines"), who}}});
    }
    if (!summary.reasons.empty()) {
      BulletList reasons;
      for (const std::string& r : summary.reasons) reasons.items.push_back(plain(r));
      c.blocks.push_back(std::move(reasons));
    }
    if (!summary.override_note.empty())
      c.blocks.push_back(
          Callout{Tone::kCaution, tr("cover.override"), plain(summary.override_note)});
  } else {
    c.blocks.push_back(
        Badge{Tone::kMuted, tr("cover.not_assessed"), tr("cover.not_assessed_detail")});
    c.blocks.push_back(KeyValueList{{{tr("cover.disciplines"), tr("cover.disciplines_all")}}});
  }

  c.blocks.push_back(Heading{2, tr("cover.scorecard")});
  if (!summary.scorecard.empty()) {
    c.blocks.push_back(KeyValueList{summary.scorecard});
  } else {
    c.blocks.push_back(Paragraph{plain(tr("cover.scorecard_not_assessed")), false});
  }
  if (!summary.headline.empty()) {
    c.blocks.push_back(Heading{2, tr("cover.headline")});
    c.blocks.push_back(KeyValueList{summary.headline});
  }
  std::string ran;
  for (const run::AnalysisOutput& o : ctx.input.outputs) {
    const std::string key = "analysis." + o.analysis + ".title";
    ran += (ran.empty() ? "" : ", ") + (tr.has(key) ? tr(key) : o.analysis);
  }
  c.blocks.push_back(
      Callout{Tone::kInfo, tr("cover.scope_title"),
              plain(tr.format("cover.scope", {ran.empty() ? tr("cover.no_analyses") : ran}))});
  return c;
}

}  // namespace agora::report
