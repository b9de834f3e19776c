#pragma once
// Can fire engines get in (docs/sources.md, Capacity, egress and fire access)? From the public
// streets outside the perimeter to every part of the event area and every building façade on it,
// over a route of the profile's clear width (Flanders 4 m) and turning radius (11 m inner / 15 m
// outer), past stalls, structures and barriers, with emergency gates open. The vehicle fits where
// the clearance (distance to the nearest obstacle) is at least half the width; a widest-path search
// from the streets finds, for every place, the narrowest point of its best route. A part of the
// event area counts as reached when it lies within the profile's distance (Flanders: 60 m of the
// façade) of where the vehicle can stand, walking around obstacles with the hose. For each part not
// reached: why, and the point that blocks it.

#include <optional>
#include <string>
#include <vector>

#include "sim/access/drive_surface.hpp"
#include "sim/city/city_model.hpp"
#include "sim/field/grid.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::access {

struct AccessParams {
  double clear_width_m =
      4.0;  // Flanders fire service 4 m × 4 m (docs/sources.md, Capacity, egress and fire access)
  double clear_height_m = 4.0;           // recorded only: the map holds no overhead clearances
  double turning_inner_radius_m = 11.0;  // Flanders: 11 m inner / 15 m outer
  double turning_outer_radius_m = 15.0;
  double max_distance_m = 60.0;    // Flanders: the vehicle within 60 m of the façade
  double entry_distance_m = 50.0;  // (policy) the vehicle arrives over streets this far out
  double cell_m = 0.5;             // a clear width is sure to within one cell
  double facade_reach_m = 2.0;     // buildings this close to the perimeter bound the event area
  bool check_turning = true;
  // (policy) planned barriers the fire service opens itself: rising road blockers, gates.
  std::vector<std::string> operable_barrier_types = {"road_blocker", "gate", "retractable_bollard",
                                                     "removable_bollard"};

  void validate() const;
};

struct BlockingPoint {
  Vec2 pos;
  double clear_width_m = 0.0;  // estimated clear width there (0 for a turn)
  std::string between;         // what stands on either side
};

enum class Reason { kNarrow, kTurning, kDistance, kNoRoute, kNoRoad };
const char* to_string(Reason reason);

struct UnreachablePart {
  MultiPolygon area;
  double area_m2 = 0.0;
  Vec2 label_point;
  Reason reason = Reason::kNoRoute;
  std::optional<BlockingPoint> blocking;
  // kNarrow only: the passage is within one cell of the required width, so the grid cannot
  // tell; judged closed (no tolerance in the engine's favour) and flagged for a site check.
  bool at_limit = false;
};

struct FacadeAccess {
  std::size_t building = 0;  // index into city.buildings
  std::string label;
  double distance_m = 0.0;  // walking distance from the nearest vehicle position
  bool reachable = false;
};

struct AccessResult {
  Mask vehicle_positions;  // where the vehicle's centre can get (width and turns)
  Field distance_m;        // walking distance from the nearest vehicle position
  double event_area_m2 = 0.0;
  double reachable_m2 = 0.0;
  double unreachable_m2 = 0.0;
  std::vector<UnreachablePart> parts;
  std::vector<FacadeAccess> facades;  // buildings in the event area or bounding it (facade_reach_m)
  int facades_unreachable = 0;
  bool road_found = false;            // any vehicle-passable street at the entry distance
  std::optional<double> narrowest_m;  // the narrowest blocking point's clear width
  int parts_at_limit = 0;             // parts closed by a passage within a cell of the width
  // Emergency gates (indices into layout.emergency_gates) whose stated width is at least the
  // required clear width but less than a cell more: no margin for a post or a parked car.
  std::vector<std::size_t> gates_at_limit;
};

AccessResult emergency_access(const city::CityModel& city, const scenario::Layout& layout,
                              const AccessParams& params);

}  // namespace agora::access
