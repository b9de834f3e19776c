// Distance to exit and macroscopic egress against hand calculations.

#include <catch2/catch.hpp>
#include <cmath>

#include "sim/crowd/egress.hpp"
#include "sim/field/fast_marching.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using agora::test::rect;

TEST_CASE("distance to the exit on a rectangular site", "[egress]") {
  // A 40 × 20 m site with one exit on its east side, x = 40, y ∈ [5, 15]. The perimeter line
  // blocks the cells it runs through, so people stand at cell centres 0.75 … 39.75 m.
  scenario::Layout L;
  L.perimeters.push_back({test::info(0, "site"), rect(0, 0, 40, 20)});
  L.exits.push_back(test::exit_line({40, 5}, {40, 15}, 10.0, "east"));
  const city::CityModel city = test::empty_city();
  const WalkableSite site = walkable_site(city, L, {});
  const crowd::ExitFields fields = crowd::exit_distance_fields(site, L);
  REQUIRE(fields.distance_m.size() == 1);
  const Mask crowd = crowd::crowd_cells(site, L);
  const crowd::DistanceResult r = crowd::distance_to_exit(fields.nearest_m, crowd, {12.0});
  // Farthest: the corner cell (0.75, 19.75) to the exit's end (40, 15): sqrt(39.25² + 4.75²)
  // = 39.536 m.
  CHECK(r.max_m == Approx(39.536).margin(0.3));
  CHECK(r.farthest.x == Approx(0.75));
  // The site is convex, so walking distance is the straight distance to the exit segment; count
  // the cells farther than 12 m by that formula and compare (within 20 cells of 0.25 m² = 5 m²).
  double beyond = 0.0, area = 0.0;
  for (int iy = 0; iy < crowd.ny(); ++iy)
    for (int ix = 0; ix < crowd.nx(); ++ix)
      if (crowd(ix, iy)) {
        area += 0.25;
        if (distance_to_segment(crowd.center(ix, iy), {40, 5}, {40, 15}) > 12.0) beyond += 0.25;
      }
  CHECK(area == Approx(79 * 39 * 0.25));  // 79 × 39 cells of 0.25 m² = 770.25 m²
  CHECK(r.crowd_area_m2 == Approx(area));
  CHECK(r.area_beyond_m2 == Approx(beyond).margin(5.0));
  CHECK(r.area_unreachable_m2 == 0.0);
}

namespace {

// Two exits and n one-person cells in a row, every cell 10 m from exit A and 50 m from exit B.
crowd::ExitFields two_exit_fields(int n) {
  crowd::ExitFields f;
  f.exit_index = {0, 1};
  f.distance_m = {Field({0, 0}, 1.0, n, 1, 10.0f), Field({0, 0}, 1.0, n, 1, 50.0f)};
  f.nearest_m = f.distance_m[0];
  return f;
}

}  // namespace

TEST_CASE("egress through one exit: walking time plus queue", "[egress]") {
  // 1000 people 10 m from one 2 m exit: flow 2 × 82 / 60 = 2.7333 p/s; the first arrive at
  // 10 / 1.34 = 7.46 s and the queue takes 1000 / 2.7333 = 365.85 s: out at 373.31 s.
  crowd::ExitFields f;
  f.exit_index = {0};
  f.distance_m = {Field({0, 0}, 1.0, 1000, 1, 10.0f)};
  f.nearest_m = f.distance_m[0];
  const Field persons({0, 0}, 1.0, 1000, 1, 1.0f);
  const crowd::EgressResult r = crowd::egress(f, {2.0}, persons, {});
  REQUIRE(r.exits.size() == 1);
  CHECK(r.persons == Approx(1000.0));
  CHECK(r.exits[0].flow_pps == Approx(2.7333).epsilon(1e-4));
  CHECK(r.exits[0].first_arrival_s == Approx(7.4627).epsilon(1e-4));
  CHECK(r.total_s == Approx(373.31).epsilon(1e-4));
}

TEST_CASE("egress rebalances people away from an overloaded exit", "[egress]") {
  // 600 people, each 10 m from exit A and 50 m from exit B, both 1 m (1.3667 p/s). All at A:
  // 7.46 + 600 / 1.3667 = 446.5 s. Balanced, x at A and 600 − x at B with equal finish times:
  // 7.46 + x / 1.3667 = 37.31 + (600 − x) / 1.3667  →  x = 320.4, T = 7.46 + 234.4 = 241.9 s.
  const crowd::ExitFields f = two_exit_fields(600);
  const Field persons({0, 0}, 1.0, 600, 1, 1.0f);
  const crowd::EgressResult r = crowd::egress(f, {1.0, 1.0}, persons, {});
  CHECK(r.total_s == Approx(241.9).margin(1.0));
  CHECK(r.exits[0].persons == Approx(320.4).margin(1.0));
  CHECK(r.exits[1].persons == Approx(279.6).margin(1.0));
  CHECK(r.persons_rebalanced == Approx(279.6).margin(1.0));
  CHECK(r.exits[1].first_arrival_s == Approx(37.31).margin(0.01));
}

TEST_CASE("people who reach no exit are counted, not walked", "[egress]") {
  crowd::ExitFields f = two_exit_fields(10);
  f.distance_m[0](3, 0) = kUnreachable;
  f.distance_m[1](3, 0) = kUnreachable;
  const Field persons({0, 0}, 1.0, 10, 1, 2.0f);
  const crowd::EgressResult r = crowd::egress(f, {1.0, 1.0}, persons, {});
  CHECK(r.persons == Approx(20.0));
  CHECK(r.persons_unreachable == Approx(2.0));
}

TEST_CASE("persons_per_cell spreads the attendance by zone density", "[egress]") {
  // Two zones of 10 × 10 cells (1 m): one at 4 p/m², one at the default 2 p/m². 1200 people
  // split 2:1 → 800 and 400, i.e. 8 and 4 per cell.
  scenario::Layout L;
  L.crowd_zones.push_back({test::info(0, "front"), rect(0, 0, 10, 10), 4.0, ""});
  L.crowd_zones.push_back({test::info(1, "back"), rect(10, 0, 20, 10), scenario::kUnset, ""});
  Mask crowd({0, 0}, 1.0, 20, 10, 1);
  const Field p = crowd::persons_per_cell(crowd, L, 1200.0, 2.0);
  CHECK(p(5, 5) == Approx(8.0));
  CHECK(p(15, 5) == Approx(4.0));
}
