#pragma once
// Where a fire engine's wheels can go, as a grid: the vehicle-passable streets (each at its
// width), the vehicle-passable open areas and the event area itself, minus everything that
// stops a vehicle: buildings, stalls, structures, stage footprints, the planned barriers
// (emergency gates opened) and the map's bollards and walls. Each blocked cell remembers what
// blocks it, so the narrowest point of a route can be named ("between stall 'B12' and
// building 'Rathaus'").

#include <cstdint>
#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/field/grid.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::access {

// What occupies a cell: kind in the top byte, index (into its list) below.
enum class Blocker : std::uint8_t {
  kNone = 0,        // open surface
  kOffSurface = 1,  // no drivable surface here (the kerb line of a street, a garden)
  kBuilding = 2,
  kStall = 3,
  kStructure = 4,
  kStage = 5,
  kPlannedBarrier = 6,
  kMapBarrier = 7,
  kRoadBollard = 8,
};

inline std::int32_t owner_code(Blocker kind, std::size_t index) {
  return (static_cast<std::int32_t>(kind) << 24) | static_cast<std::int32_t>(index & 0xFFFFFF);
}
inline Blocker owner_kind(std::int32_t code) {
  return static_cast<Blocker>(code >> 24);
}
inline std::size_t owner_index(std::int32_t code) {
  return static_cast<std::size_t>(code & 0xFFFFFF);
}

struct DriveSurface {
  Mask drivable;             // 1 where the vehicle may stand
  Grid<std::int32_t> owner;  // owner_code of what blocks each cell; kNone where drivable
  Mask road;                 // cells of vehicle-passable street corridors (where vehicles arrive)
};

// On the grid `like` (same origin, cell and size). A planned barrier whose clear gap is at
// least gap_passable_m, or whose barrier_type is one the fire service operates (a rising road
// blocker, a gate), does not stop the vehicle; an emergency gate opens its width in any barrier.
DriveSurface drive_surface(const city::CityModel& city, const scenario::Layout& layout,
                           const Mask& like, double gap_passable_m,
                           const std::vector<std::string>& operable_types = {});

// "building 'Neues Rathaus'", "stall 'B12' (feature 7)", "the edge of the street".
std::string describe_owner(std::int32_t code, const city::CityModel& city,
                           const scenario::Layout& layout);

}  // namespace agora::access
