#include "sim/crowd/agents/wall_field.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sim/crowd/agents/vec_math.hpp"

namespace agora::crowd::agents {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// 1-D squared distance transform (Felzenszwalb & Huttenlocher 2012, "Distance transforms of
// sampled functions"): d[q] = min_p (q - p)² + f[p], over the lower envelope of parabolas.
void squared_distance_1d(const std::vector<double>& f, std::vector<double>& d, std::vector<int>& v,
                         std::vector<double>& z) {
  const int n = static_cast<int>(f.size());
  d.assign(f.size(), kInf);
  v.resize(f.size());
  z.resize(f.size() + 1);
  int k = -1;
  for (int q = 0; q < n; ++q) {
    if (f[q] == kInf) continue;
    if (k < 0) {
      k = 0;
      v[0] = q;
      z[0] = -kInf;
      z[1] = kInf;
      continue;
    }
    double s = 0.0;
    while (true) {
      const int p = v[k];
      s = ((f[q] + double(q) * q) - (f[p] + double(p) * p)) / (2.0 * q - 2.0 * p);
      if (s <= z[k] && k > 0) {
        --k;
        continue;
      }
      break;
    }
    if (s <= z[k]) {  // only possible at k == 0: the new parabola replaces the first
      v[0] = q;
      z[0] = -kInf;
      z[1] = kInf;
      continue;
    }
    ++k;
    v[k] = q;
    z[k] = s;
    z[k + 1] = kInf;
  }
  if (k < 0) return;
  int j = 0;
  for (int q = 0; q < n; ++q) {
    while (z[j + 1] < q) ++j;
    const double dq = q - v[j];
    d[q] = dq * dq + f[v[j]];
  }
}

}  // namespace

WallContact contact_with_square(Vec2 p, Vec2 lo, double h) {
  const Vec2 hi{lo.x + h, lo.y + h};
  const Vec2 closest{std::clamp(p.x, lo.x, hi.x), std::clamp(p.y, lo.y, hi.y)};
  const Vec2 d = p - closest;
  const double dist = length(d);
  if (dist > 0.0) return {dist, d / dist};
  // Inside the square: push out through the nearest side.
  const double left = p.x - lo.x, right = hi.x - p.x, down = p.y - lo.y, up = hi.y - p.y;
  const double m = std::min({left, right, down, up});
  if (m == left) return {0.0, {-1.0, 0.0}};
  if (m == right) return {0.0, {1.0, 0.0}};
  if (m == down) return {0.0, {0.0, -1.0}};
  return {0.0, {0.0, 1.0}};
}

