// The approach search on maps drawn in the test: every expected speed is worked out by hand
// next to it (v² = v0² + 2·a·s; corner v² = f·g·R with R from docs/ramming.md).

#include <catch2/catch.hpp>
#include <cmath>

#include "sim/vehicle/ramming.hpp"
#include "tests/sim/vehicle/ascii_map.hpp"
#include "tests/sim/vehicle/domain_tables.hpp"

using namespace agora;
using namespace agora::vehicle;

namespace {

RammingResult assess(test::AsciiMap& map, std::vector<std::string> classes,
                     const VehicleTable& table = test::domain_vehicles()) {
  static const BarrierCatalogue catalogue{{}, "test"};
  static const RatingVehicleTable rating_vehicles = test::domain_rating_vehicles();
  const RammingInputs in{table, std::move(classes), catalogue, rating_vehicles, RammingParams{}};
  return analyse_ramming(map.city(), map.layout(), in);
}

ClassAtCrossing only(const RammingResult& r, std::size_t k = 0) {
  REQUIRE(r.crossings.size() == 1);
  return r.crossings[0].classes.at(k);
}

}  // namespace

TEST_CASE("a 100 m straight: M1 reaches 102 km/h unless its top speed is lower",
          "[ramming][approach]") {
  // 10 m grid. The road A–C enters the perimeter PQRS at x = 100 m: a 100 m run-up from A.
  test::AsciiMap map(R"(
          P   Q
A           C
          S   R
)",
                     10.0);
  map.road("AC", 6.0, "Teststraße").perimeter("PQRS");
  const RammingResult r = assess(map, {"M1"});
  const ClassAtCrossing& m1 = only(r);
  REQUIRE(m1.reachable);
  // a_max = 4: v = sqrt(2·4·100) = 28.28 m/s = 101.8 km/h; a_min = 3: sqrt(600) = 88.2 km/h.
  CHECK(m1.speed.high_kmh == Approx(101.8).margin(0.05));
  CHECK(m1.speed.low_kmh == Approx(88.2).margin(0.05));
  CHECK(m1.energy_kj == Approx(600.0).margin(0.5));        // ½·1500·800
  CHECK(m1.time_s == Approx(std::sqrt(2.0 * 100 / 4.0)));  // 7.07 s
  CHECK(m1.run_up_length_m == Approx(100.0));
  CHECK(m1.start.x == Approx(0.0));
  CHECK(m1.heading_deg == Approx(90.0));       // due east
  CHECK(m1.impact_angle_deg == Approx(90.0));  // head-on to the perimeter line
  CHECK(m1.verdict == Verdict::Unprotected);
  CHECK(r.crossings[0].label == "Teststraße");
  CHECK(r.crossings[0].pos.x == Approx(100.0));

  // The same car limited to 80 km/h (22.2 m/s, reached after 22.2²/8 = 61.7 m) arrives at 80.
  VehicleTable slow = test::domain_vehicles();
  slow.classes[0].vmax_kmh = 80.0;
  CHECK(only(assess(map, {"M1"}, slow)).speed.high_kmh == Approx(80.0));
}

