#include "gui/map/triangulate.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace agora::gui {

namespace {

using Index = std::uint32_t;

double cross3(Vec2 a, Vec2 b, Vec2 c) {
  return (b - a).cross(c - b);
}

double signed_area(const std::vector<Vec2>& pts, const std::vector<Index>& ring) {
  double a = 0.0;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const Vec2 p = pts[ring[i]] - pts[ring[0]];
    const Vec2 q = pts[ring[(i + 1) % ring.size()]] - pts[ring[0]];
    a += p.cross(q);
  }
  return a / 2.0;
}

// Appends a ring's points (without the closing duplicate and repeated points) and returns
// their indices, oriented counter-clockwise when ccw, else clockwise.
std::vector<Index> add_ring(const Ring& ring, std::vector<Vec2>& pts, bool ccw) {
  std::vector<Index> idx;
  for (const Vec2& p : ring) {
    if (!idx.empty() && pts[idx.back()] == p) continue;
    idx.push_back(static_cast<Index>(pts.size()));
    pts.push_back(p);
  }
  while (idx.size() > 1 && pts[idx.back()] == pts[idx.front()]) {
    idx.pop_back();
    pts.pop_back();
  }
  if (idx.size() < 3) return {};
  const double a = signed_area(pts, idx);
  if ((a < 0.0) == ccw) std::reverse(idx.begin(), idx.end());
  return idx;
}

// Inclusive point-in-triangle for a counter-clockwise triangle.
bool in_triangle(Vec2 p, Vec2 a, Vec2 b, Vec2 c) {
  return cross3(a, b, p) >= 0.0 && cross3(b, c, p) >= 0.0 && cross3(c, a, p) >= 0.0;
}

// Does p lie inside the ring's corner at position j (the angle left of prev -> j -> next)?
bool locally_inside(const std::vector<Vec2>& pts, const std::vector<Index>& ring, std::size_t j,
                    Vec2 p) {
  const Vec2 prev = pts[ring[(j + ring.size() - 1) % ring.size()]];
  const Vec2 v = pts[ring[j]];
  const Vec2 next = pts[ring[(j + 1) % ring.size()]];
  const bool left_in = cross3(prev, v, p) >= 0.0, left_out = cross3(v, next, p) >= 0.0;
  return cross3(prev, v, next) >= 0.0 ? left_in && left_out : left_in || left_out;
}

// Joins a clockwise hole into the counter-clockwise outer ring by a bridge from the hole's
// rightmost vertex to a vertex of the outer ring it can see.
void bridge_hole(const std::vector<Vec2>& pts, std::vector<Index>& outer,
                 const std::vector<Index>& hole) {
  std::size_t mi = 0;
  for (std::size_t i = 1; i < hole.size(); ++i)
    if (pts[hole[i]].x > pts[hole[mi]].x) mi = i;
  const Vec2 m = pts[hole[mi]];

  // Nearest edge hit by the ray from m towards +x.
  double best_x = std::numeric_limits<double>::infinity();
  std::size_t best_edge = outer.size();
  for (std::size_t i = 0; i < outer.size(); ++i) {
    const Vec2 a = pts[outer[i]], b = pts[outer[(i + 1) % outer.size()]];
    if ((a.y > m.y) == (b.y > m.y) && a.y != m.y && b.y != m.y) continue;  // does not span m.y
    if (a.y == b.y) {
      if (a.y != m.y) continue;
      const double x = std::min(a.x, b.x);
      if (x >= m.x && x < best_x) best_x = x, best_edge = i;
      continue;
    }
    const double x = a.x + (m.y - a.y) * (b.x - a.x) / (b.y - a.y);
    if (x >= m.x && x < best_x) best_x = x, best_edge = i;
  }
  std::size_t bridge = 0;
  if (best_edge == outer.size()) {
    // Hole not inside the ring (bad input): bridge to the nearest vertex so nothing is lost.
    double best_d = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < outer.size(); ++i)
      if (double d = (pts[outer[i]] - m).squared_norm(); d < best_d) best_d = d, bridge = i;
  } else {
    const std::size_t ia = best_edge, ib = (best_edge + 1) % outer.size();
    const Vec2 hit{best_x, m.y};
    bridge = pts[outer[ia]].x > pts[outer[ib]].x ? ia : ib;
    if (pts[outer[ia]] == hit)
      bridge = ia;
    else if (pts[outer[ib]] == hit)
      bridge = ib;
    else {
      // A reflex vertex inside triangle (m, hit, candidate) would hide the candidate: take
      // the one making the smallest angle with the ray instead.
      Vec2 t0 = m, t1 = hit, t2 = pts[outer[bridge]];
      if (cross3(t0, t1, t2) < 0.0) std::swap(t1, t2);
      double best_cos = -2.0;
      for (std::size_t i = 0; i < outer.size(); ++i) {
        if (i == bridge) continue;
        const Vec2 r = pts[outer[i]];
        const Vec2 prev = pts[outer[(i + outer.size() - 1) % outer.size()]];
        const Vec2 next = pts[outer[(i + 1) % outer.size()]];
        if (cross3(prev, r, next) > 0.0) continue;  // convex: cannot hide anything
        if (r == m || !in_triangle(r, t0, t1, t2)) continue;
        const Vec2 d = r - m;
        const double c = d.x / d.norm();
        if (c > best_cos) best_cos = c, bridge = i;
      }
    }
  }
  // After earlier bridges a vertex can occur twice in the ring; join the hole at the
  // occurrence whose corner the hole lies in, or the ring would cross itself.
  for (std::size_t j = 0; j < outer.size(); ++j)
    if (outer[j] == outer[bridge] && locally_inside(pts, outer, j, m)) {
      bridge = j;
      break;
    }
  std::vector<Index> merged;
  merged.reserve(outer.size() + hole.size() + 2);
  merged.insert(merged.end(), outer.begin(),
                outer.begin() + static_cast<std::ptrdiff_t>(bridge) + 1);
  for (std::size_t k = 0; k <= hole.size(); ++k) merged.push_back(hole[(mi + k) % hole.size()]);
  merged.push_back(outer[bridge]);
  merged.insert(merged.end(), outer.begin() + static_cast<std::ptrdiff_t>(bridge) + 1, outer.end());
  outer = std::move(merged);
}

