#pragma once
// Neighbour search on a uniform grid of cells half the interaction radius wide: the agents are
// counting-sorted into cells every step (stable, so the order is the same on every run and
// thread count), and an agent's candidates are those in the cells that come within the radius
// of it (at most 5 × 5, usually about 18). At a given density the cost per agent is constant,
// so a step costs time linear in the agents.

#include <cstdint>
#include <span>
#include <vector>

#include "sim/geometry/geometry.hpp"

namespace agora::crowd::agents {

class NeighbourGrid {
 public:
  NeighbourGrid() = default;
  // Cells of at least radius_m / 2 over bounds, for queries up to radius_m; periodic_x wraps the
  // x direction, whose cells then tile the width exactly (at least five across).
  NeighbourGrid(const Box& bounds, double radius_m, bool periodic_x);

  // Sorts the points into cells; points outside the bounds go into the nearest edge cell.
  void build(std::span<const Vec2> points);

  // Input indices in cell order, and the points in the same order.
  std::span<const std::uint32_t> order() const { return order_; }
  std::span<const Vec2> sorted_points() const { return sorted_; }

  // Calls visit(k) for every sorted index k in the cells that come within the radius of p
  // (p inside the bounds), row by row from the bottom, left to right.
  template <class Visit>
  void for_each_near(Vec2 p, Visit&& visit) const {
    const int cx = cell_x(p.x);
    const int cy = cell_y(p.y);
    // p's offset inside its cell, to cull cells whose nearest point is beyond the radius.
    const double fx = p.x - origin_.x - cx * wx_;
    const double fy = p.y - origin_.y - cy * wy_;
    const double r2 = radius_ * radius_;
    for (int b = -2; b <= 2; ++b) {
      const int y = cy + b;
      if (y < 0 || y >= ny_) continue;
      const double dy = b < 0 ? fy + (-b - 1) * wy_ : (b > 0 ? (b - 1) * wy_ + (wy_ - fy) : 0.0);
      if (dy * dy > r2) continue;
      for (int a = -2; a <= 2; ++a) {
        const double dx = a < 0 ? fx + (-a - 1) * wx_ : (a > 0 ? (a - 1) * wx_ + (wx_ - fx) : 0.0);
        if (dx * dx + dy * dy > r2) continue;
        int x = cx + a;
        if (periodic_x_) {
          if (x < 0)
            x += nx_;
          else if (x >= nx_)
            x -= nx_;
        } else if (x < 0 || x >= nx_) {
          continue;
        }
        const std::size_t c = static_cast<std::size_t>(x) + static_cast<std::size_t>(y) * nx_;
        for (std::uint32_t k = start_[c]; k < start_[c + 1]; ++k) visit(k);
      }
    }
  }

  int cells_x() const { return nx_; }
  int cells_y() const { return ny_; }
  double cell_width_m() const { return wx_; }
  double cell_height_m() const { return wy_; }

 private:
  int cell_x(double x) const;
  int cell_y(double y) const;

  Vec2 origin_;
  double radius_ = 1.0;
  double wx_ = 1.0;
  double wy_ = 1.0;
  int nx_ = 1;
  int ny_ = 1;
  bool periodic_x_ = false;
  std::vector<std::uint32_t> start_;  // per cell, into order_; one extra at the end
  std::vector<std::uint32_t> cell_of_;
  std::vector<std::uint32_t> next_;
  std::vector<std::uint32_t> order_;
  std::vector<Vec2> sorted_;
};

}  // namespace agora::crowd::agents
