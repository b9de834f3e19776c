// Picking and snapping, measured in pixels so they feel the same at every zoom.
#include <catch2/catch.hpp>

#include "gui/edit/hit_test.hpp"
#include "gui/edit/snapping.hpp"
#include "gui/overlay/colour_scale.hpp"

using namespace agora;
using namespace agora::gui;
using scenario::Kind;

namespace {

// 1 px per metre, world origin at the canvas centre (400, 300).
MapView unit_view() {
  MapView v;
  v.set_canvas({{0, 0}, {800, 600}});
  v.set({0, 0}, 1.0);
  return v;
}

Shape square(double x, double y, double side) {
  return {ShapeType::Polygon, {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}}};
}

scenario::Layout market() {
  scenario::Layout L;
  insert(L, {Kind::Perimeter, 0}, make_feature(Kind::Perimeter, square(-100, -100, 200), "site"));
  insert(L, {Kind::Stall, 0}, make_feature(Kind::Stall, square(10, 10, 6), "stall"));
  insert(L, {Kind::Exit, 0},
         make_feature(Kind::Exit, {ShapeType::Line, {{-100, -5}, {-100, 5}}}, "exit"));
  return L;
}

}  // namespace

TEST_CASE("the smaller area wins inside, a line or an edge wins near it", "[picking]") {
  const MapView v = unit_view();
  const scenario::Layout L = market();
  // Inside the stall (13, 13) -> screen (413, 287): the stall, not the perimeter around it.
  auto hit = hit_layout(L, v, v.to_screen({13, 13}), 7);
  REQUIRE(hit);
  CHECK(hit->id == FeatureId{Kind::Stall, 0});
  CHECK(hit->distance_px == Approx(3.0));  // 3 px from its west and south edges (10 -> 13)
  // Inside the perimeter but away from everything: the perimeter.
  hit = hit_layout(L, v, v.to_screen({50, -50}), 7);
  REQUIRE(hit);
  CHECK(hit->id == FeatureId{Kind::Perimeter, 0});
  // 3 px right of the exit on the perimeter's west edge: the exit (a line) beats the edge.
  hit = hit_layout(L, v, v.to_screen({-97, 0}), 7);
  REQUIRE(hit);
  CHECK(hit->id == FeatureId{Kind::Exit, 0});
  CHECK(hit->distance_px == Approx(3.0));
  // Outside everything by more than the tolerance: nothing.
  CHECK_FALSE(hit_layout(L, v, v.to_screen({-120, 0}), 7));
}

TEST_CASE("vertices and edges are found within the tolerance in pixels", "[picking]") {
  MapView v = unit_view();
  const Shape stall = square(10, 10, 6);
  CHECK(vertex_at(stall, v, v.to_screen({16.5, 16.5}), 3) == 2);  // corner (16, 16), 0.7 px away
  CHECK(vertex_at(stall, v, v.to_screen({13, 13}), 3) == -1);
  Vec2 on{};
  CHECK(edge_at(stall, v, v.to_screen({13, 9}), 3, &on) == 0);  // 1 px below the bottom edge
  CHECK(on == Vec2{13, 10});
  // Zoomed in 10×, the same 1 m is 10 px: out of a 3 px tolerance.
  v.set({0, 0}, 10.0);
  CHECK(edge_at(stall, v, v.to_screen({13, 9}), 3, &on) == -1);
}

TEST_CASE("snapping prefers a layout vertex, then a building corner, then the road", "[snapping]") {
  const MapView v = unit_view();
  const scenario::Layout L = market();
  city::CityModel city;
  city::Building house;
  house.footprint = corrected(Polygon{{{50, 50}, {60, 50}, {60, 60}, {50, 60}, {50, 50}}});
  city.buildings.push_back(house);
  city::RoadEdge street;
  street.line = {{-200, 30}, {200, 30}};
  city.edges.push_back(street);
  city.nodes.resize(2);
  city.edges[0].from = 0;
  city.edges[0].to = 1;
  city.build_index();

  // 2.2 px from the stall's corner (10, 10), 4.1 px from (16, 10): the nearer corner.
  Snap s = snap_point({12, 11}, v, L, &city, 10);
  CHECK(s.kind == SnapKind::LayoutVertex);
  CHECK(s.world == Vec2{10, 10});
  // Near the house's corner (50, 50): the corner.
  s = snap_point({52, 47}, v, L, &city, 10);
  CHECK(s.kind == SnapKind::BuildingCorner);
  CHECK(s.world == Vec2{50, 50});
  // 6 m above the street centreline at y = 30: onto the centreline, straight down.
  s = snap_point({0, 36}, v, L, &city, 10);
  CHECK(s.kind == SnapKind::Road);
  CHECK(s.world == Vec2{0, 30});
  // The vertex being moved does not snap to itself.
  s = snap_point({10.5, 10.5}, v, L, &city, 2, {FeatureId{Kind::Stall, 0}, 0});
  CHECK(s.kind == SnapKind::None);
  CHECK(s.world == Vec2{10.5, 10.5});
}

TEST_CASE("verdicts read the same colour everywhere", "[overlay]") {
  CHECK(verdict_of("inadequate") == Verdict::Bad);  // before "adequate" matches
  CHECK(verdict_of("unprotected") == Verdict::Bad);
  CHECK(verdict_of("gap_passable") == Verdict::Bad);
  CHECK(verdict_of("expert_check") == Verdict::Caution);
  CHECK(verdict_of("energy_equivalent") == Verdict::Caution);
  CHECK(verdict_of("adequate") == Verdict::Good);
  CHECK(verdict_of("Green") == Verdict::Good);
  CHECK(verdict_of("amber") == Verdict::Caution);
  CHECK(verdict_of("covered") == Verdict::Unknown);  // "red" inside a word is no verdict
  CHECK(verdict_colour(Verdict::Bad) == rgba(210, 30, 30));
  // Ramps: the ends are the ramp's end colours, values beyond clamp.
  const ColourScale speed{0, 60, Ramp::GreenRed};
  CHECK(speed.at(0) == rgba(26, 152, 80));
  CHECK(speed.at(60) == rgba(215, 25, 28));
  CHECK(speed.at(500) == rgba(215, 25, 28));
  CHECK(ramp_for_field("impact_speed_kmh") == Ramp::GreenRed);
  CHECK(ramp_for_field("distance_to_exit_m") == Ramp::BlueRed);
}
