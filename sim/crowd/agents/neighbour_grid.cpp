#include "sim/crowd/agents/neighbour_grid.hpp"

#include <algorithm>
#include <cmath>

#include "sim/core/error.hpp"

namespace agora::crowd::agents {

NeighbourGrid::NeighbourGrid(const Box& bounds, double radius_m, bool periodic_x)
    : origin_(bounds.min_corner()), radius_(radius_m), periodic_x_(periodic_x) {
  if (!(radius_m > 0.0)) throw Error("", "neighbour grid", "radius", "needs a positive radius");
  const double min_cell_m = 0.5 * radius_m;
  const double w = bounds.max_corner().x - bounds.min_corner().x;
  const double h = bounds.max_corner().y - bounds.min_corner().y;
  nx_ = std::max(1, static_cast<int>(std::floor(w / min_cell_m)));
  ny_ = std::max(1, static_cast<int>(std::floor(h / min_cell_m)));
  if (periodic_x_ && nx_ < 5)
    throw Error("", "neighbour grid", "periodic width",
                "a periodic domain must be at least 2.5 interaction radii wide (" +
                    std::to_string(5 * min_cell_m) + " m)");
  wx_ = w / nx_;
  wy_ = h / ny_;
  if (!periodic_x_) wx_ = std::max(wx_, min_cell_m);
  wy_ = std::max(wy_, min_cell_m);
  start_.assign(static_cast<std::size_t>(nx_) * ny_ + 1, 0);
}

int NeighbourGrid::cell_x(double x) const {
  const int c = static_cast<int>(std::floor((x - origin_.x) / wx_));
  return std::clamp(c, 0, nx_ - 1);
}

int NeighbourGrid::cell_y(double y) const {
  const int c = static_cast<int>(std::floor((y - origin_.y) / wy_));
  return std::clamp(c, 0, ny_ - 1);
}

void NeighbourGrid::build(std::span<const Vec2> points) {
  const std::size_t n = points.size();
  cell_of_.resize(n);
  std::fill(start_.begin(), start_.end(), 0u);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t c =
        static_cast<std::uint32_t>(cell_x(points[i].x)) +
        static_cast<std::uint32_t>(cell_y(points[i].y)) * static_cast<std::uint32_t>(nx_);
    cell_of_[i] = c;
    ++start_[c + 1];
  }
  for (std::size_t c = 1; c < start_.size(); ++c) start_[c] += start_[c - 1];
  order_.resize(n);
  sorted_.resize(n);
  // Stable scatter: a running cursor per cell, starting at the cell's first slot.
  next_.assign(start_.begin(), start_.end() - 1);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t k = next_[cell_of_[i]]++;
    order_[k] = static_cast<std::uint32_t>(i);
    sorted_[k] = points[i];
  }
}

}  // namespace agora::crowd::agents
