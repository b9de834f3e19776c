#pragma once
// A 5 × 5 risk matrix (docs/sources.md, Assessment): for each hazard, likelihood (1–5) from the
// worst rating among the scorecard criteria that bear on it, consequence (1–5) from a measured
// figure against the profile's bands; risk = likelihood × consequence, banded 0–3 low, 4–9 medium,
// 10–14 high, 15–25 very high. Which criteria, figures and bands belong to which hazard, and
// which disciplines advise on it, is policy in the profile.

#include <optional>
#include <string>
#include <vector>

#include "sim/assess/scorecard.hpp"

namespace agora::assess {

struct Hazard {
  std::string name;                       // "crowd_crush"
  std::string title;                      // "Crowd crush"
  std::vector<std::string> criteria;      // scorecard criteria giving the likelihood
  std::string consequence_measure;        // figure giving the consequence
  std::vector<double> consequence_bands;  // 4 rising upper bounds for consequence 1–4; above: 5
  std::vector<std::string> disciplines;   // who advises on it: discipline codes (disciplines.hpp)
  std::string source;
};

// The five hazards every profile must set.
const std::vector<std::string>& required_hazards();

enum class Band { kLow, kMedium, kHigh, kVeryHigh };
const char* to_string(Band band);
// The band as a key of the report's string tables: "band.low", ..., "band.very_high".
const char* band_key(Band band);

struct RiskParams {
  int likelihood_green = 1;  // (policy) rare
  int likelihood_amber = 3;  // (policy) possible
  int likelihood_red = 4;    // (policy) likely
  int low_max = 3;           // docs/sources.md, Assessment: 0–3 low
  int medium_max = 9;        // 4–9 medium
  int high_max = 14;         // 10–14 high, above very high
  std::vector<Hazard> hazards;
  void validate() const;
  Band band_of(int score) const;
};

struct RiskRow {
  std::string name, title;
  bool assessed = false;
  int likelihood = 0, consequence = 0, score = 0;
  Band band = Band::kLow;
  // How the numbers came about: "risk.basis" (likelihood, its criterion and rating, consequence,
  // its figure and value), or why the hazard is not assessed.
  Statement basis;
  std::string likelihood_from;  // the criterion that gave the likelihood
  std::vector<std::string> disciplines;
};

struct RiskMatrix {
  std::vector<RiskRow> rows;
  std::optional<Band> worst;  // over the assessed hazards
  int worst_score = 0;
  const RiskRow* row(const std::string& name) const;
};

RiskMatrix risk_matrix(const Scorecard& card, const Figures& measures, const RiskParams& params,
                       const std::vector<AbsentAnalysis>& absent = {});

}  // namespace agora::assess
