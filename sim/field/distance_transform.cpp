#include "sim/field/distance_transform.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace agora {

namespace {

constexpr double kFar = 1e20;  // "no target" in squared cells; finite so the algebra stays exact

// Lower envelope of parabolas (q - v)² + f(v) for one row or column (squared distances).
void squared_edt_1d(const std::vector<double>& f, std::vector<double>& d, std::vector<int>& v,
                    std::vector<double>& z) {
  const int n = static_cast<int>(f.size());
  auto meet = [&](int q, int p) {
    return ((f[q] + double(q) * q) - (f[p] + double(p) * p)) / (2.0 * q - 2.0 * p);
  };
  int k = 0;
  v[0] = 0;
  z[0] = -kFar;
  z[1] = kFar;
  for (int q = 1; q < n; ++q) {
    double s = meet(q, v[k]);
    while (s <= z[k]) {
      --k;
      s = meet(q, v[k]);
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

// Squared distances, in cells², from every cell of an nx × ny grid to the nearest cell where
// is_target(ix, iy) holds; kFar where there is none. The result is column-major (index
// ix·ny + iy): pass 1 runs along x, where a row-major grid is contiguous, and writes
// transposed so that pass 2 along y reads contiguous memory too.
template <typename IsTarget>
std::vector<double> squared_edt_2d(int nx, int ny, IsTarget is_target) {
  const std::size_t sx = static_cast<std::size_t>(nx), sy = static_cast<std::size_t>(ny);
  std::vector<double> out(sx * sy);
  const std::size_t n = std::max(sx, sy);
  std::vector<double> f(n), d(n), z(n + 1);
  std::vector<int> v(n);
  f.resize(sx);
  d.resize(sx);
  for (int iy = 0; iy < ny; ++iy) {
    bool any = false, all = true;
    for (int ix = 0; ix < nx; ++ix) {
      const bool hit = is_target(ix, iy);
      f[static_cast<std::size_t>(ix)] = hit ? 0.0 : kFar;
      any = any || hit;
      all = all && hit;
    }
    if (any && !all) squared_edt_1d(f, d, v, z);  // else nothing to propagate along this row
    const std::vector<double>& row = (any && !all) ? d : f;
    for (std::size_t ix = 0; ix < sx; ++ix) out[ix * sy + static_cast<std::size_t>(iy)] = row[ix];
  }
  f.resize(sy);
  d.resize(sy);
  for (std::size_t ix = 0; ix < sx; ++ix) {
    double* column = out.data() + ix * sy;
    std::copy(column, column + sy, f.begin());
    squared_edt_1d(f, d, v, z);
    std::copy(d.begin(), d.end(), column);
  }
  return out;
}

}  // namespace

Field distance_to_value(const Mask& grid, std::uint8_t target) {
  const int nx = grid.nx(), ny = grid.ny();
  Field out(grid.origin(), grid.cell_m(), nx, ny, kNoTarget_m);
  if (nx == 0 || ny == 0) return out;
  const std::vector<double> sq =
      squared_edt_2d(nx, ny, [&](int ix, int iy) { return grid(ix, iy) == target; });
  const double h = grid.cell_m();
  for (int ix = 0; ix < nx; ++ix)
    for (int iy = 0; iy < ny; ++iy) {
      const double s = sq[static_cast<std::size_t>(ix) * ny + iy];
      out(ix, iy) = s >= kFar / 2 ? kNoTarget_m : static_cast<float>(std::sqrt(s) * h);
    }
  return out;
}

Field distance_to_blocked(const Mask& free, bool border_blocks) {
  // With border_blocks the grid grows by one cell on every side, and that ring is blocked.
  const int pad = border_blocks ? 1 : 0;
  const int nx = free.nx() + 2 * pad, ny = free.ny() + 2 * pad;
  const std::vector<double> sq = squared_edt_2d(nx, ny, [&](int ix, int iy) {
    const int fx = ix - pad, fy = iy - pad;
    const bool inside = fx >= 0 && fy >= 0 && fx < free.nx() && fy < free.ny();
    return !(inside && free(fx, fy));
  });
  Field out(free.origin(), free.cell_m(), free.nx(), free.ny(), 0.0f);
  const double h = free.cell_m();
  for (int ix = 0; ix < free.nx(); ++ix)
    for (int iy = 0; iy < free.ny(); ++iy) {
      const double s = sq[static_cast<std::size_t>(ix + pad) * ny + (iy + pad)];
      out(ix, iy) = s >= kFar / 2 ? std::numeric_limits<float>::infinity()
                                  : static_cast<float>(std::sqrt(s) * h);
    }
  return out;
}

}  // namespace agora
