#pragma once
// Can the fire engine make the turns? Its centre drives forward along straights and arcs of
// the profile's turning radius (the mean of inner and outer: 13 m for Flanders' 11 m / 15 m,
// whose 4 m swept band equals the clear width), only over cells where it fits. A hybrid-A*
// style lattice: continuous poses, one kept per (lattice cell, heading), 16 headings. The
// cells it reaches, at the lattice's resolution, are where the vehicle can get with its turns.

#include "sim/field/grid.hpp"

namespace agora::access {

struct TurningParams {
  double radius_m = 13.0;  // centre-line turning radius
  int headings = 16;       // 22.5° apart
  double lattice_m = 1.0;  // one pose kept per lattice cell and heading
  void validate() const;
};

// ok: cells where the vehicle's centre fits; starts: where it may begin, in any heading.
// Returns the cells of `ok`'s grid whose lattice cell the vehicle reaches.
Mask turning_reach(const Mask& ok, const Mask& starts, const TurningParams& params);

}  // namespace agora::access
