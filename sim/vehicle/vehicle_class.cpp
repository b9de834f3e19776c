#include "sim/vehicle/vehicle_class.hpp"

#include <cctype>
#include <utility>

#include "sim/core/error.hpp"

namespace agora::vehicle {

namespace {
void check(const VehicleClass& c, const char* field, double value, double lo, double hi,
           const char* unit) {
  if (value >= lo && value <= hi) return;
  throw Error("", "vehicle class '" + c.code + "'", field,
              "must lie in [" + std::to_string(lo) + ", " + std::to_string(hi) + "] " + unit +
                  ", got " + std::to_string(value));
}
}  // namespace

void VehicleClass::validate() const {
  if (code.empty()) throw Error("", "vehicle class", "code", "a class needs a code (e.g. M1)");
  for (char ch : code)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'))
      throw Error("", "vehicle class '" + code + "'", "code",
                  "use letters, digits and '_' only: the code becomes part of figure keys");
  // Ranges wide enough for any road vehicle, narrow enough to catch unit mistakes.
  check(*this, "test_mass_kg", test_mass_kg, 100.0, 100000.0, "kg");
  check(*this, "width_m", width_m, 0.5, 3.5, "m");
  check(*this, "length_m", length_m, 1.0, 25.0, "m");
  if (height_m != 0.0) check(*this, "height_m", height_m, 1.0, 5.0, "m (or empty: not checked)");
  check(*this, "accel_min_mps2", accel_min_mps2, 0.05, 10.0, "m/s²");
  check(*this, "accel_max_mps2", accel_max_mps2, accel_min_mps2, 10.0,
        "m/s² (at least accel_min_mps2)");
  check(*this, "vmax_kmh", vmax_kmh, 5.0, 400.0, "km/h");
  double last = -1.0;
  for (const AccelPoint& p : accel_curve) {
    if (!(p.speed_kmh > last))
      throw Error("", "vehicle class '" + code + "'", "accel_curve",
                  "speeds must ascend from 0 km/h");
    check(*this, "accel_curve", p.accel_mps2, 0.0, 10.0, "m/s²");
    last = p.speed_kmh;
  }
  validate_physics();
  if (!accel_curve.empty() && accel_curve.front().speed_kmh != 0.0)
    throw Error("", "vehicle class '" + code + "'", "accel_curve",
                "the first point must be at 0 km/h");
}

void VehicleClass::validate_physics() const {
  if (physics) {
    const VehiclePhysics& p = *physics;
    for (const auto& [end, pt] :
         {std::pair{"typical", &p.typical}, std::pair{"powerful", &p.powerful}}) {
      check(*this, (std::string("power_") + end + "_kw").c_str(), pt->power_kw, 1.0, 2000.0, "kW");
      check(*this, (std::string("driven_axle_share_") + end).c_str(), pt->driven_axle_share, 0.1,
            1.0, "");
    }
    check(*this, "drag_area_m2", p.drag_area_m2, 0.1, 20.0, "m²");
    check(*this, "rolling_resistance", p.rolling_resistance, 0.001, 0.05, "");
    check(*this, "drivetrain_efficiency", p.drivetrain_efficiency, 0.5, 1.0, "");
    if (p.limiter_kmh != 0.0)
      check(*this, "limiter_kmh", p.limiter_kmh, 20.0, 300.0, "km/h (or empty: none)");
  }
}

const VehicleClass* VehicleTable::find(const std::string& code) const {
  for (const VehicleClass& c : classes)
    if (c.code == code) return &c;
  return nullptr;
}

bool VehicleTable::any_placeholder() const {
  for (const VehicleClass& c : classes)
    if (c.is_placeholder()) return true;
  return false;
}

std::vector<VehicleClass> VehicleTable::select(const std::vector<std::string>& codes) const {
  if (codes.empty()) return classes;
  std::vector<VehicleClass> out;
  for (const std::string& code : codes) {
    if (const VehicleClass* c = find(code)) {
      out.push_back(*c);
      continue;
    }
    std::string known;
    for (const VehicleClass& c : classes) known += (known.empty() ? "" : ", ") + c.code;
    throw Error(origin, "vehicle classes", "classes",
                "unknown vehicle class '" + code + "' (the table has " + known + ")");
  }
  return out;
}

void VehicleTable::validate() const {
  if (classes.empty()) throw Error(origin, "", "", "the vehicle table has no classes");
  for (std::size_t i = 0; i < classes.size(); ++i) {
    classes[i].validate();
    for (std::size_t j = 0; j < i; ++j)
      if (classes[j].code == classes[i].code)
        throw Error(origin, "vehicle class '" + classes[i].code + "'", "code", "appears twice");
  }
}

}  // namespace agora::vehicle
