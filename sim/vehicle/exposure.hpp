#pragma once
// Crowd exposure behind a crossing that is not adequately protected (a modelling assumption
// stated in every output): the vehicle keeps its heading from the crossing, accelerating as
// its class can; inside a crowd zone it loses speed as it strikes people, by conservation of
// momentum with the struck mass (each person struck is brought to the vehicle's speed:
// M·dv = −v·dm, dm = ρ·W·m_person·ds, the driver's traction still applied), so
//   d(v²)/ds = 2·a(v) − 2·v²·ρ·W·m_person/M.
// It runs until a hard obstacle (a building, a wall or bollard in the map) stops it, the far
// side of the zone, or it has slowed to walking pace (people step aside); the people in its
// path are N = ρ · W · L_run with W = vehicle width + 2·margin.

#include <string>

#include "sim/city/city_model.hpp"
#include "sim/vehicle/approach_graph.hpp"
#include "sim/vehicle/kinematics.hpp"

namespace agora::vehicle {

struct Exposure {
  bool reaches_crowd = false;
  int crowd_zone = -1;            // into ApproachGraph::crowd_zones
  double entry_distance_m = 0.0;  // from the crossing to the crowd along the heading
  double entry_speed_kmh = 0.0;
  double run_m = 0.0;  // in-crowd run
  double end_speed_kmh =
      0.0;  // speed where the in-crowd run ends (at an obstacle: the impact speed)
  // Over the headings of near-tied run-ups (within 5 % of the judged speed): the exposure
  // above is the worst; the range of people over those headings.
  double people_low = 0.0, people_high = 0.0;
  int headings = 1;
  std::string run_end;  // "building or wall", "far side of the crowd zone", "run limit", ...
  double density_ppm2 = 0.0;
  double people = 0.0;
};

// Body mass of one person struck (ICRP Publication 89 reference adult: 73 kg male, 60 kg
// female; 70 kg taken), for the momentum the vehicle loses.
inline constexpr double kPersonMass_kg = 70.0;
// Walking pace: a vehicle slower than this no longer strikes people, they step aside
// (1.34 m/s mean free walking speed, Fruin 1971; Weidmann 1993).
inline constexpr double kWalkingPace_mps = 1.34;

// heading: unit direction at the crossing; speed_mps: there; motion: the class at a_max.
Exposure crowd_exposure(const city::CityModel& city, const ApproachGraph& graph, Vec2 crossing,
                        Vec2 heading, double speed_mps, const Motion& motion,
                        const VehicleClass& vehicle, const RammingParams& params);

}  // namespace agora::vehicle
