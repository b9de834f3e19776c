// The map view's arithmetic, checked against numbers worked out by hand.
#include <catch2/catch.hpp>

#include "gui/map/view.hpp"

using namespace agora;
using agora::gui::MapView;

namespace {
MapView view_800x600() {
  MapView v;
  v.set_canvas({{0, 0}, {800, 600}});
  v.set({1000, 2000}, 2.0);  // 2 pixels per metre
  return v;
}
}  // namespace

TEST_CASE("world and screen convert both ways, y up in the world and down on screen", "[view]") {
  const MapView v = view_800x600();
  CHECK(v.to_screen({1000, 2000}) == Vec2{400, 300});  // the centre is the canvas centre
  // 10 m east and 5 m north: 20 px right, 10 px up.
  CHECK(v.to_screen({1010, 2005}) == Vec2{420, 290});
  CHECK(v.to_world({420, 290}) == Vec2{1010, 2005});
  // The canvas spans 400 m × 300 m.
  const Box b = v.visible_world();
  CHECK(b.min_corner() == Vec2{800, 1850});
  CHECK(b.max_corner() == Vec2{1200, 2150});
}

TEST_CASE("zoom keeps the point under the cursor, pan moves the map with the mouse", "[view]") {
  MapView v = view_800x600();
  // The cursor at (600, 300) is 100 m east of the centre: (1100, 2000).
  v.zoom_at({600, 300}, 2.0);
  CHECK(v.px_per_m() == 4.0);
  CHECK(v.to_screen({1100, 2000}).x == Approx(600));
  CHECK(v.to_screen({1100, 2000}).y == Approx(300));
  // Dragging 40 px right and 20 px down at 4 px/m shows what lay 10 m west and 5 m north.
  const Vec2 before = v.centre();
  v.pan_pixels({40, 20});
  CHECK(v.centre().x == Approx(before.x - 10));
  CHECK(v.centre().y == Approx(before.y + 5));
  // Zoom is clamped to the view's range.
  v.zoom_at({400, 300}, 1e9);
  CHECK(v.px_per_m() == MapView::kMaxPxPerM);
}

TEST_CASE("fit shows the whole box: the tighter axis decides", "[view]") {
  MapView v = view_800x600();
  // 100 m × 50 m in 800 × 600 px: 8 px/m across, 12 px/m up; 8 wins.
  v.fit({{0, 0}, {100, 50}}, 0.0);
  CHECK(v.px_per_m() == 8.0);
  CHECK(v.centre() == Vec2{50, 25});
  // With a 100 px margin: 600/100 = 6 and 400/50 = 8; 6 wins.
  v.fit({{0, 0}, {100, 50}}, 100.0);
  CHECK(v.px_per_m() == 6.0);
}

TEST_CASE("the scale bar picks 1, 2 or 5 times a power of ten nearest the target length",
          "[view]") {
  using agora::gui::nice_scale_length_m;
  CHECK(nice_scale_length_m(1.0, 120) == 100);     // 120 m wanted: 100 is nearest
  CHECK(nice_scale_length_m(0.5, 120) == 200);     // 240 m wanted: 200 (40 off) beats 500
  CHECK(nice_scale_length_m(2.4, 120) == 50);      // 50 m wanted exactly
  CHECK(nice_scale_length_m(0.01, 120) == 10000);  // 12 km wanted: 10 km
}
