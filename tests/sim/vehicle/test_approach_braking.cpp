// Braking before bends: the speed anywhere on a run-up is at most what still lets the
// vehicle brake (b = f·g) to every later corner cap, so a barrier just before a sharp corner
// is met at the speed the vehicle can have there and still make the corner.

#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>

#include "sim/vehicle/ramming.hpp"
#include "tests/sim/vehicle/ascii_map.hpp"
#include "tests/sim/vehicle/domain_tables.hpp"

using namespace agora;
using namespace agora::vehicle;

TEST_CASE("a barrier 2 m before a 90° corner is met at the corner's braking speed",
          "[ramming][approach]") {
  // 2 m grid. The 6 m street A–B–C runs 60 m east from A, turns 90° north at B and crosses
  // the perimeter's lower edge S–R 10 m past the corner. The rated blocker D–E stands across
  // it 2 m before B (x = 58 m).
  test::AsciiMap map(R"(
                         P         Q

                              C

                         S         R


                             D

A                             B

                             E
)",
                     2.0);
  map.road("ABC", 6.0).perimeter("PQRS").barrier("DE", "V/7200[N2A]/48/90:0.0");
  REQUIRE(distance(map.at('A'), map.at('B')) == Approx(60.0));
  REQUIRE(map.at('B').x - map.at('D').x == Approx(2.0));
  static const VehicleTable table = test::domain_vehicles();  // N2: constant 2.5 m/s² at a_max
  static const BarrierCatalogue catalogue{{}, "test"};
  static const RatingVehicleTable rating_vehicles = test::domain_rating_vehicles();
  const RammingInputs in{table, {"N2"}, catalogue, rating_vehicles, RammingParams{}};
  const RammingResult r = analyse_ramming(map.city(), map.layout(), in);
  REQUIRE(r.crossings.size() == 1);
  const ClassAtCrossing& n2 = r.crossings[0].classes[0];
  REQUIRE(n2.reachable);
  // By hand, N2 (2.4 m wide) at a_max = 2.5 m/s² and f = 1:
  //   corner at B: h = (6 − 2.4)/2 = 1.8 m, R = 2h/(1 − cos 45°) = 3.6/0.29289 = 12.29 m,
  //     v² ≤ f·g·R = 9.80665·12.29 = 120.5 (10.98 m/s, 39.5 km/h);
  //   accelerating from A, at the barrier (58 m): v² = 2·2.5·58 = 290 (61.3 km/h), but to make
  //     the corner 2 m on it may have at most v² = 120.5 + 2·f·g·2 = 120.5 + 39.2 = 159.8
  //     (12.64 m/s = 45.5 km/h);
  //   45.5 ≤ 48 km/h, head-on, N2A counts as N2: adequate by rating. Without braking it
  //   would be judged at 61.3 km/h: ½·7200·17.03² = 1044 kJ > 640 kJ, inadequate.
  //   At the crossing, 10 m past the corner: v² = 120.5 + 2·2.5·10 = 170.5, 47.0 km/h.
  const double corner_v2 = kGravity_mps2 * 3.6 / (1.0 - std::cos(std::numbers::pi / 4.0));
  CHECK(corner_v2 == Approx(120.5).margin(0.05));
  CHECK(n2.speed.high_kmh == Approx(mps_to_kmh(std::sqrt(corner_v2 + 2 * 2.5 * 10))).margin(0.01));
  CHECK(n2.speed.high_kmh == Approx(47.0).margin(0.05));
  CHECK(n2.verdict == Verdict::Adequate);
  CHECK(n2.guard == 0);
  CHECK(n2.judged_speed_kmh ==
        Approx(mps_to_kmh(std::sqrt(corner_v2 + 2 * kGravity_mps2 * 2.0))).margin(0.01));
  CHECK(n2.judged_speed_kmh == Approx(45.5).margin(0.05));
  // The drawn run-up brakes: it takes the corner at 39.5 km/h.
  REQUIRE(n2.run_up.size() == 3);
  CHECK(n2.run_up_speed_kmh[1] == Approx(mps_to_kmh(std::sqrt(corner_v2))).margin(0.01));
}
