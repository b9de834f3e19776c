#pragma once
// Who loses their street, their parking or their bus stop (the liveability test's traffic and
// neighbourhood questions, docs/sources.md, Assessment): the car-legal road edges the perimeter and
// the planned barriers close; for through traffic, the detour between the ends of each closed
// stretch (shortest path over the roads a car may legally use, one-way streets respected, with and
// without the closure); the residential buildings inside the perimeter and near it (by
// building type and address) as an estimate of the households affected; parking areas and
// public-transport stops inside or cut off; and how often the location already hosts events.

#include <cstdint>
#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/city/dwellings.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::mobility {

struct MobilityParams {
  double neighbour_distance_m =
      50.0;  // (policy) residents "near" the event: within 50 m of the perimeter
  double stop_distance_m = 30.0;  // (policy) a stop or parking area is served by roads this close
  double car_width_m =
      1.8;  // M1 car (docs/sources.md, Vehicles): barrier gaps narrower than this close a road
  city::DwellingParams dwellings;  // how dwellings are estimated where the map does not say
  void validate() const;
};

struct Closure {
  std::vector<city::EdgeId> edges;  // a connected stretch of closed edges
  std::string name;                 // street name(s)
  double length_m = 0.0;
  double detour_m = 0.0;  // largest extra distance between two ends of the stretch
  bool cut_off = false;   // some end can no longer reach another at all
  Polyline line;          // the stretch's edges end to end (for maps)
};

struct Place {
  std::string kind;  // "parking", "bus_stop", ...
  std::string name;
  Vec2 pos;
  bool inside = false;   // within the perimeter
  bool cut_off = false;  // its road is closed or no longer connected to the network
};

struct MobilityResult {
  std::vector<Closure> closures;
  double closed_length_m = 0.0;
  double max_detour_m = 0.0;
  int closures_cut_off = 0;
  int residential_inside =
      0;                     // buildings with dwellings (estimated) touching the perimeter's inside
  int residential_near = 0;  // within neighbour_distance_m, not inside
  int households_estimate = 0;      // Σ estimated dwellings of those buildings, one household each
  int buildings_near = 0;           // every building within neighbour_distance_m (or inside)
  int buildings_unknown_use = 0;    // of those, tagged building=yes without address or flats
  double dwellings_untagged = 0.0;  // dwellings estimated in the buildings of unknown use
  std::vector<std::size_t> residential_buildings;  // indices into city.buildings
  std::vector<Place> parking;                      // affected parking areas and entrances
  std::vector<Place> stops;  // affected public-transport stops served by roads (bus, tram)
  // Entrances to rail transit (subway entrances, stations) inside the perimeter or within
  // stop_distance_m of it: not served by roads, so never "cut off", but where people enter and
  // leave the event; a subway entrance is a stairwell, a crowd hazard inside the crowd.
  std::vector<Place> transit_access;
  int events_at_location_this_year = 0;
};

MobilityResult mobility_impact(const city::CityModel& city, const scenario::Scenario& scenario,
                               const MobilityParams& params);

// Shortest car-legal distance from node `from` to every node, skipping edges with closed[e];
// one-way edges only from their `from` end. Unreachable: infinity.
std::vector<double> car_distances(const city::CityModel& city, city::NodeId from,
                                  const std::vector<std::uint8_t>& closed);

}  // namespace agora::mobility
