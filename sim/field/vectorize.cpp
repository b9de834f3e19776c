#include "sim/field/vectorize.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace agora {

namespace {

// A directed cell edge between lattice vertices, with the inside cell on its left.
struct Edge {
  int x0, y0, x1, y1;
  bool used = false;
};

std::uint64_t key(int x, int y) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(x)) << 32) |
         static_cast<std::uint32_t>(y);
}

// Direction index of a unit lattice step: 0 +x, 1 +y, 2 -x, 3 -y (counter-clockwise order).
int dir_of(const Edge& e) {
  if (e.x1 > e.x0) return 0;
  if (e.y1 > e.y0) return 1;
  if (e.x1 < e.x0) return 2;
  return 3;
}

}  // namespace

MultiPolygon polygons_of(const Mask& mask) {
  const int nx = mask.nx();
  const int ny = mask.ny();
  auto in = [&](int ix, int iy) {
    return ix >= 0 && iy >= 0 && ix < nx && iy < ny && mask(ix, iy) != 0;
  };
  std::vector<Edge> edges;
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix) {
      if (!in(ix, iy)) continue;
      if (!in(ix, iy - 1)) edges.push_back({ix, iy, ix + 1, iy});
      if (!in(ix + 1, iy)) edges.push_back({ix + 1, iy, ix + 1, iy + 1});
      if (!in(ix, iy + 1)) edges.push_back({ix + 1, iy + 1, ix, iy + 1});
      if (!in(ix - 1, iy)) edges.push_back({ix, iy + 1, ix, iy});
    }
  std::unordered_multimap<std::uint64_t, std::size_t> from;
  from.reserve(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) from.emplace(key(edges[i].x0, edges[i].y0), i);

  const double h = mask.cell_m();
  const Vec2 o = mask.origin();
  std::vector<Ring> outers, holes;
  for (std::size_t start = 0; start < edges.size(); ++start) {
    if (edges[start].used) continue;
    std::vector<std::pair<int, int>> pts;
    std::size_t cur = start;
    while (true) {
      Edge& e = edges[cur];
      e.used = true;
      pts.push_back({e.x0, e.y0});
      // Next edge from e's end: at a vertex shared by two diagonal cells, turn left so the
      // two cells stay in separate rings.
      const int d = dir_of(e);
      std::size_t best = edges.size();
      int best_rank = 4;
      auto range = from.equal_range(key(e.x1, e.y1));
      for (auto it = range.first; it != range.second; ++it) {
        const Edge& n = edges[it->second];
        if (n.used && it->second != start) continue;
        const int turn = (dir_of(n) - d + 4) % 4;  // 1 left, 0 straight, 3 right
        const int rank = turn == 1 ? 0 : (turn == 0 ? 1 : 2);
        if (rank < best_rank) {
          best_rank = rank;
          best = it->second;
        }
      }
      if (best == edges.size() || best == start) break;
      cur = best;
    }
    // Drop collinear vertices.
    std::vector<std::pair<int, int>> simple;
    const std::size_t n = pts.size();
    for (std::size_t i = 0; i < n; ++i) {
      const auto& a = pts[(i + n - 1) % n];
      const auto& b = pts[i];
      const auto& c = pts[(i + 1) % n];
      const long cross = static_cast<long>(b.first - a.first) * (c.second - b.second) -
                         static_cast<long>(b.second - a.second) * (c.first - b.first);
      if (cross != 0) simple.push_back(b);
    }
    if (simple.size() < 3) continue;
    Ring ring;
    for (const auto& [x, y] : simple) ring.push_back({o.x + x * h, o.y + y * h});
    ring.push_back(ring.front());
    if (bg::area(ring) > 0.0)
      outers.push_back(std::move(ring));
    else
      holes.push_back(std::move(ring));
  }

  MultiPolygon out;
  out.reserve(outers.size());
  std::vector<double> areas;
  for (Ring& r : outers) {
    Polygon p;
    p.outer() = std::move(r);
    areas.push_back(bg::area(p));
    out.push_back(std::move(p));
  }
  for (Ring& hole : holes) {
    // A point just inside the region along the hole's first edge (the inside lies on the left).
    const Vec2 a = hole[0], b = hole[1];
    const Vec2 dir = (b - a).normalized();
    const Vec2 probe = a + dir * (0.5 * h) + dir.perpendicular() * (0.5 * h);
    std::size_t owner = out.size();
    for (std::size_t i = 0; i < out.size(); ++i)
      if (bg::within(probe, out[i].outer()) && (owner == out.size() || areas[i] < areas[owner]))
        owner = i;
    if (owner < out.size()) out[owner].inners().push_back(std::move(hole));
  }
  return out;
}

}  // namespace agora
