#include "sim/crowd/exit_distance.hpp"

#include <algorithm>

#include "sim/field/fast_marching.hpp"
#include "sim/field/rasterize.hpp"

namespace agora::crowd {

ExitFields exit_distance_fields(const WalkableSite& site, const scenario::Layout& layout) {
  ExitFields out;
  const Mask& w = site.walkable;
  std::vector<Seed> all;
  for (const ExitCells& ec : site.exits) {
    const scenario::Exit& exit = layout.exits[ec.exit_index];
    if (!exit.unlocked) continue;  // a locked exit is no way out (Fluvia)
    // Seeds: the opened cells, each at its exact distance to the exit line.
    std::vector<Seed> seeds;
    for (const Cell& c : ec.cells) {
      if (!w[c]) continue;
      double d = std::numeric_limits<double>::infinity();
      for (std::size_t i = 1; i < exit.line.size(); ++i)
        d = std::min(d, distance_to_segment(w.center(c), exit.line[i - 1], exit.line[i]));
      seeds.push_back({c, static_cast<float>(d)});
    }
    all.insert(all.end(), seeds.begin(), seeds.end());
    // Per exit, for assigning people to exits: first-order fast marching, a few percent long on
    // oblique paths and seven times quicker than the line-of-sight geodesic.
    out.distance_m.push_back(fast_marching(w, seeds));
    out.exit_index.push_back(ec.exit_index);
  }
  // The distance map itself, to the nearest exit: the accurate geodesic, in one run.
  out.nearest_m = geodesic_distance(w, all);
  return out;
}

Mask crowd_cells(const WalkableSite& site, const scenario::Layout& layout) {
  const Mask& w = site.walkable;
  Mask zone(w.origin(), w.cell_m(), w.nx(), w.ny(), 0);
  if (layout.crowd_zones.empty()) {
    zone = site.inside_perimeter;
  } else {
    for (const auto& z : layout.crowd_zones) fill_polygon(zone, z.area, std::uint8_t{1});
  }
  Mask out = usable_floor(site);
  out.values() = (zone.values() != 0 && out.values() != 0).cast<std::uint8_t>();
  return out;
}

Mask gangway_cells(const Mask& crowd, const scenario::Layout& layout) {
  Mask zone(crowd.origin(), crowd.cell_m(), crowd.nx(), crowd.ny(), 0);
  for (const auto& z : layout.crowd_zones)
    if (z.gangways) fill_polygon(zone, z.area, std::uint8_t{1});
  zone.values() = (zone.values() != 0 && crowd.values() != 0).cast<std::uint8_t>();
  return zone;
}

void DistanceParams::validate() const {
  require_in_range("distance_to_exit.max_distance_m", max_distance_m, 1.0, 10000.0, "m");
  require_in_range("distance_to_exit.gangway_distance_m", gangway_distance_m, 1.0, 10000.0, "m");
}

DistanceResult distance_to_exit(const Field& nearest_m, const Mask& crowd,
                                const DistanceParams& params, const Mask* gangways) {
  params.validate();
  DistanceResult r;
  const double a = crowd.cell_area_m2();
  double sum = 0.0;
  std::size_t reached = 0;
  for (int iy = 0; iy < crowd.ny(); ++iy)
    for (int ix = 0; ix < crowd.nx(); ++ix) {
      if (!crowd(ix, iy)) continue;
      r.crowd_area_m2 += a;
      const bool pen = gangways && (*gangways)(ix, iy);
      if (pen) r.gangway_area_m2 += a;
      const float df = nearest_m(ix, iy);
      if (df == kUnreachable) {
        r.area_unreachable_m2 += a;
        continue;
      }
      const double d = df;
      ++reached;
      sum += d;
      if (d > (pen ? params.gangway_distance_m : params.max_distance_m)) r.area_beyond_m2 += a;
      if (d > r.max_m) {
        r.max_m = d;
        r.farthest = crowd.center(ix, iy);
      }
    }
  r.mean_m = reached ? sum / static_cast<double>(reached) : 0.0;
  return r;
}

}  // namespace agora::crowd
