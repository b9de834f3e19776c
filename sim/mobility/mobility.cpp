#include "sim/mobility/mobility.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <set>

namespace agora::mobility {

void MobilityParams::validate() const {
  dwellings.validate();
  require_in_range("mobility.neighbour_distance_m", neighbour_distance_m, 0.0, 1000.0, "m");
  require_in_range("mobility.stop_distance_m", stop_distance_m, 0.0, 500.0, "m");
  require_in_range("mobility.car_width_m", car_width_m, 0.5, 5.0, "m");
}

std::vector<double> car_distances(const city::CityModel& city, city::NodeId from,
                                  const std::vector<std::uint8_t>& closed) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  std::vector<double> dist(city.nodes.size(), inf);
  using Item = std::pair<double, city::NodeId>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
  dist[from] = 0.0;
  heap.push({0.0, from});
  while (!heap.empty()) {
    const auto [d, n] = heap.top();
    heap.pop();
    if (d > dist[n]) continue;
    for (city::EdgeId e : city.incident_edges(n)) {
      const city::RoadEdge& edge = city.edges[e];
      if (!edge.car_legal || closed[e]) continue;
      if (edge.oneway && edge.from != n) continue;  // one-way: only from its `from` end
      const city::NodeId m = city::other_end(edge, n);
      if (d + edge.length_m < dist[m]) {
        dist[m] = d + edge.length_m;
        heap.push({dist[m], m});
      }
    }
  }
  return dist;
}

namespace {

// Undirected car-legal components; the id of the largest (by edge count) is the network.
struct Components {
  std::vector<int> of_node;
  int main = -1;
};

Components components(const city::CityModel& city, const std::vector<std::uint8_t>& closed) {
  Components c;
  c.of_node.assign(city.nodes.size(), -1);
  std::vector<int> edges_in;
  for (city::NodeId s = 0; s < city.nodes.size(); ++s) {
    if (c.of_node[s] >= 0) continue;
    const int id = static_cast<int>(edges_in.size());
    edges_in.push_back(0);
    std::vector<city::NodeId> stack{s};
    c.of_node[s] = id;
    while (!stack.empty()) {
      const city::NodeId n = stack.back();
      stack.pop_back();
      for (city::EdgeId e : city.incident_edges(n)) {
        const city::RoadEdge& edge = city.edges[e];
        if (!edge.car_legal || closed[e]) continue;
        ++edges_in[id];
        const city::NodeId m = city::other_end(edge, n);
        if (c.of_node[m] < 0) {
          c.of_node[m] = id;
          stack.push_back(m);
        }
      }
    }
  }
  for (int i = 0; i < static_cast<int>(edges_in.size()); ++i)
    if (c.main < 0 || edges_in[i] > edges_in[c.main]) c.main = i;
  return c;
}

bool stops_cars(const scenario::PlannedBarrier& b, double car_width_m) {
  return !scenario::is_set(b.clear_gap_m) || b.clear_gap_m < car_width_m;
}

template <class G>
bool line_crosses(const Polyline& line, const G& g) {
  return line.size() >= 2 && bg::intersects(line, g);
}

}  // namespace

