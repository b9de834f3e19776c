#include "sim/field/fast_marching.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <queue>

#include "sim/field/distance_transform.hpp"

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
  const int ix0 =
      std::max(0, static_cast<int>(std::floor((std::min(a.x, b.x) - reach_m - o.x) / h)));
  const int ix1 = std::min(passable.nx() - 1,
                           static_cast<int>(std::floor((std::max(a.x, b.x) + reach_m - o.x) / h)));
  const int iy0 =
      std::max(0, static_cast<int>(std::floor((std::min(a.y, b.y) - reach_m - o.y) / h)));
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

// ---- geodesic_distance -------------------------------------------------------------------

namespace {

// Euclidean distance without std::hypot's overflow care: coordinates here are metres.
inline double dist2d(Vec2 a, Vec2 b) {
  const double dx = a.x - b.x, dy = a.y - b.y;
  return std::sqrt(dx * dx + dy * dy);
}

struct SourcePoint {
  Vec2 pos;
  float base;  // distance already travelled when the path reaches pos
};

// Line of sight between two cell centres over passable cells: true when every cell the
// segment passes through is passable (crossing exactly through a lattice corner is allowed
// unless both cells beside it are blocked). Jumps through open space by the clearance, so
// in an open square the check costs a few steps rather than one per cell.
class LineOfSight {
 public:
  LineOfSight(const Mask& passable, const Field& clearance)
      : passable_(passable), clearance_(clearance), h_(passable.cell_m()), o_(passable.origin()) {}

  bool operator()(Vec2 a, Vec2 b) const {
    const Vec2 d = b - a;
    const double len = std::sqrt(d.squared_norm());
    if (len < 1e-9) return true;
    const Vec2 u = d / len;
    // Every point of a blocked cell lies within h/√2 of its centre, so from a point p in cell c
    // no blocked cell is nearer than clearance(c) − |p − centre(c)| − h/√2.
    const double slack = h_ * 0.70711;
    auto safe_at = [&](Vec2 p, int ix, int iy) {
      const double cx = o_.x + (ix + 0.5) * h_ - p.x, cy = o_.y + (iy + 0.5) * h_ - p.y;
      return static_cast<double>(clearance_(ix, iy)) - slack - std::sqrt(cx * cx + cy * cy);
    };
    const int bx = static_cast<int>(std::floor((b.x - o_.x) / h_));
    const int by = static_cast<int>(std::floor((b.y - o_.y) / h_));
    if (!open(bx, by)) return false;
    const double safe_b =
        safe_at(b, bx, by);  // the free disc around b: once inside it, b is in sight
    double t = 0.0;
    for (int guard = 0; guard < 1000000; ++guard) {
      const Vec2 p = a + u * t;
      const int ix = static_cast<int>(std::floor((p.x - o_.x) / h_));
      const int iy = static_cast<int>(std::floor((p.y - o_.y) / h_));
      if (!open(ix, iy)) return false;
      if (t >= len || len - t <= safe_b) return true;
      const double safe = safe_at(p, ix, iy);
      if (safe > 0.3 * h_) {
        t = std::min(len, t + safe);
        continue;
      }
      // One cell step (Amanatides & Woo).
      const double lx = o_.x + ix * h_, ly = o_.y + iy * h_;
      const double tx = u.x > 0 ? (lx + h_ - p.x) / u.x : (u.x < 0 ? (lx - p.x) / u.x : 1e300);
      const double ty = u.y > 0 ? (ly + h_ - p.y) / u.y : (u.y < 0 ? (ly - p.y) / u.y : 1e300);
      const int sx = u.x > 0 ? 1 : -1, sy = u.y > 0 ? 1 : -1;
      if (std::abs(tx - ty) < 1e-9 && !open(ix + sx, iy) && !open(ix, iy + sy)) return false;
      t = std::min(len, t + std::min(tx, ty) + 1e-7);
    }
    return true;
  }

 private:
  bool open(int ix, int iy) const {
    return ix >= 0 && iy >= 0 && ix < passable_.nx() && iy < passable_.ny() && passable_(ix, iy);
  }
  const Mask& passable_;
  const Field& clearance_;
  double h_;
  Vec2 o_;
};

}  // namespace

