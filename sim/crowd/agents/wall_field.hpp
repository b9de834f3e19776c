#pragma once
// Distance from any point to the nearest wall, and the direction away from it, precomputed
// once per domain. Walls are the blocked cells of the walkable mask taken as solid squares
// (and everything outside the grid, except across a periodic x edge). An exact Euclidean
// distance transform (Felzenszwalb & Huttenlocher 2012) finds, for every walkable cell near a
// wall, the obstacle square nearest its centre; a query at a point then measures the exact
// distance to the squares stored for its cell and the eight around it. That is what keeps
// agents out of walls: repulsion from the nearest one, and a hard check of the step against
// all of them.

#include <array>
#include <cstdint>
#include <vector>

#include "sim/field/grid.hpp"

namespace agora::crowd::agents {

struct WallContact {
  double distance_m = 0.0;  // from the point to the wall (0 inside a wall)
  Vec2 normal;              // unit vector from the wall towards the point
};

// Distance from p to the square [lo, lo + h]², and the normal away from it.
WallContact contact_with_square(Vec2 p, Vec2 lo, double h);

class WallField {
 public:
  WallField() = default;
  // reach_m bounds the search: beyond it a point counts as "far from every wall".
  WallField(const Mask& walkable, bool periodic_x, double reach_m);

  double reach_m() const { return reach_m_; }
  double cell_m() const { return h_; }

  // Distance from the centre of cell (ix, iy) to the nearest obstacle square, capped at
  // reach_m; 0 for a blocked cell.
  float clearance(int ix, int iy) const { return clearance_[index(ix, iy)]; }
  const Field& clearance_field() const { return clearance_field_; }

  // The nearest wall to p (a point in the grid). Exact within kExactWithinM of a wall; further
  // away a lower bound on the distance, with a zero normal.
  static constexpr double kExactWithinM = 1.0;
  WallContact nearest(Vec2 p) const;

  // The distinct obstacle squares near p (lower-left corners): the walls a step from p can
  // touch. Returns how many were written (at most 9).
  int squares_near(Vec2 p, std::array<Vec2, 9>& out) const;

 private:
  std::size_t index(int ix, int iy) const {
    return static_cast<std::size_t>(ix) + static_cast<std::size_t>(iy) * nx_;
  }
  template <class Visit>
  void for_each_square_near(Vec2 p, Visit&& visit) const;

  int nx_ = 0;
  int ny_ = 0;
  double h_ = 1.0;
  Vec2 origin_;
  bool periodic_x_ = false;
  double reach_m_ = 0.0;
  static constexpr std::int8_t kFar = INT8_MIN;
  std::vector<std::int8_t> off_x_;  // offset of the nearest obstacle square, in cells, or kFar
  std::vector<std::int8_t> off_y_;
  std::vector<float> clearance_;
  Field clearance_field_;
};

}  // namespace agora::crowd::agents
