#pragma once
// The planned barriers and emergency gates of a layout, each resolved into what it offers
// against a vehicle: its rating (parsed from the layout's `rating`, else from the catalogue
// product it names), or why it counts as unrated (water-filled, concrete road barrier,
// planter, parked vehicle, or simply no rating), and its clear gap.

#include <string>
#include <vector>

#include "sim/scenario/scenario.hpp"
#include "sim/vehicle/adequacy.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"

namespace agora::vehicle {

struct Guard {
  enum class Kind { Barrier, Gate } kind = Kind::Barrier;
  std::size_t layout_index = 0;  // into layout.barriers or layout.emergency_gates
  Polyline line;                 // two or more points (a single element becomes a short line)
  BarrierFacts facts;
  std::string product;        // catalogue product it came from, when named
  std::string rating_origin;  // "layout", "catalogue: printed", "catalogue: derived ...", ""
};

// Throws agora::Error naming the layout file, the feature and the field when a rating does
// not parse. Catalogue lookups that find nothing become warnings.
std::vector<Guard> resolve_guards(const scenario::Layout& layout, const BarrierCatalogue& catalogue,
                                  const RatingVehicleTable& rating_vehicles,
                                  const std::vector<VehicleClass>& table,
                                  std::vector<Problem>& warnings);

// Barrier types that have no anti-ram rating whatever their label says (docs/sources.md, Vehicles,
// data/barriers/README.md): water-filled, concrete/Jersey road barriers, blocks, planters,
// containers, parked vehicles.
bool unrated_type(const std::string& barrier_type);

}  // namespace agora::vehicle
