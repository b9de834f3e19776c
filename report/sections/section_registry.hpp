#pragma once
// Each analysis adds its own part of the report through one entry here, keyed by the
// analysis name ("ramming", "assess", "crowd"): its sections (which replace the generic
// section), what it says on the cover (classification, scorecard) and its rows on the
// comparison page. An analysis without an entry still shows, through the generic section
// (its figures, layers, rasters, assumptions and warnings). The entry reads the output's
// typed `detail` with std::any_cast.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "report/build/build_context.hpp"
#include "report/document.hpp"

namespace agora::report {

// What the cover says about classification and the scorecard; "not assessed" until an
// analysis fills it.
struct CoverSummary {
  bool classified = false;
  std::string nl_class;          // "A", "B", "C"
  std::string nl_class_meaning;  // "risk event: joint advice of fire, police and medical services"
  bool risk_event = false;       // Belgian risico-evenement (KB 16/02/2006, NPU-4)
  std::vector<std::string> disciplines;  // who must advise
  std::vector<std::string> reasons;
  std::string override_note;        // the officer's override, when any
  std::vector<KeyValue> scorecard;  // one line per criterion or concern, with its tone
  std::vector<KeyValue> headline;   // the key figures of each analysis, for the cover
};

// One line of the side-by-side page: rows with the same key line up across variants.
struct ComparisonRow {
  std::string key;
  std::string label;
  Cell value;
};

struct SectionPlugin {
  std::string analysis;
  std::function<std::vector<Section>(const run::AnalysisOutput&, BuildContext&)> sections;
  std::function<void(const run::AnalysisOutput&, BuildContext&, CoverSummary&)> cover;
  std::function<std::vector<ComparisonRow>(const run::AnalysisOutput&, BuildContext&)> comparison;
  // Blocks for the assumptions page: the tables and parameters it used (vehicle table with
  // placeholder values flagged, profile values with their sources).
  std::function<std::vector<Block>(const run::AnalysisOutput&, BuildContext&)> assumptions;
};

const std::vector<SectionPlugin>& section_plugins();
const SectionPlugin* find_section_plugin(std::string_view analysis);

}  // namespace agora::report

namespace agora::report {

// The analyses' own entries (report/sections/<analysis>_section.cpp).
SectionPlugin ramming_section();
SectionPlugin assess_section();
SectionPlugin crowd_section();

}  // namespace agora::report
