#pragma once
// The figures a permit officer weighs between variants (worst impact speed per vehicle class,
// unprotected or inadequate crossings, people exposed, capacity, egress time, fire access,
// noise, the scorecard and the class), in the order the Compare tab lists them. Keys are the
// analyses' documented figure keys; '*' in a pattern stands for one key segment (a class).

#include <string>

namespace agora::gui {

// True when key matches pattern ("ramming.*.max_speed_kmh" matches "ramming.M1.max_speed_kmh").
bool matches_key_pattern(const std::string& pattern, const std::string& key);

// The key's place among the key figures, or -1 when it is not one.
int key_figure_rank(const std::string& key);

}  // namespace agora::gui
