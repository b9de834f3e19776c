// Crowd capacity against hand calculations (sources.md: Capacity, egress and fire access).

#include <catch2/catch.hpp>

#include "sim/crowd/capacity.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using agora::test::rect;

namespace {

// A 50 × 40 m square with two 5 × 3 m stalls and three exits of 4, 3 and 2 m.
scenario::Layout square_with_stalls() {
  scenario::Layout L;
  L.perimeters.push_back({test::info(0, "square"), rect(0, 0, 50, 40)});
  L.stalls.push_back({test::info(1, "stall-a"), rect(10, 10, 15, 13)});
  L.stalls.push_back({test::info(2, "stall-b"), rect(30, 20, 35, 23)});
  L.exits.push_back(test::exit_line({0, 18}, {0, 22}, 4.0, "west"));
  L.exits.push_back(test::exit_line({50, 18.5}, {50, 21.5}, 3.0, "east"));
  L.exits.push_back(test::exit_line({24, 40}, {26, 40}, 2.0, "north"));
  return L;
}

}  // namespace

TEST_CASE("capacity of a 50 x 40 m square with two stalls and three exits", "[capacity]") {
  const scenario::Layout L = square_with_stalls();
  const city::CityModel city = test::empty_city();
  crowd::CapacityParams p;  // 2 p/m², 82 p/m/min, 8 min
  const crowd::CapacityResult r = crowd::capacity(L, city, 3000, p);
  // Net area: 50 × 40 = 2000 m² minus two stalls of 5 × 3 = 15 m² each = 1970 m².
  CHECK(r.perimeter_area_m2 == Approx(2000.0));
  CHECK(r.blocked_area_m2 == Approx(30.0));
  CHECK(r.net_area_m2 == Approx(1970.0));
  // Area capacity: 1970 m² × 2 p/m² = 3940 persons.
  CHECK(r.area_capacity == Approx(3940.0));
  // Exit capacity: (4 + 3 + 2 − 4 widest) = 5 m × 82 p/m/min × 8 min = 3280 persons.
  CHECK(r.exit_width_total_m == Approx(9.0));
  CHECK(r.widest_exit_m == Approx(4.0));
  CHECK(r.exit_capacity == Approx(3280.0));
  CHECK(r.capacity == Approx(3280.0));
  CHECK(r.limited_by == "exits");
  // 3000 / 3280 = 0.915 > 0.9: warn.
  CHECK(r.utilisation == Approx(3000.0 / 3280.0));
  CHECK(r.verdict == crowd::Verdict::kWarn);
  CHECK(crowd::capacity(L, city, 2000, p).verdict == crowd::Verdict::kPass);  // 0.61
  CHECK(crowd::capacity(L, city, 3300, p).verdict == crowd::Verdict::kFail);  // 1.006

  // Fluvia for 3000 people: 3 exits up to 999, then one more per further 1000 (1000–1999: 4,
  // 2000–2999: 5, 3000–3999: 6) → 6 needed, 3 present; width 3000 × 1 cm = 30 m needed, 9 m
  // present; the 80 cm total holds.
  const crowd::ExitRulesResult& x = r.exit_rules;
  CHECK(x.exits_required == 6);
  CHECK(x.exits_counted == 3);
  CHECK_FALSE(x.count_ok);
  CHECK(x.width_required_m == Approx(30.0));
  CHECK_FALSE(x.width_ok);
  CHECK(x.total_ok);
  CHECK(x.failures() == 2);
}

TEST_CASE("Fluvia headcount table", "[capacity]") {
  const crowd::ExitRules rules;
  CHECK(rules.exits_required(1) == 1);
  CHECK(rules.exits_required(49) == 1);
  CHECK(rules.exits_required(50) == 2);
  CHECK(rules.exits_required(499) == 2);
  CHECK(rules.exits_required(999) == 3);
  CHECK(rules.exits_required(1000) == 4);  // "+1 per further 1000": 1 more started
  CHECK(rules.exits_required(1999) == 4);
  CHECK(rules.exits_required(2000) == 5);
}

TEST_CASE("closed, locked and inward-opening exits do not count; overlapping stalls count once",
          "[capacity]") {
  scenario::Layout L = square_with_stalls();
  L.exits[0].unlocked = false;       // west 4 m: locked
  L.exits[1].opens_outward = false;  // east 3 m: opens inward
  // A third stall overlapping stall-a by 2 × 3 m: blocked area 15 + 15 + 15 − 6 = 39 m².
  L.stalls.push_back({test::info(3, "stall-c"), rect(13, 10, 18, 13)});
  const city::CityModel city = test::empty_city();
  const crowd::CapacityResult r = crowd::capacity(L, city, 100, {});
  CHECK(r.blocked_area_m2 == Approx(39.0));
  CHECK(r.exits[0].not_counted_because == "locked");
  CHECK(r.exits[1].not_counted_because == "opens inward");
  CHECK(r.exits[2].counted);
  // One exit of 2 m left: discounting the widest leaves nothing, so the capacity is 0.
  CHECK(r.exit_capacity == Approx(0.0));
  CHECK(r.verdict == crowd::Verdict::kFail);
  CHECK(r.exits[2].below_min_width == false);  // 2 m ≥ 1.05 m
}

TEST_CASE("capacity parameters are range-checked by name", "[capacity]") {
  crowd::CapacityParams p;
  p.density_ppm2 = 12.0;
  CHECK_THROWS_WITH(p.validate(), Catch::Contains("capacity.density_ppm2"));
}
