#include "sim/field/distance_transform.hpp"

#include <cmath>
#include <limits>
#include <vector>

namespace agora {

namespace {

// One pass of the 1-D squared distance transform of f into d: the lower envelope of the
// parabolas (q - i)² + f(i). Open cells carry kFar instead of infinity so the algebra stays
// finite.
constexpr double kFar = 1e20;

void edt_1d(const std::vector<double>& f, std::vector<double>& d, std::vector<int>& v,
            std::vector<double>& z) {
  const int n = static_cast<int>(f.size());
  constexpr double inf = std::numeric_limits<double>::infinity();
  auto meet = [&](int q, int p) {
    return ((f[q] + static_cast<double>(q) * q) - (f[p] + static_cast<double>(p) * p)) / (2.0 * (q - p));
  };
  int k = 0;
  v[0] = 0;
  z[0] = -inf;
  z[1] = inf;
  for (int q = 1; q < n; ++q) {
    double s = meet(q, v[k]);
    while (s <= z[k]) {
      --k;
      s = meet(q, v[k]);
    }
    ++k;
    v[k] = q;
    z[k] = s;
    z[k + 1] = inf;
  }
  k = 0;
  for (int q = 0; q < n; ++q) {
    while (z[k + 1] < q) ++k;
    const double dq = q - v[k];
    d[q] = dq * dq + f[v[k]];
  }
}

}  // namespace

Field distance_to_blocked(const Mask& free, bool border_blocks) {
  // Work on a grid one cell larger on every side so the border ring can act as blocked.
  const int pad = border_blocks ? 1 : 0;
  const int nx = free.nx() + 2 * pad;
  const int ny = free.ny() + 2 * pad;
  std::vector<double> g(static_cast<std::size_t>(nx) * ny);
  auto at = [&](int ix, int iy) -> double& { return g[static_cast<std::size_t>(iy) * nx + ix]; };
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix) {
      const int fx = ix - pad, fy = iy - pad;
      const bool inside = fx >= 0 && fy >= 0 && fx < free.nx() && fy < free.ny();
      at(ix, iy) = (inside && free(fx, fy)) ? kFar : 0.0;
    }
  const int n = std::max(nx, ny);
  std::vector<double> f(n), d(n), z(n + 1);
  std::vector<int> v(n);
  // Columns (along x for each row), then rows.
  f.resize(nx);
  d.resize(nx);
  for (int iy = 0; iy < ny; ++iy) {
    for (int ix = 0; ix < nx; ++ix) f[ix] = at(ix, iy);
    edt_1d(f, d, v, z);
    for (int ix = 0; ix < nx; ++ix) at(ix, iy) = d[ix];
  }
  f.resize(ny);
  d.resize(ny);
  for (int ix = 0; ix < nx; ++ix) {
    for (int iy = 0; iy < ny; ++iy) f[iy] = at(ix, iy);
    edt_1d(f, d, v, z);
    for (int iy = 0; iy < ny; ++iy) at(ix, iy) = d[iy];
  }
  Field out(free.origin(), free.cell_m(), free.nx(), free.ny(), 0.0f);
  const double h = free.cell_m();
  for (int iy = 0; iy < free.ny(); ++iy)
    for (int ix = 0; ix < free.nx(); ++ix) {
      const double sq = at(ix + pad, iy + pad);
      out(ix, iy) = sq >= 0.5 * kFar ? std::numeric_limits<float>::infinity() : static_cast<float>(std::sqrt(sq) * h);
    }
  return out;
}

}  // namespace agora