MobilityResult mobility_impact(const city::CityModel& city, const scenario::Scenario& scenario,
                               const MobilityParams& params) {
  params.validate();
  MobilityResult r;
  const scenario::Layout& L = scenario.layout;
  r.events_at_location_this_year = scenario.event.events_at_location_this_year;
  const MultiPolygon perimeter = L.perimeter_area();
  Box box;
  bg::envelope(perimeter, box);
  const double reach = std::max(params.neighbour_distance_m, params.stop_distance_m) + 50.0;
  const Box near_box(box.min_corner() - Vec2{reach, reach}, box.max_corner() + Vec2{reach, reach});
  // Barriers and gates may stand well outside the perimeter (at the approaches).
  Box closing_box = near_box;
  for (const auto& b : L.barriers)
    for (const Vec2& v : b.line) bg::expand(closing_box, v);
  for (const auto& g : L.emergency_gates)
    for (const Vec2& v : g.line) bg::expand(closing_box, v);

  // Closed edges: car-legal edges entering the perimeter or crossing a barrier that stops
  // cars or an emergency gate (closed to ordinary traffic).
  std::vector<std::uint8_t> closed(city.edges.size(), 0);
  std::vector<city::EdgeId> closed_list;
  for (const city::FeatureRef& ref : city.query(closing_box)) {
    if (ref.kind != city::FeatureKind::Edge) continue;
    const city::RoadEdge& e = city.edges[ref.index];
    if (!e.car_legal) continue;
    bool shut = bg::intersects(e.line, perimeter);
    for (const auto& b : L.barriers)
      shut = shut || (stops_cars(b, params.car_width_m) && line_crosses(b.line, e.line));
    for (const auto& g : L.emergency_gates) shut = shut || line_crosses(g.line, e.line);
    if (shut && !closed[ref.index]) {
      closed[ref.index] = 1;
      closed_list.push_back(ref.index);
    }
  }
  std::sort(closed_list.begin(), closed_list.end());

  // Group closed edges into stretches sharing nodes; the stretch's ends are its nodes that
  // still have an open car-legal edge.
  std::vector<std::uint8_t> grouped(city.edges.size(), 0);
  const std::vector<std::uint8_t> none(city.edges.size(), 0);
  for (city::EdgeId seed : closed_list) {
    if (grouped[seed]) continue;
    Closure c;
    std::vector<city::EdgeId> stack{seed};
    grouped[seed] = 1;
    std::set<city::NodeId> nodes;
    std::set<std::string> names;
    while (!stack.empty()) {
      const city::EdgeId e = stack.back();
      stack.pop_back();
      c.edges.push_back(e);
      const city::RoadEdge& edge = city.edges[e];
      c.length_m += edge.length_m;
      if (!edge.name.empty()) names.insert(edge.name);
      for (city::NodeId n : {edge.from, edge.to}) {
        nodes.insert(n);
        for (city::EdgeId f : city.incident_edges(n))
          if (closed[f] && !grouped[f]) {
            grouped[f] = 1;
            stack.push_back(f);
          }
      }
    }
    std::sort(c.edges.begin(), c.edges.end());
    for (const std::string& n : names) c.name += (c.name.empty() ? "" : ", ") + n;
    for (city::EdgeId e : c.edges)
      c.line.insert(c.line.end(), city.edges[e].line.begin(), city.edges[e].line.end());
    std::vector<city::NodeId> ends;
    for (city::NodeId n : nodes)
      for (city::EdgeId f : city.incident_edges(n))
        if (city.edges[f].car_legal && !closed[f]) {
          ends.push_back(n);
          break;
        }
    for (city::NodeId a : ends) {
      const std::vector<double> before = car_distances(city, a, none);
      const std::vector<double> after = car_distances(city, a, closed);
      for (city::NodeId b : ends) {
        if (a == b || !std::isfinite(before[b])) continue;
        if (!std::isfinite(after[b]))
          c.cut_off = true;
        else
          c.detour_m = std::max(c.detour_m, after[b] - before[b]);
      }
    }
    r.closed_length_m += c.length_m;
    r.max_detour_m = std::max(r.max_detour_m, c.detour_m);
    r.closures_cut_off += c.cut_off;
    r.closures.push_back(std::move(c));
  }

  // Residents: every building near, its dwellings estimated (city/dwellings.hpp).
  const city::LandUseMap land_use(city.land);
  double dwellings = 0.0;
  for (const city::FeatureRef& ref : city.query(near_box)) {
    if (ref.kind != city::FeatureKind::Building) continue;
    const city::Building& b = city.buildings[ref.index];
    const double d = bg::distance(b.footprint, perimeter);
    if (d > params.neighbour_distance_m) continue;
    ++r.buildings_near;
    const city::DwellingEstimate e = city::estimate_dwellings(
        b, land_use.use_at(city::inside_point(b.footprint)), params.dwellings);
    if (e.unknown_use) {
      ++r.buildings_unknown_use;
      r.dwellings_untagged += e.dwellings;
    }
    if (e.dwellings <= 0.0) continue;
    if (bg::intersects(b.footprint, perimeter))
      ++r.residential_inside;
    else
      ++r.residential_near;
    r.residential_buildings.push_back(ref.index);
    dwellings += e.dwellings;
  }
  std::sort(r.residential_buildings.begin(), r.residential_buildings.end());
  r.households_estimate = static_cast<int>(std::lround(dwellings));

  // Parking and stops: the car-legal edges serving each, before and after the closures.
  const Components before = components(city, none);
  const Components after = components(city, closed);
  auto assess_place = [&](Place& p, const Box& around) {
    p.inside = bg::within(p.pos, perimeter);
    bool served_before = false, served_after = false, any = false;
    for (const city::FeatureRef& ref : city.query(around)) {
      if (ref.kind != city::FeatureKind::Edge) continue;
      const city::RoadEdge& e = city.edges[ref.index];
      if (!e.car_legal || bg::distance(p.pos, e.line) > params.stop_distance_m) continue;
      any = true;
      served_before = served_before || before.of_node[e.from] == before.main;
      served_after = served_after || (!closed[ref.index] && after.of_node[e.from] == after.main);
    }
    p.cut_off = p.inside || (any && served_before && !served_after);
    return p.inside || p.cut_off;
  };
  const Vec2 pad{params.stop_distance_m, params.stop_distance_m};
  for (const city::FeatureRef& ref : city.query(near_box)) {
    if (ref.kind == city::FeatureKind::OpenArea && city.open_areas[ref.index].kind == "parking") {
      const city::OpenArea& a = city.open_areas[ref.index];
      Place p{"parking", a.name, {}, false, false};
      bg::centroid(a.area, p.pos);
      Box ab;
      bg::envelope(a.area, ab);
      const bool inside = bg::intersects(a.area, perimeter);
      if (assess_place(p, Box(ab.min_corner() - pad, ab.max_corner() + pad)) || inside) {
        p.inside = p.inside || inside;
        p.cut_off = p.cut_off || inside;
        r.parking.push_back(p);
      }
    } else if (ref.kind == city::FeatureKind::Poi) {
      const city::PointOfInterest& poi = city.pois[ref.index];
      Place p{poi.kind, poi.name, poi.pos, false, false};
      // Rail transit is reached by its entrances, not by the streets: a platform below ground is
      // no stop on the surface, and an entrance or station is an access point for people.
      if (poi.underground && poi.kind != "subway_entrance") continue;
      if (poi.kind == "subway_entrance" || poi.kind == "station") {
        p.inside = bg::within(p.pos, perimeter);
        if (p.inside || bg::distance(p.pos, perimeter) <= params.stop_distance_m)
          r.transit_access.push_back(p);
        continue;
      }
      if (!assess_place(p, Box(poi.pos - pad, poi.pos + pad))) continue;
      if (poi.kind == "parking_entrance")
        r.parking.push_back(p);
      else if (poi.kind != "taxi_rank")
        r.stops.push_back(p);
    }
  }
  return r;
}

}  // namespace agora::mobility
