#include "sim/scenario/validate.hpp"

#include <algorithm>
#include <boost/geometry/index/rtree.hpp>
#include <iterator>
#include <sstream>
#include <unordered_map>

namespace agora::scenario {

namespace {

namespace bgi = boost::geometry::index;

std::string fmt(double v, int precision = 1) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(precision);
  s << v;
  return s.str();
}

bool polygon_ok(const Polygon& p, const FeatureInfo& info, const char* what, Findings& f) {
  if (p.outer().size() < 4) {
    f.errors.add(info.file, info.describe(), "geometry",
                 std::string(what) + " needs a closed polygon of at least 3 corners");
    return false;
  }
  std::string reason;
  if (!bg::is_valid(p, reason)) {
    f.errors.add(info.file, info.describe(), "geometry",
                 std::string(what) + " is not a valid polygon: " + reason);
    return false;
  }
  return true;
}

template <class G>
void check_on_map(const G& geometry, const FeatureInfo& info, const Box& extent, Findings& f) {
  if (!bg::intersects(geometry, extent))
    f.errors.add(info.file, info.describe(), "geometry",
                 "lies outside the map (map extent " + fmt(extent.min_corner().x) + ", " +
                     fmt(extent.min_corner().y) + " to " + fmt(extent.max_corner().x) + ", " +
                     fmt(extent.max_corner().y) + " in the local CRS)");
}

}  // namespace

