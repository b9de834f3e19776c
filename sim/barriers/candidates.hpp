#pragma once
// Candidate barrier lines and what each can do. A candidate line stands across a vehicle's
// run-up at one of a few distances out from the perimeter crossing (at the mouth, and
// further out along the run-up, where one line can close a street several crossings'
// run-ups share), square to the run-up and reaching from façade to façade. Each line can
// carry every priced product (price_list.hpp); a line on the fire route carries an operable
// product across the fire engines' path and any product beside it. The constraints:
// products whose clear gap exceeds the profile's maximum are not priced in; a line in front
// of an exit must leave at least the exit's width clear for people; no line inside a crowd
// zone. Which (line, product) options stop which run-up is the rating rule of
// vehicle::adequate_up_to_kmh, at the speed, angle and stand-off where the run-up meets the line.

#include <cstddef>
#include <string>
#include <vector>

#include "sim/barriers/price_list.hpp"
#include "sim/city/city_model.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/vehicle/ramming.hpp"

namespace agora::barriers {

// One run-up of one class to one crossing: the fastest one with no barriers, or one the
// ramming analysis found getting past or around an earlier suggestion.
struct ApproachPath {
  std::size_t crossing = 0;       // into Crossing list of the suggestion
  std::size_t vehicle = 0;        // into the assessed classes
  Polyline line;                  // start .. crossing
  std::vector<double> speed_kmh;  // at each point of line
};

struct CandidateParams {
  // Distances out from the crossing, along the run-up, where lines are tried (m). 2 m: at
  // the mouth, just outside the perimeter line; the others reach back to where streets merge.
  std::vector<double> distances_out_m = {2.0, 8.0, 20.0, 40.0, 70.0, 110.0, 160.0, 230.0, 320.0};
  double max_half_width_m = 25.0;  // a line reaches at most this far each side of the run-up
  double march_step_m = 0.25;      // resolution of the search for the façades
  double merge_distance_m = 3.0;   // lines whose centres lie closer (and near-parallel) are one
  // A crossing this close to an exit line lies in the exit's opening: every line its run-ups
  // cross stands in front of the exit (exits are drawn on the perimeter line, crossings lie on it).
  double exit_reach_m = 1.0;
  double gate_reach_m = 5.0;  // likewise an emergency gate: the fire route uses that street
  void validate() const;
};

struct CandidateLine {
  Polyline line;              // two points, façade to façade where closed_ends says so
  Vec2 centre;                // on the run-up it was made for
  std::string label;          // "Kaufingerstraße, 8 m out"
  int closed_ends = 0;        // ends that stop in a building (2: wall to wall)
  bool fire_route = false;    // fire engines pass here: an operable section is needed
  double fire_t = 0.5;        // where along the line (0..1) the fire engines pass
  double exit_width_m = 0.0;  // clear width people need through it (sum of exits behind it)
  std::vector<std::string> exits;
};

// A product laid along part of a candidate line.
struct PlacedPart {
  Polyline line;
  std::size_t product = 0;  // into the products
  int units = 0;
  double cost_eur = 0.0;
};

struct LineOption {
  std::size_t line = 0;
  std::vector<PlacedPart> parts;  // one product, or an operable section with a product beside it
  double cost_eur = 0.0;
  double clear_width_m = 0.0;  // for people (closed sections count 0)
};

struct CandidateSet {
  std::vector<CandidateLine> lines;
  std::vector<LineOption> options;
  // covers[p]: the options that stop path p by rating (indices into options).
  std::vector<std::vector<std::size_t>> covers;
  // meets[p]: the lines path p crosses at all (for the report: which line protects it).
  std::vector<std::vector<std::size_t>> meets;
};

struct CandidateContext {
  const city::CityModel& city;
  const scenario::Layout& layout;  // the planner's layout with its barriers taken out
  const std::vector<vehicle::VehicleClass>& classes;
  const std::vector<Product>& products;
  const vehicle::AdequacyRules& rules;
  double fire_clear_width_m = 4.0;  // the profile's clear width for fire engines
};

struct CrossingRef {  // what the candidates need of a crossing
  Vec2 pos;
  std::string label;
};

// The ramming analysis met line `line` faster, or more obliquely, on its way to a crossing
// than the run-up's points say (a bend between them): how it met it, for that crossing and class.
struct SpeedFloor {
  std::size_t crossing = 0, vehicle = 0, line = 0;
  double speed_kmh = 0.0;
  double angle_deg =
      90.0;  // the angle it met the line at (the worse of this and the trace's counts)
};

// Lines from every path (new paths add lines after the earlier ones, so a line keeps its
// index from round to round), then every option on every line and the paths each covers.
CandidateSet build_candidates(const CandidateContext& ctx, const CandidateParams& params,
                              const std::vector<CrossingRef>& crossings,
                              const std::vector<ApproachPath>& paths,
                              const std::vector<SpeedFloor>& floors = {});

// The speed (km/h), angle to the line (degrees, 90 head-on) and arc length along the path
// where the path first crosses the segment [a, b]; false when it does not.
struct Meeting {
  double speed_kmh = 0.0;
  double angle_deg = 90.0;
  double s_m = 0.0;  // along the path from its start
  Vec2 pos;
};
bool path_meets(const ApproachPath& path, Vec2 a, Vec2 b, Meeting* meeting);

}  // namespace agora::barriers
