#include "sim/field/fast_marching.hpp"

#include <algorithm>
#include <cmath>
#include <queue>

namespace agora {

namespace {

enum : std::uint8_t { kFar = 0, kTrial = 1, kKnown = 2 };

struct Entry {
  float t;
  int ix, iy;
  bool operator>(const Entry& o) const { return t > o.t; }
};

// Solves the upwind Eikonal update from the two axis minima a (x) and b (y) with step h·s.
float solve_eikonal(float a, float b, float hs) {
  if (a > b) std::swap(a, b);
  if (b == kUnreachable || b - a >= hs) return a + hs;
  const float disc = 2.0f * hs * hs - (a - b) * (a - b);
  return 0.5f * (a + b + std::sqrt(disc));
}

}  // namespace

Field fast_marching(const Mask& passable, const std::vector<Seed>& seeds, const Field* slowness) {
  const int nx = passable.nx();
  const int ny = passable.ny();
  if (slowness && (slowness->nx() != nx || slowness->ny() != ny))
    throw Error("", "fast_marching", "slowness", "must have the shape of the passable mask");
  Field dist(passable.origin(), passable.cell_m(), nx, ny, kUnreachable);
  Grid<std::uint8_t> state(passable.origin(), passable.cell_m(), nx, ny, kFar);
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;

  for (const Seed& s : seeds) {
    if (!passable.contains(s.cell) || !passable[s.cell]) continue;
    if (s.distance_m < dist[s.cell]) {
      dist[s.cell] = s.distance_m;
      state[s.cell] = kTrial;
      heap.push({s.distance_m, s.cell.ix, s.cell.iy});
    }
  }

  const float h = static_cast<float>(passable.cell_m());
  constexpr int dx[4] = {1, -1, 0, 0};
  constexpr int dy[4] = {0, 0, 1, -1};
  auto value = [&](int ix, int iy) -> float {
    if (ix < 0 || iy < 0 || ix >= nx || iy >= ny || state(ix, iy) != kKnown) return kUnreachable;
    return dist(ix, iy);
  };

  while (!heap.empty()) {
    const Entry e = heap.top();
    heap.pop();
    if (state(e.ix, e.iy) == kKnown || e.t > dist(e.ix, e.iy)) continue;  // stale entry
    state(e.ix, e.iy) = kKnown;
    for (int k = 0; k < 4; ++k) {
      const int jx = e.ix + dx[k];
      const int jy = e.iy + dy[k];
      if (jx < 0 || jy < 0 || jx >= nx || jy >= ny) continue;
      if (!passable(jx, jy) || state(jx, jy) == kKnown) continue;
      const float a = std::min(value(jx - 1, jy), value(jx + 1, jy));
      const float b = std::min(value(jx, jy - 1), value(jx, jy + 1));
      const float hs = slowness ? h * (*slowness)(jx, jy) : h;
      const float t = solve_eikonal(a, b, hs);
      if (t < dist(jx, jy)) {
        dist(jx, jy) = t;
        state(jx, jy) = kTrial;
        heap.push({t, jx, jy});
      }
    }
  }
  return dist;
}

std::vector<Seed> seeds_along_segment(const Mask& passable, Vec2 a, Vec2 b, double reach_m) {
  std::vector<Seed> seeds;
  const double h = passable.cell_m();
  const Vec2 o = passable.origin();
  const int ix0 = std::max(0, static_cast<int>(std::floor((std::min(a.x, b.x) - reach_m - o.x) / h)));
  const int ix1 = std::min(passable.nx() - 1,
                           static_cast<int>(std::floor((std::max(a.x, b.x) + reach_m - o.x) / h)));
  const int iy0 = std::max(0, static_cast<int>(std::floor((std::min(a.y, b.y) - reach_m - o.y) / h)));
  const int iy1 = std::min(passable.ny() - 1,
                           static_cast<int>(std::floor((std::max(a.y, b.y) + reach_m - o.y) / h)));
  for (int iy = iy0; iy <= iy1; ++iy)
    for (int ix = ix0; ix <= ix1; ++ix) {
      if (!passable(ix, iy)) continue;
      const double d = distance_to_segment(passable.center(ix, iy), a, b);
      if (d <= reach_m) seeds.push_back({{ix, iy}, static_cast<float>(d)});
    }
  return seeds;
}

}  // namespace agora