TEST_CASE("a 90° corner in a 6 m street caps the speed, and the car accelerates after it",
          "[ramming][approach]") {
  // 10 m grid: A (0,0) east to B (100,0), north to C (100,80); the perimeter's lower edge
  // S–R at y = 40 m, so the crossing is 40 m past the corner.
  const char* drawing = R"(
        P   Q
 
          C
 
 
 
        S   R
 
 
 
A         B   E
)";
  // Corner at B: h = (6 − 1.8)/2 = 2.1 m, R = 2h/(1 − cos 45°) = 14.34 m.
  // a_max, f = 1: before B v² = 2·4·100 = 800 > g·R = 140.6 (11.86 m/s = 42.7 km/h);
  //   after 40 m: v² = 140.6 + 2·4·40 = 460.6 -> 21.46 m/s = 77.3 km/h.
  // a_min, f = 0.6: cap v² = 0.6·140.6 = 84.4; after: 84.4 + 2·3·40 = 324.4 -> 64.8 km/h.
  // Starting at B instead gives only sqrt(2·4·40) = 17.9 m/s: the corner run-up wins.
  SECTION("corner inside one way") {
    test::AsciiMap map(drawing, 10.0);
    map.road("ABC", 6.0).perimeter("PQRS");
    const ClassAtCrossing& m1 = only(assess(map, {"M1"}));
    CHECK(m1.speed.high_kmh == Approx(77.26).margin(0.05));
    CHECK(m1.speed.low_kmh == Approx(64.84).margin(0.05));
    CHECK(m1.start.x == Approx(0.0));
    REQUIRE(m1.run_up_speed_kmh.size() == 3);  // A, B (after the corner), crossing
    CHECK(m1.run_up_speed_kmh[1] == Approx(42.69).margin(0.05));
  }
  SECTION("corner at a junction") {
    test::AsciiMap map(drawing, 10.0);
    map.road("ABC", 6.0).road("BE", 6.0).perimeter("PQRS");
    const ClassAtCrossing& m1 = only(assess(map, {"M1"}));
    CHECK(m1.speed.high_kmh == Approx(77.26).margin(0.05));
    CHECK(m1.speed.low_kmh == Approx(64.84).margin(0.05));
  }
  SECTION("a wider street lets the car take the corner faster") {
    // 10 m: h = 4.1 m, R = 8.2/0.29289 = 28.0 m, cap v² = 274.5; after: 274.5 + 320 = 594.5
    // -> 24.38 m/s = 87.8 km/h.
    test::AsciiMap map(drawing, 10.0);
    map.road("ABC", 10.0).perimeter("PQRS");
    CHECK(only(assess(map, {"M1"})).speed.high_kmh == Approx(87.78).margin(0.05));
  }
}

TEST_CASE("a passage narrower than the vehicle stops it; a gap in a barrier line may not",
          "[ramming][approach]") {
  // A 20 m street A–C into the perimeter (crossing at x = 20 m).
  const char* drawing = R"(
  P   Q
A   C
  S   R
)";
  SECTION("street width") {
    test::AsciiMap narrow(drawing, 10.0);
    narrow.road("AC", 1.0).perimeter("PQRS");
    // 1.0 m < 1.8 m: the car cannot get there at all, so there is no crossing.
    CHECK(assess(narrow, {"M1"}).crossings.empty());
    test::AsciiMap wide(drawing, 10.0);
    wide.road("AC", 2.5).perimeter("PQRS");
    // 2.5 m ≥ 1.8 m: v = sqrt(2·4·20) = 12.65 m/s = 45.5 km/h; the 2.55 m truck does not fit.
    const RammingResult r = assess(wide, {"M1", "N3H"});
    CHECK(only(r, 0).speed.high_kmh == Approx(45.54).margin(0.05));
    CHECK_FALSE(only(r, 1).reachable);
  }
  SECTION("clear gap between bollards") {
    // Bollards rated V/7200[N2A]/48/90:0.0 across the street on the perimeter line P–S.
    // The car arrives at 45.5 km/h ≤ 48: adequate if it cannot pass between them.
    test::AsciiMap tight(drawing, 10.0);
    tight.road("AC", 6.0).perimeter("PQRS").barrier("PS", "V/7200[N2A]/48/90:0.0", 1.0);
    const ClassAtCrossing& held = only(assess(tight, {"M1"}));
    CHECK(held.verdict == Verdict::Adequate);
    CHECK(held.judged_speed_kmh == Approx(45.54).margin(0.05));
    CHECK(held.guard == 0);
    test::AsciiMap open(drawing, 10.0);
    open.road("AC", 6.0).perimeter("PQRS").barrier("PS", "V/7200[N2A]/48/90:0.0", 2.5);
    const ClassAtCrossing& through = only(assess(open, {"M1"}));
    CHECK(through.verdict == Verdict::GapPassable);
    CHECK(through.judged_speed_kmh == Approx(45.54).margin(0.05));
  }
}
