#pragma once
// How many dwellings a building holds, estimated where the map does not say. OpenStreetMap
// tags most town-centre buildings only `building=yes`: counting "residential" tags alone
// undercounts the neighbours by an order of magnitude where flats sit above almost every
// shop. The estimate, per building:
//   building:flats tagged               → that number                      (source "flats")
//   a house type (house, detached, …)   → 1                                (source "house")
//   apartments, residential, dormitory  → floors × footprint / area per dwelling, ≥ 1
//   building=yes with an address       → flats above the ground floor, ≥ 1 (source "address_mixed")
//   building=yes, use unknown           → by the land use it stands on: residential as
//                                         apartments; mixed (retail, commercial, and where the
//                                         map has no land use, a town centre by assumption)
//                                         the floors above the ground floor; none → 0
//   any other type (church, office, …), or building=yes that other tags call a part of another
//   outline, a public building or a named landmark → 0                     (source "other_use")
// floors: building:levels, else height / storey height, else the default height's storeys.
// Small untagged sheds and kiosks (under min_footprint_m2) hold none, nor do untagged halls
// larger than max_footprint_m2.

#include <boost/geometry/index/rtree.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/city/city_model.hpp"

namespace agora::city {

struct DwellingParams {
  // Placeholder: gross floor area per dwelling. The living space of a dwelling averages about
  // 90–100 m² in Germany and Belgium (national housing statistics); gross floor area adds walls,
  // stairs and common parts. A city with its own register replaces it.
  double floor_area_per_dwelling_m2 = 100.0;
  double storey_height_m = 3.0;    // placeholder storey height (as the map import's)
  double min_footprint_m2 = 30.0;  // (assumption) smaller untagged buildings hold no dwelling
  // (assumption) larger untagged buildings are halls, stores and public buildings, not housing.
  double max_footprint_m2 = 2000.0;
  // (assumption) what an untagged building on no mapped land use is: a town centre's mix.
  std::string unknown_land_use = "mixed";
  double persons_per_household = 2.0;  // placeholder: household size (Germany ≈ 2.0, Belgium ≈ 2.3)
  void validate() const;
};

enum class DwellingSource {
  kFlatsTag,
  kHouse,
  kApartments,
  kAddressMixed,
  kLandUse,
  kAssumedMixed,
  kOtherUse,
  kTooSmall,
  kTooLarge
};
// The method as a short key: "flats", "house", "apartments", "address_mixed" (building=yes with an
// address: flats above a shop), "land_use", "assumed_mixed", "other_use", "too_small", "too_large".
const char* to_string(DwellingSource source);

struct DwellingEstimate {
  double dwellings = 0.0;
  DwellingSource source = DwellingSource::kOtherUse;
  bool unknown_use =
      false;  // the building's own tags say nothing of its use (building=yes, no address)
  int floors = 0;
};

// The building's use as its tags give it; true when they say nothing (building=yes and no
// address, no building:flats, no other tag hinting at a use).
bool use_unknown(const Building& b);

// land_use: the building_use of the land it stands on ("residential", "mixed", "none", "").
DwellingEstimate estimate_dwellings(const Building& b, std::string_view land_use,
                                    const DwellingParams& p);

// The land use under a point, from the map's land areas.
class LandUseMap {
 public:
  explicit LandUseMap(const std::vector<LandArea>& land);
  std::string_view use_at(Vec2 p) const;  // "" where the map has none

 private:
  using Entry = std::pair<Box, std::size_t>;
  const std::vector<LandArea>* land_;
  boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>> index_;
};

// A representative point of a footprint (its centroid, or a point on it when the centroid
// falls outside).
Vec2 inside_point(const Polygon& footprint);

}  // namespace agora::city
