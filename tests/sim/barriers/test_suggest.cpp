// The barrier suggestion on a street drawn as an ASCII map, where the optimum follows by hand
// from v² = 2·a·d (the vehicle starts at rest at the street's end A).

#include <catch2/catch.hpp>

#include "sim/barriers/suggest.hpp"
#include "tests/sim/vehicle/ascii_map.hpp"
#include "tests/sim/vehicle/domain_tables.hpp"

using namespace agora;
using namespace agora::barriers;

namespace {

vehicle::CatalogueEntry entry(std::string id, const std::string& rating) {
  vehicle::CatalogueEntry e;
  e.id = std::move(id);
  e.product = e.id;
  e.manufacturer = "test";
  e.type = "fixed bollard";
  e.rating = vehicle::parse_rating(rating);
  e.status = vehicle::RatingStatus::Printed;
  return e;
}

PricedProduct priced(std::string id, double price, Deployment d = Deployment::Fixed) {
  PricedProduct p;
  p.catalogue_id = std::move(id);
  p.deployment = d;
  p.barrier_type = d == Deployment::Operable ? "road_blocker" : "bollard";
  p.unit = "bollard";
  p.unit_width_m = 1.5;
  p.clear_gap_m = 1.2;
  p.openings_per_unit = 1.0;
  p.unit_price_eur = price;
  p.price_source = "test";
  return p;
}

// 3 m grid, rows counted from the bottom. The street A–C (y = 9 m) runs between two
// buildings (F G H I north, J K L O south, 6 m apart, x = 0..60 m) and crosses the perimeter
// P Q R S at x = 63 m; the crowd zone T U V W fills x = 69..90 m, y = 3..15 m.
test::AsciiMap street() {
  test::AsciiMap map(R"(
I                   HP          Q
                       T      U
F                   G
A                            C
J                   K
                       W      V
O                   LS          R
)",
                     3.0);
  map.road("AC", 6.0).building("FGHI").building("OLKJ").perimeter("SRQP").crowd_zone("WVUT", 2.0);
  return map;
}

struct Tables {
  vehicle::VehicleTable vehicles = test::domain_vehicles();
  vehicle::RatingVehicleTable rating_vehicles = test::domain_rating_vehicles();
  vehicle::BarrierCatalogue catalogue{
      {entry("cheap-48", "V/7200[N2A]/48/90:0.0"), entry("strong-80", "V/7200[N2A]/80/90:0.0")},
      "test"};
  PriceList prices{{priced("cheap-48", 1000.0), priced("strong-80", 3000.0)}, "test"};
};

}  // namespace

TEST_CASE("one street: a cheap 48 km/h line 40 m out beats a strong one at the mouth",
          "[barriers][suggest]") {
  test::AsciiMap map = street();
  const Tables t;
  const SuggestInputs in{t.vehicles,        {"N2"},   t.catalogue,
                         t.rating_vehicles, t.prices, vehicle::RammingParams{}};
  const Suggestion s = suggest_barriers(map.city(), map.layout(), in);
  // N2 at a_max 2.5 m/s² from rest at A (x = 0); the crossing is at x = 63 m. Lines are tried
  // 2, 8, 20 and 40 m out (70 and 110 m lie beyond A):
  //   2 m out, x = 61: past the buildings' ends, so the line runs 25 m each way (open): 50 m of
  //     bollards, 34 × 3000 at the least;
  //   8 m out, x = 55: v² = 2·2.5·55 = 275 -> 59.7 km/h: only strong-80, 6 m wall to wall =
  //     4 bollards × 3000 = 12 000 EUR;
  //   20 m out, x = 43: v² = 215 -> 52.8 km/h > 48: strong-80 again, 12 000 EUR;
  //   40 m out, x = 23: v² = 115 -> 38.6 km/h ≤ 48: cheap-48, 4 × 1000 = 4 000 EUR.
  // The optimum: 4 cheap-48 bollards 40 m out, 4 000 EUR.
  REQUIRE(s.bill.size() == 1);
  CHECK(s.bill[0].catalogue_id == "cheap-48");
  CHECK(s.bill[0].count == 4);
  CHECK(s.total_eur == Approx(4000.0));
  REQUIRE(s.barriers.size() == 1);
  CHECK(s.barriers[0].line[0].x == Approx(23.0).margin(1e-6));
  CHECK(length(s.barriers[0].line) == Approx(6.0).margin(1e-6));
  CHECK_THAT(s.barriers[0].info.name, Catch::Contains("40 m out"));
  // The ramming analysis judges the suggestion: adequate at 38.6 km/h.
  CHECK(s.full_protection);
  CHECK(s.verified);
  REQUIRE(s.crossings.size() == 1);
  CHECK(s.crossings[0].adequate);
  CHECK_THAT(s.crossings[0].why, Catch::Contains("covers class N2 at 38.6 km/h"));
  CHECK(s.rounds == 1);
  // Four lines (2, 8, 20, 40 m out), two products each.
  CHECK(s.candidate_lines == 4);
  CHECK(s.candidate_options == 8);
}

