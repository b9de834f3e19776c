#pragma once
// Crowd exposure behind a crossing that is not adequately protected (DOMAIN §1, a modelling
// assumption stated in every output): the vehicle keeps its heading from the crossing and
// keeps accelerating; where it enters a crowd zone it runs on until a hard obstacle (a
// building, a wall or bollard in the map) or the far side of the zone; the people in its
// path are N = ρ · (W_vehicle + 2·margin) · L_run.

#include <string>

#include "sim/city/city_model.hpp"
#include "sim/vehicle/approach_graph.hpp"
#include "sim/vehicle/kinematics.hpp"

namespace agora::vehicle {

struct Exposure {
  bool reaches_crowd = false;
  int crowd_zone = -1;           // into ApproachGraph::crowd_zones
  double entry_distance_m = 0.0; // from the crossing to the crowd along the heading
  double entry_speed_kmh = 0.0;
  double run_m = 0.0;            // in-crowd run
  std::string run_end;           // "building or wall", "far side of the crowd zone", "run limit", ...
  double density_ppm2 = 0.0;
  double people = 0.0;
};

// heading: unit direction at the crossing; speed_mps: there; motion: the class at a_max.
Exposure crowd_exposure(const city::CityModel& city, const ApproachGraph& graph, Vec2 crossing, Vec2 heading,
                        double speed_mps, const Motion& motion, const VehicleClass& vehicle,
                        const RammingParams& params);

}  // namespace agora::vehicle
