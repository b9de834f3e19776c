#include "sim/field/walkable.hpp"

#include "sim/field/rasterize.hpp"

namespace agora {

void WalkableOptions::validate() const {
  require_in_range("walkable.cell_m", cell_m, 0.05, 5.0, "m");
  require_in_range("walkable.margin_m", margin_m, 0.0, 1000.0, "m");
  require_in_range("walkable.surroundings_m", surroundings_m, 0.0, 5000.0, "m");
  require_in_range("walkable.wall_half_width_m", wall_half_width_m, 0.0, 5.0, "m");
}

WalkableSite walkable_site(const city::CityModel& city, const scenario::Layout& layout,
                           const WalkableOptions& options) {
  options.validate();
  const MultiPolygon perimeter = layout.perimeter_area();
  if (perimeter.empty())
    throw Error("", "layout", "perimeter", "the walkable site needs a perimeter");
  Box box;
  bg::envelope(perimeter, box);
  if (options.include_surroundings) {
    box.min_corner() -= Vec2{options.surroundings_m, options.surroundings_m};
    box.max_corner() += Vec2{options.surroundings_m, options.surroundings_m};
  }
  const int margin = static_cast<int>(std::ceil(options.margin_m / options.cell_m));
  WalkableSite site;
  site.walkable = Mask::covering(box, options.cell_m, margin, 0);
  site.inside_perimeter = Mask::covering(box, options.cell_m, margin, 0);
  Mask& w = site.walkable;
  fill_polygon(site.inside_perimeter, perimeter, std::uint8_t{1});

  const Box grid_box = w.bounds();
  if (options.include_surroundings) {
    for (const city::FeatureRef& ref : city.query(grid_box)) {
      if (ref.kind == city::FeatureKind::Edge) {
        const city::RoadEdge& e = city.edges[ref.index];
        if (e.walkable && e.layer >= 0 && !e.tunnel)
          burn_polyline(w, e.line, 0.5 * e.width_m, std::uint8_t{1});
      } else if (ref.kind == city::FeatureKind::OpenArea) {
        const city::OpenArea& a = city.open_areas[ref.index];
        if (a.walkable) fill_polygon(w, a.area, std::uint8_t{1});
      }
    }
  }
  fill_polygon(w, perimeter, std::uint8_t{1});
  // The perimeter line is a fence between site and street, open only at the exits. Burnt after
  // the site's fill, so the cells it runs through stay closed on every side of the polygon
  // (burnt before, the fill reopened those whose centres lie inside and the fence leaked).
  for (const Polygon& p : perimeter)
    burn_polyline(w, Polyline(p.outer().begin(), p.outer().end()), options.wall_half_width_m,
                  std::uint8_t{0});

  // Obstacles.
  for (const city::FeatureRef& ref : city.query(grid_box)) {
    if (ref.kind == city::FeatureKind::Building) {
      const city::Building& b = city.buildings[ref.index];
      if (b.obstacle) fill_polygon(w, b.footprint, std::uint8_t{0});
    } else if (ref.kind == city::FeatureKind::Barrier) {
      const city::MapBarrier& b = city.barriers[ref.index];
      if (!b.walkable_through && b.line.size() > 1)
        burn_polyline(w, b.line, options.wall_half_width_m, std::uint8_t{0});
    }
  }
  for (const auto& s : layout.stalls) fill_polygon(w, s.area, std::uint8_t{0});
  for (const auto& s : layout.structures) fill_polygon(w, s.area, std::uint8_t{0});
  for (const auto& s : layout.stages)
    if (!s.footprint.outer().empty()) fill_polygon(w, s.footprint, std::uint8_t{0});
  for (const auto& b : layout.barriers) {
    // Elements with a clear gap (bollards) let people through; continuous lines do not.
    const bool continuous = !scenario::is_set(b.clear_gap_m) || b.clear_gap_m < 0.5;
    if (continuous && b.line.size() > 1)
      burn_polyline(w, b.line, options.wall_half_width_m, std::uint8_t{0});
  }

  // Exits: open the perimeter line along each open exit (a band one cell either side), and
  // remember the cells, which seed distance fields and count leavers.
  for (std::size_t i = 0; i < layout.exits.size(); ++i) {
    const scenario::Exit& e = layout.exits[i];
    if (e.closed && options.closed_exits_block) continue;
    Mask band(w.origin(), w.cell_m(), w.nx(), w.ny(), 0);
    burn_polyline(band, e.line, options.cell_m, std::uint8_t{1});
    ExitCells ec{i, {}};
    for (int iy = 0; iy < w.ny(); ++iy)
      for (int ix = 0; ix < w.nx(); ++ix)
        if (band(ix, iy)) ec.cells.push_back({ix, iy});
    for (const Cell& c : ec.cells) {
      // Do not open through a building or a stall that happens to touch the exit.
      bool blocked = false;
      const Vec2 p = w.center(c);
      for (const city::FeatureRef& ref : city.query(Box(p, p)))
        if (ref.kind == city::FeatureKind::Building && city.buildings[ref.index].obstacle &&
            bg::within(p, city.buildings[ref.index].footprint))
          blocked = true;
      if (!blocked) w[c] = 1;
    }
    site.exits.push_back(std::move(ec));
  }
  return site;
}

Mask usable_floor(const WalkableSite& site, double sliver_area_m2) {
  const Mask& w = site.walkable;
  const int nx = w.nx(), ny = w.ny();
  Mask floor = w;
  floor.values() =
      ((w.values() != 0) && (site.inside_perimeter.values() != 0)).cast<std::uint8_t>();
  Mask exit_cell(w.origin(), w.cell_m(), nx, ny, 0);
  for (const ExitCells& ec : site.exits)
    for (const Cell& c : ec.cells) exit_cell[c] = 1;
  Mask seen(w.origin(), w.cell_m(), nx, ny, 0);
  const auto max_cells = static_cast<std::size_t>(sliver_area_m2 / w.cell_area_m2());
  std::vector<Cell> component, stack;
  for (int sy = 0; sy < ny; ++sy)
    for (int sx = 0; sx < nx; ++sx) {
      if (!floor(sx, sy) || seen(sx, sy)) continue;
      component.clear();
      stack.assign(1, {sx, sy});
      seen(sx, sy) = 1;
      bool has_exit = false;
      while (!stack.empty()) {
        const Cell c = stack.back();
        stack.pop_back();
        component.push_back(c);
        // An exit's band reaches a cell beyond the floor; a neighbour on it counts as touching.
        for (const Cell n : {Cell{c.ix + 1, c.iy}, Cell{c.ix - 1, c.iy}, Cell{c.ix, c.iy + 1},
                             Cell{c.ix, c.iy - 1}}) {
          if (!floor.contains(n)) continue;
          has_exit = has_exit || exit_cell[n] || exit_cell[c];
          if (floor[n] && !seen[n]) {
            seen[n] = 1;
            stack.push_back(n);
          }
        }
      }
      if (!has_exit && component.size() <= max_cells)
        for (const Cell& c : component) floor[c] = 0;
    }
  return floor;
}

}  // namespace agora
