#pragma once
// Where people can walk, as a grid: the event site inside the perimeter (or, for ingress
// and circulation, also the surrounding streets and squares) minus buildings, stalls,
// structures, stage footprints, walls and barrier lines people cannot pass. The perimeter
// line is closed except at the exits. Distance-to-exit, egress, the agent simulation's floor
// fields and its walls all start from this one mask.

#include "sim/city/city_model.hpp"
#include "sim/field/grid.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora {

struct WalkableOptions {
  double cell_m = 0.5;                // 0.25–0.5 m resolves a 1 m gap between stalls
  bool include_surroundings = false;  // also the walkable streets and open areas around the site
  double margin_m = 10.0;             // grid margin around the perimeter (or the surroundings)
  double surroundings_m = 150.0;      // how far around the perimeter streets are included
  double wall_half_width_m = 0.0;     // extra thickness for walls and barrier lines (0: supercover)
  bool closed_exits_block = true;     // a closed exit stays part of the perimeter wall

  void validate() const;
};

// The cells within exit e's opening: for seeding distance fields and counting who left.
struct ExitCells {
  std::size_t exit_index;  // into layout.exits
  std::vector<Cell> cells;
};

struct WalkableSite {
  Mask walkable;                 // 1 walkable, 0 blocked
  Mask inside_perimeter;         // 1 inside the perimeter polygon(s)
  std::vector<ExitCells> exits;  // open exits only
};

WalkableSite walkable_site(const city::CityModel& city, const scenario::Layout& layout,
                           const WalkableOptions& options = {});

// The site's usable floor: walkable cells inside the perimeter, without the slivers the grid
// leaves in gaps no one can use (between stalls standing back to back 0.3 m apart): pockets
// that touch no exit and are smaller than sliver_area_m2. Larger pockets without an exit stay:
// they are real enclosed areas, and the analyses report them.
Mask usable_floor(const WalkableSite& site, double sliver_area_m2 = 2.0);

}  // namespace agora
