#pragma once
// The liveability scorecard (docs/sources.md, Assessment: the Flemish leefbaarheidstoets has no
// published scoring sheet, so criteria, thresholds and weights are policy in the profile). Each
// criterion reads one measured figure and rates it green (≤ green_max), amber (≤ amber_max)
// or red; without its figure (an analysis that did not run) it is "not assessed". The
// weighted index averages the ratings (green 0, amber 1, red 2) over the assessed criteria,
// scaled to 0–1; the overall rating follows the profile's bands, and a red criterion marked
// veto makes the overall red whatever the index.

#include <optional>
#include <string>
#include <vector>

#include "sim/core/statement.hpp"
#include "sim/core/value.hpp"
#include "sim/figures/figure_spec.hpp"

namespace agora::assess {

enum class Rating { kGreen, kAmber, kRed, kNotAssessed };
const char* to_string(Rating rating);
// The rating as a key of the report's string tables: "rating.green", ..., "rating.not_assessed".
const char* rating_key(Rating rating);

struct Criterion {
  std::string name;  // profile key: "noise_dwellings"
  // A criterion of the profile's own names itself ("Crowding at the bars"); a known one is named
  // by the report's string tables ("criterion.<name>", "criterion.<name>.unit").
  std::string title;
  std::string measure;  // the figure it reads: "assess.noise.dwellings_over_limit"
  std::string unit;     // what the figure counts (a criterion of the profile's own)
  double green_max = 0.0;
  double amber_max = 0.0;
  double weight = 1.0;
  bool veto = false;   // red here makes the overall red
  std::string source;  // the profile's source for the thresholds
};

// The criteria the scorecard knows: their figure and unit. A profile must give thresholds
// and a weight for every one of them (weight 0 to ignore one) and may add its own criteria on
// any figure.
struct KnownCriterion {
  const char* name;
  const FigureSpec& measure;  // the declared figure it reads
};
const std::vector<KnownCriterion>& known_criteria();

struct ScorecardParams {
  double amber_from = 0.25;  // (policy) weighted index from which the overall rating is amber
  double red_from = 0.5;     // (policy) and red
  void validate() const;
};

struct ScoreRow {
  std::string name, title, measure, unit;  // as the criterion has them
  double green_max = 0.0, amber_max = 0.0;
  std::string source;
  Rating rating = Rating::kNotAssessed;
  std::optional<double> value;
  double weight = 0.0;
  bool veto = false;
  // Why the row is not assessed (empty key when it is): the analysis that writes its figure did
  // not run, and why; or the analysis ran and had nothing to measure.
  Statement not_assessed;
};

struct Scorecard {
  std::vector<ScoreRow> rows;
  double index = 0.0;  // 0 all green … 1 all red, over the assessed rows with weight
  Rating overall = Rating::kNotAssessed;
  int green = 0, amber = 0, red = 0, not_assessed = 0;

  const ScoreRow* row(const std::string& name) const;
};

// A figure as a number: reals and integers as they are, true 1, false 0; nullopt otherwise.
std::optional<double> number_of(const Value* v);

// An analysis a criterion may read that did not run in this run, with the reason
// ("not_assessed.not_in_scenario", "not_assessed.not_applicable", ... as a statement).
struct AbsentAnalysis {
  std::string analysis;
  Statement reason;
};

// Why a figure is missing from the measures, as a statement: its analysis is one of `absent`
// (that analysis's reason), or its declaration says when it may be absent, or (a figure its
// analysis always writes) it was not measured.
Statement why_absent(const std::string& measure, const std::vector<AbsentAnalysis>& absent);

Scorecard scorecard(const Figures& measures, const std::vector<Criterion>& criteria,
                    const ScorecardParams& params, const std::vector<AbsentAnalysis>& absent = {});

}  // namespace agora::assess
