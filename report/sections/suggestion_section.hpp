#pragma once
// The report section of the barrier suggestion (sim/barriers/suggest.hpp): the suggestion
// against the planner's own layout (cost, crossings adequate by rating, people still
// exposed, fire access), its bill of quantities with the source of every price, per
// crossing what protects it and why, and the cost/exposure front when a budget falls short.
// `agora suggest-barriers` writes it as DIR/suggestion.html.

#include <string>
#include <vector>

#include "report/document.hpp"
#include "report/strings.hpp"
#include "sim/barriers/suggest.hpp"

namespace agora::report {

struct SuggestionReport {
  const barriers::Suggestion& suggestion;
  std::vector<std::string> classes;
  std::size_t planner_barriers = 0;
  double planner_cost_eur = 0.0;
  std::size_t planner_barriers_without_cost = 0;
  std::size_t planner_crossings = 0, planner_adequate = 0;
  double planner_people_exposed = 0.0;
  double access_unreachable_m2 = 0.0, planner_access_unreachable_m2 = 0.0;
  double seconds_to_optimum = 0.0;
};

Section suggestion_section(const SuggestionReport& in, const Strings& tr);

// A document holding the section alone, for DIR/suggestion.html.
Document suggestion_document(const SuggestionReport& in, const std::string& event_name,
                             const Strings& tr);

}  // namespace agora::report
