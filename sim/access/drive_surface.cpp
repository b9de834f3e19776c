#include "sim/access/drive_surface.hpp"

#include <algorithm>

#include "sim/field/rasterize.hpp"

namespace agora::access {

DriveSurface drive_surface(const city::CityModel& city, const scenario::Layout& layout,
                           const Mask& like, double gap_passable_m,
                           const std::vector<std::string>& operable_types) {
  DriveSurface s;
  s.drivable = Mask(like.origin(), like.cell_m(), like.nx(), like.ny(), 0);
  s.road = Mask(like.origin(), like.cell_m(), like.nx(), like.ny(), 0);
  s.owner = Grid<std::int32_t>(like.origin(), like.cell_m(), like.nx(), like.ny(),
                               owner_code(Blocker::kOffSurface, 0));
  Mask& d = s.drivable;
  const Box box = d.bounds();
  const auto refs = city.query(box);

  // Surfaces.
  for (const city::FeatureRef& ref : refs) {
    if (ref.kind == city::FeatureKind::Edge) {
      const city::RoadEdge& e = city.edges[ref.index];
      if (e.vehicle_passable && e.layer >= 0 && !e.tunnel) {
        burn_polyline(d, e.line, 0.5 * e.width_m, std::uint8_t{1});
        burn_polyline(s.road, e.line, 0.5 * e.width_m, std::uint8_t{1});
      }
    } else if (ref.kind == city::FeatureKind::OpenArea) {
      const city::OpenArea& a = city.open_areas[ref.index];
      if (a.vehicle_passable) fill_polygon(d, a.area, std::uint8_t{1});
    }
  }
  fill_polygon(d, layout.perimeter_area(), std::uint8_t{1});

  // Obstacles, each stamped with its owner.
  Grid<std::int32_t>& own = s.owner;
  auto stamp_polygon = [&](const Polygon& p, std::int32_t code) {
    fill_polygon(d, p, std::uint8_t{0});
    fill_polygon(own, p, code);
  };
  auto stamp_line = [&](const Polyline& l, std::int32_t code) {
    burn_polyline(d, l, 0.0, std::uint8_t{0});
    burn_polyline(own, l, 0.0, code);
  };
  for (const city::FeatureRef& ref : refs) {
    if (ref.kind == city::FeatureKind::Building) {
      const city::Building& b = city.buildings[ref.index];
      if (b.obstacle) stamp_polygon(b.footprint, owner_code(Blocker::kBuilding, ref.index));
    } else if (ref.kind == city::FeatureKind::Barrier) {
      const city::MapBarrier& b = city.barriers[ref.index];
      if (b.stops_vehicles && !b.line.empty())
        stamp_line(b.line, owner_code(Blocker::kMapBarrier, ref.index));
    } else if (ref.kind == city::FeatureKind::Edge) {
      const city::RoadEdge& e = city.edges[ref.index];
      for (city::NodeId n : {e.from, e.to})
        if (n < city.nodes.size() && city.nodes[n].blocks_vehicles)
          stamp_line(Polyline{city.nodes[n].pos}, owner_code(Blocker::kRoadBollard, n));
    }
  }
  for (std::size_t i = 0; i < layout.stalls.size(); ++i)
    stamp_polygon(layout.stalls[i].area, owner_code(Blocker::kStall, i));
  for (std::size_t i = 0; i < layout.structures.size(); ++i)
    stamp_polygon(layout.structures[i].area, owner_code(Blocker::kStructure, i));
  for (std::size_t i = 0; i < layout.stages.size(); ++i)
    if (!layout.stages[i].footprint.outer().empty())
      stamp_polygon(layout.stages[i].footprint, owner_code(Blocker::kStage, i));
  for (std::size_t i = 0; i < layout.barriers.size(); ++i) {
    const scenario::PlannedBarrier& b = layout.barriers[i];
    const bool gap_open = scenario::is_set(b.clear_gap_m) && b.clear_gap_m >= gap_passable_m;
    const bool operable = !b.barrier_type.empty() &&
                          std::find(operable_types.begin(), operable_types.end(), b.barrier_type) !=
                              operable_types.end();
    if (!gap_open && !operable && !b.line.empty())
      stamp_line(b.line, owner_code(Blocker::kPlannedBarrier, i));
  }
  // Emergency gates: open the planned barrier along the gate's clear width, centred on its line.
  for (const scenario::EmergencyGate& g : layout.emergency_gates) {
    if (g.line.size() < 2) continue;
    const double len = length(g.line);
    // A gate's stated width is exact, unlike an edge between cell centres: the access check
    // takes a cell off each side of every passage (no tolerance in the engine's favour), so a
    // gate wide enough is opened a cell wider on each side, and a gate too narrow at its width.
    const double hc = d.cell_m();
    const double w = g.width_m >= gap_passable_m ? g.width_m + 2.0 * hc : std::min(len, g.width_m);
    const Vec2 mid = point_along(g.line, 0.5 * len);
    const Vec2 dir = (g.line.back() - g.line.front()).normalized();
    const Polyline opening{mid - 0.5 * w * dir, mid + 0.5 * w * dir};
    // Barrier cells within a cell of the opening whose centres fall along it (not past its ends),
    // so the opening is as wide as the gate.
    Box gb;
    bg::envelope(opening, gb);
    const auto c0 = d.cell_at(gb.min_corner() - Vec2{hc, hc});
    const auto c1 = d.cell_at(gb.max_corner() + Vec2{hc, hc});
    const int ix0 = c0 ? c0->ix : 0, iy0 = c0 ? c0->iy : 0;
    const int ix1 = c1 ? c1->ix : d.nx() - 1, iy1 = c1 ? c1->iy : d.ny() - 1;
    for (int iy = iy0; iy <= iy1; ++iy)
      for (int ix = ix0; ix <= ix1; ++ix) {
        double t = 0.0;
        const Vec2 q = closest_point_on_segment(d.center(ix, iy), opening[0], opening[1], &t);
        if (t > 0.0 && t < 1.0 && distance(q, d.center(ix, iy)) <= hc &&
            owner_kind(own(ix, iy)) == Blocker::kPlannedBarrier)
          d(ix, iy) = 1;
      }
  }
  for (int iy = 0; iy < d.ny(); ++iy)
    for (int ix = 0; ix < d.nx(); ++ix)
      if (d(ix, iy)) own(ix, iy) = owner_code(Blocker::kNone, 0);
  return s;
}

std::string describe_owner(std::int32_t code, const city::CityModel& city,
                           const scenario::Layout& layout) {
  const std::size_t i = owner_index(code);
  auto named = [](const std::string& what, const std::string& name) {
    return name.empty() ? what : what + " '" + name + "'";
  };
  auto feature = [](const char* what, const scenario::FeatureInfo& info) {
    return std::string(what) + " " + info.describe();
  };
  switch (owner_kind(code)) {
    case Blocker::kNone:
      return "open surface";
    case Blocker::kOffSurface:
      return "the edge of the drivable surface";
    case Blocker::kBuilding:
      return i < city.buildings.size()
                 ? named("building", city.buildings[i].name.empty() ? city.buildings[i].address
                                                                    : city.buildings[i].name)
                 : "a building";
    case Blocker::kStall:
      return i < layout.stalls.size() ? feature("stall", layout.stalls[i].info) : "a stall";
    case Blocker::kStructure:
      return i < layout.structures.size() ? feature("structure", layout.structures[i].info)
                                          : "a structure";
    case Blocker::kStage:
      return i < layout.stages.size() ? feature("stage", layout.stages[i].info) : "a stage";
    case Blocker::kPlannedBarrier:
      return i < layout.barriers.size() ? feature("barrier", layout.barriers[i].info) : "a barrier";
    case Blocker::kMapBarrier:
      return i < city.barriers.size() ? "map barrier=" + city.barriers[i].barrier : "a map barrier";
    case Blocker::kRoadBollard:
      return i < city.nodes.size() ? "map barrier=" + city.nodes[i].barrier + " on the street"
                                   : "a bollard";
  }
  return "an obstacle";
}

}  // namespace agora::access
