#pragma once
// Exact Euclidean distance transform (Felzenszwalb & Huttenlocher 2012, "Distance
// transforms of sampled functions"): for every cell, the distance from its centre to the
// centre of the nearest blocked cell, in metres, in time linear in the number of cells.
// Emergency access reads it as clearance (can a 4 m vehicle pass here?); the geodesic
// distance uses it to jump through open space when it checks lines of sight.

#include "sim/field/grid.hpp"

namespace agora {

// free(ix, iy) != 0 marks open cells; the result is 0 on blocked cells. When
// border_blocks, the ring of cells just outside the grid counts as blocked too.
Field distance_to_blocked(const Mask& free, bool border_blocks = true);

}  // namespace agora
