#include "sim/assess/risk.hpp"

#include "sim/core/error.hpp"

namespace agora::assess {

const std::vector<std::string>& required_hazards() {
  static const std::vector<std::string> h = {"crowd_crush", "vehicle_ramming", "fire_evacuation",
                                             "noise_nuisance", "access"};
  return h;
}

const char* to_string(Band band) {
  switch (band) {
    case Band::kLow:
      return "low";
    case Band::kMedium:
      return "medium";
    case Band::kHigh:
      return "high";
    case Band::kVeryHigh:
      return "very high";
  }
  return "unknown";
}

const char* band_key(Band band) {
  switch (band) {
    case Band::kLow:
      return "band.low";
    case Band::kMedium:
      return "band.medium";
    case Band::kHigh:
      return "band.high";
    case Band::kVeryHigh:
      return "band.very_high";
  }
  return "band.low";
}

void RiskParams::validate() const {
  require_in_range("risk.likelihood_green", likelihood_green, 1, 5);
  require_in_range("risk.likelihood_amber", likelihood_amber, likelihood_green, 5);
  require_in_range("risk.likelihood_red", likelihood_red, likelihood_amber, 5);
  require_in_range("risk.low_max", low_max, 0, 25);
  require_in_range("risk.medium_max", medium_max, low_max, 25);
  require_in_range("risk.high_max", high_max, medium_max, 25);
  for (const Hazard& h : hazards) {
    if (h.consequence_bands.size() != 4)
      throw Error("", "hazards." + h.name, "consequence_bands",
                  "expected 4 rising upper bounds (consequence 1 to 4)");
    for (std::size_t i = 1; i < 4; ++i)
      if (h.consequence_bands[i] < h.consequence_bands[i - 1])
        throw Error("", "hazards." + h.name, "consequence_bands", "the bounds must rise");
  }
}

Band RiskParams::band_of(int score) const {
  if (score <= low_max) return Band::kLow;
  if (score <= medium_max) return Band::kMedium;
  if (score <= high_max) return Band::kHigh;
  return Band::kVeryHigh;
}

const RiskRow* RiskMatrix::row(const std::string& name) const {
  for (const RiskRow& r : rows)
    if (r.name == name) return &r;
  return nullptr;
}

RiskMatrix risk_matrix(const Scorecard& card, const Figures& measures, const RiskParams& params,
                       const std::vector<AbsentAnalysis>& absent) {
  params.validate();
  RiskMatrix m;
  for (const Hazard& h : params.hazards) {
    RiskRow row;
    row.name = h.name;
    row.title = h.title;
    row.disciplines = h.disciplines;
    // Likelihood: the worst assessed rating among the hazard's criteria.
    std::optional<Rating> worst;
    std::string from;
    for (const std::string& c : h.criteria) {
      const ScoreRow* r = card.row(c);
      if (!r || r->rating == Rating::kNotAssessed) continue;
      if (!worst || static_cast<int>(r->rating) > static_cast<int>(*worst)) {
        worst = r->rating;
        from = c;
      }
    }
    const std::optional<double> consequence_value = number_of(measures.find(h.consequence_measure));
    if (!worst || !consequence_value) {
      const ScoreRow* first = h.criteria.empty() ? nullptr : card.row(h.criteria.front());
      row.basis =
          !worst ? (first && !first->not_assessed.key.empty() ? first->not_assessed
                                                              : say("risk.no_criterion_assessed"))
                 : why_absent(h.consequence_measure, absent);
      m.rows.push_back(std::move(row));
      continue;
    }
    row.assessed = true;
    row.likelihood_from = from;
    row.likelihood = *worst == Rating::kGreen   ? params.likelihood_green
                     : *worst == Rating::kAmber ? params.likelihood_amber
                                                : params.likelihood_red;
    row.consequence = 5;
    for (int i = 0; i < 4; ++i)
      if (*consequence_value <= h.consequence_bands[i]) {
        row.consequence = i + 1;
        break;
      }
    row.score = row.likelihood * row.consequence;
    row.band = params.band_of(row.score);
    row.basis = say("risk.basis", {StatementArg(row.likelihood), from, term(rating_key(*worst)),
                                   StatementArg(row.consequence), h.consequence_measure,
                                   StatementArg(*consequence_value)});
    if (!m.worst || row.score > m.worst_score) {
      m.worst_score = row.score;
      m.worst = row.band;
    }
    m.rows.push_back(std::move(row));
  }
  return m;
}

}  // namespace agora::assess
