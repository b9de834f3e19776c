#pragma once
// Turns ways (vertex chains with node identities) into the road graph: a way is split into
// edges wherever one of its vertices is shared with another way (or with itself, in a loop),
// or carries a barrier, and at its ends. Ways that merely cross without a shared vertex (a
// bridge over a street) stay unconnected, as in OSM.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sim/city/city_model.hpp"

namespace agora::city {

// Identity of a map node. From OSM it is the position at the file's 1e-7° resolution, which
// is what identifies a node once GDAL has resolved ways to coordinates.
using NodeKey = std::uint64_t;

struct WayInput {
  Polyline line;                   // projected vertices
  std::vector<NodeKey> node_keys;  // one per vertex
  RoadEdge attributes;             // everything but from/to/line/length_m
};

struct NodeBarrier {
  std::string barrier;
  bool stops_vehicles = false;
};

// Appends the graph of ways to model.nodes and model.edges. Ways with fewer than two
// distinct vertices are skipped and counted in model.stats.dropped_geometries.
void build_road_graph(std::vector<WayInput> ways,
                      const std::unordered_map<NodeKey, NodeBarrier>& node_barriers,
                      CityModel& model);

}  // namespace agora::city
