#include "sim/vehicle/ramming_params.hpp"

#include "sim/core/error.hpp"

namespace agora::vehicle {

void RammingParams::validate() const {
  require_in_range("ramming.radius_m", radius_m, 10.0, 50000.0, "m");
  require_in_range("ramming.friction_normal", friction_normal, 0.1, 1.5);
  require_in_range("ramming.friction_conservative", friction_conservative, friction_normal, 1.5);
  rules.validate();
  require_in_range("ramming.barrier_snap_m", barrier_snap_m, 0.0, 10.0, "m");
  require_in_range("ramming.crowd_density_ppm2", crowd_density_ppm2, 0.0, 9.0, "persons/m²");
  require_in_range("ramming.exposure_side_margin_m", exposure_side_margin_m, 0.0, 5.0, "m");
  require_in_range("open_area_reach_m", open_area_reach_m, 0.0, 50000.0, "m");
  require_in_range("open_area_cell_m", open_area_cell_m, 0.1, 2.0, "m");
  require_in_range("corner_clearance_m", corner_clearance_m, 0.5, 5.0, "m");
  require_in_range("endpoint_tolerance_m", endpoint_tolerance_m, 0.0, 20.0, "m");
  require_in_range("open_width_cap_m", open_width_cap_m, 5.0, 500.0, "m");
  require_in_range("bollard_radius_m", bollard_radius_m, 0.0, 2.0, "m");
  require_in_range("min_deflection_deg", min_deflection_deg, 0.0, 10.0, "degrees");
  require_in_range("outline_simplify_m", outline_simplify_m, 0.0, 5.0, "m");
  require_in_range("max_crowd_run_m", max_crowd_run_m, 1.0, 5000.0, "m");
  require_in_range("run_up_circuity", run_up_circuity, 1.0, 10.0);
  require_in_range("min_gain_kmh", min_gain_kmh, 0.0, 10.0, "km/h");
}

}  // namespace agora::vehicle
