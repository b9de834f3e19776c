// The wall field: exact distances from points to the walls of simple rooms, by hand.

#include <catch2/catch.hpp>

#include "sim/crowd/agents/domain.hpp"
#include "sim/crowd/agents/wall_field.hpp"

using namespace agora;
using namespace agora::crowd::agents;

TEST_CASE("Distance to the walls of a 4 m x 2 m room", "[crowd-agents]") {
  const Domain d = make_domain(rectangle(0, 0, 4, 2), {}, 0.25);
  const WallField walls(d.walkable, false, 2.5);
  // Centre of the room: 1 m to the long walls.
  const WallContact c = walls.nearest({2.0, 1.0});
  CHECK(c.distance_m == Approx(1.0));
  // 0.3 m from the south wall, far from the others: normal points north.
  const WallContact s = walls.nearest({2.1, 0.3});
  CHECK(s.distance_m == Approx(0.3));
  CHECK(s.normal.x == Approx(0.0).margin(1e-12));
  CHECK(s.normal.y == Approx(1.0));
  // 0.2 m from the west wall and 0.25 m from the south wall: the west wall is nearer.
  CHECK(walls.nearest({0.2, 0.25}).distance_m == Approx(0.2));
  // The clearance of the cell whose centre is (0.125, 0.125): 0.125 m.
  const auto cell = d.walkable.cell_at({0.125, 0.125});
  REQUIRE(cell);
  CHECK(walls.clearance(cell->ix, cell->iy) == Approx(0.125f));
}

TEST_CASE("Distance to a pillar's corner is Euclidean", "[crowd-agents]") {
  // A 10 m square with a 1 m pillar at [4, 5] x [4, 5].
  Polygon room = rectangle(0, 0, 10, 10);
  Polygon pillar = rectangle(4, 4, 5, 5);
  std::reverse(pillar.outer().begin(), pillar.outer().end());
  room.inners().push_back(pillar.outer());
  const Domain d = make_domain(room, {}, 0.25);
  const WallField walls(d.walkable, false, 2.5);
  // From (5.3, 5.4) the nearest pillar point is its corner (5, 5): distance 0.5, normal (0.6, 0.8).
  const WallContact c = walls.nearest({5.3, 5.4});
  CHECK(c.distance_m == Approx(0.5));
  CHECK(c.normal.x == Approx(0.6));
  CHECK(c.normal.y == Approx(0.8));
}

TEST_CASE("Far from walls the field reports a lower bound", "[crowd-agents]") {
  const Domain d = make_domain(rectangle(0, 0, 20, 20), {}, 0.25);
  const WallField walls(d.walkable, false, 2.5);
  // The centre is 10 m from every wall; beyond 1 m the field only promises "at least".
  const double lower = walls.nearest({10.0, 10.0}).distance_m;
  CHECK(lower >= WallField::kExactWithinM);
  CHECK(lower <= 10.0);
}

TEST_CASE("A periodic corridor has walls only at its sides", "[crowd-agents]") {
  const Domain d = make_periodic_corridor(10.0, 2.0, 0.25);
  const WallField walls(d.walkable, true, 2.5);
  // Near the left edge of the grid: no wall at x = 0, the side walls 0.5 m away.
  CHECK(walls.nearest({0.05, 0.5}).distance_m == Approx(0.5));
  CHECK(walls.nearest({9.95, 1.7}).distance_m == Approx(0.3));
}
