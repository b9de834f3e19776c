// Open areas are driven in straight lines: a car crossing a square diagonally builds more
// speed than any street around it allows.

#include <catch2/catch.hpp>
#include <cmath>
#include <map>

#include "sim/vehicle/ramming.hpp"
#include "tests/sim/vehicle/ascii_map.hpp"
#include "tests/sim/vehicle/domain_tables.hpp"

using namespace agora;
using namespace agora::vehicle;

namespace {

RammingResult assess_m1(test::AsciiMap& map) {
  static const VehicleTable table = test::domain_vehicles();
  static const BarrierCatalogue catalogue{{}, "test"};
  static const RatingVehicleTable rating_vehicles = test::domain_rating_vehicles();
  const RammingInputs in{table, {"M1"}, catalogue, rating_vehicles, RammingParams{}};
  return analyse_ramming(map.city(), map.layout(), in);
}

// The 10 m grid below, relative to W: the square W X Y Z is 80 × 60 m; the 20 m street T–W
// ends at its corner W; the perimeter P Q R S overlaps the square's far corner, so the mouth
// where the square meets it is the L from (60, 60) down to (60, 40) and on to (80, 40).
constexpr const char* kSquare = R"(
        P     Q



  Z       Y

        S     R



T W       X
)";

}  // namespace

TEST_CASE("a square lets a car build speed on the diagonal", "[ramming][approach]") {
  test::AsciiMap map(kSquare, 10.0);
  map.road("TW", 6.0).open_area("WXYZ", "Testplatz").perimeter("PQRS");
  const RammingResult r = assess_m1(map);
  // The mouth is 20 + 20 m long; with crossing points at most 1.8 m apart there are at least
  // 40/1.8 ≈ 22 of them (fewer only where the square's wall leaves no room for a car).
  REQUIRE(r.crossings.size() >= 20);
  const Vec2 w = map.at('W');
  const CrossingResult* best = nullptr;
  for (const CrossingResult& c : r.crossings) {
    CHECK(c.in_open_area);
    CHECK(c.label == "Testplatz");
    if (!best || c.classes[0].speed.high_kmh > best->classes[0].speed.high_kmh) best = &c;
  }
  REQUIRE(best);
  const ClassAtCrossing& m1 = best->classes[0];
  // Street alone: sqrt(2·4·20) = 12.65 m/s = 45.5 km/h; the square's longest side (80 m):
  // sqrt(2·4·80) = 25.3 m/s = 91.1 km/h. The run-up T–W then straight from W to the far end
  // of the mouth near (80, 40) (about 88 m) beats both: v² = 2·4·20 + 2·4·|p − W|, the
  // 27° turn at W in a 6 m street costing nothing (R > 100 m).
  const double diagonal = distance(best->pos, w);
  CHECK(diagonal > 85.0);
  CHECK(m1.speed.high_kmh > 91.1);
  CHECK(m1.speed.high_kmh ==
        Approx(mps_to_kmh(std::sqrt(2 * 4.0 * 20 + 2 * 4.0 * diagonal))).margin(0.05));
  CHECK(m1.start.x == Approx(map.at('T').x));
  // Consecutive crossing points along the mouth are at most one car width apart.
  for (const CrossingResult& c : r.crossings) {
    double nearest = 1e9;
    for (const CrossingResult& o : r.crossings)
      if (&o != &c) nearest = std::min(nearest, distance(o.pos, c.pos));
    CHECK(nearest <= 1.8 + 1e-9);
  }
}

TEST_CASE("a building in the square blocks the diagonal", "[ramming][approach]") {
  // The same square with a kiosk B C D E in its middle, across every line from W to the far
  // end of the mouth: the best run-up is shorter than before.
  test::AsciiMap open(kSquare, 10.0);
  open.road("TW", 6.0).open_area("WXYZ").perimeter("PQRS");
  double open_best = 0.0;
  for (const CrossingResult& c : assess_m1(open).crossings)
    open_best = std::max(open_best, c.classes[0].speed.high_kmh);

  test::AsciiMap blocked(R"(
        P     Q



  Z       Y

        S     R
      E C
      D B

T W       X
)",
                         10.0);
  blocked.road("TW", 6.0).open_area("WXYZ").perimeter("PQRS").building("DBCE");
  double blocked_best = 0.0;
  for (const CrossingResult& c : assess_m1(blocked).crossings)
    blocked_best = std::max(blocked_best, c.classes[0].speed.high_kmh);
  CHECK(blocked_best < open_best - 1.0);
}

TEST_CASE("crossing points strung along a sidewalk strip are one approach, and warned about",
          "[ramming][approach]") {
  // 1 m grid. A row of buildings BCEA with its façade A–E at y = 3; a pedestrian strip AEZYW
  // (7 m deep) in front of it, fed by the street T–W; the perimeter PQRS drawn 3 m off the
  // façade (its line P–Q at y = 6 runs inside the strip for 30 m, x = 15..45). The strip
  // between façade and line is a way in along its whole length: a row of crossing points at
  // most a car width apart (30/1.8 → at least 16), each 3 m ≤ 4 m from the façade.
  test::AsciiMap map(R"(
          B                                       C


          A                                       E

T         W
               P                             Q



          Y                                       Z



               S                             R
)",
                     1.0);
  map.road("TW", 6.0).open_area("AEZYW", "Gehweg").building("BCEA").perimeter("PQRS");
  std::vector<Problem> warnings;
  static const BarrierCatalogue catalogue{{}, "test"};
  static const RatingVehicleTable rating_vehicles = test::domain_rating_vehicles();
  const RammingInputs in{
      test::domain_vehicles(), {"M1"}, catalogue, rating_vehicles, RammingParams{}};
  const RammingResult r = analyse_ramming(map.city(), map.layout(), in, &warnings);
  REQUIRE(r.crossings.size() >= 16);
  // Two mouths: the strip crossing the line's west end (2 points on P–S) and the long one
  // along P–Q and down Q–R; the row along P–Q is within 4 m of the façade.
  std::map<std::uint32_t, int> mouths;
  for (const CrossingResult& c : r.crossings) ++mouths[c.mouth];
  CHECK(mouths.size() == 2);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].field == "perimeter");
  CHECK_THAT(warnings[0].message, Catch::Contains("strung along"));
  CHECK_THAT(warnings[0].message, Catch::Contains("one approach"));
  CHECK_THAT(warnings[0].where, Catch::Contains("(Gehweg)"));

  // The open square of the first test, far from any façade: no warning.
  test::AsciiMap square(kSquare, 10.0);
  square.road("TW", 6.0).open_area("WXYZ", "Testplatz").perimeter("PQRS");
  std::vector<Problem> none;
  analyse_ramming(square.city(), square.layout(), in, &none);
  CHECK(none.empty());
}
