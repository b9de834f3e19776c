#include "sim/crowd/agents/params.hpp"

#include <string>

#include "sim/core/error.hpp"

namespace agora::crowd::agents {

void ModelParams::validate() const {
  require_in_range("crowd_agents.time_gap_s", time_gap_s, 0.1, 10.0, "s");
  require_in_range("crowd_agents.neighbour_repulsion", neighbour_repulsion, 0.0, 100.0);
  require_in_range("crowd_agents.neighbour_range_m", neighbour_range_m, 0.01, 1.0, "m");
  require_in_range("crowd_agents.yield_fraction", yield_fraction, 0.0, 0.5);
  require_in_range("crowd_agents.wall_deflection_m", wall_deflection_m, 0.001, 1.0, "m");
  require_in_range("crowd_agents.time_step_s", time_step_s, 0.001, kMaxTimeStepS, "s");
  if (time_step_s >= 0.5 * time_gap_s)
    throw Error("", "agent model", "crowd_agents.time_step_s",
                "time step " + std::to_string(time_step_s) + " s is too large for time gap " +
                    std::to_string(time_gap_s) +
                    " s: the collision-free speed model needs time_step_s < time_gap_s / 2");
  require_in_range("crowd_agents.field_cell_m", field_cell_m, 0.1, 0.5, "m");
  require_in_range("crowd_agents.wall_clearance_m", wall_clearance_m, 0.0, 2.0, "m");
  require_in_range("crowd_agents.wall_clearance_cost", wall_clearance_cost, 0.0, 10.0);
  require_in_range("crowd_agents.route_interval_s", route_interval_s, time_step_s, 600.0, "s");
  require_in_range("crowd_agents.exit_specific_flow_pms", exit_specific_flow_pms, 0.1, 5.0,
                   "p/(m·s)");
  require_in_range("crowd_agents.route_switch_gain", route_switch_gain, 0.0, 1.0);
}

}  // namespace agora::crowd::agents