void clip_ears(const std::vector<Vec2>& pts, const std::vector<Index>& ring,
               std::vector<Index>& out) {
  const std::size_t n = ring.size();
  if (n < 3) return;
  std::vector<std::size_t> prev(n), next(n);
  for (std::size_t i = 0; i < n; ++i) {
    prev[i] = (i + n - 1) % n;
    next[i] = (i + 1) % n;
  }
  auto P = [&](std::size_t node) { return pts[ring[node]]; };
  auto is_ear = [&](std::size_t c) {
    const std::size_t p = prev[c], q = next[c];
    const Vec2 a = P(p), b = P(c), d = P(q);
    if (cross3(a, b, d) <= 0.0) return false;
    for (std::size_t r = next[q]; r != p; r = next[r]) {
      const Vec2 v = P(r);
      if (v == a || v == b || v == d) continue;
      if (in_triangle(v, a, b, d)) return false;
    }
    return true;
  };
  std::size_t remaining = n;
  std::size_t cur = 0;
  std::size_t misses = 0;
  auto remove = [&](std::size_t c, bool emit) {
    if (emit) out.insert(out.end(), {ring[prev[c]], ring[c], ring[next[c]]});
    next[prev[c]] = next[c];
    prev[next[c]] = prev[c];
    --remaining;
    misses = 0;
    return next[c];
  };
  while (remaining > 3) {
    if (is_ear(cur)) {
      cur = remove(cur, true);
      continue;
    }
    cur = next[cur];
    if (++misses < remaining) continue;
    // A full round without an ear: the input is degenerate. Drop a zero-area vertex if there
    // is one, else clip the most convex vertex regardless, so the loop always ends.
    std::size_t flat = n, convex = n;
    double best = 0.0;
    std::size_t c = cur;
    for (std::size_t k = 0; k < remaining; ++k, c = next[c]) {
      const double cr = cross3(P(prev[c]), P(c), P(next[c]));
      const double scale = (P(c) - P(prev[c])).norm() * (P(next[c]) - P(c)).norm();
      if (std::abs(cr) <= 1e-12 * scale) {
        flat = c;
        break;
      }
      if (cr > best) best = cr, convex = c;
    }
    if (flat != n)
      cur = remove(flat, false);
    else
      cur = remove(convex != n ? convex : cur, true);
  }
  if (cross3(P(prev[cur]), P(cur), P(next[cur])) > 0.0)
    out.insert(out.end(), {ring[prev[cur]], ring[cur], ring[next[cur]]});
}

}  // namespace

Triangles triangulate(const Polygon& polygon) {
  Triangles t;
  std::vector<Index> outer = add_ring(polygon.outer(), t.points, /*ccw=*/true);
  if (outer.empty()) return t;
  std::vector<std::vector<Index>> holes;
  for (const Ring& inner : polygon.inners())
    if (auto h = add_ring(inner, t.points, /*ccw=*/false); !h.empty())
      holes.push_back(std::move(h));
  auto max_x = [&](const std::vector<Index>& ring) {
    double x = -std::numeric_limits<double>::infinity();
    for (Index i : ring) x = std::max(x, t.points[i].x);
    return x;
  };
  std::sort(holes.begin(), holes.end(),
            [&](const auto& a, const auto& b) { return max_x(a) > max_x(b); });
  for (const auto& hole : holes) bridge_hole(t.points, outer, hole);
  t.indices.reserve((outer.size() - 2) * 3);
  clip_ears(t.points, outer, t.indices);
  return t;
}

}  // namespace agora::gui
