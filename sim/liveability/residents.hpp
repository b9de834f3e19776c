#pragma once
// The residents the organiser must write to (a Flemish city's mandatory letter to the
// neighbours): every building with dwellings or an address inside the letter zone (within the
// letter radius of the perimeter) or with a façade over the noise limit, with its street,
// number and estimated dwellings; and how far the map can be trusted for it: the share of
// buildings whose use the map does not give (building=yes, no address), whose dwellings are
// estimated from footprint, floors and land use (city/dwellings.hpp).

#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/city/dwellings.hpp"
#include "sim/noise/facade_levels.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::liveability {

struct ResidentsParams {
  double letter_radius_m =
      100.0;  // (policy) letter zone around the perimeter; a location's conditions set it
  double coverage_warn_share =
      0.5;  // (policy) warn when more than this share of buildings has no known use
  double street_search_m =
      60.0;  // a building without address is named by the nearest street this close
  city::DwellingParams dwellings;
  void validate() const;
};

struct ResidentRow {
  std::size_t building = 0;  // into city.buildings
  std::int64_t osm_id = 0;
  std::string street, housenumber;  // from the map; empty when untagged
  std::string near_street;          // the nearest named street, for a building without address
  double dwellings = 0.0;           // estimated
  std::string method;               // city::to_string(DwellingSource)
  bool unknown_use = false;
  bool in_letter_zone = false;
  bool over_limit = false;  // a façade receiver over the noise limit
  double facade_dba = 0.0;  // loudest façade receiver (0 when none was computed)
  double distance_m = 0.0;  // from the perimeter (0 inside)
  Vec2 point;               // inside the footprint, for a point layer
};

struct ResidentsResult {
  std::vector<ResidentRow> rows;
  double letter_radius_m = 0.0;
  int buildings = 0;                // every building in the letter zone or over the limit
  int buildings_unknown_use = 0;    // of those, without a known use
  double unknown_use_share = 0.0;   // buildings_unknown_use / buildings (0 without buildings)
  int addresses = 0;                // rows with a house number
  double dwellings = 0.0;           // Σ estimated over the rows
  double dwellings_untagged = 0.0;  // of which in buildings of unknown use
  int households = 0;               // one household per dwelling, rounded
  int over_limit_buildings = 0;
  bool coverage_poor = false;  // unknown_use_share > coverage_warn_share
};

// noise: the façade levels when noise was computed, else nullptr (the letter zone only).
ResidentsResult residents_to_inform(const city::CityModel& city, const scenario::Layout& layout,
                                    const noise::NoiseResult* noise, const ResidentsParams& params);

}  // namespace agora::liveability
