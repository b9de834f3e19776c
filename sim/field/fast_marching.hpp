#pragma once
// Geodesic distance over walkable cells by the fast marching method (Sethian 1996; first-
// order upwind scheme on a uniform grid): the travel distance from a set of seed cells to
// every cell, walking around obstacles. Distance-to-exit maps and the agents' floor fields
// both come from here.

#include <limits>
#include <vector>

#include "sim/field/grid.hpp"

namespace agora {

struct Seed {
  Cell cell;
  float distance_m = 0.0f;  // distance already travelled at the seed (exact, near the source)
};

inline constexpr float kUnreachable = std::numeric_limits<float>::infinity();

// passable(ix, iy) != 0 marks walkable cells. slowness, when given, scales the local cost
// (1 = normal walking, 2 = half speed); it must match passable's shape. Cells never reached
// keep kUnreachable.
Field fast_marching(const Mask& passable, const std::vector<Seed>& seeds,
                    const Field* slowness = nullptr);

// Walking distance for a uniform speed, accurate to a fraction of a cell where
// fast_marching's first-order scheme is not (it overestimates oblique and fanning paths by a
// few percent, most behind corners): every cell holds seed distance + the straight-line
// distance from a source point it can see, where a source is a seed cell or an obstacle
// corner the path bends around (the vector-propagation idea of Danielsson's distance
// transform, with line-of-sight checks over the passable cells). Shortest paths among
// polygonal obstacles are straight between corners, so this is exact up to rasterisation.
// Same conventions as fast_marching; moves never cut between two diagonal obstacles.
Field geodesic_distance(const Mask& passable, const std::vector<Seed>& seeds);

// Seeds for a line source (an exit, a gate): every passable cell within reach_m of the
// segment, holding its exact distance to the segment.
std::vector<Seed> seeds_along_segment(const Mask& passable, Vec2 a, Vec2 b, double reach_m);

}  // namespace agora
