#include "sim/vehicle/kinematics.hpp"

#include <algorithm>
#include <numbers>

namespace agora::vehicle {

double corner_radius_m(double deflection_rad, double h1_m, double h2_m) {
  const double half = std::abs(deflection_rad) / 2.0;
  const double s = std::sin(half);
  return corner_radius_cs(std::cos(half), s * s, h1_m, h2_m);
}

double bend_radius_m(double total_deflection_rad, double centreline_length_m, double h_m) {
  const double theta = std::min(std::abs(total_deflection_rad), 2.0 * std::numbers::pi);
  if (theta < 1e-9) return h_m <= 0.0 ? 0.0 : kInfinity;
  return bend_radius_c(std::cos(theta / 2.0), centreline_length_m / theta, h_m);
}

double physics_accel_mps2(const VehicleClass& vehicle, const Powertrain& end, double friction,
                          double v_mps) {
  const VehiclePhysics& p = *vehicle.physics;
  const double m = vehicle.test_mass_kg;
  const double traction = end.driven_axle_share * friction * kGravity_mps2;
  const double power =
      v_mps > 1e-9 ? p.drivetrain_efficiency * end.power_kw * 1000.0 / (m * v_mps) : kInfinity;
  return std::min(traction, power) - 0.5 * kAirDensity_kgpm3 * p.drag_area_m2 * v_mps * v_mps / m -
         p.rolling_resistance * kGravity_mps2;
}

double physics_top_speed_mps(const VehicleClass& vehicle, const Powertrain& end) {
  // Power balance η·P/v = ½·ρ·C_d·A·v² + m·C_rr·g: the left falls, the right rises with v,
  // so bisection finds the one root (friction does not matter at top speed: use 1).
  double lo = 0.1, hi = 200.0;
  for (int i = 0; i < 100; ++i) {
    const double mid = 0.5 * (lo + hi);
    (physics_accel_mps2(vehicle, end, 1e6, mid) > 0.0 ? lo : hi) = mid;
  }
  const VehiclePhysics& p = *vehicle.physics;
  return p.limiter_kmh > 0.0 ? std::min(lo, kmh_to_mps(p.limiter_kmh)) : lo;
}

Motion::Motion(const VehicleClass& vehicle, double accel_mps2)
    : accel_mps2_(accel_mps2),
      vmax_mps_(kmh_to_mps(vehicle.vmax_kmh)),
      vmax2_(vmax_mps_ * vmax_mps_) {
  if (!vehicle.accel_curve.empty()) {
    const double scale = vehicle.accel_max_mps2 > 0.0 ? accel_mps2 / vehicle.accel_max_mps2 : 1.0;
    for (const AccelPoint& p : vehicle.accel_curve) {
      const double v = kmh_to_mps(p.speed_kmh);
      if (v >= vmax_mps_) break;
      bins_.push_back({v, p.accel_mps2 * scale});
    }
    finish_bins();
  }
}

Motion::Motion(const VehicleClass& vehicle, const Powertrain& end, double friction) {
  vmax_mps_ = physics_top_speed_mps(vehicle, end);
  vmax2_ = vmax_mps_ * vmax_mps_;
  constexpr double kBin_mps = 0.5;
  for (double v = 0.0; v < vmax_mps_ - 1e-9; v += kBin_mps) {
    const double hi = std::min(v + kBin_mps, vmax_mps_);
    bins_.push_back({v, physics_accel_mps2(vehicle, end, friction, 0.5 * (v + hi))});
  }
  accel_mps2_ = bins_.empty() ? 0.0 : bins_.front().a;
  finish_bins();
}

void fill_from_physics(VehicleClass& c) {
  if (!c.physics) return;
  const double v50 = kmh_to_mps(50.0);
  auto mean_accel = [&](const Powertrain& end) {
    const Motion m(c, end, 1.0);
    const double v = std::min(v50, m.vmax_mps());
    const double t = m.time_s(0.0, m.distance_to_m(v));
    return t > 0.0 && std::isfinite(t) ? v / t : 0.0;
  };
  c.accel_min_mps2 = mean_accel(c.physics->typical);
  c.accel_max_mps2 = std::max(c.accel_min_mps2, mean_accel(c.physics->powerful));
  c.vmax_kmh = mps_to_kmh(std::max(physics_top_speed_mps(c, c.physics->typical),
                                   physics_top_speed_mps(c, c.physics->powerful)));
}

Motion Motion::band(const VehicleClass& vehicle, BandEnd end, double friction) {
  if (vehicle.physics)
    return Motion(vehicle,
                  end == BandEnd::Low ? vehicle.physics->typical : vehicle.physics->powerful,
                  friction);
  return Motion(vehicle, end == BandEnd::Low ? vehicle.accel_min_mps2 : vehicle.accel_max_mps2);
}

void Motion::finish_bins() {
  flat_ok_ = !bins_.empty();
  for (const Bin& b : bins_) flat_ok_ = flat_ok_ && b.a > 0.0;
  dist_m_.assign(1, 0.0);
  time_at_.assign(1, 0.0);
  if (!flat_ok_) return;
  for (std::size_t k = 0; k < bins_.size(); ++k) {
    const double lo = bins_[k].v_lo, hi = k + 1 < bins_.size() ? bins_[k + 1].v_lo : vmax_mps_;
    dist_m_.push_back(dist_m_.back() + (hi * hi - lo * lo) / (2.0 * bins_[k].a));
    time_at_.push_back(time_at_.back() + (hi - lo) / bins_[k].a);
  }
}

std::size_t Motion::bin_of(double v) const {
  const auto it = std::upper_bound(bins_.begin(), bins_.end(), v,
                                   [](double x, const Bin& b) { return x < b.v_lo; });
  return it == bins_.begin() ? 0 : static_cast<std::size_t>(it - bins_.begin()) - 1;
}

double Motion::flat_advance(double v2, double s_m, double* time_s) const {
  v2 = std::min(std::max(v2, 0.0), vmax2_);
  const double v = std::sqrt(v2);
  if (v >= vmax_mps_ - 1e-12) {
    if (time_s) *time_s = s_m / vmax_mps_;
    return vmax2_;
  }
  // Distance and time "from rest" of the entry speed, then walk the level-ground table.
  const std::size_t k = bin_of(v);
  const Bin& b = bins_[k];
  const double s0 = dist_m_[k] + (v2 - b.v_lo * b.v_lo) / (2.0 * b.a);
  const double t0 = time_at_[k] + (v - b.v_lo) / b.a;
  const double target = s0 + s_m;
  if (target >= dist_m_.back()) {
    if (time_s) *time_s = time_at_.back() - t0 + (target - dist_m_.back()) / vmax_mps_;
    return vmax2_;
  }
  const auto it = std::upper_bound(dist_m_.begin(), dist_m_.end(), target);
  const std::size_t j = static_cast<std::size_t>(it - dist_m_.begin()) - 1;
  const Bin& bj = bins_[j];
  const double out = std::min(vmax2_, bj.v_lo * bj.v_lo + 2.0 * bj.a * (target - dist_m_[j]));
  if (time_s) *time_s = time_at_[j] + (std::sqrt(out) - bj.v_lo) / bj.a - t0;
  return out;
}

double Motion::distance_to_m(double v_mps) const {
  if (v_mps <= 0.0) return 0.0;
  if (v_mps > vmax_mps_ + 1e-12) return kInfinity;
  if (bins_.empty()) return accel_mps2_ > 0.0 ? v_mps * v_mps / (2.0 * accel_mps2_) : kInfinity;
  if (!flat_ok_) return kInfinity;
  if (v_mps >= vmax_mps_) return dist_m_.back();
  const std::size_t k = bin_of(v_mps);
  return dist_m_[k] + (v_mps * v_mps - bins_[k].v_lo * bins_[k].v_lo) / (2.0 * bins_[k].a);
}

double Motion::time_s(double v2, double s_m, double sin_grade) const {
  if (s_m <= 0.0) return 0.0;
  if (!bins_.empty()) {
    double t = 0.0;
    if (sin_grade == 0.0 && flat_ok_)
      flat_advance(v2, s_m, &t);
    else
      integrate(v2, s_m, sin_grade, &t);
    return t;
  }
  // Constant a: accelerate (or brake uphill) until v_max, then cruise.
  const double a = accel_mps2_ - kGravity_mps2 * sin_grade;
  const double v0 = std::sqrt(std::max(v2, 0.0));
  if (std::abs(a) < 1e-12) return v0 > 0.0 ? s_m / v0 : kInfinity;
  const double to_vmax = a > 0.0 ? (vmax2_ - v2) / (2.0 * a) : kInfinity;
  if (s_m <= to_vmax) {
    const double v1_2 = v2 + 2.0 * a * s_m;
    if (v1_2 <= 0.0) return kInfinity;  // stalls uphill before the end
    return (std::sqrt(v1_2) - v0) / a;
  }
  return (vmax_mps_ - v0) / a + (s_m - to_vmax) / vmax_mps_;
}

double Motion::integrate(double v2, double s_m, double sin_grade, double* time_s) const {
  // a(v) piecewise constant in speed: within a bin v² changes linearly with distance.
  // Uphill a bin may decelerate: the vehicle then slows to the bin's lower edge, and holds
  // that speed (an equilibrium) where the bin below still accelerates.
  double remaining = s_m;
  double t = 0.0;
  v2 = std::min(std::max(v2, 0.0), vmax2_);
  const double slope = kGravity_mps2 * sin_grade;
  std::size_t k = bin_of(std::sqrt(v2));
  const std::size_t last = bins_.size() - 1;
  while (remaining > 1e-12) {
    const double v = std::sqrt(v2);
    const double a = bins_[k].a - slope;
    if (v >= vmax_mps_ - 1e-12 && a >= 0.0) {  // cruising at top speed
      t += remaining / vmax_mps_;
      v2 = vmax2_;
      break;
    }
    if (std::abs(a) < 1e-12) {  // neither gains nor loses: holds its speed
      t += v > 0.0 ? remaining / v : kInfinity;
      break;
    }
    if (a > 0.0) {
      const double hi = k < last ? bins_[k + 1].v_lo : vmax_mps_;
      const double piece = (hi * hi - v2) / (2.0 * a);
      if (piece >= remaining) {
        const double out = v2 + 2.0 * a * remaining;
        t += (std::sqrt(out) - v) / a;
        v2 = out;
        break;
      }
      t += (hi - v) / a;
      v2 = hi * hi;
      remaining -= piece;
      if (k < last) ++k;
      continue;
    }
    const double lo = bins_[k].v_lo;
    const double piece = (v2 - lo * lo) / (-2.0 * a);
    if (piece >= remaining) {
      const double out = std::max(0.0, v2 + 2.0 * a * remaining);
      t += (std::sqrt(out) - v) / a;
      v2 = out;
      break;
    }
    t += (lo - v) / a;
    v2 = lo * lo;
    remaining -= piece;
    if (k == 0) {  // stalls uphill
      t = kInfinity;
      v2 = 0.0;
      break;
    }
    --k;
    if (bins_[k].a - slope >= 0.0) {  // the bin below accelerates: holds v = lo
      t += lo > 0.0 ? remaining / lo : kInfinity;
      break;
    }
  }
  if (time_s) *time_s = t;
  return std::min(v2, vmax2_);
}

}  // namespace agora::vehicle
