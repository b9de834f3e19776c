#include "sim/access/emergency_access.hpp"

#include <algorithm>
#include <cmath>
#include <queue>

#include "sim/access/turning.hpp"
#include "sim/field/distance_transform.hpp"
#include "sim/field/fast_marching.hpp"
#include "sim/field/vectorize.hpp"
#include "sim/field/walkable.hpp"

namespace agora::access {

void AccessParams::validate() const {
  require_in_range("access.clear_width_m", clear_width_m, 1.0, 20.0, "m");
  require_in_range("access.clear_height_m", clear_height_m, 1.0, 20.0, "m");
  require_in_range("access.turning_inner_radius_m", turning_inner_radius_m, 0.0, 100.0, "m");
  require_in_range("access.turning_outer_radius_m", turning_outer_radius_m,
                   turning_inner_radius_m + 0.5, 150.0, "m");
  require_in_range("access.max_distance_m", max_distance_m, 0.0, 1000.0, "m");
  require_in_range("access.entry_distance_m", entry_distance_m, 0.0, 2000.0, "m");
  require_in_range("access.cell_m", cell_m, 0.1, 2.0, "m");
  require_in_range("access.facade_reach_m", facade_reach_m, 0.0, 50.0, "m");
}

const char* to_string(Reason reason) {
  switch (reason) {
    case Reason::kNarrow:
      return "too narrow";
    case Reason::kTurning:
      return "turn too tight";
    case Reason::kDistance:
      return "too far from where the vehicle can stand";
    case Reason::kNoRoute:
      return "no drivable route";
    case Reason::kNoRoad:
      return "no public street within reach";
  }
  return "unknown";
}

namespace {

// Widest-path search: for every cell, the largest clearance its best route from the streets
// keeps everywhere (the "bottleneck"), where that route's narrowest cell is, and the route.
struct WidestPaths {
  Field bottleneck;              // 0 where never reached
  Grid<std::int32_t> narrowest;  // linear index of the narrowest cell on the best route
  Grid<std::int32_t> parent;     // previous cell on the best route, -1 at a start
};

WidestPaths widest_paths(const Field& clearance, const Mask& starts) {
  const int nx = clearance.nx(), ny = clearance.ny();
  WidestPaths w{Field(clearance.origin(), clearance.cell_m(), nx, ny, 0.0f),
                Grid<std::int32_t>(clearance.origin(), clearance.cell_m(), nx, ny, -1),
                Grid<std::int32_t>(clearance.origin(), clearance.cell_m(), nx, ny, -1)};
  using Item = std::pair<float, std::int32_t>;
  std::priority_queue<Item> heap;  // largest bottleneck first
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix)
      if (starts(ix, iy) && clearance(ix, iy) > 0.0f) {
        w.bottleneck(ix, iy) = clearance(ix, iy);
        w.narrowest(ix, iy) = iy * nx + ix;
        heap.push({clearance(ix, iy), iy * nx + ix});
      }
  std::vector<std::uint8_t> done(static_cast<std::size_t>(nx) * ny, 0);
  constexpr int dx[8] = {1, -1, 0, 0, 1, 1, -1, -1};
  constexpr int dy[8] = {0, 0, 1, -1, 1, -1, 1, -1};
  while (!heap.empty()) {
    const auto [b, idx] = heap.top();
    heap.pop();
    if (done[idx] || b < w.bottleneck(idx % nx, idx / nx)) continue;
    done[idx] = 1;
    const int ix = idx % nx, iy = idx / nx;
    for (int k = 0; k < 8; ++k) {
      const int jx = ix + dx[k], jy = iy + dy[k];
      if (jx < 0 || jy < 0 || jx >= nx || jy >= ny) continue;
      const std::int32_t j = jy * nx + jx;
      const float c = clearance(jx, jy);
      if (done[j] || c <= 0.0f) continue;
      const float nb = std::min(b, c);
      if (nb > w.bottleneck(jx, jy)) {
        w.bottleneck(jx, jy) = nb;
        w.parent(jx, jy) = idx;
        w.narrowest(jx, jy) = c < b ? j : w.narrowest(ix, iy);
        heap.push({nb, j});
      }
    }
  }
  return w;
}

// What stands on either side of a narrow cell: the nearest blocked cell's owner, and the
// nearest one roughly opposite it.
std::string between(const DriveSurface& s, const Field& clearance, Cell c,
                    const city::CityModel& city, const scenario::Layout& layout) {
  const double h = clearance.cell_m();
  const double r = static_cast<double>(clearance[c]) + h;
  const int n = static_cast<int>(std::ceil(r / h));
  const Vec2 pc = clearance.center(c);
  struct Hit {
    double d;
    Vec2 dir;
    std::int32_t owner;
  };
  std::vector<Hit> hits;
  for (int iy = c.iy - n; iy <= c.iy + n; ++iy)
    for (int ix = c.ix - n; ix <= c.ix + n; ++ix) {
      if (ix < 0 || iy < 0 || ix >= clearance.nx() || iy >= clearance.ny() || s.drivable(ix, iy))
        continue;
      const Vec2 q = clearance.center(ix, iy);
      const double d = distance(pc, q);
      if (d <= r) hits.push_back({d, (q - pc).normalized(), s.owner(ix, iy)});
    }
  if (hits.empty()) return "";
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.d < b.d; });
  std::string out = describe_owner(hits[0].owner, city, layout);
  for (const Hit& hit : hits)
    if (hit.dir.dot(hits[0].dir) < 0.0) {
      const std::string other = describe_owner(hit.owner, city, layout);
      if (other != out) out += " and " + other;
      break;
    }
  return out;
}

}  // namespace

