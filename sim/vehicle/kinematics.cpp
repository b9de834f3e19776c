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

Motion::Motion(const VehicleClass& vehicle, double accel_mps2)
    : accel_mps2_(accel_mps2), vmax_mps_(kmh_to_mps(vehicle.vmax_kmh)), vmax2_(vmax_mps_ * vmax_mps_) {
  if (!vehicle.accel_curve.empty()) {
    const double scale = vehicle.accel_max_mps2 > 0.0 ? accel_mps2 / vehicle.accel_max_mps2 : 1.0;
    for (const AccelPoint& p : vehicle.accel_curve) curve_.push_back({kmh_to_mps(p.speed_kmh), p.accel_mps2 * scale});
  }
}

double Motion::time_s(double v2, double s_m, double sin_grade) const {
  if (s_m <= 0.0) return 0.0;
  if (!curve_.empty()) {
    double t = 0.0;
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
  // a(v) is piecewise constant: drive piece by piece until the next curve speed.
  double remaining = s_m;
  double t = 0.0;
  v2 = std::min(std::max(v2, 0.0), vmax2_);
  while (remaining > 1e-12) {
    const double v = std::sqrt(v2);
    std::size_t k = 0;
    while (k + 1 < curve_.size() && curve_[k + 1].v_mps <= v) ++k;
    const double next_v = k + 1 < curve_.size() ? std::min(curve_[k + 1].v_mps, vmax_mps_) : vmax_mps_;
    const double a = curve_[k].a_mps2 - kGravity_mps2 * sin_grade;
    if (v >= vmax_mps_ - 1e-12 && a >= 0.0) {  // cruising at top speed
      t += remaining / vmax_mps_;
      break;
    }
    if (a <= 0.0) {  // cannot gain speed here: coast (or lose speed uphill) over the rest
      const double out = std::max(0.0, v2 + 2.0 * a * remaining);
      if (a < 0.0 && out <= 0.0) t = kInfinity;
      else if (a < 0.0) t += (std::sqrt(out) - v) / a;
      else t += v > 0.0 ? remaining / v : kInfinity;
      v2 = out;
      break;
    }
    const double piece = (next_v * next_v - v2) / (2.0 * a);
    if (piece >= remaining) {
      const double out = v2 + 2.0 * a * remaining;
      t += (std::sqrt(out) - v) / a;
      v2 = out;
      break;
    }
    t += (next_v - v) / a;
    v2 = next_v * next_v;
    remaining -= piece;
  }
  if (time_s) *time_s = t;
  return std::min(v2, vmax2_);
}

}  // namespace agora::vehicle