Field geodesic_distance(const Mask& passable, const std::vector<Seed>& seeds) {
  const int nx = passable.nx();
  const int ny = passable.ny();
  Field dist(passable.origin(), passable.cell_m(), nx, ny, kUnreachable);
  Grid<std::uint8_t> state(passable.origin(), passable.cell_m(), nx, ny, kFar);
  Grid<std::int32_t> source_of(passable.origin(), passable.cell_m(), nx, ny, -1);
  // A cell becomes a corner source (once) when a path has to bend at it.
  Grid<std::int32_t> corner_source(passable.origin(), passable.cell_m(), nx, ny, -1);
  std::vector<SourcePoint> sources;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  const Field clearance = distance_to_blocked(passable);
  const LineOfSight visible(passable, clearance);

  for (const Seed& s : seeds) {
    if (!passable.contains(s.cell) || !passable[s.cell]) continue;
    if (s.distance_m < dist[s.cell]) {
      dist[s.cell] = s.distance_m;
      sources.push_back({passable.center(s.cell), s.distance_m});
      source_of[s.cell] = static_cast<std::int32_t>(sources.size() - 1);
      state[s.cell] = kTrial;
      heap.push({s.distance_m, s.cell.ix, s.cell.iy});
    }
  }

  const double h = passable.cell_m();
  constexpr int dx[8] = {1, -1, 0, 0, 1, 1, -1, -1};
  constexpr int dy[8] = {0, 0, 1, -1, 1, -1, 1, -1};
  auto open = [&](int ix, int iy) {
    return ix >= 0 && iy >= 0 && ix < nx && iy < ny && passable(ix, iy);
  };

  while (!heap.empty()) {
    const Entry e = heap.top();
    heap.pop();
    if (state(e.ix, e.iy) == kKnown || e.t > dist(e.ix, e.iy)) continue;
    state(e.ix, e.iy) = kKnown;
    const Vec2 pc = passable.center(e.ix, e.iy);
    const SourcePoint src = sources[source_of(e.ix, e.iy)];
    for (int k = 0; k < 8; ++k) {
      const int jx = e.ix + dx[k];
      const int jy = e.iy + dy[k];
      if (!open(jx, jy) || state(jx, jy) == kKnown) continue;
      if (k >= 4 && !(open(e.ix + dx[k], e.iy) && open(e.ix, e.iy + dy[k])))
        continue;  // no corner cutting
      std::int32_t via = source_of(e.ix, e.iy);
      if (source_of(jx, jy) == via) continue;  // already straight from the same source: no better
      const Vec2 pj = passable.center(jx, jy);
      // Straight on from the source when it is in sight; else bend at this cell.
      float t = static_cast<float>(static_cast<double>(src.base) + dist2d(src.pos, pj));
      if (!(t < dist(jx, jy))) continue;
      if (!visible(src.pos, pj)) {
        // The path bends. Best at the obstacle's own corner: a vertex of this cell that touches a
        // blocked cell (nudged into the cell), else at the cell's centre.
        t = static_cast<float>(static_cast<double>(dist(e.ix, e.iy)) +
                               (k < 4 ? h : h * std::numbers::sqrt2));
        SourcePoint best{pc, dist(e.ix, e.iy)};
        bool at_vertex = false;
        for (int vx = 0; vx <= 1; ++vx)
          for (int vy = 0; vy <= 1; ++vy) {
            // Cells around vertex (e.ix + vx, e.iy + vy): (e.ix + vx - 1 .. e.ix + vx, same in y).
            const int cx = e.ix + vx, cy = e.iy + vy;
            if (open(cx - 1, cy - 1) && open(cx, cy - 1) && open(cx - 1, cy) && open(cx, cy))
              continue;
            const Vec2 v = passable.origin() + Vec2{cx * h, cy * h};
            const Vec2 s = v + (pc - v) * 0.02;
            const double base = visible(src.pos, s)
                                    ? static_cast<double>(src.base) + dist2d(src.pos, s)
                                    : static_cast<double>(dist(e.ix, e.iy)) + dist2d(pc, s);
            const double tv = base + dist2d(s, pj);
            if (tv < static_cast<double>(t) && visible(s, pj)) {
              t = static_cast<float>(tv);
              best = {s, static_cast<float>(base)};
              at_vertex = true;
            }
          }
        if (!(t < dist(jx, jy))) continue;
        if (at_vertex) {
          sources.push_back(best);
          via = static_cast<std::int32_t>(sources.size() - 1);
        } else {
          if (corner_source(e.ix, e.iy) < 0) {
            sources.push_back(best);
            corner_source(e.ix, e.iy) = static_cast<std::int32_t>(sources.size() - 1);
          }
          via = corner_source(e.ix, e.iy);
        }
      }
      dist(jx, jy) = t;
      source_of(jx, jy) = via;
      state(jx, jy) = kTrial;
      heap.push({t, jx, jy});
    }
  }
  return dist;
}

}  // namespace agora
