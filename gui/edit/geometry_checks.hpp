#pragma once
// Geometry the scenario checks let pass but a drawing slip usually is, shown in Problems as the
// layout is edited: an exit away from the perimeter line (dragged into the site: the scenario
// checks only one outside it), an exit whose width_m differs from the length drawn across the
// opening, a crowd zone over a building, a barrier whose clear gap lets a vehicle through.

#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/core/error.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/vehicle/adequacy.hpp"

namespace agora::gui {

struct GeometryCheckParams {
  double exit_off_perimeter_m = 5.0;  // as the scenario checks' max_exit_offset_m
  double exit_width_tolerance = 0.25;  // width_m may differ from the drawn length by this share
  double exit_width_min_diff_m = 0.5;  // and by at least this much before it is worth a word
  double building_overlap_m2 = 2.0;    // a crowd zone over more than this of a building
  // Wider clear gaps let a car through: the ramming analysis's rule (vehicle::AdequacyRules,
  // docs/ramming.md "gap passable"), said while drawing.
  double max_clear_gap_m = vehicle::AdequacyRules{}.max_clear_gap_m;
};

std::vector<Problem> geometry_warnings(const scenario::Layout& layout, const city::CityModel& city,
                                       const GeometryCheckParams& params = {});

}  // namespace agora::gui
