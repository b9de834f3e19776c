#include "gui/run/key_figures.hpp"

#include <iterator>

namespace agora::gui {

namespace {

const char* kKeyFigures[] = {
    "ramming.*.max_speed_kmh",         "ramming.unprotected_crossings",    "ramming.inadequate_crossings",
    "ramming.gap_passable_crossings",  "ramming.energy_only_crossings",    "ramming.not_adequate_crossings",
    "ramming.people_exposed_max",      "ramming.max_crowd_entry_speed_kmh", "assess.capacity.persons",
    "assess.capacity.utilisation",     "assess.egress.total_s",            "assess.distance_to_exit.share_beyond",
    "assess.access.unreachable_share", "assess.access.facades_unreachable", "assess.noise.dwellings_over_limit",
    "assess.scorecard.overall",        "assess.class_nl",                  "assess.belgian_risk_event",
    "crowd.*_s",                       "crowd.max_density_ppm2",
};

}  // namespace

bool matches_key_pattern(const std::string& pattern, const std::string& key) {
  std::size_t p = 0, k = 0;
  while (p < pattern.size() && k < key.size()) {
    if (pattern[p] == '*') {
      // One segment of the key (up to its next '.'), then the rest of the pattern.
      const std::size_t next_dot = key.find('.', k);
      const std::string rest = pattern.substr(p + 1);
      for (std::size_t end = k + 1; end <= (next_dot == std::string::npos ? key.size() : next_dot); ++end)
        if (key.compare(end, std::string::npos, rest) == 0) return true;
      return false;
    }
    if (pattern[p] != key[k]) return false;
    ++p, ++k;
  }
  return p == pattern.size() && k == key.size();
}

int key_figure_rank(const std::string& key) {
  for (std::size_t i = 0; i < std::size(kKeyFigures); ++i)
    if (matches_key_pattern(kKeyFigures[i], key)) return static_cast<int>(i);
  return -1;
}

}  // namespace agora::gui
