#include "sim/city/graph_builder.hpp"

namespace agora::city {

void build_road_graph(std::vector<WayInput> ways,
                      const std::unordered_map<NodeKey, NodeBarrier>& node_barriers,
                      CityModel& model) {
  // How many way-vertices reference each node.
  std::unordered_map<NodeKey, std::uint32_t> use_count;
  std::size_t vertex_total = 0;
  for (const WayInput& w : ways) vertex_total += w.node_keys.size();
  use_count.reserve(vertex_total);
  for (const WayInput& w : ways)
    for (NodeKey k : w.node_keys) ++use_count[k];

  std::unordered_map<NodeKey, NodeId> node_of;
  auto graph_node = [&](NodeKey key, Vec2 pos) {
    auto [it, inserted] = node_of.try_emplace(key, static_cast<NodeId>(model.nodes.size()));
    if (inserted) {
      RoadNode node;
      node.pos = pos;
      if (auto b = node_barriers.find(key); b != node_barriers.end()) {
        node.barrier = b->second.barrier;
        node.blocks_vehicles = b->second.stops_vehicles;
      }
      model.nodes.push_back(std::move(node));
    }
    return it->second;
  };

  for (WayInput& w : ways) {
    const std::size_t n = w.line.size();
    if (n < 2 || w.node_keys.size() != n) {
      ++model.stats.dropped_geometries;
      continue;
    }
    std::size_t start = 0;
    NodeId start_node = graph_node(w.node_keys[0], w.line[0]);
    for (std::size_t i = 1; i < n; ++i) {
      const NodeKey k = w.node_keys[i];
      const bool split = i + 1 == n || use_count[k] > 1 || node_barriers.count(k) > 0;
      if (!split) continue;
      RoadEdge edge = w.attributes;
      edge.line.assign(w.line.begin() + static_cast<std::ptrdiff_t>(start),
                       w.line.begin() + static_cast<std::ptrdiff_t>(i + 1));
      edge.length_m = length(edge.line);
      const NodeId end_node = graph_node(k, w.line[i]);
      edge.from = start_node;
      edge.to = end_node;
      if (edge.length_m > 0.0) model.edges.push_back(std::move(edge));
      start = i;
      start_node = end_node;
    }
  }
}

}  // namespace agora::city
