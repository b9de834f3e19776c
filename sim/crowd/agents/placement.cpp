#include "sim/crowd/agents/placement.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace agora::crowd::agents {

namespace {

// A hash grid over the taken positions, for the "no overlap" check.
class Occupancy {
 public:
  Occupancy(double cell_m, const std::vector<Vec2>& taken) : cell_(cell_m) {
    for (const Vec2& p : taken) add(p);
  }
  void add(Vec2 p) { cells_[key(cx(p.x), cx(p.y))].push_back(p); }
  bool clear(Vec2 p, double min_distance) const {
    const long x = cx(p.x), y = cx(p.y);
    for (long b = -1; b <= 1; ++b)
      for (long a = -1; a <= 1; ++a) {
        const auto it = cells_.find(key(x + a, y + b));
        if (it == cells_.end()) continue;
        for (const Vec2& q : it->second)
          if ((p - q).squared_norm() < min_distance * min_distance) return false;
      }
    return true;
  }

 private:
  long cx(double v) const { return static_cast<long>(std::floor(v / cell_)); }
  static long long key(long x, long y) {
    return (static_cast<long long>(x) << 32) ^ static_cast<long long>(y & 0xffffffff);
  }
  double cell_;
  std::unordered_map<long long, std::vector<Vec2>> cells_;
};

}  // namespace

double max_packing_density_ppm2(double radius_m) {
  const double d = 2.0 * radius_m;
  return 2.0 / (std::sqrt(3.0) * d * d);
}

double walkable_area_m2(const Environment& env, const Polygon& area) {
  return walkable_area_m2(env, area, {});
}

double walkable_area_m2(const Environment& env, const Polygon& area, const PlaceFilter& allowed) {
  const Mask& w = env.walkable();
  Box box;
  bg::envelope(area, box);
  std::size_t cells = 0;
  const double h = w.cell_m();
  const int ix0 =
      std::max(0, static_cast<int>(std::floor((box.min_corner().x - w.origin().x) / h)));
  const int iy0 =
      std::max(0, static_cast<int>(std::floor((box.min_corner().y - w.origin().y) / h)));
  const int ix1 =
      std::min(w.nx() - 1, static_cast<int>(std::floor((box.max_corner().x - w.origin().x) / h)));
  const int iy1 =
      std::min(w.ny() - 1, static_cast<int>(std::floor((box.max_corner().y - w.origin().y) / h)));
  for (int iy = iy0; iy <= iy1; ++iy)
    for (int ix = ix0; ix <= ix1; ++ix) {
      if (!w(ix, iy)) continue;
      const Vec2 c = w.center(ix, iy);
      if (bg::within(c, area) && (!allowed || allowed(c))) ++cells;
    }
  return static_cast<double>(cells) * w.cell_area_m2();
}

std::vector<Vec2> place_agents(const Environment& env, const Polygon& area, std::size_t count,
                               double radius_m, Rng& rng, std::vector<Vec2>& taken,
                               const std::string& zone, const PlaceFilter& allowed) {
  if (count == 0) return {};
  const double walkable_m2 = walkable_area_m2(env, area, allowed);
  if (walkable_m2 <= 0.0)
    throw Error("", zone, "area",
                "has no walkable space to place agents on (it lies on buildings, stalls or outside "
                "the site)");
  const double density = static_cast<double>(count) / walkable_m2;
  const double max_density = max_packing_density_ppm2(radius_m);
  if (density > max_density)
    throw Error("", zone, "density_ppm2",
                std::to_string(count) + " people on " + std::to_string(walkable_m2) +
                    " m² of walkable space is " + std::to_string(density) + " p/m², beyond the " +
                    std::to_string(max_density) + " p/m² that bodies " +
                    std::to_string(2.0 * radius_m) + " m across can fill");
  Box box;
  bg::envelope(area, box);
  const double min_gap = 2.0 * radius_m + 1e-6;
  // Hexagonal lattice at the requested density; when walls and the lattice's edges leave too
  // few points, tighten it step by step down to touching bodies.
  double spacing = std::sqrt(2.0 / (std::sqrt(3.0) * density));
  for (int attempt = 0; attempt < 60; ++attempt, spacing *= 0.97) {
    spacing = std::max(spacing, min_gap + 1e-9);
    const double row = spacing * std::sqrt(3.0) / 2.0;
    const double jitter = 0.5 * (spacing - min_gap);
    const Vec2 offset{uniform(rng, 0.0, spacing), uniform(rng, 0.0, row)};
    std::vector<Vec2> candidates;
    Occupancy occupied(std::max(min_gap, 0.1), taken);
    int r = 0;
    for (double y = box.min_corner().y + offset.y; y <= box.max_corner().y; y += row, ++r) {
      const double shift = (r % 2) ? 0.5 * spacing : 0.0;
      for (double x = box.min_corner().x + offset.x + shift; x <= box.max_corner().x;
           x += spacing) {
        // Jitter within a disc of radius `jitter` keeps lattice neighbours min_gap apart.
        const double angle = uniform(rng, 0.0, 2.0 * 3.14159265358979323846);
        const double rad = jitter * std::sqrt(uniform01(rng));
        const Vec2 p{x + rad * std::cos(angle), y + rad * std::sin(angle)};
        if (!bg::within(p, area) || !env.walkable_at(p)) continue;
        if (allowed && !allowed(p)) continue;
        if (env.walls().nearest(p).distance_m < radius_m + 0.01) continue;
        if (!occupied.clear(p, min_gap)) continue;
        // Across the seam of a periodic domain too.
        if (env.periodic_x() && (!occupied.clear(p + Vec2{env.period_x_m(), 0.0}, min_gap) ||
                                 !occupied.clear(p - Vec2{env.period_x_m(), 0.0}, min_gap)))
          continue;
        candidates.push_back(p);
        occupied.add(p);
      }
    }
    if (candidates.size() < count) {
      if (spacing <= min_gap + 1e-6) break;
      continue;
    }
    // A random subset of the right size (partial Fisher–Yates).
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t j = i + static_cast<std::size_t>(uniform_index(rng, candidates.size() - i));
      std::swap(candidates[i], candidates[j]);
    }
    candidates.resize(count);
    for (const Vec2& p : candidates) taken.push_back(p);
    return candidates;
  }
  throw Error("", zone, "density_ppm2",
              std::to_string(count) + " people do not fit on the zone's " +
                  std::to_string(walkable_m2) +
                  " m² of walkable space clear of walls and other people (" +
                  std::to_string(density) + " p/m²)");
}

}  // namespace agora::crowd::agents
