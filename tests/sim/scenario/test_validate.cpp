// sim/scenario/validate.*: duplicate feature ids, and the stall overlap check on a layout of
// 100,000 stalls (an R-tree: the old pairwise check did not finish in 10 minutes).

#include <catch2/catch.hpp>

#include "sim/scenario/validate.hpp"

using namespace agora;
using namespace agora::scenario;

namespace {

Polygon rect(double x0, double y0, double x1, double y1) {
  Polygon p;
  p.outer() = {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
  bg::correct(p);
  return p;
}

// A city whose extent is the box (one building covering it).
city::CityModel city_over(double x1, double y1) {
  city::CityModel city;
  city::Building b;
  b.footprint = rect(-10, -10, x1 + 10, y1 + 10);
  city.buildings.push_back(b);
  city.build_index();
  return city;
}

Scenario scenario_with_perimeter(double x1, double y1) {
  Scenario s;
  s.file = "scenario.json";
  s.event.attendance_peak = 100;
  s.layout.perimeters.push_back({{"layout.geojson", 0, "p", ""}, rect(0, 0, x1, y1)});
  return s;
}

std::size_t count_containing(const std::vector<Problem>& ps, const std::string& text) {
  std::size_t n = 0;
  for (const Problem& p : ps)
    if (p.message.find(text) != std::string::npos) ++n;
  return n;
}

}  // namespace

TEST_CASE("two features with one id are an error naming both", "[scenario][validate]") {
  Scenario s = scenario_with_perimeter(100, 100);
  Exit e;
  e.info = {"layout.geojson", 1, "gate", "north"};
  e.line = {{10, 0}, {14, 0}};
  e.width_m = 4;
  s.layout.exits.push_back(e);
  e.info = {"layout.geojson", 2, "gate", "south"};
  e.line = {{10, 100}, {14, 100}};
  s.layout.exits.push_back(e);
  s.layout.stalls.push_back({{"layout.geojson", 3, "p", ""}, rect(20, 20, 23, 22)});
  const Findings f = validate(s, city_over(100, 100));
  // The second exit repeats the first's id, the stall the perimeter's: two errors.
  REQUIRE(f.errors.size() == 2);
  CHECK(f.errors.problems()[0].to_string() ==
        "layout.geojson: feature 2 (id 'gate', 'south'): field 'id': the id 'gate' is already "
        "used by feature 1 (id 'gate', 'north'): expected every feature id to be unique");
  CHECK(f.errors.problems()[1].field == "id");
  CHECK(f.errors.problems()[1].where == "feature 3 (id 'p')");
}

TEST_CASE("100,000 stalls: every overlapping neighbour is found", "[scenario][validate]") {
  // 100 rows of 1,000 stalls, each 2 m × 2 m, set 1.9 m apart along a row and 3 m apart
  // between rows: each stall overlaps its right neighbour by 0.1 m × 2 m = 0.2 m² (above the
  // 0.05 m² tolerance) and nothing else. Overlaps: 100 rows × 999 pairs = 99,900.
  const int rows = 100, cols = 1000;
  const double pitch_x = 1.9, pitch_y = 3.0;
  const double x1 = pitch_x * (cols - 1) + 2.0 + 1.0, y1 = pitch_y * rows + 1.0;
  Scenario s = scenario_with_perimeter(x1, y1);
  int index = 1;
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      const double x = 0.5 + pitch_x * c, y = 0.5 + pitch_y * r;
      s.layout.stalls.push_back(
          {{"layout.geojson", index, "s" + std::to_string(index), ""}, rect(x, y, x + 2, y + 2)});
      ++index;
    }
  const Findings f = validate(s, city_over(x1, y1));
  CHECK(f.errors.empty());
  REQUIRE(f.warnings.size() == 99'900);
  CHECK(count_containing(f.warnings, " by 0.20 m²") == 99'900);
  // The first pair in layout order: stall 1 (row 0, column 0) with stall 2.
  CHECK(f.warnings.front().where == "feature 1 (id 's1')");
  CHECK(f.warnings.front().message == "overlaps feature 2 (id 's2') by 0.20 m²");
}
