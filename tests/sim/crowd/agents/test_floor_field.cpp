// Floor fields: walking cost to an exit and the direction down it, by hand.

#include <catch2/catch.hpp>

#include "sim/crowd/agents/environment.hpp"

using namespace agora;
using namespace agora::crowd::agents;

TEST_CASE("In a straight corridor the floor field points at the exit and costs the distance",
          "[crowd-agents]") {
  const ModelParams p;
  const Environment env(
      make_domain(rectangle(0, 0, 20, 2), {{"east", {20, 0}, {20, 2}}}, p.field_cell_m), p);
  const FloorField& f = env.exit_field(0);
  const Vec2 e = f.direction({5.0, 1.0});
  CHECK(e.x == Approx(1.0));
  CHECK(e.y == Approx(0.0).margin(1e-6));
  // The cell centred at (5.125, 1.125) is 14.875 m from the exit line (along the axis the
  // first-order fast marching is exact).
  CHECK(f.cost({5.1, 1.1}) == Approx(14.875).margin(1e-4));
}

TEST_CASE("The floor field routes around an obstacle", "[crowd-agents]") {
  // A 10 m × 10 m room, exit at the east wall y 4-6; a wall from (5, 2) to (5.5, 8) in the way.
  const ModelParams p;
  Polygon room = rectangle(0, 0, 10, 10);
  Polygon block = rectangle(5, 2, 5.5, 8);
  std::reverse(block.outer().begin(), block.outer().end());
  room.inners().push_back(block.outer());
  const Environment env(make_domain(room, {{"east", {10, 4}, {10, 6}}}, p.field_cell_m), p);
  const FloorField& f = env.exit_field(0);
  // Straight behind the block the way leads round it: north of the middle, go north-east.
  const Vec2 e = f.direction({4.0, 6.0});
  CHECK(e.y > 0.3);
  // The walk from (2, 5) goes round the block: to its corner (5, 8), along its end to (5.5, 8),
  // on to the exit's end (10, 6): sqrt(9 + 9) + 0.5 + sqrt(4.5² + 2²) = 4.243 + 0.5 + 4.924.
  const double around = std::hypot(3.0, 3.0) + 0.5 + std::hypot(4.5, 2.0);
  CHECK(f.cost({2.0, 5.0}) >= around - 0.25);  // the cell centre may lie a little nearer
  CHECK(f.cost({2.0, 5.0}) <=
        around * 1.08);  // first-order fast marching overestimates oblique paths by up to ~8 %
}

TEST_CASE("Stairs cost their factor in the floor field", "[crowd-agents]") {
  const ModelParams p;
  Domain d = make_domain(rectangle(0, 0, 20, 2), {{"east", {20, 0}, {20, 2}}}, p.field_cell_m);
  d.stairs.push_back({"stair", rectangle(10, 0, 15, 2), {1, 0}, 2.0});
  const Environment env(std::move(d), p);
  // From x = 5.125 (cell centre): 4.875 m level + 5 m stair at twice the cost + 5 m level.
  CHECK(env.exit_field(0).cost({5.1, 1.1}) == Approx(4.875 + 10.0 + 5.0).margin(0.13));
  CHECK(env.stair_at({12.0, 1.0}) == 0);
  CHECK(env.stair_at({9.0, 1.0}) == -1);
}

TEST_CASE("An exit opening onto a wall is an error naming it", "[crowd-agents]") {
  const ModelParams p;
  Domain d = make_domain(rectangle(0, 0, 10, 10), {}, p.field_cell_m);
  d.exits.push_back({"nowhere", {20, 20}, {21, 20}});
  CHECK_THROWS_WITH(Environment(std::move(d), p),
                    Catch::Contains("exit nowhere") && Catch::Contains("no walkable cell"));
}