WallField::WallField(const Mask& walkable, bool periodic_x, double reach_m)
    : nx_(walkable.nx()),
      ny_(walkable.ny()),
      h_(walkable.cell_m()),
      origin_(walkable.origin()),
      periodic_x_(periodic_x),
      reach_m_(reach_m) {
  if (!(reach_m > 0.0) || reach_m / h_ > 120.0)
    throw Error("", "wall field", "reach_m", "must be positive and at most 120 cells");
  const std::size_t n = static_cast<std::size_t>(nx_) * static_cast<std::size_t>(ny_);
  off_x_.assign(n, kFar);
  off_y_.assign(n, kFar);
  clearance_.assign(n, static_cast<float>(reach_m));

  auto blocked = [&](int ix, int iy) {
    if (iy < 0 || iy >= ny_) return true;
    if (periodic_x_)
      ix = ((ix % nx_) + nx_) % nx_;
    else if (ix < 0 || ix >= nx_)
      return true;
    return walkable(ix, iy) == 0;
  };

  // Exact squared distance (in cells) from each cell centre to the nearest blocked centre, on a
  // grid padded with one blocked ring (or, periodic in x, with the row repeated either side).
  const int pad_x = periodic_x_ ? nx_ : 1;
  const int wx = nx_ + 2 * pad_x;
  const int wy = ny_ + 2;
  std::vector<double> g(static_cast<std::size_t>(wx) * wy);
  std::vector<double> f, d;
  std::vector<int> v;
  std::vector<double> z;
  f.resize(static_cast<std::size_t>(wx));
  for (int jy = 0; jy < wy; ++jy) {
    for (int jx = 0; jx < wx; ++jx) f[jx] = blocked(jx - pad_x, jy - 1) ? 0.0 : kInf;
    squared_distance_1d(f, d, v, z);
    for (int jx = 0; jx < wx; ++jx)
      g[static_cast<std::size_t>(jx) + static_cast<std::size_t>(jy) * wx] = d[jx];
  }
  f.resize(static_cast<std::size_t>(wy));
  for (int jx = 0; jx < wx; ++jx) {
    for (int jy = 0; jy < wy; ++jy)
      f[jy] = g[static_cast<std::size_t>(jx) + static_cast<std::size_t>(jy) * wx];
    squared_distance_1d(f, d, v, z);
    for (int jy = 0; jy < wy; ++jy)
      g[static_cast<std::size_t>(jx) + static_cast<std::size_t>(jy) * wx] = d[jy];
  }

  // For cells near a wall, the obstacle square nearest the centre. A square whose centre lies q
  // cells away is between q - 1/√2 and q - 1/2 cells from our centre, so only centres within
  // d_c + (1/√2 - 1/2) of the nearest one can hold the nearest square.
  constexpr double kSlack = 0.70710678118654752 - 0.5;
  for (int iy = 0; iy < ny_; ++iy)
    for (int ix = 0; ix < nx_; ++ix) {
      const std::size_t i = index(ix, iy);
      if (walkable(ix, iy) == 0) {
        off_x_[i] = 0;
        off_y_[i] = 0;
        clearance_[i] = 0.0f;
        continue;
      }
      const double dc = std::sqrt(
          g[static_cast<std::size_t>(ix + pad_x) + static_cast<std::size_t>(iy + 1) * wx]);
      if ((dc - 0.70710678118654752) * h_ >= reach_m_) continue;  // far from every wall
      const double limit = dc + kSlack;
      const int k = static_cast<int>(std::ceil(limit));
      const Vec2 c = walkable.center(ix, iy);
      double best = kInf;
      int bx = 0, by = 0;
      for (int dy = -k; dy <= k; ++dy)
        for (int dx = -k; dx <= k; ++dx) {
          if (double(dx) * dx + double(dy) * dy > limit * limit) continue;
          if (!blocked(ix + dx, iy + dy)) continue;
          const Vec2 lo{origin_.x + (ix + dx) * h_, origin_.y + (iy + dy) * h_};
          const double dist = contact_with_square(c, lo, h_).distance_m;
          if (dist < best) {
            best = dist;
            bx = dx;
            by = dy;
          }
        }
      if (best < reach_m_) {
        off_x_[i] = static_cast<std::int8_t>(bx);
        off_y_[i] = static_cast<std::int8_t>(by);
        clearance_[i] = static_cast<float>(best);
      }
    }
  clearance_field_ = Field(origin_, h_, nx_, ny_, 0.0f);
  for (int iy = 0; iy < ny_; ++iy)
    for (int ix = 0; ix < nx_; ++ix) clearance_field_(ix, iy) = clearance_[index(ix, iy)];
}

template <class Visit>
void WallField::for_each_square_near(Vec2 p, Visit&& visit) const {
  const int cx = static_cast<int>(std::floor((p.x - origin_.x) / h_));
  const int cy = static_cast<int>(std::floor((p.y - origin_.y) / h_));
  for (int b = -1; b <= 1; ++b)
    for (int a = -1; a <= 1; ++a) {
      const int nx = cx + a;
      const int ny = cy + b;
      int lx = nx;
      if (periodic_x_) lx = ((nx % nx_) + nx_) % nx_;
      if (ny < 0 || ny >= ny_ || lx < 0 || lx >= nx_) {
        visit(nx, ny);  // outside the grid: solid
        continue;
      }
      const std::size_t i = index(lx, ny);
      if (off_x_[i] == kFar) continue;
      visit(nx + off_x_[i], ny + off_y_[i]);
    }
}

WallContact WallField::nearest(Vec2 p) const {
  // Far from walls the centre's clearance, less half a cell diagonal, bounds the distance from
  // below; that is all a caller needs there.
  const int cx = static_cast<int>(std::floor((p.x - origin_.x) / h_));
  const int cy = static_cast<int>(std::floor((p.y - origin_.y) / h_));
  if (cx >= 0 && cy >= 0 && cx < nx_ && cy < ny_) {
    const double bound = static_cast<double>(clearance_[index(cx, cy)]) - 0.70710678118654752 * h_;
    if (bound >= kExactWithinM) return {bound, {0.0, 0.0}};
  }
  WallContact best{reach_m_, {0.0, 0.0}};
  for_each_square_near(p, [&](int sx, int sy) {
    const WallContact c = contact_with_square(p, {origin_.x + sx * h_, origin_.y + sy * h_}, h_);
    if (c.distance_m < best.distance_m) best = c;
  });
  return best;
}

int WallField::squares_near(Vec2 p, std::array<Vec2, 9>& out) const {
  std::array<std::pair<int, int>, 9> seen{};
  int n = 0;
  for_each_square_near(p, [&](int sx, int sy) {
    for (int k = 0; k < n; ++k)
      if (seen[k].first == sx && seen[k].second == sy) return;
    seen[n] = {sx, sy};
    out[n] = {origin_.x + sx * h_, origin_.y + sy * h_};
    ++n;
  });
  return n;
}

}  // namespace agora::crowd::agents
