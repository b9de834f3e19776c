// Kinematics of the vehicle dynamics assessment against sources.md: Vehicles check values and the
// corner-radius derivation in docs/ramming.md.

#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>

#include "sim/geometry/geometry.hpp"
#include "sim/vehicle/kinematics.hpp"
#include "tests/sim/vehicle/domain_tables.hpp"

using namespace agora;
using namespace agora::vehicle;

namespace {
double from_rest_kmh(double a, double s) { return mps_to_kmh(std::sqrt(2.0 * a * s)); }
constexpr double kPi = std::numbers::pi;
}  // namespace

TEST_CASE("straight run-up from rest matches published check values (sources.md: Vehicles)", "[ramming][vehicle]") {
  // v = sqrt(2as): a = 4, s = 30 -> 15.49 m/s = 55.8 km/h ("56"); s = 100 -> 28.28 m/s =
  // 101.8 km/h ("102"); a = 1, s = 30 -> 7.75 m/s = 27.9 km/h ("28").
  CHECK(from_rest_kmh(4.0, 30.0) == Approx(55.8).margin(0.05));
  CHECK(from_rest_kmh(4.0, 100.0) == Approx(101.8).margin(0.05));
  CHECK(from_rest_kmh(1.0, 30.0) == Approx(27.9).margin(0.05));
  // The same through Motion (constant a, no grade), which the search uses.
  const VehicleClass m1 = test::domain_class("M1", 1500, 1.8, 3.0, 4.0, 180, 1);
  const Motion top(m1, 4.0);
  CHECK(mps_to_kmh(std::sqrt(top.advance_v2(0.0, 100.0))) == Approx(101.8).margin(0.05));
  // Capped at v_max: 180 km/h = 50 m/s is reached after 50²/(2·4) = 312.5 m.
  CHECK(mps_to_kmh(std::sqrt(top.advance_v2(0.0, 1000.0))) == Approx(180.0));
  // Time: 312.5 m to v_max in 50/4 = 12.5 s, then 687.5 m at 50 m/s = 13.75 s: 26.25 s.
  CHECK(top.time_s(0.0, 1000.0) == Approx(26.25));
  CHECK(top.time_s(0.0, 100.0) == Approx(std::sqrt(2.0 * 100.0 / 4.0)));  // 7.07 s
}

TEST_CASE("gradient reduces acceleration by g·sin(alpha)", "[ramming][vehicle]") {
  // 10 % uphill (sin α ≈ 0.0995): a_eff = 2 − 9.80665·0.0995 = 1.024 m/s²; 50 m -> v² = 102.4.
  const VehicleClass n2 = test::domain_class("N2", 7200, 2.4, 1.5, 2.5, 110, 3);
  const Motion m(n2, 2.0);
  const double sin_a = std::sin(std::atan(0.10));
  CHECK(m.advance_v2(0.0, 50.0, sin_a) == Approx(2.0 * (2.0 - kGravity_mps2 * sin_a) * 50.0));
  CHECK(m.advance_v2(0.0, 50.0, sin_a) == Approx(102.4).margin(0.1));
  // Downhill adds: a_eff = 2.976, v² = 297.6.
  CHECK(m.advance_v2(0.0, 50.0, -sin_a) == Approx(297.6).margin(0.1));
}

TEST_CASE("an a(v) curve integrates piece by piece", "[ramming][vehicle]") {
  // 4 m/s² up to 36 km/h (10 m/s), 2 m/s² above: 10 m/s after 100/8 = 12.5 m and 2.5 s;
  // the remaining 37.5 m at 2 m/s²: v² = 100 + 150 = 250, t = (15.81 − 10)/2 = 2.906 s.
  VehicleClass c = test::domain_class("X", 1500, 1.8, 2.0, 4.0, 180, 1);
  c.accel_curve = {{0.0, 4.0}, {36.0, 2.0}};
  const Motion top(c, 4.0);
  CHECK(top.advance_v2(0.0, 50.0) == Approx(250.0));
  CHECK(top.time_s(0.0, 50.0) == Approx(2.5 + (std::sqrt(250.0) - 10.0) / 2.0));
  // The bottom of the band scales the curve by a_min/a_max = 0.5: 2 then 1 m/s²;
  // 10 m/s after 25 m, then 25 m at 1 m/s²: v² = 100 + 50 = 150.
  const Motion low(c, 2.0);
  CHECK(low.advance_v2(0.0, 50.0) == Approx(150.0));
}

