#include <catch2/catch.hpp>

#include "sim/city/graph_builder.hpp"

using namespace agora;
using namespace agora::city;

namespace {
WayInput way(std::vector<std::pair<NodeKey, Vec2>> vertices,
             const std::string& highway = "residential") {
  WayInput w;
  for (const auto& [k, p] : vertices) {
    w.node_keys.push_back(k);
    w.line.push_back(p);
  }
  w.attributes.highway = highway;
  w.attributes.vehicle_passable = true;
  return w;
}
}  // namespace

TEST_CASE("ways split at shared nodes only", "[city][graph]") {
  //   4
  //   |
  //   1----2----3        way A: 1-2-3, way B: 4-2-5 (share node 2)
  //   |                  way C: 6-7 crosses A between 1 and 2 without a shared node
  //   5
  CityModel m;
  std::vector<WayInput> ways;
  ways.push_back(way({{1, {0, 0}}, {2, {10, 0}}, {3, {20, 0}}}));
  ways.push_back(way({{4, {10, 10}}, {2, {10, 0}}, {5, {10, -10}}}));
  ways.push_back(way({{6, {5, 5}}, {7, {5, -5}}}));
  build_road_graph(std::move(ways), {}, m);
  m.build_index();
  CHECK(m.edges.size() == 5);  // A: 1-2, 2-3; B: 4-2, 2-5; C: 6-7
  CHECK(m.nodes.size() == 7);
  // Node 2 (at 10, 0) joins four edges; the crossing at (5, 0) is not a node.
  int degree4 = 0;
  for (NodeId n = 0; n < m.nodes.size(); ++n)
    if (m.incident_edges(n).size() == 4) {
      ++degree4;
      CHECK(m.nodes[n].pos == Vec2{10, 0});
    }
  CHECK(degree4 == 1);
}

TEST_CASE("a closed way becomes a loop edge", "[city][graph]") {
  CityModel m;
  std::vector<WayInput> ways;
  ways.push_back(way({{8, {0, 0}}, {9, {10, 0}}, {10, {5, 8}}, {8, {0, 0}}}));
  build_road_graph(std::move(ways), {}, m);
  REQUIRE(m.edges.size() == 1);
  CHECK(m.edges[0].from == m.edges[0].to);
  CHECK(m.edges[0].length_m == Approx(10.0 + std::hypot(5.0, 8.0) * 2));
}

TEST_CASE("a barrier node splits its way and blocks vehicles", "[city][graph]") {
  CityModel m;
  std::vector<WayInput> ways;
  ways.push_back(way({{14, {0, 0}}, {15, {14, 0}}, {16, {28, 0}}}, "service"));
  build_road_graph(std::move(ways), {{15, NodeBarrier{"bollard", true}}}, m);
  REQUIRE(m.edges.size() == 2);
  CHECK(m.edges[0].length_m == Approx(14.0));
  const NodeId middle = m.edges[0].to;
  CHECK(m.nodes[middle].blocks_vehicles);
  CHECK(m.nodes[middle].barrier == "bollard");
}

TEST_CASE("degenerate ways are dropped and counted", "[city][graph]") {
  CityModel m;
  std::vector<WayInput> ways;
  ways.push_back(way({{1, {0, 0}}}));
  build_road_graph(std::move(ways), {}, m);
  CHECK(m.edges.empty());
  CHECK(m.stats.dropped_geometries == 1);
}
