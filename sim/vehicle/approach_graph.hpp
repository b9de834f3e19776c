#pragma once
// The network a hostile vehicle can use to reach the protected area, in the form the speed
// search needs: every vehicle-passable road within the radius, cut at the perimeter (the
// inside is not part of any run-up) and at walls; straight sight lines across open areas
// (squares, pedestrian areas) between street mouths, corners and crossing points; the
// crossings themselves; and, on every directed edge, the planned barriers it meets.
//
// States of the search are directed edges. Everything about the geometry that does not
// depend on the vehicle class is computed here once: segment lengths, the deflection of
// every bend and the width around it, transitions at nodes, barrier meetings. The search
// turns these into per-class limits (approach_search.hpp).

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/vehicle/guards.hpp"
#include "sim/vehicle/ramming_params.hpp"

namespace agora::vehicle {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

enum class NodeKind : std::uint8_t { Road, Crossing, OpenCorner, Cut };
enum class EdgeKind : std::uint8_t { Road, Sight };

struct GraphNode {
  Vec2 pos;
  NodeKind kind = NodeKind::Road;
  bool blocks = false;        // a map barrier stands here: a run may start or end here, not pass
  bool underground = false;   // only tunnel ways meet here: inside a tunnel, no run-up starts here
  double open_width_m = 0.0;  // in an open area: diameter of the free disc around it (0 elsewhere)
  double perimeter_distance_m = 0.0;  // to the perimeter (0 on or inside it)
  city::NodeId city_node = city::kNoNode;
  std::uint32_t crossing = kNone;  // for crossing nodes: index into ApproachGraph::crossings
  int open_area = -1;              // the open-area raster it lies in (portals, corner starts)
};

struct GraphEdge {
  std::uint32_t from = kNone, to = kNone;
  EdgeKind kind = EdgeKind::Road;
  bool one_way = false;      // sight lines into a crossing or out of a corner start point
  double width_m = 0.0;      // road: carriageway width; sight: twice its clearance (capped)
  double clearance_m = 0.0;  // sight: least distance to an obstacle along the line
  double max_height_m = std::numeric_limits<double>::infinity();  // road: maxheight, when tagged
  double sin_grade = 0.0;  // from node elevations (from -> to), 0 when unknown
  double length_m = 0.0;
  std::uint32_t pts_begin = 0, pts_end = 0;  // polyline in ApproachGraph::points, from -> to
  city::EdgeId city_edge = city::kNoNode;    // road edges: the city edge this is (a piece of)
};

// Bend geometry at one vertex, class-independent. A vehicle's usable half-width there is
// (width − vehicle width) / 2 on each side; the run is the stretch of same-sense bends the
// vertex belongs to (a digitised curve), used for the racing-line radius.
struct Bend {
  double deflection_rad = 0.0;  // |turn| at the vertex (0: straight on, no limit)
  double run_deflection_rad = 0.0;
  double run_length_m = 0.0;
  double width_in_m = 0.0;   // corridor width before the vertex
  double width_out_m = 0.0;  // and after it
  // A turn onto or off a sight line happens in an open area, where no corridor walls guide
  // it: the arc cutting the corner must stay clear of obstacles inside the turn. Its middle
  // lies R·(1/cos(θ/2) − 1) from the node along the inner bisector, where the free distance
  // is this (negative: no such bound).
  double inner_free_m = -1.0;
  // Precomputed for corner_radius_cs / bend_radius_c, so a class's limits need no trig.
  double cos_half = 1.0, sin2_half = 0.0;
  double run_cos_half = 1.0, run_centre_radius_m = 0.0;

  void set(double deflection, double run_deflection, double run_length);
};

// A directed state: an edge driven from one end to the other.
struct DirectedState {
  std::uint32_t edge = kNone;
  bool reverse = false;
  std::uint32_t from_node = kNone, to_node = kNone;
  std::uint32_t seg_begin = 0, seg_end = 0;    // segments (and the bends between them)
  std::uint32_t succ_begin = 0, succ_end = 0;  // transitions
  std::uint32_t meet_begin = 0, meet_end = 0;  // barrier meetings, by distance along
  double sin_grade = 0.0;
  double length_m = 0.0;
};

struct Transition {
  std::uint32_t to_state = kNone;
  Bend bend;
};

// A planned barrier (or gate) line met along a state.
struct BarrierMeeting {
  std::uint32_t guard = kNone;  // into ApproachGraph::guards
  double s_m = 0.0;             // distance along the state
  double angle_deg = 90.0;      // between the path and the barrier face, 90 = head-on
  double standoff_m = 0.0;      // from the meeting point to the nearest crowd zone
  // How far beyond the drawn end of the line the path passes (0: through the line). A
  // vehicle passing the end of a barrier closer than its half width hits it; a drawn line
  // stopping short of a façade by less than the snap tolerance closes the gap.
  double beyond_end_m = 0.0;
  Vec2 pos;
};

struct CrossingPoint {
  Vec2 pos;
  Vec2 tangent;                // unit direction of the perimeter line there
  std::uint32_t node = kNone;  // graph node
  bool in_open_area = false;   // a sample of a mouth where an open area meets the perimeter
  std::string label;           // street or open area name, else its class
  std::uint32_t mouth = 0;     // crossing points of one street or one open-area mouth share it
};

struct ApproachGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  std::vector<Vec2> points;
  std::vector<DirectedState> states;
  std::vector<double> seg_length_m;  // per state segment
  std::vector<Bend> seg_bend;  // the bend at the end of each segment (unused after a state's last)
  std::vector<Transition> transitions;
  std::vector<BarrierMeeting> meetings;
  std::vector<CrossingPoint> crossings;
  std::vector<std::uint32_t> crossing_states_begin;  // per crossing, into crossing_states
  std::vector<std::uint32_t> crossing_states;        // states ending at the crossing
  std::vector<std::uint32_t> out_begin;              // per node, into out_states
  std::vector<std::uint32_t> out_states;             // states leaving the node
  std::vector<Guard> guards;
  // For the barrier verdicts run-ups start outside every planned barrier line: at nodes
  // connected, without meeting a barrier, to nodes at least this far from the perimeter
  // (1 m beyond the farthest barrier; 0 without barriers). A vehicle already parked in the
  // pocket between the barriers and the perimeter is a matter of clearing the zone.
  double outside_m = 0.0;
  double barrier_snap_m = 0.0;  // drawing tolerance at barrier ends (profile)
  MultiPolygon perimeter;
  std::vector<Polygon> crowd_zones;  // the zones exposure is counted in (the perimeter when none)
  std::vector<double> crowd_density_ppm2;

  // Counts for the output and the benchmark.
  std::size_t road_edges = 0, sight_edges = 0, open_area_clusters = 0;
};

// Builds the graph for the perimeter of `layout`. The narrowest class sets the spacing of
// crossing points along an open-area mouth (at most one vehicle width apart) and the least
// clearance a sight line needs to exist at all; the widest how far past a barrier's end a
// path still meets it.
ApproachGraph build_approach_graph(const city::CityModel& city, const scenario::Layout& layout,
                                   std::vector<Guard> guards,
                                   const std::vector<VehicleClass>& classes,
                                   const RammingParams& params);

}  // namespace agora::vehicle
