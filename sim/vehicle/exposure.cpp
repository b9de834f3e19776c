#include "sim/vehicle/exposure.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace agora::vehicle {

namespace {

// Parameters t ∈ [0, 1] where segment a→b crosses the ring.
template <class RingT>
void ring_hits(const RingT& ring, Vec2 a, Vec2 b, std::vector<double>& ts) {
  for (std::size_t i = 1; i < ring.size(); ++i) {
    double t = 0.0, u = 0.0;
    if (segment_intersection(a, b, ring[i - 1], ring[i], &t, &u)) ts.push_back(t);
  }
}

// First stretch of a→b inside the polygon: [enter, leave] as parameters, or nullopt.
std::optional<std::pair<double, double>> first_inside(const Polygon& poly, Vec2 a, Vec2 b) {
  std::vector<double> ts{0.0, 1.0};
  ring_hits(poly.outer(), a, b, ts);
  for (const auto& inner : poly.inners()) ring_hits(inner, a, b, ts);
  std::sort(ts.begin(), ts.end());
  std::optional<std::pair<double, double>> out;
  for (std::size_t i = 1; i < ts.size(); ++i) {
    if (ts[i] - ts[i - 1] < 1e-9) continue;
    const Vec2 mid = a + (b - a) * ((ts[i - 1] + ts[i]) / 2.0);
    const bool inside = bg::within(mid, poly);
    if (inside && !out)
      out = std::make_pair(ts[i - 1], ts[i]);
    else if (inside && out && std::abs(out->second - ts[i - 1]) < 1e-9)
      out->second = ts[i];
    else if (!inside && out)
      break;
  }
  return out;
}

// Distance along a→b to the first building or vehicle-stopping map barrier.
double first_obstacle_m(const city::CityModel& city, Vec2 a, Vec2 b, double bollard_radius_m) {
  Box box{{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}};
  const double len = distance(a, b);
  double best = std::numeric_limits<double>::infinity();
  std::vector<double> ts;
  for (const city::FeatureRef& ref : city.query(box)) {
    ts.clear();
    if (ref.kind == city::FeatureKind::Building) {
      const city::Building& bld = city.buildings[ref.index];
      if (!bld.obstacle) continue;
      ring_hits(bld.footprint.outer(), a, b, ts);
    } else if (ref.kind == city::FeatureKind::Barrier) {
      const city::MapBarrier& mb = city.barriers[ref.index];
      if (!mb.stops_vehicles) continue;
      if (mb.line.size() == 1) {
        double t = 0.0;
        const Vec2 c = closest_point_on_segment(mb.line[0], a, b, &t);
        if (distance(c, mb.line[0]) <= std::max(bollard_radius_m, mb.radius_m)) ts.push_back(t);
      } else {
        ring_hits(mb.line, a, b, ts);
      }
    }
    for (double t : ts) best = std::min(best, t * len);
  }
  return best;
}

}  // namespace

Exposure crowd_exposure(const city::CityModel& city, const ApproachGraph& graph, Vec2 crossing,
                        Vec2 heading, double speed_mps, const Motion& motion,
                        const VehicleClass& vehicle, const RammingParams& params) {
  Exposure ex;
  const double reach = params.max_crowd_run_m;
  const Vec2 a = crossing;
  const Vec2 b = crossing + heading.normalized() * reach;
  double entry_t = 2.0, leave_t = 2.0;
  for (std::size_t z = 0; z < graph.crowd_zones.size(); ++z) {
    const auto span = first_inside(graph.crowd_zones[z], a, b);
    if (span && span->first < entry_t) {
      entry_t = span->first;
      leave_t = span->second;
      ex.crowd_zone = static_cast<int>(z);
    }
  }
  if (ex.crowd_zone < 0) {
    ex.run_end = "no crowd zone on the line of approach";
    return ex;
  }
  const double entry_m = entry_t * reach;
  const double leave_m = leave_t * reach;
  const double obstacle_m = first_obstacle_m(city, a, b, params.bollard_radius_m);
  ex.entry_distance_m = entry_m;
  ex.density_ppm2 = graph.crowd_density_ppm2[static_cast<std::size_t>(ex.crowd_zone)];
  if (obstacle_m <= entry_m) {
    ex.run_end = "stopped by a building or wall before the crowd";
    return ex;
  }
  ex.reaches_crowd = true;
  const double v2_entry = motion.advance_v2(speed_mps * speed_mps, entry_m);
  ex.entry_speed_kmh = mps_to_kmh(std::sqrt(v2_entry));
  double end_m = leave_m;
  ex.run_end = leave_t >= 1.0 - 1e-12 ? "run limit" : "far side of the crowd zone";
  if (obstacle_m < end_m) {
    end_m = obstacle_m;
    ex.run_end = "building or wall";
  }
  // In the crowd: drive 0.25 m with the class's traction, then lose the momentum given to
  // the people struck over it, v² · exp(−2·k·ds) with k = ρ·W·m_person/M (the exact solution
  // of d(v²)/ds = −2·k·v² over the step).
  const double width = vehicle.width_m + 2.0 * params.exposure_side_margin_m;
  const double k = ex.density_ppm2 * width * kPersonMass_kg / vehicle.test_mass_kg;
  constexpr double kStep_m = 0.25;
  double v2 = v2_entry, s = entry_m;
  while (s < end_m - 1e-9) {
    const double ds = std::min(kStep_m, end_m - s);
    v2 = motion.advance_v2(v2, ds) * std::exp(-2.0 * k * ds);
    s += ds;
    if (v2 < kWalkingPace_mps * kWalkingPace_mps) {
      end_m = s;
      ex.run_end = "slowed to walking pace by the crowd";
      break;
    }
  }
  ex.end_speed_kmh = mps_to_kmh(std::sqrt(v2));
  ex.run_m = end_m - entry_m;
  ex.people = ex.density_ppm2 * width * ex.run_m;
  ex.people_low = ex.people_high = ex.people;
  return ex;
}

}  // namespace agora::vehicle
