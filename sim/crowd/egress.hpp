#pragma once
// Macroscopic egress (docs/sources.md, Capacity, egress and fire access): the crowd is spread over
// its cells, each cell's people walk to an exit at a planning speed and queue there; an exit passes
// width × specific flow persons per second. People take the nearest exit by walking distance unless
// its queue makes another exit quicker (the rebalancing an overloaded exit forces). Per exit: load,
// first and last arrival, longest wait, time it clears; overall: the time the last person
// is out. A first-order check; the agent simulation (sim/crowd/agents) shows where it jams.

#include <cstddef>
#include <vector>

#include "sim/crowd/exit_distance.hpp"

namespace agora::crowd {

struct EgressParams {
  double walking_speed_mps =
      1.34;                    // placeholder: Weidmann (1993) free walking speed; profile sets it
  double flow_ppmm = 82.0;     // UK Green Guide: 82 persons/m/min through level exits
  double premovement_s = 0.0;  // (policy) time before people start to move
  void validate() const;
};

struct ExitLoad {
  std::size_t exit_index = 0;  // into layout.exits
  double width_m = 0.0;
  double flow_pps = 0.0;  // width × flow, persons per second
  double persons = 0.0;
  double nearest_persons = 0.0;  // of them, those for whom it is the nearest exit
  double first_arrival_s = 0.0;
  double last_arrival_s = 0.0;
  double longest_wait_s = 0.0;  // queueing time of the person who waits longest
  double clear_s = 0.0;         // the last person through
};

struct EgressResult {
  std::vector<ExitLoad> exits;  // one per usable exit, in ExitFields order
  double total_s = 0.0;         // everyone who can reach an exit is out
  double persons = 0.0;
  double persons_unreachable = 0.0;  // standing where no exit can be reached
  double persons_rebalanced = 0.0;   // sent to an exit other than their nearest
};

// The attendance spread over the crowd cells in proportion to each cell's zone density (the
// profile's planning density where a zone sets none, and outside zones).
Field persons_per_cell(const Mask& crowd, const scenario::Layout& layout, double attendance,
                       double default_density_ppm2);

// exit_width_m: the width of each field's exit, in ExitFields order.
EgressResult egress(const ExitFields& fields, const std::vector<double>& exit_width_m,
                    const Field& persons, const EgressParams& params);

}  // namespace agora::crowd
