#pragma once
// Geometry the scenario checks let pass but a drawing slip usually is, shown in Problems as the
// layout is edited: an exit away from the perimeter line (dragged into the site: the scenario
// checks only one outside it), an exit whose width_m differs from the length drawn across the
// opening, a crowd zone over a building, a barrier whose clear gap lets a vehicle through.

#include <vector>

#include "sim/barriers/price_list.hpp"
#include "sim/city/city_model.hpp"
#include "sim/core/error.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/vehicle/adequacy.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"

namespace agora::gui {

struct GeometryCheckParams {
  double exit_off_perimeter_m = 5.0;   // as the scenario checks' max_exit_offset_m
  double exit_width_tolerance = 0.25;  // width_m may differ from the drawn length by this share
  double exit_width_min_diff_m = 0.5;  // and by at least this much before it is worth a word
  double building_overlap_m2 = 2.0;    // a crowd zone over more than this of a building
  // Wider clear gaps let a car through: the ramming analysis's rule (vehicle::AdequacyRules,
  // docs/ramming.md "gap passable"), said while drawing.
  double max_clear_gap_m = vehicle::AdequacyRules{}.max_clear_gap_m;
};

std::vector<Problem> geometry_warnings(const scenario::Layout& layout, const city::CityModel& city,
                                       const GeometryCheckParams& params = {});

// A barrier drawn otherwise than its product is laid (data/barriers/prices.csv): a clear gap
// other than the product's (more than 5 cm apart), or, for a closed product (no clear gap: a
// blocker, a beam), a line shorter than 90 % of one unit (a 4.5 m road blocker across 3 m). The
// product is found in the catalogue by id or name, as the ramming analysis finds it; barriers
// without a listed product pass.
std::vector<Problem> product_warnings(const scenario::Layout& layout,
                                      const vehicle::BarrierCatalogue& catalogue,
                                      const barriers::PriceList& prices);

// The price list's entry for a catalogue id, or nullptr.
const barriers::PricedProduct* priced(const barriers::PriceList& prices,
                                      const std::string& catalogue_id);

}  // namespace agora::gui
