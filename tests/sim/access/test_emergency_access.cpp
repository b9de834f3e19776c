// Emergency access: routes of clear width and turning radius from the streets into the site.

#include <catch2/catch.hpp>

#include "sim/access/emergency_access.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using agora::test::rect;

namespace {

// A street the fire engine may use: vehicle-passable, car-legal, walkable, width_m wide.
void add_street(city::CityModel& c, Vec2 a, Vec2 b, double width_m) {
  auto node = [&](Vec2 p) {
    for (city::NodeId i = 0; i < c.nodes.size(); ++i)
      if (c.nodes[i].pos == p) return i;
    city::RoadNode n;
    n.pos = p;
    c.nodes.push_back(n);
    return static_cast<city::NodeId>(c.nodes.size() - 1);
  };
  city::RoadEdge e;
  e.from = node(a);
  e.to = node(b);
  e.line = {a, b};
  e.length_m = distance(a, b);
  e.highway = "residential";
  e.width_m = width_m;
  e.vehicle_passable = e.walkable = e.car_legal = true;
  c.edges.push_back(e);
}

city::Building wall_building(Polygon p, std::string name) {
  city::Building b;
  b.footprint = std::move(p);
  b.height_m = 10.0;
  b.name = std::move(name);
  return b;
}

}  // namespace

TEST_CASE("an access route blocked by a stall 3 m from a wall", "[access]") {
  //   y=30 ##################### building 'wall' ########################
  //   y=20 ###########################################################
  //                                    ↕ 3 m
  //   y=17            +----------[stall]------------------------------+
  //   =====street====>|  vehicle  [ 40..45 ]   out of reach           |
  //   y=10  (8 m)     |           [        ]                          |
  //   y=0             +-----------[--------]--------------------------+
  //                  x=0          40  45                             100
  // The street enters the site from the west; the only way east passes the stall through the
  // 3 m gap under the wall, narrower than the 4 m the fire engine needs.
  city::CityModel city;
  add_street(city, {-80, 10}, {0, 10}, 8.0);
  city.buildings.push_back(wall_building(rect(-100, 20, 200, 30), "wall"));
  city.build_index();
  scenario::Layout L;
  L.perimeters.push_back({test::info(0, "site"), rect(0, 0, 100, 20)});
  L.stalls.push_back({test::info(1, "B12"), rect(40, 0, 45, 17)});
  access::AccessParams p;
  p.max_distance_m = 10.0;  // short hose for the test, so the far side is clearly out of reach
  const access::AccessResult r = access::emergency_access(city, L, p);
  REQUIRE(r.road_found);
  REQUIRE(r.parts.size() == 1);
  const access::UnreachablePart& part = r.parts[0];
  CHECK(part.reason == access::Reason::kNarrow);
  REQUIRE(part.blocking);
  // The narrowest point lies in the gap (x 40–45, y 17–20); six free cells across give a
  // clearance of 3 cells = 1.5 m and a width estimate of 2·1.5 − 0.5 = 2.5 m, the sure lower
  // bound (5 cell pitches between the outer free centres; true: 3 m).
  CHECK(part.blocking->pos.x > 40.0);
  CHECK(part.blocking->pos.x < 45.0);
  CHECK(part.blocking->pos.y > 17.0);
  CHECK(part.blocking->pos.y < 20.0);
  CHECK(part.blocking->clear_width_m == Approx(2.5));
  CHECK_THAT(part.blocking->between,
             Catch::Contains("stall feature 1 (id 'B12')") && Catch::Contains("building 'wall'"));
  // The vehicle's centre gets to x = 38.25 (2 m of clearance from the stall at x = 40); the hose
  // reaches 10 m from there, through the gap: 6.75 m to the stall's east side, leaving a fan of
  // about 3.25 m round its corner (45, 17), at most a half disc of π·3.25²/2 ≈ 17 m². East of the
  // stall, x 45–100 and y 0.5–20 (the perimeter line's cells are fence) is 55 × 19.5 =
  // 1072.5 m²: about 1072.5 − 17 ≈ 1056 m² are out of reach.
  CHECK(part.area_m2 == Approx(1056).margin(12));
  CHECK(r.unreachable_m2 == Approx(part.area_m2));
  CHECK(r.narrowest_m == Approx(2.5));

  // Move the stall 1.5 m down: a 4.5 m gap (free centres y 15.75 … 19.75, nine cells, a
  // clearance of 5 cells = 2.5 m = 2 m + one cell) lets the engine through; all is reached.
  L.stalls[0].area = rect(40, 0, 45, 15.5);
  const access::AccessResult open = access::emergency_access(city, L, p);
  CHECK(open.parts.empty());
  CHECK(open.unreachable_m2 == 0.0);
}

