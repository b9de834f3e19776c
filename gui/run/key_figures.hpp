#pragma once
// The figures a permit officer weighs between variants (worst impact speed per vehicle class,
// unprotected or inadequate crossings, people exposed, capacity, egress time, fire access,
// noise, the scorecard and the class), in the order the Compare tab lists them. They are named
// by the analyses' figure declarations (a "{class}" part stands for one key segment);
// matches_key_pattern is the older '*' form for keys typed by hand.

#include <span>
#include <string>

#include "sim/figures/figure_spec.hpp"

namespace agora::gui {

// True when key matches pattern ("ramming.*.max_speed_kmh" matches "ramming.M1.max_speed_kmh").
bool matches_key_pattern(const std::string& pattern, const std::string& key);

// The key figures' declarations, in their order.
std::span<const FigureSpec* const> key_figure_specs();

// The key's place among the key figures, or -1 when it is not one.
int key_figure_rank(const std::string& key);

}  // namespace agora::gui
