#pragma once
// The figures a permit officer weighs between variants (worst impact speed per vehicle class,
// unprotected or inadequate crossings, people exposed, capacity, egress time, fire access,
// noise, the scorecard and the class), in the order the Compare tab lists them. They are named
// by the analyses' figure declarations (a "{class}" part stands for one key segment);
// matches_key_pattern is the older '*' form for keys typed by hand.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "report/strings.hpp"
#include "sim/core/value.hpp"
#include "sim/figures/figure_spec.hpp"

namespace agora::gui {

// True when key matches pattern ("ramming.*.max_speed_kmh" matches "ramming.M1.max_speed_kmh").
bool matches_key_pattern(const std::string& pattern, const std::string& key);

// The key figures' declarations, in their order.
std::span<const FigureSpec* const> key_figure_specs();

// The key's place among the key figures, or -1 when it is not one.
int key_figure_rank(const std::string& key);

// A figure's name in words: the report's label when its tables have one ("figure.<key>"), else
// the declaration's meaning with its run-time part in front ("M1: the class's highest speed at
// any crossing (top of the band)"); the key itself when no analysis declares it.
std::string figure_name(const std::string& key, const report::Strings& tr);

// A figure's value as the report writes numbers (grouped, rounded by size) with the declared
// unit ("48 km/h", "1,276 persons"); a share (a unitless ratio the declaration calls a share,
// or the utilisation) in percent ("12 %"); yes/no; texts as they are.
std::string figure_text(const Value& value, const std::string& key, const report::Strings& tr);

// Which way a key figure is better: fewer crossings, lower speeds, fewer people exposed, a
// shorter egress are better; a larger capacity is better. None for texts and non-key figures.
enum class Better { None, Lower, Higher };
Better better_direction(const std::string& key);

// The variants whose value of the figure is the best one, when the values differ (empty when
// the figure has no direction, fewer than two variants have a number, or all are equal).
std::vector<std::size_t> best_variants(const std::string& key,
                                       const std::vector<const Value*>& values);

}  // namespace agora::gui
