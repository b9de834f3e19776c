#include "sim/city/city_layers.hpp"

namespace agora::city {

namespace {
Value text(const std::string& s) {
  return s.empty() ? Value{} : Value{s};
}
Value integer(std::int64_t v) {
  return Value{v};
}
}  // namespace

std::vector<FeatureLayer> city_layers(const CityModel& m) {
  std::vector<FeatureLayer> layers;

  FeatureLayer roads{"roads",
                     GeometryType::kLine,
                     {{"edge_id", ValueType::Integer},
                      {"from_node", ValueType::Integer},
                      {"to_node", ValueType::Integer},
                      {"osm_id", ValueType::Integer},
                      {"highway", ValueType::Text},
                      {"name", ValueType::Text},
                      {"surface", ValueType::Text},
                      {"width", ValueType::Real},
                      {"width_source", ValueType::Text},
                      {"length_m", ValueType::Real},
                      {"vehicle_passable", ValueType::Bool},
                      {"walkable", ValueType::Bool},
                      {"car_legal", ValueType::Bool},
                      {"oneway", ValueType::Bool},
                      {"layer", ValueType::Integer},
                      {"bridge", ValueType::Bool},
                      {"tunnel", ValueType::Bool}},
                     {}};
  roads.features.reserve(m.edges.size());
  for (std::size_t i = 0; i < m.edges.size(); ++i) {
    const RoadEdge& e = m.edges[i];
    roads.features.push_back(
        {e.line,
         {integer(static_cast<std::int64_t>(i)), integer(e.from), integer(e.to), integer(e.osm_id),
          text(e.highway), text(e.name), text(e.surface), e.width_m, text(e.width_source),
          e.length_m, e.vehicle_passable, e.walkable, e.car_legal, e.oneway, integer(e.layer),
          e.bridge, e.tunnel}});
  }
  layers.push_back(std::move(roads));

  FeatureLayer nodes{"road_nodes",
                     GeometryType::kPoint,
                     {{"node_id", ValueType::Integer},
                      {"degree", ValueType::Integer},
                      {"barrier", ValueType::Text},
                      {"blocks_vehicles", ValueType::Bool}},
                     {}};
  for (std::size_t i = 0; i < m.nodes.size(); ++i) {
    const RoadNode& n = m.nodes[i];
    nodes.features.push_back(
        {n.pos,
         {integer(static_cast<std::int64_t>(i)),
          integer(static_cast<std::int64_t>(m.incident_edges(static_cast<NodeId>(i)).size())),
          text(n.barrier), n.blocks_vehicles}});
  }
  layers.push_back(std::move(nodes));

  FeatureLayer buildings{"buildings",
                         GeometryType::kPolygon,
                         {{"osm_id", ValueType::Integer},
                          {"building", ValueType::Text},
                          {"name", ValueType::Text},
                          {"address", ValueType::Text},
                          {"height_m", ValueType::Real},
                          {"height_source", ValueType::Text},
                          {"levels", ValueType::Integer},
                          {"residential", ValueType::Bool},
                          {"obstacle", ValueType::Bool}},
                         {}};
  for (const Building& b : m.buildings)
    buildings.features.push_back(
        {b.footprint,
         {integer(b.osm_id), text(b.building), text(b.name), text(b.address), b.height_m,
          text(b.height_source), integer(b.levels), b.residential, b.obstacle}});
  layers.push_back(std::move(buildings));

  FeatureLayer areas{"open_areas",
                     GeometryType::kPolygon,
                     {{"osm_id", ValueType::Integer},
                      {"kind", ValueType::Text},
                      {"name", ValueType::Text},
                      {"vehicle_passable", ValueType::Bool},
                      {"walkable", ValueType::Bool},
                      {"area_m2", ValueType::Real}},
                     {}};
  for (const OpenArea& a : m.open_areas)
    areas.features.push_back({a.area,
                              {integer(a.osm_id), text(a.kind), text(a.name), a.vehicle_passable,
                               a.walkable, bg::area(a.area)}});
  layers.push_back(std::move(areas));

  FeatureLayer barrier_lines{"barriers",
                             GeometryType::kLine,
                             {{"osm_id", ValueType::Integer},
                              {"barrier", ValueType::Text},
                              {"stops_vehicles", ValueType::Bool},
                              {"walkable_through", ValueType::Bool}},
                             {}};
  FeatureLayer barrier_points{"barrier_points", GeometryType::kPoint, barrier_lines.fields, {}};
  for (const MapBarrier& b : m.barriers) {
    std::vector<Value> values{integer(b.osm_id), text(b.barrier), b.stops_vehicles,
                              b.walkable_through};
    if (b.line.size() == 1)
      barrier_points.features.push_back({b.line.front(), std::move(values)});
    else
      barrier_lines.features.push_back({b.line, std::move(values)});
  }
  layers.push_back(std::move(barrier_lines));
  layers.push_back(std::move(barrier_points));

  FeatureLayer pois{
      "points_of_interest",
      GeometryType::kPoint,
      {{"osm_id", ValueType::Integer}, {"kind", ValueType::Text}, {"name", ValueType::Text}},
      {}};
  for (const PointOfInterest& p : m.pois)
    pois.features.push_back({p.pos, {integer(p.osm_id), text(p.kind), text(p.name)}});
  layers.push_back(std::move(pois));
  return layers;
}

}  // namespace agora::city