Findings validate(const Scenario& scenario, const city::CityModel& city,
                  const ValidationLimits& limits) {
  Findings f;
  const Layout& layout = scenario.layout;
  const Box extent = city.extent();

  if (layout.perimeters.empty())
    f.errors.add(scenario.file, "layout", "kind",
                 "no feature of kind 'perimeter': the protected event area must be drawn");

  bool perimeters_ok = true;
  for (const Perimeter& p : layout.perimeters) {
    perimeters_ok = polygon_ok(p.area, p.info, "the perimeter", f) && perimeters_ok;
    check_on_map(p.area, p.info, extent, f);
  }
  const MultiPolygon perimeter =
      perimeters_ok && !layout.perimeters.empty() ? layout.perimeter_area() : MultiPolygon{};
  const double perimeter_area_m2 = bg::area(perimeter);

  for (const CrowdZone& z : layout.crowd_zones) {
    if (!z.exit_id.empty() && std::none_of(layout.exits.begin(), layout.exits.end(),
                                           [&](const Exit& e) { return e.info.id == z.exit_id; }))
      f.errors.add(z.info.file, z.info.describe(), "exit",
                   "no exit with id '" + z.exit_id +
                       "' in the layout (the zone's people are assigned to it)");
    if (!polygon_ok(z.area, z.info, "a crowd zone", f)) continue;
    check_on_map(z.area, z.info, extent, f);
    if (perimeter.empty()) continue;
    MultiPolygon outside;
    bg::difference(z.area, perimeter, outside);
    const double out_m2 = bg::area(outside);
    if (out_m2 > 0.01 * bg::area(z.area) + limits.overlap_tolerance_m2)
      f.errors.add(z.info.file, z.info.describe(), "geometry",
                   "the crowd zone reaches " + fmt(out_m2) + " m² outside the perimeter");
  }

  auto polygons_ok = [&](const auto& items, const char* what) {
    for (const auto& item : items) {
      if (polygon_ok(item.area, item.info, what, f)) check_on_map(item.area, item.info, extent, f);
    }
  };
  polygons_ok(layout.stalls, "a stall");
  polygons_ok(layout.structures, "a structure");
  polygons_ok(layout.stairs, "a flight of stairs");

  for (const Exit& e : layout.exits) {
    check_on_map(e.line, e.info, extent, f);
    if (perimeter.empty() || e.line.empty()) continue;
    const Vec2 mid = point_along(e.line, 0.5 * length(e.line));
    const double off = bg::within(mid, perimeter) ? 0.0 : bg::distance(mid, perimeter);
    if (off > limits.max_exit_offset_m)
      f.errors.add(e.info.file, e.info.describe(), "geometry",
                   "the exit lies " + fmt(off) + " m outside the perimeter (at most " +
                       fmt(limits.max_exit_offset_m) + " m expected)");
  }
  for (const Stage& s : layout.stages) check_on_map(s.source, s.info, extent, f);
  for (const PlannedBarrier& b : layout.barriers) check_on_map(b.line, b.info, extent, f);
  for (const EmergencyGate& g : layout.emergency_gates) check_on_map(g.line, g.info, extent, f);
  for (const AccessPoint& a : layout.access_points) check_on_map(a.pos, a.info, extent, f);
  for (const Receiver& r : layout.receivers) check_on_map(r.pos, r.info, extent, f);

  // Feature ids name each feature's figures and layers: two features with one id would
  // overwrite each other's.
  {
    std::unordered_map<std::string, const FeatureInfo*> by_id;
    auto check_id = [&](const FeatureInfo& info) {
      if (info.id.empty()) return;
      const auto [it, fresh] = by_id.emplace(info.id, &info);
      if (!fresh)
        f.errors.add(info.file, info.describe(), "id",
                     "the id '" + info.id + "' is already used by " + it->second->describe() +
                         ": expected every feature id to be unique");
    };
    auto check_ids = [&](const auto& items) {
      for (const auto& item : items) check_id(item.info);
    };
    check_ids(layout.perimeters);
    check_ids(layout.crowd_zones);
    check_ids(layout.exits);
    check_ids(layout.stages);
    check_ids(layout.stalls);
    check_ids(layout.structures);
    check_ids(layout.barriers);
    check_ids(layout.emergency_gates);
    check_ids(layout.access_points);
    check_ids(layout.receivers);
    check_ids(layout.stairs);
  }

  // Overlapping stalls and structures: a drawing slip more often than an intent. An R-tree of
  // their boxes keeps this near-linear (100,000 stalls: pairs only where boxes touch).
  std::vector<std::pair<const Polygon*, const FeatureInfo*>> blocks;
  for (const Stall& s : layout.stalls) blocks.push_back({&s.area, &s.info});
  for (const Structure& s : layout.structures) blocks.push_back({&s.area, &s.info});
  using BoxEntry = std::pair<Box, std::size_t>;
  std::vector<BoxEntry> boxes;
  boxes.reserve(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i)
    boxes.push_back({bg::return_envelope<Box>(*blocks[i].first), i});
  const bgi::rtree<BoxEntry, bgi::rstar<16>> tree(boxes.begin(), boxes.end());
  std::vector<BoxEntry> near;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    near.clear();
    tree.query(bgi::intersects(boxes[i].first), std::back_inserter(near));
    std::sort(near.begin(), near.end(),
              [](const BoxEntry& a, const BoxEntry& b) { return a.second < b.second; });
    for (const BoxEntry& candidate : near) {
      const std::size_t j = candidate.second;
      if (j <= i) continue;
      if (!bg::intersects(*blocks[i].first, *blocks[j].first)) continue;
      MultiPolygon overlap;
      bg::intersection(*blocks[i].first, *blocks[j].first, overlap);
      const double a = bg::area(overlap);
      if (a > limits.overlap_tolerance_m2)
        f.warnings.push_back(
            {blocks[i].second->file, blocks[i].second->describe(), "geometry",
             "overlaps " + blocks[j].second->describe() + " by " + fmt(a, 2) + " m²"});
    }
  }

  const EventFacts& ev = scenario.event;
  if (ev.attendance_peak <= 0)
    f.errors.add(scenario.file, "event", "attendance_peak",
                 "expected a positive number of people, got " + std::to_string(ev.attendance_peak));
  else if (perimeter_area_m2 > 0.0 && static_cast<double>(ev.attendance_peak) >
                                          limits.max_physical_density_ppm2 * perimeter_area_m2)
    f.errors.add(scenario.file, "event", "attendance_peak",
                 std::to_string(ev.attendance_peak) + " people cannot stand in a perimeter of " +
                     fmt(perimeter_area_m2, 0) + " m² (more than " +
                     fmt(limits.max_physical_density_ppm2, 0) + " persons per m²)");
  return f;
}

}  // namespace agora::scenario
