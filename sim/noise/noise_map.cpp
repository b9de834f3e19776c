#include "sim/noise/noise_map.hpp"

#include <cmath>
#include <limits>

#include "sim/core/error.hpp"

namespace agora::noise {

void NoiseMapParams::validate() const {
  require_in_range("noise.map_cell_m", cell_m, 1.0, 100.0, "m");
  require_in_range("noise.map_height_m", height_m, 0.5, 100.0, "m");
}

NoiseMap noise_map(const city::CityModel& city, const scenario::Layout& layout,
                   const NoiseParams& noise, const NoiseMapParams& params) {
  params.validate();
  NoiseMap out;
  const SoundField field(city, layout, noise);
  if (field.empty()) return out;
  Box box;
  bool first = true;
  for (const auto& s : layout.stages) {
    if (!scenario::is_set(s.sound_power_dba)) continue;
    const Vec2 r{noise.search_radius_m, noise.search_radius_m};
    const Box b(s.source - r, s.source + r);
    if (first)
      box = b;
    else
      bg::expand(box, b);
    first = false;
  }
  out.level_dba = Field::covering(box, params.cell_m, 0, std::numeric_limits<float>::quiet_NaN());
  Field& g = out.level_dba;
  for (int iy = 0; iy < g.ny(); ++iy)
    for (int ix = 0; ix < g.nx(); ++ix) {
      const Vec2 p = g.center({ix, iy});
      bool near = false;
      for (const auto& s : layout.stages)
        near = near || (scenario::is_set(s.sound_power_dba) &&
                        distance(p, s.source) <= noise.search_radius_m);
      if (!near || building_containing(city, p) >= 0) continue;
      g(ix, iy) = static_cast<float>(field.level_at(p, params.height_m));
    }
  for (double level : params.contour_levels_dba)
    out.contours.push_back({level, contour_segments(g, level)});
  return out;
}

std::vector<Polyline> contour_segments(const Field& f, double level) {
  std::vector<Polyline> out;
  for (int iy = 0; iy + 1 < f.ny(); ++iy)
    for (int ix = 0; ix + 1 < f.nx(); ++ix) {
      // Corners counter-clockwise from the lower left; edges between consecutive corners.
      const Cell c[4] = {{ix, iy}, {ix + 1, iy}, {ix + 1, iy + 1}, {ix, iy + 1}};
      double v[4];
      bool missing = false;
      for (int k = 0; k < 4; ++k) {
        v[k] = static_cast<double>(f(c[k].ix, c[k].iy));
        missing = missing || std::isnan(v[k]);
      }
      if (missing) continue;
      std::vector<Vec2> cuts;
      for (int k = 0; k < 4; ++k) {
        const double a = v[k], b = v[(k + 1) % 4];
        if ((a < level) == (b < level)) continue;
        const double t = (level - a) / (b - a);
        const Vec2 pa = f.center(c[k]), pb = f.center(c[(k + 1) % 4]);
        cuts.push_back(pa + (pb - pa) * t);
      }
      // Two cuts: one segment; four (a saddle): pair them in order.
      for (std::size_t k = 0; k + 1 < cuts.size(); k += 2)
        out.push_back(Polyline{cuts[k], cuts[k + 1]});
    }
  return out;
}

}  // namespace agora::noise
