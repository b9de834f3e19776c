#include <catch2/catch.hpp>

#include "sim/field/rasterize.hpp"

using namespace agora;

namespace {
int count(const Mask& m) {
  return static_cast<int>((m.values() != 0).count());
}
}  // namespace

TEST_CASE("a polygon fills the cells whose centres it covers", "[field]") {
  // 1 m cells over [0, 10)²; the square [2, 6] x [3, 5] covers centres x = 2.5..5.5 (4) and y
  // = 3.5, 4.5 (2).
  Mask m({0, 0}, 1.0, 10, 10, 0);
  Polygon p;
  p.outer() = {{2, 3}, {6, 3}, {6, 5}, {2, 5}, {2, 3}};
  fill_polygon(m, corrected(p), std::uint8_t{1});
  CHECK(count(m) == 8);
  CHECK(m(2, 3) == 1);
  CHECK(m(5, 4) == 1);
  CHECK(m(6, 4) == 0);
  CHECK(m(1, 3) == 0);
}

TEST_CASE("holes stay empty", "[field]") {
  // 8 x 8 square with a 2 x 2 hole: 64 - 4 cells.
  Mask m({0, 0}, 1.0, 10, 10, 0);
  Polygon p;
  p.outer() = {{1, 1}, {9, 1}, {9, 9}, {1, 9}, {1, 1}};
  p.inners().push_back({{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}});
  fill_polygon(m, corrected(p), std::uint8_t{1});
  CHECK(count(m) == 60);
  CHECK(m(4, 4) == 0);
  CHECK(m(3, 3) == 1);
}

TEST_CASE("a thin diagonal wall leaves no 4-connected gap", "[field]") {
  // The supercover marks every cell the segment passes through, so walking in the four
  // axis directions (what fast marching uses) cannot cross it.
  Mask m({0, 0}, 1.0, 10, 10, 0);
  burn_segment(m, {0.2, 0.3}, {9.7, 9.6}, 0.0, std::uint8_t{1});
  for (int iy = 0; iy < 10; ++iy)
    for (int ix = 0; ix + 1 < 10; ++ix) {
      // Cells on both sides of the wall never touch across an unmarked edge: a marked cell lies
      // at every step from the lower-right to the upper-left side.
      if (!m(ix, iy) && !m(ix + 1, iy)) {
        const bool left_above = static_cast<double>(iy) + 0.5 > static_cast<double>(ix) + 0.5;
        const bool right_above = static_cast<double>(iy) + 0.5 > static_cast<double>(ix + 1) + 0.5;
        CHECK(left_above == right_above);
      }
    }
  CHECK(m(0, 0) == 1);
  CHECK(m(9, 9) == 1);
}

TEST_CASE("a buffered segment marks cells within its half width", "[field]") {
  // Horizontal segment y = 5 from x = 2 to 8 with half width 1.0: centres at y = 4.5, 5.5 are
  // within 1.0, y = 3.5 and 6.5 are 1.5 away. Columns: centres within 1 m of the segment's ends too
  // (x = 1.5 .. 8.5).
  Mask m({0, 0}, 1.0, 10, 10, 0);
  burn_segment(m, {2, 5}, {8, 5}, 1.0, std::uint8_t{1});
  CHECK(m(4, 4) == 1);
  CHECK(m(4, 5) == 1);
  CHECK(m(4, 3) == 0);
  CHECK(m(4, 6) == 0);
  CHECK(m(1, 5) == 1);  // centre (1.5, 5.5): 0.71 m from the end point (2, 5)
  CHECK(m(0, 5) == 0);
}
