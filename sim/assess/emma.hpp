#pragma once
// The multidisciplinary picture: what each of the five Belgian emergency-planning disciplines
// (D1 fire and rescue … D5 information, sim/assess/disciplines.hpp) needs from one run, as a
// list of declared figures per discipline, so the report and summary.json group the run the
// way the safety meeting reads it. Only data: the words are the report's (string keys).

#include <span>
#include <string_view>
#include <vector>

#include "sim/figures/catalogue.hpp"

namespace agora::assess {

struct DisciplineItem {
  const FigureSpec* figure;  // a declared figure without run-time parts
  std::string_view label;    // string-table key of its line ("emma.item.fire_unreachable")
};

struct DisciplineNeeds {
  std::string_view discipline;  // a code of disciplines.hpp ("fire")
  std::string_view number;      // "D1"
  std::vector<DisciplineItem> items;
};

// D1 … D5 in order.
std::span<const DisciplineNeeds> emma_picture();

}  // namespace agora::assess