TEST_CASE("a right-angle turn between 5 m streets is too tight for an 11/15 m turning circle",
          "[access]") {
  //   y=110 +------+
  //         | site |
  //   y=90  +--||--+
  //             ||  street B, 5 m
  //             ||
  //   ==========+   street A, 5 m, from x = −120; the engine arrives on A (100 m out)
  //           (0, 0)
  city::CityModel city;
  add_street(city, {-120, 0}, {0, 0}, 5.0);
  add_street(city, {0, 0}, {0, 120}, 5.0);
  city.build_index();
  scenario::Layout L;
  L.perimeters.push_back({test::info(0, "site"), rect(-10, 90, 10, 110)});
  access::AccessParams p;
  p.entry_distance_m = 100.0;  // only street A is far enough out to arrive on
  const access::AccessResult tight = access::emergency_access(city, L, p);
  REQUIRE(tight.parts.size() == 1);
  CHECK(tight.parts[0].reason == access::Reason::kTurning);
  REQUIRE(tight.parts[0].blocking);
  // The last place the engine reaches is on street A before the corner.
  CHECK(distance(tight.parts[0].blocking->pos, {0, 0}) < 15.0);
  CHECK(tight.unreachable_m2 == Approx(tight.event_area_m2));

  // Without the turning check the width alone lets it through.
  p.check_turning = false;
  CHECK(access::emergency_access(city, L, p).parts.empty());

  // A 40 × 40 m square at the corner gives room for the 13 m centre-line arc.
  p.check_turning = true;
  city::OpenArea square;
  square.area = rect(-30, -10, 10, 30);
  square.kind = "square";
  city.open_areas.push_back(square);
  city.build_index();
  const access::AccessResult wide = access::emergency_access(city, L, p);
  CHECK(wide.parts.empty());
  CHECK(wide.unreachable_m2 == 0.0);
}

TEST_CASE("an emergency gate in a barrier line lets the engine in when it is wide enough",
          "[access]") {
  // An 8 m street enters a 60 × 20 m site from the west; a continuous barrier crosses it at
  // x = −5 (y 5–15) with an emergency gate in the middle.
  city::CityModel city;
  add_street(city, {-80, 10}, {0, 10}, 8.0);
  city.build_index();
  scenario::Layout L;
  L.perimeters.push_back({test::info(0, "site"), rect(0, 0, 60, 20)});
  scenario::PlannedBarrier bar;
  bar.info = test::info(1, "water-barrier");
  bar.line = {{-5, 5}, {-5, 15}};
  bar.barrier_type = "water_filled";
  L.barriers.push_back(bar);
  const access::AccessParams p;

  // Closed line: no way in at all.
  const access::AccessResult closed = access::emergency_access(city, L, p);
  REQUIRE(closed.parts.size() == 1);
  CHECK(closed.parts[0].reason == access::Reason::kNoRoute);

  scenario::EmergencyGate gate;
  gate.info = test::info(2, "gate");
  gate.line = {{-5, 8}, {-5, 12}};
  gate.width_m = 4.0;
  L.emergency_gates.push_back(gate);
  CHECK(access::emergency_access(city, L, p).parts.empty());

  // A 3 m gate (the drawn line is 4 m, the clear width 3 m): too narrow, and the gate is the
  // narrowest point, between the barrier's two halves.
  L.emergency_gates[0].width_m = 3.0;
  const access::AccessResult narrow = access::emergency_access(city, L, p);
  REQUIRE(narrow.parts.size() == 1);
  CHECK(narrow.parts[0].reason == access::Reason::kNarrow);
  REQUIRE(narrow.parts[0].blocking);
  CHECK(narrow.parts[0].blocking->pos.x == Approx(-5.0).margin(0.5));
  CHECK(narrow.parts[0].blocking->clear_width_m == Approx(2.75).margin(0.5));
  CHECK_THAT(narrow.parts[0].blocking->between, Catch::Contains("barrier feature 1"));
}

