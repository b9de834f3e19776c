#include "sim/assess/scorecard.hpp"

#include <cmath>
#include <sstream>

#include "sim/assess/assess_figures.hpp"
#include "sim/core/error.hpp"
#include "sim/crowd/crowd_figures.hpp"
#include "sim/figures/catalogue.hpp"
#include "sim/vehicle/ramming_figures.hpp"

namespace agora::assess {

const char* to_string(Rating rating) {
  switch (rating) {
    case Rating::kGreen:
      return "green";
    case Rating::kAmber:
      return "amber";
    case Rating::kRed:
      return "red";
    case Rating::kNotAssessed:
      return "not assessed";
  }
  return "unknown";
}

const char* rating_key(Rating rating) {
  switch (rating) {
    case Rating::kGreen:
      return "rating.green";
    case Rating::kAmber:
      return "rating.amber";
    case Rating::kRed:
      return "rating.red";
    case Rating::kNotAssessed:
      return "rating.not_assessed";
  }
  return "rating.not_assessed";
}

const std::vector<KnownCriterion>& known_criteria() {
  namespace af = assess::fig;
  namespace vf = vehicle::fig;
  // Names and units are the report's ("criterion.<name>", "criterion.<name>.unit").
  static const std::vector<KnownCriterion> k = {
      {"capacity", af::kUtilisation},
      {"exit_rules", af::kExitRulesFailed},
      {"egress_time", af::kEgressJudged},
      {"egress_widest_lost", af::kEgressWidestLost},
      {"distance_to_exit", af::kShareBeyond},
      {"crowd_density", crowd::fig::kMaxDensity},
      {"emergency_access", af::kAccessUnreachableShare},
      {"facade_access", af::kAccessFacadesUnreachable},
      {"noise_dwellings", af::kNoiseDwellingsOver},
      {"audience_level", af::kNoiseAudienceCategory},
      {"visitors", af::kEventAttendance},
      {"traffic", af::kMaxDetour},
      {"parking_transit", af::kPlacesCutOff},
      {"residents", af::kHouseholds},
      {"event_frequency", af::kEventsAtLocation},
      {"public_order", af::kEventAlcohol},
      {"vehicle_ramming", vf::kNotAdequateCrossings},
      {"residents_data", af::kResidentsUnknownShare},
      {"location_rules", af::kLocationEventBreaches},
  };
  return k;
}

void ScorecardParams::validate() const {
  require_in_range("scorecard.amber_from", amber_from, 0.0, 1.0);
  require_in_range("scorecard.red_from", red_from, amber_from, 1.0);
}

const ScoreRow* Scorecard::row(const std::string& name) const {
  for (const ScoreRow& r : rows)
    if (r.name == name) return &r;
  return nullptr;
}

Statement why_absent(const std::string& measure, const std::vector<AbsentAnalysis>& absent) {
  std::string_view analysis;
  const FigureSpec* spec = find_figure(measure, &analysis);
  for (const AbsentAnalysis& a : absent)
    if (a.analysis == analysis) return a.reason;
  if (spec && !spec->when_absent.empty())
    return say("not_assessed.absent", {term(std::string(spec->when_absent))});
  return say("not_assessed.not_measured", {measure});
}

std::optional<double> number_of(const Value* v) {
  if (!v) return std::nullopt;
  if (const auto* d = std::get_if<double>(v))
    return std::isfinite(*d) ? std::optional<double>(*d) : std::nullopt;
  if (const auto* i = std::get_if<std::int64_t>(v)) return static_cast<double>(*i);
  if (const auto* b = std::get_if<bool>(v)) return *b ? 1.0 : 0.0;
  return std::nullopt;
}

Scorecard scorecard(const Figures& measures, const std::vector<Criterion>& criteria,
                    const ScorecardParams& params, const std::vector<AbsentAnalysis>& absent) {
  params.validate();
  Scorecard s;
  double points = 0.0, weights = 0.0;
  bool vetoed = false;
  for (const Criterion& c : criteria) {
    ScoreRow row{c.name,      c.title,     c.measure, c.unit,
                 c.green_max, c.amber_max, c.source,  Rating::kNotAssessed,
                 {},          c.weight,    c.veto,    {}};
    row.value = number_of(measures.find(c.measure));
    if (!row.value) row.not_assessed = why_absent(c.measure, absent);
    if (row.value) {
      const double v = *row.value;
      row.rating =
          v <= c.green_max ? Rating::kGreen : (v <= c.amber_max ? Rating::kAmber : Rating::kRed);
      const double p =
          row.rating == Rating::kGreen ? 0.0 : (row.rating == Rating::kAmber ? 1.0 : 2.0);
      points += c.weight * p;
      weights += c.weight;
      vetoed = vetoed || (c.veto && row.rating == Rating::kRed);
    }
    switch (row.rating) {
      case Rating::kGreen:
        ++s.green;
        break;
      case Rating::kAmber:
        ++s.amber;
        break;
      case Rating::kRed:
        ++s.red;
        break;
      case Rating::kNotAssessed:
        ++s.not_assessed;
        break;
    }
    s.rows.push_back(std::move(row));
  }
  if (weights > 0.0) {
    s.index = points / (2.0 * weights);
    s.overall = s.index >= params.red_from
                    ? Rating::kRed
                    : (s.index >= params.amber_from ? Rating::kAmber : Rating::kGreen);
  }
  if (vetoed) s.overall = Rating::kRed;
  return s;
}

}  // namespace agora::assess
