#pragma once
// The verdicts of a run as the Results tab lists them, in the report's order and words: the
// scorecard (overall, then each criterion with its value and rule, or why it is not assessed),
// the risk matrix (each hazard's band and basis), the classification (Dutch class, Belgian risk
// event, with their reasons) and the ramming verdict of each vehicle class at its worst
// crossing. The words come from the report's string tables (report/assess_text.hpp,
// report::Strings): the editor writes no sentence of its own.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/run/scenario_run.hpp"
#include "gui/overlay/colour_scale.hpp"
#include "report/strings.hpp"
#include "sim/geometry/geometry.hpp"

namespace agora::gui {

struct VerdictRow {
  enum class Group { Scorecard, Risk, Classification, Ramming };
  Group group = Group::Scorecard;
  std::string title;    // the criterion, hazard, class or vehicle class
  std::string verdict;  // "red", "high", "Class C", "unprotected"
  Verdict tone = Verdict::Unknown;
  std::string value;          // the measured value, when there is one
  std::string reason;         // the rule, the basis, or why it is not assessed
  std::optional<Vec2> where;  // the place on the map (local metres), when the verdict has one
  std::optional<std::uint32_t>
      crossing;  // a ramming crossing's id (its run-up paths show when picked)
};

// One ramming crossing for the Results tab's list: its worst verdict over the classes that reach
// it, in the report's words and its colour, the highest speed and the most people exposed.
struct CrossingRow {
  std::uint32_t id = 0;
  std::string label;
  std::string verdict;
  int severity = 0;  // vehicle::verdict_severity: higher is worse
  Rgba colour = 0;
  double speed_kmh = 0.0;
  double people = 0.0;
  Vec2 where;
};
std::vector<CrossingRow> crossing_rows(const std::vector<run::AnalysisOutput>& outputs,
                                       const report::Strings& tr);

// The group's heading, from the report's tables.
std::string group_title(VerdictRow::Group group, const report::Strings& tr);

// Every verdict row of the analyses that have finished, in the report's order.
std::vector<VerdictRow> verdict_rows(const std::vector<run::AnalysisOutput>& outputs,
                                     const report::Strings& tr);

}  // namespace agora::gui
