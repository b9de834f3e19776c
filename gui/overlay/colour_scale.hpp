#pragma once
// Colour scales for analysis results: continuous ramps for numbers (speeds, distances,
// densities, levels) and a fixed palette for verdicts, so "inadequate" is the same red on
// every overlay, in the scorecard and in the legend.

#include <optional>
#include <string>

#include "gui/map/vertex_batch.hpp"

namespace agora::gui {

enum class Ramp {
  GreenRed,  // low good, high bad: approach speed, noise, density
  Heat,      // dark purple → yellow (magma-like): exposure, generic rasters
  BlueRed,   // distances and times: near blue, far red
};

struct ColourScale {
  double lo = 0.0;
  double hi = 1.0;
  Ramp ramp = Ramp::Heat;
  Rgba at(double value) const;  // clamped to [lo, hi]
};

// A ramp for a field by its name: "speed", "dba", "density", "exposed" read as bad-when-high.
Ramp ramp_for_field(const std::string& name);

enum class Verdict { Good, Caution, Bad, Unknown };
// "adequate", "pass", "ok", "green" -> Good; "expert_check", "energy_equivalent", "amber",
// "warning" -> Caution; "inadequate", "unprotected", "gap_passable", "fail", "red" -> Bad.
Verdict verdict_of(const std::string& text);
Rgba verdict_colour(Verdict v);
// The ramming analysis's five verdicts each in a colour of their own, within their family:
// adequate green, energy_only amber, inadequate orange-red, gap_passable purple, unprotected
// dark red; nullopt for any other text.
std::optional<Rgba> ramming_verdict_colour(const std::string& verdict_key);

}  // namespace agora::gui
