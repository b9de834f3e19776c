#include "sim/liveability/residents.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "sim/core/error.hpp"

namespace agora::liveability {

void ResidentsParams::validate() const {
  require_in_range("residents.letter_radius_m", letter_radius_m, 0.0, 5000.0, "m");
  require_in_range("residents.coverage_warn_share", coverage_warn_share, 0.0, 1.0);
  require_in_range("residents.street_search_m", street_search_m, 0.0, 1000.0, "m");
  dwellings.validate();
}

namespace {

std::string nearest_street(const city::CityModel& city, Vec2 p, double within_m) {
  const Vec2 d{within_m, within_m};
  double best = within_m;
  std::string name;
  for (const city::FeatureRef& ref : city.query(Box(p - d, p + d))) {
    if (ref.kind != city::FeatureKind::Edge) continue;
    const city::RoadEdge& e = city.edges[ref.index];
    if (e.name.empty()) continue;
    const double dist = bg::distance(p, e.line);
    if (dist < best) {
      best = dist;
      name = e.name;
    }
  }
  return name;
}

}  // namespace

ResidentsResult residents_to_inform(const city::CityModel& city, const scenario::Layout& layout,
                                    const noise::NoiseResult* noise_result,
                                    const ResidentsParams& params) {
  params.validate();
  ResidentsResult r;
  r.letter_radius_m = params.letter_radius_m;
  const MultiPolygon perimeter = layout.perimeter_area();
  // Loudest façade level and over-limit flag per building.
  std::map<std::int64_t, std::pair<double, bool>> loud;
  if (noise_result)
    for (const noise::Receiver& x : noise_result->receivers) {
      if (x.building < 0) continue;
      auto& [level, over] = loud[x.building];
      level = std::max(level, x.level_dba);
      over = over || x.over_limit();
    }
  std::vector<std::size_t> candidates;
  if (!perimeter.empty()) {
    Box box;
    bg::envelope(perimeter, box);
    const Vec2 m{params.letter_radius_m, params.letter_radius_m};
    for (const city::FeatureRef& ref : city.query(Box(box.min_corner() - m, box.max_corner() + m)))
      if (ref.kind == city::FeatureKind::Building) candidates.push_back(ref.index);
  }
  for (const auto& [b, lo] : loud)
    if (lo.second) candidates.push_back(static_cast<std::size_t>(b));
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  const city::LandUseMap land_use(city.land);
  for (std::size_t i : candidates) {
    const city::Building& b = city.buildings[i];
    ResidentRow row;
    row.building = i;
    row.distance_m = perimeter.empty() ? 1e300 : bg::distance(b.footprint, perimeter);
    row.in_letter_zone = row.distance_m <= params.letter_radius_m;
    if (auto it = loud.find(static_cast<std::int64_t>(i)); it != loud.end()) {
      row.facade_dba = it->second.first;
      row.over_limit = it->second.second;
    }
    if (!row.in_letter_zone && !row.over_limit) continue;
    row.point = city::inside_point(b.footprint);
    const city::DwellingEstimate e =
        city::estimate_dwellings(b, land_use.use_at(row.point), params.dwellings);
    ++r.buildings;
    if (e.unknown_use) ++r.buildings_unknown_use;
    // Letters go to homes and to addresses (shops and offices are neighbours too).
    if (e.dwellings <= 0.0 && b.housenumber.empty()) continue;
    row.osm_id = b.osm_id;
    row.street = b.street;
    row.housenumber = b.housenumber;
    if (row.street.empty())
      row.near_street = nearest_street(city, row.point, params.street_search_m);
    row.dwellings = e.dwellings;
    row.method = city::to_string(e.source);
    row.unknown_use = e.unknown_use;
    r.dwellings += e.dwellings;
    if (e.unknown_use) r.dwellings_untagged += e.dwellings;
    if (!row.housenumber.empty()) ++r.addresses;
    if (row.over_limit) ++r.over_limit_buildings;
    r.rows.push_back(std::move(row));
  }
  r.unknown_use_share =
      r.buildings > 0 ? static_cast<double>(r.buildings_unknown_use) / r.buildings : 0.0;
  r.coverage_poor = r.buildings > 0 && r.unknown_use_share > params.coverage_warn_share;
  r.households = static_cast<int>(std::lround(r.dwellings));
  // Street order, then number, for the letter list.
  std::sort(r.rows.begin(), r.rows.end(), [](const ResidentRow& a, const ResidentRow& b) {
    const std::string& sa = a.street.empty() ? a.near_street : a.street;
    const std::string& sb = b.street.empty() ? b.near_street : b.street;
    if (sa != sb) return sa < sb;
    if (a.housenumber != b.housenumber) return a.housenumber < b.housenumber;
    return a.building < b.building;
  });
  return r;
}

}  // namespace agora::liveability
