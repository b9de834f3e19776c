#pragma once
// Exact Euclidean distance transform (Felzenszwalb & Huttenlocher, "Distance Transforms of
// Sampled Functions", Theory of Computing 8, 2012): for every cell, the straight-line
// distance from its centre to the centre of the nearest cell of a target set, in time
// linear in the number of cells. Clearance to obstacles needs the straight-line distance
// (fast_marching gives a first-order geodesic one, at O(n log n)); in free space the two
// agree, so this is the cheaper and exact choice.

#include <cstdint>

#include "sim/field/grid.hpp"

namespace agora {

// Distance in metres from each cell centre to the nearest centre of a cell whose value is
// `target`; kNoTarget_m everywhere when the grid holds no such cell. (Vehicle clearance.)
inline constexpr float kNoTarget_m = 1e9f;
Field distance_to_value(const Mask& grid, std::uint8_t target);

// Clearance of open space: free(ix, iy) != 0 marks open cells; the result is the distance to
// the nearest blocked cell, 0 on blocked cells, +infinity when nothing is blocked. When
// border_blocks, the ring of cells just outside the grid counts as blocked too.
// (Emergency access: can a 4 m vehicle pass here?)
Field distance_to_blocked(const Mask& free, bool border_blocks = true);

}  // namespace agora
