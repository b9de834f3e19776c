#include "sim/field/rasterize.hpp"

#include <algorithm>
#include <cstdint>

namespace agora {

namespace {

template <class RingT>
void add_crossings(const RingT& ring, double y, std::vector<double>& xs) {
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Vec2 a = ring[j];
    const Vec2 b = ring[i];
    // Half-open rule: an edge counts when y lies in [min, max), so vertices are not doubled.
    if ((a.y <= y && b.y > y) || (b.y <= y && a.y > y))
      xs.push_back(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
  }
}

}  // namespace

template <class T>
void fill_polygon(Grid<T>& grid, const Polygon& polygon, T value) {
  Box box;
  bg::envelope(polygon, box);
  const double h = grid.cell_m();
  const Vec2 o = grid.origin();
  const int iy0 = std::max(0, static_cast<int>(std::floor((box.min_corner().y - o.y) / h - 0.5)));
  const int iy1 =
      std::min(grid.ny() - 1, static_cast<int>(std::ceil((box.max_corner().y - o.y) / h - 0.5)));
  std::vector<double> xs;
  for (int iy = iy0; iy <= iy1; ++iy) {
    const double y = o.y + (iy + 0.5) * h;
    xs.clear();
    add_crossings(polygon.outer(), y, xs);
    for (const auto& inner : polygon.inners()) add_crossings(inner, y, xs);
    std::sort(xs.begin(), xs.end());
    for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
      // Cells whose centre x lies in [xs[k], xs[k+1]).
      const int ix0 = std::max(0, static_cast<int>(std::ceil((xs[k] - o.x) / h - 0.5)));
      const int ix1 =
          std::min(grid.nx() - 1, static_cast<int>(std::ceil((xs[k + 1] - o.x) / h - 0.5)) - 1);
      for (int ix = ix0; ix <= ix1; ++ix) grid(ix, iy) = value;
    }
  }
}

template <class T>
void fill_polygon(Grid<T>& grid, const MultiPolygon& polygons, T value) {
  for (const Polygon& p : polygons) fill_polygon(grid, p, value);
}

template <class T>
void burn_segment(Grid<T>& grid, Vec2 a, Vec2 b, double half_width_m, T value) {
  const double h = grid.cell_m();
  const Vec2 o = grid.origin();
  // Supercover walk (Amanatides & Woo): every cell the segment passes through.
  {
    const Vec2 pa = (a - o) / h;
    const Vec2 pb = (b - o) / h;
    int ix = static_cast<int>(std::floor(pa.x));
    int iy = static_cast<int>(std::floor(pa.y));
    const int ex = static_cast<int>(std::floor(pb.x));
    const int ey = static_cast<int>(std::floor(pb.y));
    const Vec2 d = pb - pa;
    const int sx = d.x > 0 ? 1 : (d.x < 0 ? -1 : 0);
    const int sy = d.y > 0 ? 1 : (d.y < 0 ? -1 : 0);
    const double inf = std::numeric_limits<double>::infinity();
    const double tdx = sx != 0 ? std::abs(1.0 / d.x) : inf;
    const double tdy = sy != 0 ? std::abs(1.0 / d.y) : inf;
    double tx = sx > 0 ? (std::floor(pa.x) + 1 - pa.x) * tdx
                       : (sx < 0 ? (pa.x - std::floor(pa.x)) * tdx : inf);
    double ty = sy > 0 ? (std::floor(pa.y) + 1 - pa.y) * tdy
                       : (sy < 0 ? (pa.y - std::floor(pa.y)) * tdy : inf);
    const int steps = std::abs(ex - ix) + std::abs(ey - iy);
    for (int k = 0; k <= steps; ++k) {
      if (grid.contains({ix, iy})) grid(ix, iy) = value;
      if (tx < ty) {
        tx += tdx;
        ix += sx;
      } else {
        ty += tdy;
        iy += sy;
      }
    }
  }
  if (half_width_m <= 0.0) return;
  const double r = half_width_m;
  const int ix0 = std::max(0, static_cast<int>(std::floor((std::min(a.x, b.x) - r - o.x) / h)));
  const int ix1 =
      std::min(grid.nx() - 1, static_cast<int>(std::floor((std::max(a.x, b.x) + r - o.x) / h)));
  const int iy0 = std::max(0, static_cast<int>(std::floor((std::min(a.y, b.y) - r - o.y) / h)));
  const int iy1 =
      std::min(grid.ny() - 1, static_cast<int>(std::floor((std::max(a.y, b.y) + r - o.y) / h)));
  for (int iy = iy0; iy <= iy1; ++iy)
    for (int ix = ix0; ix <= ix1; ++ix)
      if (distance_to_segment(grid.center(ix, iy), a, b) <= r) grid(ix, iy) = value;
}

template <class T>
void burn_polyline(Grid<T>& grid, const Polyline& line, double half_width_m, T value) {
  for (std::size_t i = 1; i < line.size(); ++i)
    burn_segment(grid, line[i - 1], line[i], half_width_m, value);
  if (line.size() == 1) burn_segment(grid, line[0], line[0], half_width_m, value);
}

#define AGORA_INSTANTIATE_RASTERIZE(T)                             \
  template void fill_polygon<T>(Grid<T>&, const Polygon&, T);      \
  template void fill_polygon<T>(Grid<T>&, const MultiPolygon&, T); \
  template void burn_segment<T>(Grid<T>&, Vec2, Vec2, double, T);  \
  template void burn_polyline<T>(Grid<T>&, const Polyline&, double, T);

AGORA_INSTANTIATE_RASTERIZE(std::uint8_t)
AGORA_INSTANTIATE_RASTERIZE(float)
AGORA_INSTANTIATE_RASTERIZE(double)
AGORA_INSTANTIATE_RASTERIZE(int)
#undef AGORA_INSTANTIATE_RASTERIZE

}  // namespace agora
