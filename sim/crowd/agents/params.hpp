#pragma once
// Parameters of the agent model: the collision-free speed model (Tordeux, Chraibi & Seyfried
// 2016) that moves the agents, the floor fields that steer them, and the exit choice. Every
// default carries its source; validate() names the field at fault and its allowed range.
// docs/crowd-model.md has the equations these parameters enter.

namespace agora::crowd::agents {

struct ModelParams {
  // --- Collision-free speed model: dx/dt = V(s) e, V(s) = min(v0, max(0, (s - l) / T)) -------
  // T, the time gap. Tordeux et al. 2016 (arXiv:1512.05597) and JuPedSim's default, 1 s.
  double time_gap_s = 1.0;
  // a and D of the neighbour repulsion R(s) = a exp((l - s) / D) that turns the direction.
  // JuPedSim's CollisionFreeSpeedModel defaults (strength 8, range 0.1 m).
  double neighbour_repulsion = 8.0;
  double neighbour_range_m = 0.1;
  // Walls deflect rather than repel: within wall_deflection_m of touching a wall, the part of
  // the direction pointing into the wall is removed in proportion (1 - gap / wall_deflection_m),
  // so an agent slides along it. (JuPedSim's exponential wall repulsion, strength 5 at contact,
  // turned agents round at door jambs and locked exits; see docs/crowd-model.md.) Agents never
  // enter walls whatever this value: each step is checked against the wall squares near it.
  double wall_deflection_m = 0.1;

  // In i's spacing, a neighbour behind i (with respect to where i wants to go) counts as
  // yield_fraction closer to touching: pushing towards an exit, a pedestrian gains about 4 cm on
  // whoever stands behind (10 % of l = 0.4 m), never on whoever stands ahead. Our choice, to
  // release the arches the discrete model otherwise locks into at narrow exits
  // (docs/crowd-model.md); 0 is the paper's model.
  double yield_fraction = 0.1;

  // --- Integration --------------------------------------------------------------------------
  // Δt. The model is first order; collision-free stepping needs Δt < T/2 (two agents closing
  // head-on each cover at most Δt (s - l) / T). 0.05 s is the step the RiMEA tests pass at
  // (tests/validation/rimea), as in JuPedSim's examples.
  double time_step_s = 0.05;
  // Largest step accepted: the RiMEA suite is verified up to here (see docs/crowd-model.md).
  static constexpr double kMaxTimeStepS = 0.1;

  // --- Floor fields -------------------------------------------------------------------------
  // Grid of the fast-marching floor fields and the wall distance. The issue asks for 0.25–0.5 m;
  // 0.25 m resolves a 1 m gap between stalls with four cells.
  double field_cell_m = 0.25;
  // Floor fields may charge extra for walking close to walls (within wall_clearance_m the cost
  // per metre rises linearly to 1 + wall_clearance_cost at contact). Off by default: the extra
  // cost bends the fields at a door or corridor mouth towards its middle, agents from both
  // jambs then converge and lock (observed at a 1 m mouth); walls deflect agents anyway.
  double wall_clearance_m = 0.5;
  double wall_clearance_cost = 0.0;

  // --- Exit choice (agents not assigned to an exit) -----------------------------------------
  // How often agents reconsider their exit.
  double route_interval_s = 1.0;
  // Rate at which an exit's queue drains, per metre of width, to turn a queue into a wait:
  // IMO MSC.1/Circ.1238's maximum specific flow for doorways, 1.3 p/(m·s) (docs/sources.md, Crowd).
  double exit_specific_flow_pms = 1.3;
  // An agent changes exit only when the other is this fraction faster (hysteresis).
  double route_switch_gain = 0.15;

  void validate() const;
};

}  // namespace agora::crowd::agents
