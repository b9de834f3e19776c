#include "sim/assess/scorecard.hpp"

#include <cmath>
#include <sstream>

#include "sim/assess/assess_figures.hpp"
#include "sim/core/error.hpp"
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
  static const std::vector<KnownCriterion> k = {
      {"capacity", "Crowd capacity", af::kUtilisation, "attendance / capacity"},
      {"exit_rules", "Fire-service exit rules", af::kExitRulesFailed, "rules failed"},
      {"egress_time", "Egress time", af::kEgressTotal, "s"},
      {"distance_to_exit", "Distance to an exit", af::kShareBeyond,
       "share of the crowd area beyond the limit"},
      {"emergency_access", "Fire-engine access to the event area", af::kAccessUnreachableShare,
       "share of the event area out of reach"},
      {"facade_access", "Fire-engine access to façades", af::kAccessFacadesUnreachable,
       "buildings"},
      {"noise_dwellings", "Noise at dwellings", af::kNoiseDwellingsOver,
       "dwellings over the limit"},
      {"audience_level", "Sound level in the audience", af::kNoiseAudienceCategory,
       "VLAREM category"},
      {"visitors", "Visitor numbers", af::kEventAttendance, "persons at the peak"},
      {"traffic", "Traffic detours", af::kMaxDetour, "m"},
      {"parking_transit", "Parking and public transport", af::kPlacesCutOff, "places"},
      {"residents", "Residents affected", af::kHouseholds, "households"},
      {"event_frequency", "Events at the location this year", af::kEventsAtLocation, "events"},
      {"public_order", "Public order (alcohol served)", af::kEventAlcohol, "1 = yes"},
      {"vehicle_ramming", "Hostile-vehicle protection", vf::kNotAdequateCrossings,
       "crossings not adequately protected"},
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

namespace {
std::string num(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}
}  // namespace

std::string rule_text(const Criterion& c) {
  return "green ≤ " + num(c.green_max) + ", amber ≤ " + num(c.amber_max) + ", red above (" +
         c.unit + ")";
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
                    const ScorecardParams& params) {
  params.validate();
  Scorecard s;
  double points = 0.0, weights = 0.0;
  bool vetoed = false;
  for (const Criterion& c : criteria) {
    ScoreRow row{c.name, c.title,  c.measure, c.unit, rule_text(c), c.source, Rating::kNotAssessed,
                 {},     c.weight, c.veto};
    row.value = number_of(measures.find(c.measure));
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