TEST_CASE("skid limit matches published check values (sources.md: Vehicles)", "[ramming][vehicle]") {
  // sqrt(f·g·r): f = 1, r = 10 -> 9.90 m/s = 35.7 km/h ("36"); r = 20 -> 50.4 ("50");
  // f = 0.6, r = 10 -> 7.67 m/s = 27.6 km/h ("28").
  CHECK(mps_to_kmh(skid_speed_mps(1.0, 10.0)) == Approx(35.65).margin(0.05));
  CHECK(mps_to_kmh(skid_speed_mps(1.0, 20.0)) == Approx(50.42).margin(0.05));
  CHECK(mps_to_kmh(skid_speed_mps(0.6, 10.0)) == Approx(27.61).margin(0.05));
}

TEST_CASE("kinetic energy matches published reference values (sources.md: Vehicles)", "[ramming][vehicle]") {
  // ½mv²: 1500 kg @ 48 km/h = 133 kJ; 7200 kg @ 48/64/80 = 640/1138/1778; 30000 @ 48 = 2667.
  CHECK(kinetic_energy_kj(1500, kmh_to_mps(48)) == Approx(133.3).margin(0.1));
  CHECK(kinetic_energy_kj(7200, kmh_to_mps(48)) == Approx(640.0).margin(0.1));
  CHECK(kinetic_energy_kj(7200, kmh_to_mps(64)) == Approx(1137.8).margin(0.1));
  CHECK(kinetic_energy_kj(7200, kmh_to_mps(80)) == Approx(1777.8).margin(0.1));
  CHECK(kinetic_energy_kj(30000, kmh_to_mps(48)) == Approx(2666.7).margin(0.1));
}

TEST_CASE("corner radius: the racing line through a sharp corner", "[ramming][vehicle]") {
  // 90° corner in a 6 m street, 1.8 m car: h = (6 − 1.8)/2 = 2.1 m on both sides;
  // R = 2h/(1 − cos 45°) = 4.2/0.29289 = 14.34 m; at f = 1: sqrt(9.80665·14.34) = 11.86 m/s.
  const double r = corner_radius_m(kPi / 2, 2.1, 2.1);
  CHECK(r == Approx(14.34).margin(0.01));
  CHECK(mps_to_kmh(skid_speed_mps(1.0, r)) == Approx(42.7).margin(0.1));
  // Geometry check (docs/ramming.md): outer walls x = 0 and y = 0, the centre's corridor is
  // 2h = 4.2 m wide, inner corner at (4.2, 4.2). The circle tangent to both walls, centre
  // (R, R), passes through the inner corner: sqrt(2)·(R − 4.2) = R.
  CHECK(std::sqrt(2.0) * (r - 4.2) == Approx(r));
  // Straight on: no limit. A street exactly as wide as the vehicle: no room to turn.
  CHECK(std::isinf(corner_radius_m(0.0, 2.1, 2.1)));
  CHECK(corner_radius_m(kPi / 2, 0.0, 2.1) == 0.0);
}

TEST_CASE("corner radius with unequal widths is the largest circle that fits", "[ramming][vehicle]") {
  // Deflection 60°, half-widths 1 m and 3 m: the formula against a brute-force search of
  // circles tangent to both outer walls whose near arc does not cut the inner corner.
  const double theta = kPi / 3, h1 = 1.0, h2 = 3.0;
  const double r = corner_radius_m(theta, h1, h2);
  // The construction of docs/ramming.md: outer wedge vertex at the origin, bisector along
  // +x, outer walls at angles ±α, α = (π − θ)/2; offsetting each wall inwards by its
  // corridor width 2h puts the inner corner P at ((h1 + h2)/sin α, (h2 − h1)/cos α).
  const double alpha = (kPi - theta) / 2;
  const Vec2 p{(h1 + h2) / std::sin(alpha), (h2 - h1) / std::cos(alpha)};
  // The tangent circle of radius R has its centre at (R / sin α, 0): it touches P.
  const Vec2 c{r / std::sin(alpha), 0.0};
  CHECK(distance(c, p) == Approx(r).margin(1e-9));
  // Symmetric case reduces to 2h/(1 − cos(θ/2)).
  CHECK(corner_radius_m(theta, 2.0, 2.0) == Approx(4.0 / (1.0 - std::cos(theta / 2))));
}

TEST_CASE("bend radius: a digitised curve is as tight as its total turn", "[ramming][vehicle]") {
  // A 90° bend of 30 m centreline radius (S = 47.1 m) in a corridor of h = 2.1 m:
  // R = 30 + 2.1·(1 + cos 45°)/(1 − cos 45°) = 30 + 2.1·5.828 = 42.24 m.
  CHECK(bend_radius_m(kPi / 2, 30.0 * kPi / 2, 2.1) == Approx(42.24).margin(0.01));
  // Drawn as a sharp corner (S = 0) it equals the corner formula.
  CHECK(bend_radius_m(kPi / 2, 0.0, 2.1) == Approx(corner_radius_m(kPi / 2, 2.1, 2.1)));
}
