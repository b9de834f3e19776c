#include "gui/run/verdict_rows.hpp"

#include <any>
#include <cmath>

#include "report/assess_text.hpp"
#include "report/format.hpp"
#include "sim/assess/assess.hpp"
#include "sim/vehicle/ramming.hpp"

namespace agora::gui {

namespace {

Verdict tone_of(assess::Rating r) {
  switch (r) {
    case assess::Rating::kGreen:
      return Verdict::Good;
    case assess::Rating::kAmber:
      return Verdict::Caution;
    case assess::Rating::kRed:
      return Verdict::Bad;
    case assess::Rating::kNotAssessed:
      return Verdict::Unknown;
  }
  return Verdict::Unknown;
}

Verdict tone_of(assess::Band b) {
  switch (b) {
    case assess::Band::kLow:
      return Verdict::Good;
    case assess::Band::kMedium:
      return Verdict::Caution;
    case assess::Band::kHigh:
    case assess::Band::kVeryHigh:
      return Verdict::Bad;
  }
  return Verdict::Unknown;
}

Verdict tone_of(vehicle::Verdict v) {
  return verdict_of(vehicle::verdict_key(v));
}

std::string number_text(double v, const report::Strings& tr) {
  const double a = std::abs(v);
  const int decimals = v == std::floor(v) ? 0 : a >= 100 ? 0 : a >= 10 ? 1 : 2;
  return report::format_number(v, decimals, tr);
}

void assess_rows(const assess::AssessResult& r, const report::Strings& tr,
                 std::vector<VerdictRow>& out) {
  using G = VerdictRow::Group;
  const assess::Scorecard& card = r.scorecard;
  out.push_back(
      {G::Scorecard, tr("assess.scorecard_overall_key"), tr(assess::rating_key(card.overall)),
       tone_of(card.overall), "",
       tr.format("assess.scorecard_counts",
                 {std::to_string(card.green), std::to_string(card.amber), std::to_string(card.red),
                  std::to_string(card.not_assessed), report::format_number(card.index, 2, tr)}),
       std::nullopt, std::nullopt});
  for (const assess::ScoreRow& row : card.rows) {
    VerdictRow v{G::Scorecard,
                 report::criterion_title(row, tr),
                 tr(assess::rating_key(row.rating)),
                 tone_of(row.rating),
                 "",
                 "",
                 std::nullopt,
                 std::nullopt};
    if (row.value) {
      v.value = number_text(*row.value, tr);
      const std::string unit = report::criterion_unit(row, tr);
      if (!unit.empty()) v.value += " " + unit;
    }
    v.reason = row.rating == assess::Rating::kNotAssessed ? report::criterion_reason(row, tr)
                                                          : report::criterion_rule(row, tr);
    out.push_back(std::move(v));
  }
  for (const assess::RiskRow& row : r.risk.rows) {
    VerdictRow v{G::Risk, report::hazard_title(row, tr),     "",           Verdict::Unknown,
                 "",      report::risk_basis(row, card, tr), std::nullopt, std::nullopt};
    if (row.assessed) {
      v.verdict = tr(assess::band_key(row.band));
      v.tone = tone_of(row.band);
      v.value = std::to_string(row.likelihood) + " × " + std::to_string(row.consequence) + " = " +
                std::to_string(row.score);
    } else {
      v.verdict = tr("rating.not_assessed");
    }
    out.push_back(std::move(v));
  }
  const assess::Classification& c = r.classification;
  if (!c.nl_class.empty()) {
    std::string why;
    for (const Statement& s : c.nl_reasons) why += (why.empty() ? "" : " ") + tr.say(s);
    out.push_back({G::Classification, tr("assess.classification"),
                   tr.format("cover.nl_class", {c.nl_class}),
                   c.nl_class == "C"   ? Verdict::Bad
                   : c.nl_class == "B" ? Verdict::Caution
                                       : Verdict::Good,
                   tr("class_meaning." + c.nl_class), why, std::nullopt, std::nullopt});
    why.clear();
    for (const Statement& s : c.be_reasons) why += (why.empty() ? "" : " ") + tr.say(s);
    out.push_back(
        {G::Classification,
         tr(c.belgian_risk_event ? "cover.risk_event_yes" : "cover.risk_event_no"),
         tr(c.belgian_risk_event ? "value.yes" : "value.no"),
         c.belgian_risk_event ? Verdict::Bad : Verdict::Good,
         tr(c.belgian_risk_event ? "cover.risk_event_yes_detail" : "cover.risk_event_no_detail"),
         why, std::nullopt, std::nullopt});
  }
}

// Per vehicle class, in the order assessed: its worst crossing (worst verdict, then most people
// exposed, then the highest speed), as the report's "worst class" tables rank them.
void ramming_rows(const vehicle::RammingResult& r, const report::Strings& tr,
                  std::vector<VerdictRow>& out) {
  for (std::size_t k = 0; k < r.classes.size(); ++k) {
    const vehicle::CrossingResult* worst_c = nullptr;
    const vehicle::ClassAtCrossing* worst_a = nullptr;
    for (const vehicle::CrossingResult& c : r.crossings) {
      if (k >= c.classes.size() || !c.classes[k].reachable) continue;
      const vehicle::ClassAtCrossing& a = c.classes[k];
      bool worse = !worst_a;
      if (worst_a) {
        const int sa = vehicle::verdict_severity(a.verdict),
                  sb = vehicle::verdict_severity(worst_a->verdict);
        worse = sa != sb ? sa > sb
                : a.exposure.people != worst_a->exposure.people
                    ? a.exposure.people > worst_a->exposure.people
                    : a.speed.high_kmh > worst_a->speed.high_kmh;
      }
      if (worse) {
        worst_c = &c;
        worst_a = &a;
      }
    }
    const vehicle::VehicleClass& vc = r.classes[k];
    VerdictRow v{VerdictRow::Group::Ramming,
                 vc.name + " (" + vc.code + ")",
                 "",
                 Verdict::Unknown,
                 "",
                 "",
                 std::nullopt,
                 std::nullopt};
    if (!worst_a) {
      v.verdict = tr("verdict.not_reachable");
      out.push_back(std::move(v));
      continue;
    }
    v.verdict = tr(std::string("verdict.") + vehicle::verdict_key(worst_a->verdict));
    v.tone = tone_of(worst_a->verdict);
    v.value =
        worst_c->label + " · " + report::format_number(worst_a->speed.high_kmh, 0, tr) + " km/h";
    v.reason = worst_a->verdict_reason;
    v.where = worst_c->pos;
    v.crossing = worst_c->id;
    out.push_back(std::move(v));
  }
}

}  // namespace

std::string group_title(VerdictRow::Group group, const report::Strings& tr) {
  switch (group) {
    case VerdictRow::Group::Scorecard:
      return tr("assess.scorecard_title");
    case VerdictRow::Group::Risk:
      return tr("assess.risk_caption");
    case VerdictRow::Group::Classification:
      return tr("assess.classification");
    case VerdictRow::Group::Ramming:
      return tr("ramming.title");
  }
  return "";
}

std::vector<CrossingRow> crossing_rows(const std::vector<run::AnalysisOutput>& outputs,
                                       const report::Strings& tr) {
  std::vector<CrossingRow> out;
  for (const run::AnalysisOutput& o : outputs) {
    const auto* r = std::any_cast<vehicle::RammingResult>(&o.detail);
    if (!r) continue;
    for (const vehicle::CrossingResult& c : r->crossings) {
      CrossingRow row;
      row.id = c.id;
      row.label = c.label;
      row.where = c.pos;
      if (!c.any_reachable()) {
        row.verdict = tr("verdict.not_reachable");
        row.severity = -1;
        row.colour = verdict_colour(Verdict::Unknown);
      } else {
        const vehicle::Verdict v = c.worst_verdict();
        row.verdict = tr(std::string("verdict.") + vehicle::verdict_key(v));
        row.severity = vehicle::verdict_severity(v);
        row.colour =
            ramming_verdict_colour(vehicle::verdict_key(v)).value_or(verdict_colour(tone_of(v)));
        row.speed_kmh = c.max_speed_kmh();
        row.people = c.people_exposed_max();
      }
      out.push_back(std::move(row));
    }
  }
  return out;
}

std::vector<VerdictRow> verdict_rows(const std::vector<run::AnalysisOutput>& outputs,
                                     const report::Strings& tr) {
  std::vector<VerdictRow> out;
  // The report's order: the assessment's verdicts first, then the ramming analysis's.
  for (const run::AnalysisOutput& o : outputs)
    if (const auto* a = std::any_cast<assess::AssessResult>(&o.detail)) assess_rows(*a, tr, out);
  for (const run::AnalysisOutput& o : outputs)
    if (const auto* r = std::any_cast<vehicle::RammingResult>(&o.detail)) ramming_rows(*r, tr, out);
  return out;
}

}  // namespace agora::gui
