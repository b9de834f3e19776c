#pragma once
// A raster over the local CRS: cell (ix, iy) covers [origin + (ix, iy)·cell, + cell) and
// its value sits at the cell centre. Values are an Eigen array indexed (ix, iy), so whole-
// grid arithmetic (masks, maxima, sums) is one expression. Shared by distance-to-exit,
// floor fields for the agent simulation, density maps and exposure rasters.

#include <Eigen/Core>
#include <cmath>
#include <optional>

#include "sim/core/error.hpp"
#include "sim/geometry/geometry.hpp"

namespace agora {

struct Cell {
  int ix = 0;
  int iy = 0;
  constexpr bool operator==(const Cell&) const = default;
};

template <class T>
class Grid {
 public:
  using Array = Eigen::Array<T, Eigen::Dynamic, Eigen::Dynamic>;

  Grid() = default;
  Grid(Vec2 origin, double cell_m, int nx, int ny, T fill = T{})
      : origin_(origin), cell_m_(cell_m), values_(Array::Constant(nx, ny, fill)) {
    if (!(cell_m > 0.0) || nx < 0 || ny < 0)
      throw Error("", "grid", "cell_m", "grid needs a positive cell size and non-negative size");
  }

  // The smallest grid of cell_m cells covering box, grown by margin_cells on every side.
  static Grid covering(const Box& box, double cell_m, int margin_cells = 0, T fill = T{}) {
    const Vec2 lo = box.min_corner();
    const Vec2 hi = box.max_corner();
    const Vec2 origin{lo.x - margin_cells * cell_m, lo.y - margin_cells * cell_m};
    const int nx = static_cast<int>(std::ceil((hi.x - lo.x) / cell_m)) + 2 * margin_cells + 1;
    const int ny = static_cast<int>(std::ceil((hi.y - lo.y) / cell_m)) + 2 * margin_cells + 1;
    return Grid(origin, cell_m, nx, ny, fill);
  }

  int nx() const { return static_cast<int>(values_.rows()); }
  int ny() const { return static_cast<int>(values_.cols()); }
  double cell_m() const { return cell_m_; }
  Vec2 origin() const { return origin_; }
  double cell_area_m2() const { return cell_m_ * cell_m_; }

  bool contains(Cell c) const { return c.ix >= 0 && c.iy >= 0 && c.ix < nx() && c.iy < ny(); }
  T& operator()(int ix, int iy) { return values_(ix, iy); }
  const T& operator()(int ix, int iy) const { return values_(ix, iy); }
  T& operator[](Cell c) { return values_(c.ix, c.iy); }
  const T& operator[](Cell c) const { return values_(c.ix, c.iy); }

  Vec2 center(int ix, int iy) const {
    return {origin_.x + (ix + 0.5) * cell_m_, origin_.y + (iy + 0.5) * cell_m_};
  }
  Vec2 center(Cell c) const { return center(c.ix, c.iy); }

  // The cell containing p, or nullopt outside the grid.
  std::optional<Cell> cell_at(Vec2 p) const {
    const Cell c{static_cast<int>(std::floor((p.x - origin_.x) / cell_m_)),
                 static_cast<int>(std::floor((p.y - origin_.y) / cell_m_))};
    if (!contains(c)) return std::nullopt;
    return c;
  }

  Box bounds() const { return {origin_, {origin_.x + nx() * cell_m_, origin_.y + ny() * cell_m_}}; }

  Array& values() { return values_; }
  const Array& values() const { return values_; }

 private:
  Vec2 origin_{};
  double cell_m_ = 1.0;
  Array values_;
};

using Mask = Grid<std::uint8_t>;
using Field = Grid<float>;

}  // namespace agora
