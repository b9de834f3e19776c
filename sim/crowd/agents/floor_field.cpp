#include "sim/crowd/agents/floor_field.hpp"

#include <cmath>

namespace agora::crowd::agents {

FloorField::FloorField(const Mask& walkable, const std::vector<Seed>& seeds, const Field& slowness)
    : cost_(fast_marching(walkable, seeds, &slowness)) {
  const int nx = cost_.nx();
  const int ny = cost_.ny();
  const float h = static_cast<float>(cost_.cell_m());
  dir_.assign(static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny) * 2, 0.0f);
  auto value = [&](int ix, int iy) -> float {
    if (ix < 0 || iy < 0 || ix >= nx || iy >= ny) return kUnreachable;
    return cost_(ix, iy);
  };
  // Gradient by central differences where both neighbours are reached, else the one-sided
  // (upwind) difference towards the lower neighbour, as the fast-marching update itself uses;
  // so cells along walls and at the edge of the field still point downhill.
  auto derivative = [&](float minus, float centre, float plus) -> float {
    const bool m = minus != kUnreachable;
    const bool p = plus != kUnreachable;
    if (m && p) return (plus - minus) / (2.0f * h);
    if (m) return minus < centre ? (centre - minus) / h : 0.0f;
    if (p) return plus < centre ? (plus - centre) / h : 0.0f;
    return 0.0f;
  };
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix) {
      const float c = cost_(ix, iy);
      if (c == kUnreachable) continue;
      const float gx = derivative(value(ix - 1, iy), c, value(ix + 1, iy));
      const float gy = derivative(value(ix, iy - 1), c, value(ix, iy + 1));
      const float n = std::sqrt(gx * gx + gy * gy);
      if (n <= 0.0f) continue;
      const std::size_t i = (static_cast<std::size_t>(ix) + static_cast<std::size_t>(iy) * nx) * 2;
      dir_[i] = -gx / n;
      dir_[i + 1] = -gy / n;
    }
}

Vec2 FloorField::direction(Vec2 p) const {
  const double h = cost_.cell_m();
  const Vec2 o = cost_.origin();
  const double fx = (p.x - o.x) / h - 0.5;
  const double fy = (p.y - o.y) / h - 0.5;
  const int ix = static_cast<int>(std::floor(fx));
  const int iy = static_cast<int>(std::floor(fy));
  const double tx = fx - ix;
  const double ty = fy - iy;
  const int nx = cost_.nx();
  const int ny = cost_.ny();
  double sx = 0.0, sy = 0.0;
  for (int b = 0; b <= 1; ++b)
    for (int a = 0; a <= 1; ++a) {
      const int jx = ix + a;
      const int jy = iy + b;
      if (jx < 0 || jy < 0 || jx >= nx || jy >= ny) continue;
      const double w = (a ? tx : 1.0 - tx) * (b ? ty : 1.0 - ty);
      const std::size_t i = (static_cast<std::size_t>(jx) + static_cast<std::size_t>(jy) * nx) * 2;
      sx += w * static_cast<double>(dir_[i]);
      sy += w * static_cast<double>(dir_[i + 1]);
    }
  const double n = std::sqrt(sx * sx + sy * sy);
  if (n < 1e-9) return {0.0, 0.0};
  return {sx / n, sy / n};
}

double FloorField::cost(Vec2 p) const {
  const auto c = cost_.cell_at(p);
  if (!c) return static_cast<double>(kUnreachable);
  return static_cast<double>(cost_[*c]);
}

}  // namespace agora::crowd::agents