namespace {

// Everything the unreachable parts are judged against.
struct Reach {
  const Field& clearance;
  const WidestPaths& wide;
  const Mask& turn_reach;  // empty when turns are not checked
  const DriveSurface& surface;
  const city::CityModel& city;
  const scenario::Layout& layout;
  const AccessParams& params;
  bool road_found;
};

// Why one unreachable part is out of reach, and the point that blocks it.
void explain(UnreachablePart& part, const std::vector<std::int32_t>& cells, const Reach& q) {
  const Field& clearance = q.clearance;
  const int nx = clearance.nx();
  const double h = clearance.cell_m();
  const double half = 0.5 * q.params.clear_width_m;
  // The part's cell with the widest route from the streets.
  std::int32_t best = cells.front();
  for (std::int32_t i : cells)
    if (q.wide.bottleneck(i % nx, i / nx) > q.wide.bottleneck(best % nx, best / nx)) best = i;
  const Cell b{best % nx, best / nx};
  const double bottleneck = static_cast<double>(q.wide.bottleneck[b]);
  if (!q.road_found) {
    part.reason = Reason::kNoRoad;
  } else if (bottleneck <= 0.0) {
    part.reason = Reason::kNoRoute;
  } else if (bottleneck < half + h) {
    part.reason = Reason::kNarrow;
    // Between the sure width and a cell more: the passage may be as wide as required, but the
    // grid cannot show it; it is judged closed and flagged for a measurement on site.
    part.at_limit = bottleneck >= half;
    const std::int32_t n = q.wide.narrowest[b];
    const Cell nc{n % nx, n / nx};
    // A gap of k free cells between blocked cell centres keeps a clearance c of at most
    // ceil(k/2) cells (to a blocked centre): its true width lies between (k−1)·h and (k+1)·h;
    // 2·c − h is k·h for odd k and (k−1)·h for even k, the width to within a cell.
    part.blocking = BlockingPoint{clearance.center(nc),
                                  std::max(0.0, 2.0 * static_cast<double>(clearance[nc]) - h),
                                  between(q.surface, clearance, nc, q.city, q.layout)};
  } else if (q.params.check_turning && !q.turn_reach[b]) {
    part.reason = Reason::kTurning;
    // Back along the route to the last place the turns still reach.
    std::int32_t i = best;
    while (i >= 0 && !q.turn_reach(i % nx, i / nx)) i = q.wide.parent(i % nx, i / nx);
    const long radius =
        std::lround(0.5 * (q.params.turning_inner_radius_m + q.params.turning_outer_radius_m));
    if (i >= 0)
      part.blocking =
          BlockingPoint{clearance.center(i % nx, i / nx), 0.0,
                        "a turn tighter than " + std::to_string(radius) + " m centre-line radius"};
  } else {
    part.reason = Reason::kDistance;
  }
}

// The 4-connected parts of `unreachable`, each outlined and explained.
std::vector<UnreachablePart> unreachable_parts(const Mask& unreachable, const Reach& q) {
  const int nx = unreachable.nx(), ny = unreachable.ny();
  const double h = unreachable.cell_m();
  std::vector<UnreachablePart> parts;
  Mask seen(unreachable.origin(), h, nx, ny, 0);
  std::vector<std::int32_t> stack, cells;
  for (int sy = 0; sy < ny; ++sy)
    for (int sx = 0; sx < nx; ++sx) {
      if (!unreachable(sx, sy) || seen(sx, sy)) continue;
      cells.clear();
      stack.assign(1, sy * nx + sx);
      seen(sx, sy) = 1;
      int x0 = sx, x1 = sx, y0 = sy, y1 = sy;
      while (!stack.empty()) {
        const std::int32_t i = stack.back();
        stack.pop_back();
        cells.push_back(i);
        const int ix = i % nx, iy = i / nx;
        x0 = std::min(x0, ix), x1 = std::max(x1, ix), y0 = std::min(y0, iy), y1 = std::max(y1, iy);
        for (auto [jx, jy] : {std::pair{ix + 1, iy}, {ix - 1, iy}, {ix, iy + 1}, {ix, iy - 1}})
          if (jx >= 0 && jy >= 0 && jx < nx && jy < ny && unreachable(jx, jy) && !seen(jx, jy)) {
            seen(jx, jy) = 1;
            stack.push_back(jy * nx + jx);
          }
      }
      UnreachablePart part;
      Mask sub(unreachable.origin() + Vec2{x0 * h, y0 * h}, h, x1 - x0 + 1, y1 - y0 + 1, 0);
      Vec2 sum{};
      for (std::int32_t i : cells) {
        sub(i % nx - x0, i / nx - y0) = 1;
        sum += unreachable.center(i % nx, i / nx);
      }
      part.area = polygons_of(sub);
      part.area_m2 = static_cast<double>(cells.size()) * h * h;
      // The label point: the part's cell nearest its centroid, so it lies inside.
      const Vec2 centroid = sum / static_cast<double>(cells.size());
      part.label_point = unreachable.center(cells.front() % nx, cells.front() / nx);
      for (std::int32_t i : cells)
        if (distance(unreachable.center(i % nx, i / nx), centroid) <
            distance(part.label_point, centroid))
          part.label_point = unreachable.center(i % nx, i / nx);
      explain(part, cells, q);
      parts.push_back(std::move(part));
    }
  return parts;
}

// Buildings in or bounding the event area: is some point of their façade within reach of the
// hose? Sampled along each façade and outward up to the reach that counts the building as
// bounding the event area (the perimeter may run that far in front of it).
std::vector<FacadeAccess> facade_access(const city::CityModel& city, const MultiPolygon& perimeter,
                                        const Mask& ground, const Field& hose_m,
                                        const AccessParams& params) {
  std::vector<FacadeAccess> out;
  const double h = ground.cell_m();
  Box box;
  bg::envelope(perimeter, box);
  for (const city::FeatureRef& ref : city.query(box)) {
    if (ref.kind != city::FeatureKind::Building) continue;
    const city::Building& bld = city.buildings[ref.index];
    if (!bld.obstacle || bg::distance(bld.footprint, perimeter) > params.facade_reach_m) continue;
    FacadeAccess f;
    f.building = ref.index;
    f.label = bld.name.empty()
                  ? (bld.address.empty() ? "building " + std::to_string(bld.osm_id) : bld.address)
                  : bld.name;
    f.distance_m = std::numeric_limits<double>::infinity();
    const auto& ring = bld.footprint.outer();
    for (std::size_t i = 1; i < ring.size(); ++i) {
      const Vec2 p0 = ring[i - 1], p1 = ring[i];
      const double len = distance(p0, p1);
      if (len <= 0.0) continue;
      const Vec2 dir = (p1 - p0) / len;
      const Vec2 outward{dir.y, -dir.x};
      for (double s = 0.5; s < len; s += 1.0)
        for (double off = 0.75 * h; off <= params.facade_reach_m + h; off += h) {
          const auto c = ground.cell_at(p0 + dir * s + outward * off);
          if (c && ground[*c])
            f.distance_m = std::min(f.distance_m, off + static_cast<double>(hose_m[*c]));
        }
    }
    f.reachable = f.distance_m <= params.max_distance_m;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

AccessResult emergency_access(const city::CityModel& city, const scenario::Layout& layout,
                              const AccessParams& params) {
  params.validate();
  WalkableOptions wo;
  wo.cell_m = params.cell_m;
  wo.include_surroundings = true;
  wo.surroundings_m = params.entry_distance_m + 30.0;
  wo.margin_m = 2.0 * params.cell_m;
  const WalkableSite site = walkable_site(city, layout, wo);
  const double h = params.cell_m;
  const DriveSurface surface = drive_surface(city, layout, site.walkable, params.clear_width_m,
                                             params.operable_barrier_types);
  const Field clearance = distance_to_blocked(surface.drivable);
  const int nx = clearance.nx(), ny = clearance.ny();
  const double half = 0.5 * params.clear_width_m;
  AccessResult r;

  // The vehicle arrives over the streets at least entry_distance_m out from the perimeter
  // (measured on the raster, to the nearest inside cell centre).
  Mask outside = site.inside_perimeter;
  outside.values() = (site.inside_perimeter.values() == 0).cast<std::uint8_t>();
  const Field to_perimeter = distance_to_blocked(outside, /*border_blocks=*/false);
  Mask starts(clearance.origin(), h, nx, ny, 0);
  // No tolerance in the engine's favour: a free cell's clearance (to the nearest blocked cell
  // centre) may overstate the distance to the obstacle's true edge by up to one cell, so the
  // centre fits only where clearance − h ≥ half the width. A gap narrower than the required
  // width never passes; one up to a cell wider may be judged closed (flagged: at the limit).
  const float sure = static_cast<float>(half + h);
  starts.values() = ((surface.road.values() != 0) && (clearance.values() >= sure) &&
                     (to_perimeter.values() >= static_cast<float>(params.entry_distance_m)))
                        .cast<std::uint8_t>();
  r.road_found = starts.values().cast<int>().sum() > 0;

  // Width: where the centre surely fits and is connected to a start through such cells.
  const WidestPaths wide = widest_paths(clearance, starts);
  Mask positions(clearance.origin(), h, nx, ny, 0);
  positions.values() = (wide.bottleneck.values() >= sure).cast<std::uint8_t>();
  // Turns: a forward drive of the centre-line radius over cells with a cell of slack against
  // the sure width (the arc itself is sampled on the grid).
  Mask turn_reach;
  if (params.check_turning) {
    TurningParams tp;
    tp.radius_m = 0.5 * (params.turning_inner_radius_m + params.turning_outer_radius_m);
    Mask fit(clearance.origin(), h, nx, ny, 0);
    fit.values() = (clearance.values() >= static_cast<float>(half)).cast<std::uint8_t>();
    turn_reach = turning_reach(fit, starts, tp);
    positions.values() = positions.values() * turn_reach.values();
  }
  r.vehicle_positions = positions;

  // Hose distance over walkable ground (and the vehicle's own cells).
  Mask ground = site.walkable;
  ground.values() =
      ((site.walkable.values() != 0) || (positions.values() != 0)).cast<std::uint8_t>();
  std::vector<Seed> seeds;
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix)
      if (positions(ix, iy)) seeds.push_back({{ix, iy}, 0.0f});
  r.distance_m = geodesic_distance(ground, seeds);

  // The event area (the site's usable floor) within reach, or not.
  const Mask floor = usable_floor(site);
  Mask unreachable(clearance.origin(), h, nx, ny, 0);
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix) {
      if (!floor(ix, iy)) continue;
      r.event_area_m2 += h * h;
      if (static_cast<double>(r.distance_m(ix, iy)) <= params.max_distance_m)
        r.reachable_m2 += h * h;
      else
        unreachable(ix, iy) = 1;
    }
  r.unreachable_m2 = r.event_area_m2 - r.reachable_m2;
  r.parts = unreachable_parts(
      unreachable, {clearance, wide, turn_reach, surface, city, layout, params, r.road_found});
  for (const UnreachablePart& part : r.parts)
    if (part.blocking && part.blocking->clear_width_m > 0.0)
      r.narrowest_m = std::min(r.narrowest_m.value_or(1e300), part.blocking->clear_width_m);

  // Emergency gates judged on their stated width: narrower than required, or within a cell of it.
  for (std::size_t i = 0; i < layout.emergency_gates.size(); ++i) {
    const double w = layout.emergency_gates[i].width_m;
    if (w >= params.clear_width_m && w < params.clear_width_m + h) r.gates_at_limit.push_back(i);
  }
  for (const UnreachablePart& part : r.parts) r.parts_at_limit += part.at_limit;

  r.facades = facade_access(city, layout.perimeter_area(), ground, r.distance_m, params);
  for (const FacadeAccess& f : r.facades) r.facades_unreachable += !f.reachable;
  return r;
}

}  // namespace agora::access
