#pragma once
// Semantic checks of a scenario against its city model, after parsing: geometry that is
// not a valid polygon, features off the map, crowd zones or exits that do not belong to the
// perimeter, an attendance that cannot fit. Every finding names the layout file and the
// feature; errors stop the run, warnings are reported and the run goes on.

#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/core/error.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::scenario {

struct ValidationLimits {
  double max_exit_offset_m = 5.0;          // an exit may lie this far off the perimeter line
  double max_physical_density_ppm2 = 9.0;  // beyond Fruin's 7.1 critical density: cannot fit
  double overlap_tolerance_m2 = 0.05;
};

struct Findings {
  ProblemList errors;
  std::vector<Problem> warnings;
};

Findings validate(const Scenario& scenario, const city::CityModel& city,
                  const ValidationLimits& limits = {});

}  // namespace agora::scenario
