#pragma once
// Internal to the approach graph builder: adding nodes, edges and crossings while the road
// part (approach_graph.cpp) and the open-area part (open_area_sight.cpp) are assembled.

#include <functional>
#include <span>
#include <unordered_map>

#include "sim/field/grid.hpp"
#include "sim/vehicle/approach_graph.hpp"

namespace agora::vehicle::detail {

struct GraphDraft {
  ApproachGraph& g;
  const city::CityModel& city;
  std::unordered_map<city::NodeId, std::uint32_t> city_nodes;

  std::uint32_t add_node(Vec2 pos, NodeKind kind) {
    GraphNode n;
    n.pos = pos;
    n.kind = kind;
    g.nodes.push_back(n);
    return static_cast<std::uint32_t>(g.nodes.size() - 1);
  }

  std::uint32_t node_of_city(city::NodeId id) {
    auto [it, fresh] = city_nodes.try_emplace(id, 0u);
    if (fresh) {
      it->second = add_node(city.nodes[id].pos, NodeKind::Road);
      g.nodes[it->second].city_node = id;
      g.nodes[it->second].blocks = city.nodes[id].blocks_vehicles;
    }
    return it->second;
  }

  std::uint32_t add_edge(std::uint32_t from, std::uint32_t to, EdgeKind kind,
                         std::span<const Vec2> pts, double width_m,
                         city::EdgeId city_edge = city::kNoNode) {
    GraphEdge e;
    e.from = from;
    e.to = to;
    e.kind = kind;
    e.width_m = width_m;
    e.city_edge = city_edge;
    e.pts_begin = static_cast<std::uint32_t>(g.points.size());
    for (const Vec2& p : pts) g.points.push_back(p);
    e.pts_end = static_cast<std::uint32_t>(g.points.size());
    double len = 0.0;
    for (std::size_t i = 1; i < pts.size(); ++i) len += distance(pts[i - 1], pts[i]);
    e.length_m = len;
    g.edges.push_back(e);
    return static_cast<std::uint32_t>(g.edges.size() - 1);
  }

  std::uint32_t add_crossing(Vec2 pos, Vec2 tangent, bool in_open_area, std::string label,
                             std::uint32_t mouth) {
    const std::uint32_t node = add_node(pos, NodeKind::Crossing);
    CrossingPoint c;
    c.pos = pos;
    c.tangent = tangent;
    c.node = node;
    c.in_open_area = in_open_area;
    c.label = std::move(label);
    c.mouth = mouth;
    g.crossings.push_back(std::move(c));
    g.nodes[node].crossing = static_cast<std::uint32_t>(g.crossings.size() - 1);
    return node;
  }

  std::uint32_t next_mouth = 0;
};

// The rasterised open areas, kept after the sight lines are drawn for the turn limits.
class OpenAreaSpace {
 public:
  struct Raster {
    Mask state;   // obstacle 0, open area 1, inside the perimeter 2, street 3
    Field clear;  // metres to the nearest obstacle or the perimeter's inside
  };
  // Free distance from p along unit direction dir before an obstacle, up to cap_m; the first
  // few metres may lie on the area's mapped edge (a street node on its outline).
  double free_along(int raster, Vec2 p, Vec2 dir, double cap_m = 60.0) const;
  std::vector<Raster> rasters;
  double edge_tolerance_m = 3.0;
};

// Adds straight sight lines across the vehicle-passable open areas inside the region, with
// their corner start points and the crossing points along each open-area mouth.
OpenAreaSpace add_open_area_sight(GraphDraft& draft, const MultiPolygon& perimeter,
                                  const Box& region, const std::function<bool(Vec2)>& in_region,
                                  double min_vehicle_width_m, double max_vehicle_width_m,
                                  const RammingParams& params);

}  // namespace agora::vehicle::detail
