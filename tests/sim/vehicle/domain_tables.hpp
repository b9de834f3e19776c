#pragma once
// The vehicle classes of sources.md: Vehicles and the test-vehicle mapping, built in code for the
// sim tests (which read no files); tests/gis checks the shipped CSV tables hold the same values.

#include "sim/vehicle/adequacy.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"
#include "sim/vehicle/vehicle_class.hpp"

namespace agora::test {

inline vehicle::VehicleClass domain_class(std::string code, double mass_kg, double width_m,
                                          double a_min, double a_max, double vmax_kmh, int rank) {
  vehicle::VehicleClass c;
  c.code = std::move(code);
  c.name = c.code;
  c.test_mass_kg = mass_kg;
  c.width_m = width_m;
  c.length_m = 5.0;
  c.accel_min_mps2 = a_min;
  c.accel_max_mps2 = a_max;
  c.vmax_kmh = vmax_kmh;
  c.rank = rank;
  c.source = "sources.md: Vehicles";
  return c;
}

// sources.md: Vehicles table: M1 1500 kg 1.8 m 3–4 m/s² 180 km/h; N1 3500 2.16 3–4 150; N2 7200 2.4
// 1.5–2.5 110; N3 7500 2.5 1–1.5 100; N3 heavy 30000 2.55 0.5–1 90.
inline vehicle::VehicleTable domain_vehicles() {
  vehicle::VehicleTable t;
  t.origin = "sources.md: Vehicles (test)";
  t.classes = {domain_class("M1", 1500, 1.8, 3.0, 4.0, 180, 1),
               domain_class("N1", 3500, 2.16, 3.0, 4.0, 150, 2),
               domain_class("N2", 7200, 2.4, 1.5, 2.5, 110, 3),
               domain_class("N3", 7500, 2.5, 1.0, 1.5, 100, 4),
               domain_class("N3H", 30000, 2.55, 0.5, 1.0, 90, 5)};
  return t;
}

// The built-in M1 of data/vehicles/classes.csv (tests/gis checks the file holds the same):
// 1500 kg; typical 80 kW, powerful 150 kW, 60 % of the weight on the driven axle; C_d·A
// 0.68 m², C_rr 0.012, η 0.90, no limiter.
inline vehicle::VehicleClass physics_car() {
  vehicle::VehicleClass c = domain_class("M1", 1500, 1.8, 3.0, 4.0, 240, 1);
  vehicle::VehiclePhysics p;
  p.typical = {80.0, 0.6};
  p.powerful = {150.0, 0.6};
  p.drag_area_m2 = 0.68;
  p.rolling_resistance = 0.012;
  p.drivetrain_efficiency = 0.90;
  c.physics = p;
  return c;
}

inline vehicle::RatingVehicleTable domain_rating_vehicles() {
  vehicle::RatingVehicleTable t;
  t.origin = "test";
  t.rows = {{"ISO 22343-1/IWA 14-1", "M1", 1500, "M1", ""},
            {"ISO 22343-1/IWA 14-1", "N2A", 7200, "N2", ""},
            {"ISO 22343-1/IWA 14-1", "N3C", 7200, "N3", ""},
            {"ISO 22343-1/IWA 14-1", "N3E", 30000, "N3H", ""},
            {"PAS 68", "N3", 7500, "N3", ""},
            {"PAS 68", "N3", 30000, "N3H", ""},
            {"ASTM F2656", "M", 6800, "N2", ""}};
  return t;
}

}  // namespace agora::test
