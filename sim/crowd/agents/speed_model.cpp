#include "sim/crowd/agents/speed_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sim/crowd/agents/vec_math.hpp"

namespace agora::crowd::agents {

Vec2 csm_direction(Vec2 desired, std::span<const Neighbour> neighbours, const WallContact& wall,
                   double radius_m, const ModelParams& params) {
  Vec2 sum = desired;
  const double cut = kRepulsionCutoffRanges * params.neighbour_range_m;
  for (const Neighbour& n : neighbours) {
    const double gap = n.distance_m - n.contact_m;
    if (gap > cut) continue;
    const double r = params.neighbour_repulsion * std::exp(-gap / params.neighbour_range_m);
    sum += n.offset * (r / n.distance_m);
  }
  const double wall_gap = wall.distance_m - radius_m;
  const double toward_wall = sum.dot(wall.normal);
  if (toward_wall < 0.0 && wall_gap < params.wall_deflection_m)
    sum -= wall.normal * (toward_wall * (1.0 - std::max(0.0, wall_gap) / params.wall_deflection_m));
  const double norm = length(sum);
  if (!(norm > 1e-12)) return {0.0, 0.0};
  return sum / norm;
}

double csm_spacing(Vec2 direction, Vec2 desired, std::span<const Neighbour> neighbours,
                   double yield_fraction) {
  double spacing = std::numeric_limits<double>::infinity();
  for (const Neighbour& n : neighbours) {
    // x_j - x_i = -offset.
    const double ahead = -direction.dot(n.offset);
    if (ahead < 0.0) continue;
    const double lateral = std::abs(direction.cross(n.offset));
    if (lateral > n.contact_m) continue;
    // Someone behind i with respect to where i wants to go gives way by a few centimetres.
    const double contact =
        desired.dot(n.offset) > 0.0 ? (1.0 - yield_fraction) * n.contact_m : n.contact_m;
    spacing = std::min(spacing, n.distance_m - contact);
  }
  return spacing;
}

double csm_speed(double spacing_m, double desired_speed_ms, const ModelParams& params) {
  return std::min(desired_speed_ms, std::max(0.0, spacing_m / params.time_gap_s));
}

namespace {

// The wall deflection of csm_direction applied to a unit direction; {0, 0} straight into it.
Vec2 deflect(Vec2 d, const WallContact& wall, double radius_m, const ModelParams& params) {
  const double gap = wall.distance_m - radius_m;
  const double toward = d.dot(wall.normal);
  if (toward < 0.0 && gap < params.wall_deflection_m)
    d -= wall.normal * (toward * (1.0 - std::max(0.0, gap) / params.wall_deflection_m));
  const double n = length(d);
  return n > 1e-9 ? d / n : Vec2{};
}

}  // namespace

Step csm_step(Vec2 desired, std::span<const Neighbour> neighbours, const WallContact& wall,
              double radius_m, double v0, const ModelParams& params, Vec2 fallback_direction) {
  Vec2 e = csm_direction(desired, neighbours, wall, radius_m, params);
  if (e.squared_norm() == 0.0) e = fallback_direction;
  Step best{e, csm_speed(csm_spacing(e, desired, neighbours, params.yield_fraction), v0, params)};
  if (best.speed_ms >= kStuckFraction * v0) return best;
  // The turned directions, all spaced in one pass over the neighbours.
  static const double kCos[4] = {0.93969262078590838, 0.76604444311897804, 0.5,
                                 0.17364817766693041};
  static const double kSin[4] = {0.34202014332566873, 0.64278760968653933, 0.86602540378443865,
                                 0.98480775301220806};
  constexpr int kTurns = 8;
  Vec2 turned[kTurns];
  double tx[kTurns], ty[kTurns], spacing[kTurns];
  for (int k = 0; k < kTurns; ++k) {
    const double c = kCos[k / 2];
    const double s = (k % 2 ? -1.0 : 1.0) * kSin[k / 2];
    turned[k] = deflect({e.x * c - e.y * s, e.x * s + e.y * c}, wall, radius_m, params);
    tx[k] = turned[k].x;
    ty[k] = turned[k].y;
    spacing[k] = std::numeric_limits<double>::infinity();
  }
  const double reach = v0 * params.time_gap_s;  // further gaps cannot slow anyone below v0
  for (const Neighbour& n : neighbours) {
    const bool behind = desired.dot(n.offset) > 0.0;
    const double gap =
        n.distance_m - (behind ? (1.0 - params.yield_fraction) * n.contact_m : n.contact_m);
    if (gap >= reach) continue;
    const double ox = n.offset.x, oy = n.offset.y, l = n.contact_m;
    for (int k = 0; k < kTurns; ++k) {  // branch-free, so the compiler vectorises it
      const bool in_path = tx[k] * ox + ty[k] * oy <= 0.0 && std::abs(tx[k] * oy - ty[k] * ox) <= l;
      spacing[k] = std::min(spacing[k], in_path ? gap : spacing[k]);
    }
  }
  double best_progress = best.speed_ms * e.dot(desired);
  for (int k = 0; k < kTurns; ++k) {
    if (turned[k].squared_norm() == 0.0) continue;
    const double speed = csm_speed(spacing[k], v0, params);
    const double progress = speed * turned[k].dot(desired);
    if (progress > best_progress + 1e-9) {
      best_progress = progress;
      best = {turned[k], speed};
    }
  }
  return best;
}
}  // namespace agora::crowd::agents
