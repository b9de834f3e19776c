// The walkable site's fence: closed except at the exits, with and without the surroundings.

#include <catch2/catch.hpp>

#include "sim/field/fast_marching.hpp"
#include "sim/field/walkable.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using agora::test::rect;

TEST_CASE("the perimeter fence holds on every side when the surroundings are walkable",
          "[field][egress]") {
  // A 20 × 10 m site inside a walkable square 60 × 50 m; one exit on the east side.
  city::CityModel city;
  city::OpenArea square;
  square.area = rect(-20, -20, 40, 30);
  square.kind = "square";
  city.open_areas.push_back(square);
  city.build_index();
  scenario::Layout L;
  L.perimeters.push_back({test::info(0, "site"), rect(0, 0, 20, 10)});
  L.exits.push_back(test::exit_line({20, 4}, {20, 6}, 2.0));
  WalkableOptions o;
  o.include_surroundings = true;
  o.surroundings_m = 15.0;
  const WalkableSite site = walkable_site(city, L, o);
  // Walk from inside, (10.25, 5.25), to points just outside the west and south fences: only
  // through the east exit and round the outside, never the 11 m or 6 m straight through.
  const auto inside = site.walkable.cell_at({10.25, 5.25});
  const auto west = site.walkable.cell_at({-0.75, 5.25});
  const auto south = site.walkable.cell_at({10.25, -0.75});
  REQUIRE(inside);
  const Field d = geodesic_distance(site.walkable, {{*inside, 0.0f}});
  // Out through the exit at (20, 5): 9.75 m, round the north-east corner (20, 10) and along
  // the north side to the north-west corner (0, 10), down to (−0.75, 5.25): at least
  // 9.75 + 5 + 20 + 4.75 ≈ 39.5 m.
  CHECK(d[*west] > 39.0f);
  // Out through the exit and round the south-east corner to (10.25, −0.75): at least
  // 9.75 + 5 + 9.75 ≈ 24.5 m, not the 6 m straight through the south fence.
  CHECK(d[*south] > 24.0f);
  CHECK(site.walkable[*west] == 1);
  CHECK(site.walkable[*south] == 1);
}
