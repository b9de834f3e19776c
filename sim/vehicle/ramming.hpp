#pragma once
// The vehicle-ramming analysis (docs/sources.md, Vehicles; ISO 22343-2 §9.2 vehicle dynamics
// assessment): for every place a vehicle can cross the perimeter and every vehicle class, the
// highest speed it reaches there (a band over the acceleration range and skid friction), its
// energy, heading, impact angle, run-up path and time; the verdict of the barriers it meets;
// and, where they do not hold, the crowd it reaches. A pure function of the city, the
// layout, the tables and the parameters.

#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/vehicle/adequacy.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"
#include "sim/vehicle/exposure.hpp"
#include "sim/vehicle/guards.hpp"
#include "sim/vehicle/ramming_params.hpp"
#include "sim/vehicle/vehicle_class.hpp"

namespace agora::vehicle {

struct SpeedBand {
  double low_kmh = 0.0;   // a_min, f = friction_normal
  double high_kmh = 0.0;  // a_max, f = friction_conservative
};

struct ClassAtCrossing {
  std::string vehicle_class;
  bool reachable = false;    // false: the class cannot get here (too wide, walled off)
  SpeedBand speed;           // at the perimeter, fastest run-up, planned barriers ignored
  double energy_kj = 0.0;    // at speed.high_kmh
  double heading_deg = 0.0;  // direction of travel at the crossing, clockwise from grid north
  double impact_angle_deg =
      0.0;          // against the judged barrier's face, else the perimeter line; 90 = head-on
  Polyline run_up;  // the fastest run-up (a_max, conservative friction)
  std::vector<double> run_up_speed_kmh;  // at each point of run_up
  Vec2 start;                            // where it starts, at rest
  double run_up_length_m = 0.0;
  double time_s = 0.0;        // from the start to the perimeter
  bool run_up_loops = false;  // the fastest run-up circles a loop more than once
  Verdict verdict = Verdict::Unprotected;
  std::string verdict_reason;
  int guard = -1;  // the barrier or gate judged (index into RammingResult::guards)
  double judged_speed_kmh =
      0.0;            // the speed the verdict was reached at (at the barrier, else the crossing)
  Exposure exposure;  // when the verdict is not "adequate by rating"
  // The run-up the verdict came from (for "unprotected": the route that meets no barrier;
  // else the one that defeats the barriers, or the fastest when every run-up is stopped).
  // The paths layer draws this one; run_up above stays the fastest with barriers ignored.
  Polyline verdict_run_up;
  std::vector<double> verdict_run_up_speed_kmh;
  // Where the verdict's run-up passes round the end of a barrier line (or through a gap):
  // the barrier (index into RammingResult::guards) and the point; -1 when it does not.
  int bypassed_guard = -1;
  Vec2 bypass_point;
};

struct CrossingResult {
  std::uint32_t id = 0;
  Vec2 pos;
  double perimeter_heading_deg = 0.0;  // direction of the perimeter line there
  bool in_open_area = false;
  std::string label;
  std::uint32_t mouth = 0;
  std::vector<ClassAtCrossing> classes;  // one per assessed class, in the order assessed

  // Over the classes that reach the crossing.
  bool any_reachable() const;
  Verdict worst_verdict() const;
  double people_exposed_max() const;
  double max_speed_kmh() const;
};

struct GuardSummary {
  std::string name;
  std::string kind;           // "barrier", "emergency gate"
  std::string rating;         // as used, empty when unrated
  std::string standard;       // the rating's standard
  std::string rating_origin;  // "layout", "catalogue <id>: printed", ...
  std::string unrated_reason;
  double clear_gap_m = 0.0;  // NaN: continuous
  Polyline line;
};

struct EdgeSpeed {
  city::EdgeId edge = 0;
  double max_speed_kmh = 0.0;  // highest speed any assessed class reaches on it
  std::string vehicle_class;   // the class reaching it
};

struct RammingResult {
  std::vector<VehicleClass> classes;
  std::string vehicle_table;  // which table: built-in or the file
  bool vehicle_table_placeholder = false;
  std::string barrier_catalogue;
  RammingParams params;
  std::vector<CrossingResult> crossings;
  std::vector<GuardSummary> guards;
  std::vector<EdgeSpeed> edge_speeds;
  std::vector<std::string> crowd_zone_names;
  bool crowd_zones_from_perimeter = false;  // the layout has none: the perimeter stands in
  // Size of the search, for the output and the benchmark.
  std::size_t states = 0, road_edges = 0, sight_edges = 0, open_area_clusters = 0;
};

struct RammingInputs {
  const VehicleTable& vehicles;
  std::vector<std::string> classes;  // codes to assess; empty: every class of the table
  const BarrierCatalogue& catalogue;
  const RatingVehicleTable& rating_vehicles;
  RammingParams params;
};

// warnings receives what is worth telling but does not stop the analysis (a product not in
// the catalogue, a rating ignored on a water-filled barrier).
// Warns where crossing points of one mouth are strung along a sidewalk strip (the perimeter
// drawn a few metres off the façades): they are one approach, and the line likely meant the
// façade.
void warn_sidewalk_strips(const city::CityModel& city, const RammingResult& r,
                          std::vector<Problem>& warnings);

RammingResult analyse_ramming(const city::CityModel& city, const scenario::Layout& layout,
                              const RammingInputs& inputs,
                              std::vector<Problem>* warnings = nullptr);

}  // namespace agora::vehicle
