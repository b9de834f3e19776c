// The neighbour grid finds every point within the radius (checked against brute force), in a
// fixed order, also across a periodic seam.

#include <catch2/catch.hpp>
#include <set>

#include "sim/crowd/agents/neighbour_grid.hpp"
#include "sim/crowd/agents/random.hpp"

using namespace agora;
using namespace agora::crowd::agents;

TEST_CASE("The neighbour grid visits every point within the radius", "[crowd-agents]") {
  Rng rng(1);
  std::vector<Vec2> pts;
  for (int i = 0; i < 2000; ++i) pts.push_back({uniform(rng, 0, 30), uniform(rng, 0, 20)});
  const double radius = 2.1;
  NeighbourGrid grid({{0, 0}, {30, 20}}, radius, false);
  grid.build(pts);
  const auto order = grid.order();
  REQUIRE(order.size() == pts.size());
  for (std::size_t q = 0; q < pts.size(); q += 37) {
    std::set<std::uint32_t> found;
    grid.for_each_near(pts[q], [&](std::uint32_t k) { found.insert(order[k]); });
    for (std::size_t j = 0; j < pts.size(); ++j)
      if (distance(pts[q], pts[j]) <= radius)
        REQUIRE(found.count(static_cast<std::uint32_t>(j)) == 1);
    // And it looks at far fewer than all: the cells within reach of a 2.1 m disc.
    CHECK(found.size() < pts.size() / 10);
  }
}

TEST_CASE("The neighbour grid sorts stably and wraps a periodic seam", "[crowd-agents]") {
  // Width 10 m, radius 2 m: five cells of 2 m across.
  NeighbourGrid grid({{0, 0}, {10, 4}}, 2.0, true);
  CHECK(grid.cells_x() == 10);
  const std::vector<Vec2> pts{{9.9, 1.0}, {0.1, 1.0}, {5.0, 1.0}, {0.2, 1.1}};
  grid.build(pts);
  // Points 1 and 3 share a cell and keep their input order.
  std::vector<std::uint32_t> in_order(grid.order().begin(), grid.order().end());
  const auto p1 = std::find(in_order.begin(), in_order.end(), 1u);
  const auto p3 = std::find(in_order.begin(), in_order.end(), 3u);
  CHECK(p1 < p3);
  // From x = 9.9 the points at 0.1 and 0.2 are 0.2 and 0.3 m away across the seam.
  std::set<std::uint32_t> found;
  grid.for_each_near(pts[0], [&](std::uint32_t k) { found.insert(grid.order()[k]); });
  CHECK(found.count(1) == 1);
  CHECK(found.count(3) == 1);
  CHECK(found.count(2) == 0);  // 4.9 m away
}
