#pragma once
// Vehicle kinematics of the vehicle dynamics assessment (docs/sources.md, Vehicles, ISO 22343-2
// §9.2): straight run-up under a(v) (power-limited physics, a loaded curve or a constant; with a
// gradient) capped at the top speed, the skid limit v = sqrt(f·g·r) in a bend, the radius a vehicle
// can drive through a corner given the width it has (docs/ramming.md derives the formulas), kinetic
// energy. Speeds are m/s inside; km/h only where people read them.

#include <cmath>
#include <limits>
#include <vector>

#include "sim/vehicle/vehicle_class.hpp"

namespace agora::vehicle {

inline constexpr double kGravity_mps2 = 9.80665;  // standard gravity (CGPM 1901)
inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

constexpr double kmh_to_mps(double kmh) {
  return kmh / 3.6;
}
constexpr double mps_to_kmh(double mps) {
  return mps * 3.6;
}

// E = ½·m·v², in kJ.
constexpr double kinetic_energy_kj(double mass_kg, double speed_mps) {
  return 0.5 * mass_kg * speed_mps * speed_mps / 1000.0;
}

// Skid limit in a bend of radius r: v = sqrt(f·g·r) (MIL-HDBK-1013/14; docs/sources.md, Vehicles).
inline double skid_speed_mps(double friction, double radius_m) {
  return std::sqrt(friction * kGravity_mps2 * radius_m);
}

// Largest radius a vehicle drives through a sharp corner of deflection θ (0 = straight on,
// π = U-turn) between two straight corridors in which its centre has usable half-widths h1
// and h2 (street width minus vehicle width, halved): it enters on the outside of the first
// street, touches the inside corner and leaves on the outside of the second:
//   R = (h1 + h2 + 2·cos(θ/2)·sqrt(h1·h2)) / sin²(θ/2),   = 2h / (1 − cos(θ/2)) when h1 = h2.
// Infinite for θ = 0; 0 when a corridor has no room (h ≤ 0).
double corner_radius_m(double deflection_rad, double h1_m, double h2_m);
// The same from c = cos(θ/2) and s2 = sin²(θ/2), for callers that evaluate one bend for
// many vehicle widths.
inline double corner_radius_cs(double c, double s2, double h1_m, double h2_m) {
  if (h1_m <= 0.0 || h2_m <= 0.0) return 0.0;
  if (s2 < 1e-18) return std::numeric_limits<double>::infinity();
  return (h1_m + h2_m + 2.0 * c * std::sqrt(h1_m * h2_m)) / s2;
}

// Radius through a bend of total deflection Θ spread over a centreline length S (a curve
// digitised as several vertices) in a corridor of usable half-width h, the racing line:
//   R = max(S/Θ, h) + h·(1 + cos(Θ/2)) / (1 − cos(Θ/2)).
// With S = 0 it equals corner_radius_m(Θ, h, h).
double bend_radius_m(double total_deflection_rad, double centreline_length_m, double h_m);
// The same from c = cos(Θ/2) and the centreline radius S/Θ.
inline double bend_radius_c(double c, double centreline_radius_m, double h_m) {
  if (h_m <= 0.0) return 0.0;
  if (c >= 1.0 - 1e-15) return std::numeric_limits<double>::infinity();
  return (centreline_radius_m > h_m ? centreline_radius_m : h_m) + h_m * (1.0 + c) / (1.0 - c);
}

// Air density at 15 °C and sea level (ISO 2533 standard atmosphere), kg/m³.
inline constexpr double kAirDensity_kgpm3 = 1.225;

// a(v) of a vehicle from physics on level ground (docs/ramming.md, "Vehicles from physics"):
//   a = min(share·f·g, η·P/(m·v)) − ½·ρ·C_d·A·v²/m − C_rr·g.
double physics_accel_mps2(const VehicleClass& vehicle, const Powertrain& end, double friction,
                          double v_mps);
// Top speed on level ground: where the power balance reaches a = 0, or the legal limiter.
double physics_top_speed_mps(const VehicleClass& vehicle, const Powertrain& end);

enum class BandEnd { Low, High };

// For a class from physics, sets what the table's summary columns show: accel_min/max_mps2 the
// mean acceleration from rest to 50 km/h of the typical / powerful vehicle on a dry road
// (f = 1), vmax_kmh the powerful vehicle's top speed.
void fill_from_physics(VehicleClass& vehicle);

// How one vehicle class accelerates at one end of its band: constant a, an a(v) curve, or
// the physics of the class's typical (low end) or powerful (high end) vehicle, capped at
// v_max, reduced uphill by g·sin(α). Curves and physics are integrated exactly as a(v)
// piecewise constant in speed (physics: a at the middle of each 0.5 m/s bin).
class Motion {
 public:
  Motion() = default;
  // accel_mps2 picks the end of the band (a_min or a_max); an a(v) curve is scaled to it.
  // Physics is not used: the constant-acceleration (or curve) model of the table's columns.
  Motion(const VehicleClass& vehicle, double accel_mps2);
  // A vehicle from physics at the given traction friction.
  Motion(const VehicleClass& vehicle, const Powertrain& end, double friction);
  // The band end as the analysis uses it: physics when the class has it, else a_min / a_max.
  static Motion band(const VehicleClass& vehicle, BandEnd end, double friction);

  double vmax_mps() const { return vmax_mps_; }
  double vmax2() const { return vmax2_; }
  double accel_mps2() const { return accel_mps2_; }  // constant model; physics: at rest

  // v² after driving s metres from v² = v2 on a grade with sine sin_grade (+ uphill).
  double advance_v2(double v2, double s_m, double sin_grade = 0.0) const {
    if (bins_.empty()) {
      const double a = accel_mps2_ - kGravity_mps2 * sin_grade;
      const double out = v2 + 2.0 * a * s_m;
      return out < 0.0 ? 0.0 : (out > vmax2_ ? vmax2_ : out);
    }
    if (sin_grade == 0.0 && flat_ok_) return flat_advance(v2, s_m, nullptr);
    return integrate(v2, s_m, sin_grade, nullptr);
  }
  // Time to drive the same s metres, seconds (infinite if the vehicle stalls).
  double time_s(double v2, double s_m, double sin_grade = 0.0) const;
  // Distance from rest to speed v on level ground (infinite when never reached).
  double distance_to_m(double v_mps) const;

 private:
  void finish_bins();
  double integrate(double v2, double s_m, double sin_grade, double* time_s) const;
  double flat_advance(double v2, double s_m, double* time_s) const;
  std::size_t bin_of(double v) const;

  double accel_mps2_ = 0.0;
  double vmax_mps_ = 0.0;
  double vmax2_ = 0.0;
  struct Bin {
    double v_lo;  // from this speed up to the next bin's (or v_max)
    double a;     // level-ground acceleration there
  };
  std::vector<Bin> bins_;  // empty: constant accel_mps2_
  std::vector<double>
      dist_m_;  // level ground, from rest: distance at each bin's v_lo, then at v_max
  std::vector<double> time_at_;  // and the time
  bool flat_ok_ = false;         // every bin accelerates: the level-ground tables hold
};

}  // namespace agora::vehicle
