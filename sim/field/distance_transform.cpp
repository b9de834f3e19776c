#include "sim/field/distance_transform.hpp"

#include <algorithm>
#include <vector>

namespace agora {

namespace {

constexpr double kFar = 1e20;  // "no target" in squared cells; finite so the algebra stays exact

// Lower envelope of parabolas (q - v)² + f(v) for one row or column (squared distances).
void squared_edt_1d(const std::vector<double>& f, std::vector<double>& d, std::vector<int>& v,
                    std::vector<double>& z) {
  const int n = static_cast<int>(f.size());
  int k = 0;
  v[0] = 0;
  z[0] = -kFar;
  z[1] = kFar;
  for (int q = 1; q < n; ++q) {
    double s = ((f[q] + double(q) * q) - (f[v[k]] + double(v[k]) * v[k])) / (2.0 * q - 2.0 * v[k]);
    while (s <= z[k]) {
      --k;
      s = ((f[q] + double(q) * q) - (f[v[k]] + double(v[k]) * v[k])) / (2.0 * q - 2.0 * v[k]);
    }
    ++k;
    v[k] = q;
    z[k] = s;
    z[k + 1] = kFar;
  }
  k = 0;
  for (int q = 0; q < n; ++q) {
    while (z[k + 1] < q) ++k;
    d[q] = double(q - v[k]) * (q - v[k]) + f[v[k]];
  }
}

}  // namespace

Field distance_to_value(const Mask& grid, std::uint8_t target) {
  const int nx = grid.nx();
  const int ny = grid.ny();
  Field out(grid.origin(), grid.cell_m(), nx, ny, kNoTarget_m);
  if (nx == 0 || ny == 0) return out;
  const int n = std::max(nx, ny);
  std::vector<double> f(static_cast<std::size_t>(n)), d(static_cast<std::size_t>(n));
  std::vector<int> v(static_cast<std::size_t>(n));
  std::vector<double> z(static_cast<std::size_t>(n) + 1);
  // Pass 1 along x, where the grid is contiguous, writing its result transposed (column
  // ix holds ny values) so pass 2 along y reads contiguous memory too.
  const std::size_t sx = static_cast<std::size_t>(nx), sy = static_cast<std::size_t>(ny);
  std::vector<double> tmp(sx * sy);
  const std::uint8_t* cells = grid.values().data();
  f.resize(sx);
  d.resize(sx);
  for (std::size_t iy = 0; iy < sy; ++iy) {
    const std::uint8_t* row = cells + iy * sx;
    bool any = false, all = true;
    for (std::size_t ix = 0; ix < sx; ++ix) {
      const bool hit = row[ix] == target;
      any = any || hit;
      all = all && hit;
    }
    if (!any || all) {  // nothing to propagate along this row
      for (std::size_t ix = 0; ix < sx; ++ix) tmp[ix * sy + iy] = all ? 0.0 : kFar;
      continue;
    }
    for (std::size_t ix = 0; ix < sx; ++ix) f[ix] = row[ix] == target ? 0.0 : kFar;
    squared_edt_1d(f, d, v, z);
    for (std::size_t ix = 0; ix < sx; ++ix) tmp[ix * sy + iy] = d[ix];
  }
  f.resize(sy);
  d.resize(sy);
  const double h = grid.cell_m();
  for (int ix = 0; ix < nx; ++ix) {
    const double* column = tmp.data() + static_cast<std::size_t>(ix) * sy;
    std::copy(column, column + sy, f.begin());
    squared_edt_1d(f, d, v, z);
    for (int iy = 0; iy < ny; ++iy) {
      const double s = d[static_cast<std::size_t>(iy)];
      out(ix, iy) = s >= kFar / 2 ? kNoTarget_m : static_cast<float>(std::sqrt(s) * h);
    }
  }
  return out;
}

}  // namespace agora
