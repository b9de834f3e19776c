#include "sim/city/dwellings.hpp"

#include <algorithm>
#include <boost/geometry/algorithms/point_on_surface.hpp>
#include <cmath>
#include <iterator>

#include "sim/core/error.hpp"

namespace agora::city {

namespace bgi = boost::geometry::index;

void DwellingParams::validate() const {
  require_in_range("residents.floor_area_per_dwelling_m2", floor_area_per_dwelling_m2, 10.0, 1000.0,
                   "m²");
  require_in_range("residents.storey_height_m", storey_height_m, 2.0, 10.0, "m");
  require_in_range("residents.min_footprint_m2", min_footprint_m2, 0.0, 1000.0, "m²");
  require_in_range("residents.max_footprint_m2", max_footprint_m2, min_footprint_m2, 1e6, "m²");
  require_in_range("residents.persons_per_household", persons_per_household, 1.0, 10.0);
  if (unknown_land_use != "residential" && unknown_land_use != "mixed" &&
      unknown_land_use != "none")
    throw Error("", "parameter", "residents.unknown_land_use",
                "expected residential, mixed or none, got '" + unknown_land_use + "'");
}

const char* to_string(DwellingSource source) {
  switch (source) {
    case DwellingSource::kFlatsTag:
      return "flats";
    case DwellingSource::kHouse:
      return "house";
    case DwellingSource::kApartments:
      return "apartments";
    case DwellingSource::kAddressMixed:
      return "address_mixed";
    case DwellingSource::kLandUse:
      return "land_use";
    case DwellingSource::kAssumedMixed:
      return "assumed_mixed";
    case DwellingSource::kOtherUse:
      return "other_use";
    case DwellingSource::kTooSmall:
      return "too_small";
    case DwellingSource::kTooLarge:
      return "too_large";
  }
  return "other_use";
}

bool use_unknown(const Building& b) {
  return b.building == "yes" && b.address.empty() && b.flats <= 0 && b.use_hint.empty();
}

DwellingEstimate estimate_dwellings(const Building& b, std::string_view land_use,
                                    const DwellingParams& p) {
  DwellingEstimate e;
  e.unknown_use = use_unknown(b);
  e.floors = b.levels > 0
                 ? b.levels
                 : std::max(1, static_cast<int>(std::lround(b.height_m / p.storey_height_m)));
  const double area = bg::area(b.footprint);
  const double per_floor = area / p.floor_area_per_dwelling_m2;
  if (b.flats > 0) {
    e.dwellings = b.flats;
    e.source = DwellingSource::kFlatsTag;
    return e;
  }
  static constexpr std::string_view kHouses[] = {"house",     "detached",      "semidetached_house",
                                                 "terrace",   "bungalow",      "farm",
                                                 "houseboat", "static_caravan"};
  static constexpr std::string_view kFlats[] = {"apartments", "residential", "dormitory"};
  for (auto h : kHouses)
    if (b.building == h) {
      // A terrace is a row of houses in one outline: one dwelling per 100 m² of it, at least one.
      e.dwellings = b.building == "terrace" ? std::max(1.0, std::floor(per_floor)) : 1.0;
      e.source = DwellingSource::kHouse;
      return e;
    }
  for (auto f : kFlats)
    if (b.building == f) {
      e.dwellings = std::max(1.0, std::floor(per_floor * e.floors));
      e.source = DwellingSource::kApartments;
      return e;
    }
  if (b.building != "yes" || !b.use_hint.empty()) {
    e.source = DwellingSource::kOtherUse;
    return e;
  }
  // building=yes: by its address (flats above a shop), else by the land it stands on.
  if (e.unknown_use && area < p.min_footprint_m2) {
    e.source = DwellingSource::kTooSmall;
    return e;
  }
  if (e.unknown_use && area > p.max_footprint_m2) {
    e.source = DwellingSource::kTooLarge;
    return e;
  }
  std::string_view use = land_use;
  e.source = DwellingSource::kLandUse;
  if (use.empty() || !e.unknown_use) {
    use = e.unknown_use ? std::string_view(p.unknown_land_use) : std::string_view("mixed");
    e.source = e.unknown_use ? DwellingSource::kAssumedMixed : DwellingSource::kAddressMixed;
  }
  if (use == "residential")
    e.dwellings = std::max(1.0, std::floor(per_floor * e.floors));
  else if (use == "mixed")
    e.dwellings = e.floors > 1 ? std::max(1.0, std::floor(per_floor * (e.floors - 1)))
                               : (e.unknown_use ? 0.0 : 1.0);
  else
    e.dwellings = 0.0;
  return e;
}

LandUseMap::LandUseMap(const std::vector<LandArea>& land) : land_(&land) {
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < land.size(); ++i)
    if (!land[i].building_use.empty())
      entries.emplace_back(bg::return_envelope<Box>(land[i].area), i);
  index_ = decltype(index_)(entries.begin(), entries.end());
}

std::string_view LandUseMap::use_at(Vec2 p) const {
  std::vector<Entry> hits;
  index_.query(bgi::intersects(Box(p, p)), std::back_inserter(hits));
  std::string_view use;
  for (const auto& [box, i] : hits)
    if (bg::within(p, (*land_)[i].area)) {
      // Residential wins over mixed, mixed over none: the letter goes out rather than not.
      const std::string& u = (*land_)[i].building_use;
      if (u == "residential" || use.empty() || (u == "mixed" && use == "none")) use = u;
    }
  return use;
}

Vec2 inside_point(const Polygon& footprint) {
  Vec2 c;
  bg::centroid(footprint, c);
  if (bg::within(c, footprint)) return c;
  Vec2 p;
  bg::point_on_surface(footprint, p);
  return p;
}

}  // namespace agora::city
