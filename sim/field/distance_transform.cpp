#include "sim/field/distance_transform.hpp"

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
  Eigen::ArrayXXd sq(nx, ny);
  const int n = std::max(nx, ny);
  std::vector<double> f, d;
  std::vector<int> v(static_cast<std::size_t>(n));
  std::vector<double> z(static_cast<std::size_t>(n) + 1);
  // Columns (along y), then rows (along x).
  f.resize(static_cast<std::size_t>(ny));
  d.resize(static_cast<std::size_t>(ny));
  for (int ix = 0; ix < nx; ++ix) {
    for (int iy = 0; iy < ny; ++iy) f[static_cast<std::size_t>(iy)] = grid(ix, iy) == target ? 0.0 : kFar;
    squared_edt_1d(f, d, v, z);
    for (int iy = 0; iy < ny; ++iy) sq(ix, iy) = d[static_cast<std::size_t>(iy)];
  }
  f.resize(static_cast<std::size_t>(nx));
  d.resize(static_cast<std::size_t>(nx));
  const double h = grid.cell_m();
  for (int iy = 0; iy < ny; ++iy) {
    for (int ix = 0; ix < nx; ++ix) f[static_cast<std::size_t>(ix)] = sq(ix, iy);
    squared_edt_1d(f, d, v, z);
    for (int ix = 0; ix < nx; ++ix) {
      const double s = d[static_cast<std::size_t>(ix)];
      out(ix, iy) = s >= kFar / 2 ? kNoTarget_m : static_cast<float>(std::sqrt(s) * h);
    }
  }
  return out;
}

}  // namespace agora
