#include "gui/run/key_figures.hpp"

#include <iterator>

#include "sim/assess/assess_figures.hpp"
#include "sim/crowd/crowd_figures.hpp"
#include "sim/vehicle/ramming_figures.hpp"

namespace agora::gui {

namespace {

namespace af = assess::fig;
namespace cf = crowd::fig;
namespace vf = vehicle::fig;

// By their declarations (sim/*/..._figures.hpp), so a key the analyses do not write cannot be
// named here: the per-class speed first, then the crossings by verdict, then capacity.
const FigureSpec* const kKeyFigures[] = {
    &vf::kClassMaxSpeed,
    &vf::kUnprotectedCrossings,
    &vf::kInadequateCrossings,
    &vf::kGapPassableCrossings,
    &vf::kEnergyOnlyCrossings,
    &vf::kNotAdequateCrossings,
    &vf::kPeopleExposedMax,
    &vf::kMaxCrowdEntrySpeed,
    &af::kCapacity,
    &af::kUtilisation,
    &af::kEgressTotal,
    &af::kShareBeyond,
    &af::kAccessUnreachableShare,
    &af::kAccessFacadesUnreachable,
    &af::kNoiseDwellingsOver,
    &af::kScorecardOverall,
    &af::kClassNl,
    &af::kBelgianRiskEvent,
    &cf::kEvacuationTime,
    &cf::kIngressTime,
    &cf::kMaxDensity,
};

}  // namespace

std::span<const FigureSpec* const> key_figure_specs() {
  return kKeyFigures;
}

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
    if (key_matches(kKeyFigures[i]->key, key)) return static_cast<int>(i);
  return -1;
}

}  // namespace agora::gui
