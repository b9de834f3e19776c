#include "gui/map/city_geometry.hpp"

#include <algorithm>
#include <numeric>

#include "gui/map/map_style.hpp"

namespace agora::gui {

namespace {

void outline(VertexBatch& batch, const Polygon& p, const LineStyle& style) {
  batch.add_polyline({p.outer().data(), p.outer().size()}, style);
  for (const Ring& r : p.inners()) batch.add_polyline({r.data(), r.size()}, style);
}

void add_roads(VertexBatch& batch, const city::CityModel& city,
               const CityGeometryOptions& options) {
  std::vector<RoadLook> looks;
  looks.reserve(city.edges.size());
  for (const city::RoadEdge& e : city.edges)
    looks.push_back(road_look(e, options.highlight_passable));
  // Draw order: map layer (tunnels under, bridges over), then class.
  std::vector<std::size_t> order(city.edges.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto ka = std::pair(city.edges[a].layer, looks[a].z),
               kb = std::pair(city.edges[b].layer, looks[b].z);
    return ka < kb;
  });
  auto half_width = [](const city::RoadEdge& e, const RoadLook& look) {
    return look.cased ? e.width_m / 2.0 : 0.0;
  };
  // Casings of one map layer go under every fill of that layer, so junctions merge cleanly.
  std::size_t begin = 0;
  while (begin < order.size()) {
    std::size_t end = begin;
    while (end < order.size() && city.edges[order[end]].layer == city.edges[order[begin]].layer)
      ++end;
    for (std::size_t k = begin; k < end; ++k) {
      const auto& e = city.edges[order[k]];
      const RoadLook& look = looks[order[k]];
      if (!look.cased) continue;
      batch.add_polyline({e.line.data(), e.line.size()},
                         {look.casing, half_width(e, look), look.min_half_px, 1.0});
    }
    for (std::size_t k = begin; k < end; ++k) {
      const auto& e = city.edges[order[k]];
      const RoadLook& look = looks[order[k]];
      batch.add_polyline({e.line.data(), e.line.size()},
                         {look.fill, half_width(e, look), look.min_half_px, 0.0});
    }
    begin = end;
  }
}

}  // namespace

CityGeometry build_city_geometry(const city::CityModel& city, Vec2 origin,
                                 const CityGeometryOptions& options) {
  CityGeometry g{VertexBatch(origin), VertexBatch(origin), VertexBatch(origin), VertexBatch(origin),
                 VertexBatch(origin), VertexBatch(origin), VertexBatch(origin), 0};
  for (const city::OpenArea& a : city.open_areas) {
    const Triangles t = triangulate(a.area);
    g.triangles += t.triangle_count();
    g.open_area_fills.add_triangles(t, open_area_fill(a));
    outline(g.open_area_lines, a.area, {MapPalette::pedestrian_area_outline, 0.0, 0.5});
  }
  for (const city::Building& b : city.buildings) {
    const Triangles t = triangulate(b.footprint);
    g.triangles += t.triangle_count();
    g.building_fills.add_triangles(t, MapPalette::building);
    outline(g.building_lines, b.footprint, {MapPalette::building_outline, 0.0, 0.5});
  }
  add_roads(g.roads, city, options);
  for (const city::MapBarrier& b : city.barriers) {
    const Rgba c = b.stops_vehicles ? MapPalette::barrier_stop : MapPalette::barrier_other;
    if (b.line.size() == 1)
      g.barriers.add_dot(b.line.front(), b.stops_vehicles ? 2.2 : 1.6, c);
    else
      g.barriers.add_polyline({b.line.data(), b.line.size()},
                              {c, 0.0, b.stops_vehicles ? 1.0 : 0.6});
  }
  for (const city::RoadNode& n : city.nodes)
    if (n.blocks_vehicles) g.barriers.add_dot(n.pos, 2.2, MapPalette::barrier_stop);
  for (const city::PointOfInterest& p : city.pois) g.stops.add_dot(p.pos, 2.5, MapPalette::poi);
  return g;
}

}  // namespace agora::gui
