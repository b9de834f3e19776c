#include "sim/noise/propagation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sim/core/error.hpp"

namespace agora::noise {

void PropagationParams::validate() const {
  require_in_range("noise.air_absorption_db_per_km", air_absorption_db_per_km, 0.0, 100.0, "dB/km");
  require_in_range("noise.frequency_hz", frequency_hz, 20.0, 20000.0, "Hz");
  require_in_range("noise.speed_of_sound_mps", speed_of_sound_mps, 300.0, 400.0, "m/s");
  require_in_range("noise.single_edge_cap_db", single_edge_cap_db, 0.0, 40.0, "dB");
  require_in_range("noise.double_edge_cap_db", double_edge_cap_db, 0.0, 40.0, "dB");
  require_in_range("noise.directivity_db", directivity_db, -20.0, 20.0, "dB");
}

double a_div_db(double distance_m) {
  return 20.0 * std::log10(std::max(distance_m, 1e-3)) + 11.0;
}

double a_atm_db(double distance_m, double alpha_db_per_km) {
  return alpha_db_per_km * distance_m / 1000.0;
}

double a_gr_db(double mean_height_m, double distance_m) {
  const double d = std::max(distance_m, 1e-3);
  return std::max(0.0, 4.8 - (2.0 * mean_height_m / d) * (17.0 + 300.0 / d));
}

double a_bar_db(double path_difference_m, int edges, double edge_separation_m,
                const PropagationParams& p) {
  if (edges <= 0 || path_difference_m <= 0.0) return 0.0;
  const double lambda = p.wavelength_m();
  const double n = 2.0 * path_difference_m / lambda;  // Fresnel number
  double c3 = 1.0;
  if (edges >= 2 && edge_separation_m > 0.0) {
    const double q = (5.0 * lambda / edge_separation_m) * (5.0 * lambda / edge_separation_m);
    c3 = (1.0 + q) / (1.0 / 3.0 + q);
  }
  const double a = 10.0 * std::log10(3.0 + 20.0 * n * c3);
  return std::min(a, edges >= 2 ? p.double_edge_cap_db : p.single_edge_cap_db);
}

Diffraction diffraction(double horizontal_m, double source_height_m, double receiver_height_m,
                        const std::vector<Screen>& screens) {
  // Points in the vertical plane, left to right; the upper convex hull is the taut string.
  std::vector<Vec2> pts;
  pts.reserve(2 * screens.size() + 2);
  pts.push_back({0.0, source_height_m});
  for (const Screen& s : screens) {
    pts.push_back({std::clamp(s.from_m, 0.0, horizontal_m), s.height_m});
    pts.push_back({std::clamp(s.to_m, 0.0, horizontal_m), s.height_m});
  }
  pts.push_back({horizontal_m, receiver_height_m});
  std::sort(pts.begin() + 1, pts.end() - 1,
            [](Vec2 a, Vec2 b) { return a.x < b.x || (a.x == b.x && a.y > b.y); });
  std::vector<Vec2> hull;
  for (const Vec2& p : pts) {
    // Keep only right turns (clockwise): the upper hull.
    while (hull.size() >= 2 &&
           (hull[hull.size() - 1] - hull[hull.size() - 2]).cross(p - hull[hull.size() - 2]) >= 0.0)
      hull.pop_back();
    hull.push_back(p);
  }
  Diffraction d;
  double over = 0.0;
  for (std::size_t i = 1; i < hull.size(); ++i) over += distance(hull[i - 1], hull[i]);
  const double direct = std::hypot(horizontal_m, receiver_height_m - source_height_m);
  d.edges = static_cast<int>(hull.size()) - 2;
  if (d.edges <= 0) return {};
  d.path_difference_m = std::max(0.0, over - direct);
  for (std::size_t i = 2; i + 1 < hull.size(); ++i)
    d.edge_separation_m += distance(hull[i - 1], hull[i]);
  d.source_to_edge_m = distance(hull[0], hull[1]);
  d.edge_to_receiver_m = distance(hull[hull.size() - 2], hull.back());
  return d;
}

PathLevel path_level(double sound_power_dba, Vec2 source, double source_height_m, Vec2 receiver,
                     double receiver_height_m, const std::vector<Screen>& screens,
                     const PropagationParams& params) {
  PathLevel r;
  const double horizontal = distance(source, receiver);
  r.distance_m = std::hypot(horizontal, receiver_height_m - source_height_m);
  r.a_div_db = a_div_db(r.distance_m);
  r.a_atm_db = a_atm_db(r.distance_m, params.air_absorption_db_per_km);
  r.a_gr_db = a_gr_db(0.5 * (source_height_m + receiver_height_m), r.distance_m);
  r.diffraction = diffraction(horizontal, source_height_m, receiver_height_m, screens);
  r.a_bar_db = a_bar_db(r.diffraction.path_difference_m, r.diffraction.edges,
                        r.diffraction.edge_separation_m, params);
  // sources.md: Liveability and noise: the barrier term replaces the ground term when it is larger.
  r.level_dba = sound_power_dba + params.directivity_db - r.a_div_db - r.a_atm_db -
                std::max(r.a_gr_db, r.a_bar_db);
  return r;
}

double energetic_sum_db(const std::vector<double>& levels_db) {
  double e = 0.0;
  for (double l : levels_db) e += std::pow(10.0, l / 10.0);
  return e > 0.0 ? 10.0 * std::log10(e) : -std::numeric_limits<double>::infinity();
}

}  // namespace agora::noise
