#include "sim/crowd/agents/domain.hpp"

#include <cmath>

#include "sim/field/rasterize.hpp"

namespace agora::crowd::agents {

Polygon rectangle(double x0, double y0, double x1, double y1) {
  Polygon p;
  p.outer() = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
  return p;
}

Domain make_domain(const MultiPolygon& walkable, std::vector<ExitSpec> exits, double cell_m,
                   double apron_m) {
  if (!(cell_m > 0.0)) throw Error("", "domain", "cell_m", "needs a positive cell size");
  if (walkable.empty()) throw Error("", "domain", "walkable", "needs a walkable area");
  Box box;
  bg::envelope(walkable, box);
  for (const ExitSpec& e : exits) {
    bg::expand(box, e.a);
    bg::expand(box, e.b);
  }
  // Grow by the apron plus two cells of wall, then snap the origin down to a multiple of cell_m.
  const double pad = apron_m + 2.0 * cell_m;
  const Vec2 lo{std::floor((box.min_corner().x - pad) / cell_m) * cell_m,
                std::floor((box.min_corner().y - pad) / cell_m) * cell_m};
  const Vec2 hi{box.max_corner().x + pad, box.max_corner().y + pad};
  const int nx = static_cast<int>(std::ceil((hi.x - lo.x) / cell_m));
  const int ny = static_cast<int>(std::ceil((hi.y - lo.y) / cell_m));
  Domain d;
  d.walkable = Mask(lo, cell_m, nx, ny, 0);
  fill_polygon(d.walkable, walkable, std::uint8_t{1});
  for (ExitSpec& e : exits) {
    const Vec2 along = (e.b - e.a).normalized();
    if (along.squared_norm() == 0.0)
      throw Error("", "exit " + e.id, "line", "an exit needs two distinct end points");
    // The apron lies on the side of the line away from the walkable area.
    Vec2 out = along.perpendicular();
    const Vec2 mid = (e.a + e.b) * 0.5;
    if (bg::within(mid + out * (0.5 * cell_m), walkable)) out = -out;
    Polygon apron;
    apron.outer() = {e.a, e.a + out * apron_m, e.b + out * apron_m, e.b, e.a};
    e.outward = out;
    fill_polygon(d.walkable, corrected(apron), std::uint8_t{1});
  }
  d.exits = std::move(exits);
  return d;
}

Domain make_domain(const Polygon& walkable, std::vector<ExitSpec> exits, double cell_m,
                   double apron_m) {
  return make_domain(MultiPolygon{walkable}, std::move(exits), cell_m, apron_m);
}

Domain make_periodic_corridor(double length_m, double width_m, double cell_m) {
  const int nx = static_cast<int>(std::lround(length_m / cell_m));
  const int ny_open = static_cast<int>(std::lround(width_m / cell_m));
  if (nx < 4 || ny_open < 1 || std::abs(nx * cell_m - length_m) > 1e-9 ||
      std::abs(ny_open * cell_m - width_m) > 1e-9)
    throw Error("", "periodic corridor", "length_m/width_m",
                "length and width must be whole numbers of cells");
  const int wall = 2;
  Domain d;
  d.walkable = Mask({0.0, -wall * cell_m}, cell_m, nx, ny_open + 2 * wall, 0);
  for (int iy = wall; iy < wall + ny_open; ++iy)
    for (int ix = 0; ix < nx; ++ix) d.walkable(ix, iy) = 1;
  d.periodic_x = true;
  return d;
}

}  // namespace agora::crowd::agents
