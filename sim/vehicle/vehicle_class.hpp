#pragma once
// Hostile vehicle classes (DOMAIN §1): test mass, size, the acceleration range a hostile
// driver reaches, top speed, and optionally an a(v) curve. The numbers live in a data table
// (data/vehicles/classes.csv, replaceable by a file) because the accelerations are
// placeholders until official NPSA/JRC/ISO curves are loaded.

#include <string>
#include <vector>

namespace agora::vehicle {

// One point of an acceleration curve: from speed_kmh upward the class accelerates at
// accel_mps2 (at the top of its range), until the next point's speed.
struct AccelPoint {
  double speed_kmh = 0.0;
  double accel_mps2 = 0.0;
};

struct VehicleClass {
  std::string code;            // "M1", "N1", "N2", "N3", "N3H": figure keys use it
  std::string name;            // "car", "van", ...
  double test_mass_kg = 0.0;   // mass of the standard's test vehicle of this class
  double width_m = 0.0;
  double length_m = 0.0;
  double accel_min_mps2 = 0.0; // lower end of the hostile-driver range
  double accel_max_mps2 = 0.0; // upper end
  double vmax_kmh = 0.0;
  int rank = 0;                // severity order: a rating covers its class and every lower rank
  // Optional a(v) at the top of the range, speeds ascending; empty: constant acceleration.
  // The bottom of the range scales it by accel_min / accel_max.
  std::vector<AccelPoint> accel_curve;
  std::vector<std::string> placeholder_fields;  // columns whose values are placeholders
  std::string source;

  bool is_placeholder() const { return !placeholder_fields.empty(); }
  // Throws agora::Error naming the class and the field out of range.
  void validate() const;
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
