#pragma once
// Exact Euclidean distance transform (Felzenszwalb & Huttenlocher, "Distance Transforms of
// Sampled Functions", Theory of Computing 8, 2012): for every cell, the straight-line
// distance to the nearest cell of a target set, in linear time. Clearance to obstacles
// needs the straight-line distance (fast_marching gives a first-order geodesic one, at
// O(n log n)); in free space the two agree, so this is the cheaper and exact choice.

#include <cstdint>

#include "sim/field/grid.hpp"

namespace agora {

// Distance in metres from each cell centre to the nearest centre of a cell whose value is
// `target`; kNoTarget_m everywhere when the grid holds no such cell.
inline constexpr float kNoTarget_m = 1e9f;
Field distance_to_value(const Mask& grid, std::uint8_t target);

}  // namespace agora