TEST_CASE(
    "a passage narrower than the fire engine needs never passes, wherever it sits on the grid",
    "[access]") {
  // The layout of the first test, the gap under the wall set to `gap` and the whole scene
  // shifted by dy (a fraction of the 0.5 m cell), so the gap's edges fall anywhere between cell
  // centres. A free run of k cells between blocked cell centres has a true width between
  // (k−1)·h and (k+1)·h; the engine's centre fits only where its clearance to a blocked centre
  // less one cell is at least half the 4 m width, i.e. k ≥ 9 free cells (true width > 4 m).
  auto scene = [](double gap, double dy) {
    city::CityModel city;
    add_street(city, {-80, 10 + dy}, {0, 10 + dy}, 8.0);
    city.buildings.push_back(wall_building(rect(-100, 20 + dy, 200, 30 + dy), "wall"));
    city.build_index();
    scenario::Layout L;
    L.perimeters.push_back({test::info(0, "site"), rect(0, dy, 100, 20 + dy)});
    L.stalls.push_back({test::info(1, "B12"), rect(40, dy, 45, 20 + dy - gap)});
    return std::pair{std::move(city), std::move(L)};
  };
  access::AccessParams p;
  p.max_distance_m = 10.0;
  for (double dy : {0.0, 0.1, 0.2, 0.26, 0.37, 0.49}) {
    INFO("dy = " << dy);
    for (double gap : {3.5, 3.9, 3.99}) {
      INFO("gap = " << gap);
      auto [city, L] = scene(gap, dy);
      const access::AccessResult r = access::emergency_access(city, L, p);
      REQUIRE(r.parts.size() == 1);
      CHECK(r.parts[0].reason == access::Reason::kNarrow);
      // The estimate never exceeds the true width by more than the half cell it is rounded to.
      REQUIRE(r.parts[0].blocking);
      CHECK(r.parts[0].blocking->clear_width_m <= gap + 0.25);
    }
    // 5 m is at least 9 free cells wherever the edges fall (5/0.5 = 10 centres less one at an
    // edge): the engine passes and everything east of the stall is within the hose.
    auto [city, L] = scene(5.0, dy);
    CHECK(access::emergency_access(city, L, p).parts.empty());
  }
}

TEST_CASE("an emergency gate exactly as wide as required passes and is flagged", "[access]") {
  // The barrier line of the gate test, a gate of 4.00 m (the Flemish 4 m) and one of 4.60 m.
  city::CityModel city;
  add_street(city, {-80, 10}, {0, 10}, 8.0);
  city.build_index();
  scenario::Layout L;
  L.perimeters.push_back({test::info(0, "site"), rect(0, 0, 60, 20)});
  scenario::PlannedBarrier bar;
  bar.info = test::info(1, "water-barrier");
  bar.line = {{-5, 5}, {-5, 15}};
  bar.barrier_type = "water_filled";
  L.barriers.push_back(bar);
  scenario::EmergencyGate gate;
  gate.info = test::info(2, "gate");
  gate.line = {{-5, 8}, {-5, 12}};
  gate.width_m = 4.0;
  L.emergency_gates.push_back(gate);
  const access::AccessParams p;
  const access::AccessResult exact = access::emergency_access(city, L, p);
  CHECK(exact.parts.empty());
  // 4.00 m ≥ 4 m but < 4 m + one 0.5 m cell: no margin for a post or a parked car.
  REQUIRE(exact.gates_at_limit.size() == 1);
  CHECK(exact.gates_at_limit[0] == 0);

  L.emergency_gates[0].width_m = 4.6;  // 0.6 m of margin: more than a cell, not flagged
  const access::AccessResult margin = access::emergency_access(city, L, p);
  CHECK(margin.parts.empty());
  CHECK(margin.gates_at_limit.empty());
}
