#pragma once
// Hostile vehicle classes (docs/sources.md, Vehicles): test mass, size and how the class
// accelerates: from physics (a typical and a powerful vehicle: engine power, traction, drag,
// rolling resistance, legal limiter), or, in a table the user loads, a constant acceleration
// range or an a(v) curve. The numbers live in a data table (data/vehicles/classes.csv,
// replaceable by a file), each with its source.

#include <optional>
#include <string>
#include <vector>

namespace agora::vehicle {

// One point of an acceleration curve: from speed_kmh upward the class accelerates at
// accel_mps2 (at the top of its range), until the next point's speed.
struct AccelPoint {
  double speed_kmh = 0.0;
  double accel_mps2 = 0.0;
};

// One vehicle at one end of a class's band (the typical and the powerful vehicle of the class).
struct Powertrain {
  double power_kw = 0.0;           // rated engine power P
  double driven_axle_share = 0.0;  // share of the weight on the driven wheels: traction ≤ share·f·g
};

// A class from physics: a(v) = min(share·f·g, η·P/(m·v)) − ½·ρ·C_d·A·v²/m − C_rr·g − g·sin(grade),
// top speed where the power balance reaches 0 or the legal speed limiter, whichever is lower.
struct VehiclePhysics {
  Powertrain typical, powerful;
  double drag_area_m2 = 0.0;           // C_d·A
  double rolling_resistance = 0.0;     // C_rr
  double drivetrain_efficiency = 0.0;  // η: wheel power / engine power
  double limiter_kmh = 0.0;            // legal speed limiter; 0: none (M1, N1)
};

struct VehicleClass {
  std::string code;           // "M1", "N1", "N2", "N3", "N3H": figure keys use it
  std::string name;           // "car", "van", ...
  double test_mass_kg = 0.0;  // mass of the standard's test vehicle of this class
  double width_m = 0.0;
  double length_m = 0.0;
  double height_m = 0.0;        // for maxheight tags; 0: not given, heights not checked
  double accel_min_mps2 = 0.0;  // lower end of the hostile-driver range
  double accel_max_mps2 = 0.0;  // upper end
  double vmax_kmh = 0.0;
  int rank = 0;  // severity order: a rating covers its class and every lower rank
  // Optional a(v) at the top of the range, speeds ascending; empty: constant acceleration.
  // The bottom of the range scales it by accel_min / accel_max.
  std::vector<AccelPoint> accel_curve;
  // From physics when set (the built-in table): the band runs from the typical vehicle at
  // friction_normal to the powerful one at friction_conservative, and accel_min/max_mps2 and
  // vmax_kmh hold what the physics gives (mean acceleration 0–50 km/h, top speed). A loaded
  // table without the physics columns keeps its constant accelerations or a(v) curve.
  std::optional<VehiclePhysics> physics;
  std::vector<std::string> placeholder_fields;  // columns whose values are placeholders
  std::string source;

  bool is_placeholder() const { return !placeholder_fields.empty(); }
  // How the class accelerates: "physics", "curve" (a loaded a(v) curve) or "constant".
  const char* model() const {
    return physics ? "physics" : !accel_curve.empty() ? "curve" : "constant";
  }
  // Throws agora::Error naming the class and the field out of range.
  void validate() const;
  void validate_physics() const;  // the physics columns alone (part of validate)
};

struct VehicleTable {
  std::vector<VehicleClass> classes;
  std::string origin;  // "built-in data/vehicles/classes.csv" or the file path

  const VehicleClass* find(const std::string& code) const;
  bool any_placeholder() const;
  // The classes named in codes (all when codes is empty), in table order of codes given;
  // throws agora::Error listing the known codes when one is unknown.
  std::vector<VehicleClass> select(const std::vector<std::string>& codes) const;
  void validate() const;
};

}  // namespace agora::vehicle