TEST_CASE("a budget below full protection: the Pareto front of cost against people exposed",
          "[barriers][suggest]") {
  test::AsciiMap map = street();
  const Tables t;
  SuggestInputs in{t.vehicles,        {"N2"},   t.catalogue,
                   t.rating_vehicles, t.prices, vehicle::RammingParams{}};
  in.budget_eur = 3000.0;
  const Suggestion s = suggest_barriers(map.city(), map.layout(), in);
  // With no barrier the N2 enters the crowd at x = 69 m and runs to its far side at x = 90 m:
  // N = 2 p/m² · (2.4 + 2·0.5) m · 21 m = 142.8 people. Full protection costs 4 000 EUR (above),
  // so the front has two points, and 3 000 EUR buys nothing.
  REQUIRE(s.pareto.size() == 2);
  CHECK(s.pareto[0].cost_eur == Approx(0.0));
  CHECK(s.pareto[0].people_exposed == Approx(142.8).margin(1e-6));
  CHECK(s.pareto[1].cost_eur == Approx(4000.0));
  CHECK(s.pareto[1].people_exposed == Approx(0.0));
  CHECK(s.pareto[1].mouths_protected == 1);
  CHECK(s.barriers.empty());
  CHECK(s.total_eur == Approx(0.0));
  CHECK_FALSE(s.full_protection);
  CHECK(s.people_exposed == Approx(142.8).margin(1e-6));
}

TEST_CASE("a line in front of an exit must leave the exit's width clear", "[barriers][suggest]") {
  test::AsciiMap map = street();
  scenario::Layout layout = map.layout();
  // A 5 m exit across the street mouth at the crossing. A 6 m line of bollards at 1.5 m centres
  // with 1.2 m gaps leaves 6 · 1.2 / 1.5 = 4.8 m clear < 5 m: no bollard line on this street
  // qualifies except the open 50 m one at 2 m out (40 m clear), which needs strong-80 at
  // v² = 2·2.5·61 = 305 -> 62.9 km/h: 34 × 3000 = 102 000 EUR (50 m / 1.5 m = 33.3 -> 34 bollards).
  scenario::Exit e;
  e.info.name = "street exit";
  e.line = Polyline{{63.0, 6.5}, {63.0, 11.5}};
  e.width_m = 5.0;
  layout.exits.push_back(e);
  const Tables t;
  const SuggestInputs in{t.vehicles,        {"N2"},   t.catalogue,
                         t.rating_vehicles, t.prices, vehicle::RammingParams{}};
  const Suggestion s = suggest_barriers(map.city(), layout, in);
  REQUIRE(s.bill.size() == 1);
  CHECK(s.bill[0].catalogue_id == "strong-80");
  CHECK(s.bill[0].count == 34);
  CHECK(s.total_eur == Approx(102000.0));
}
