// Editing the layout: uniform access to the ten kinds, properties with the reader's ranges,
// and one undo/redo mechanism for every change.
#include <catch2/catch.hpp>

#include "gui/doc/feature_properties.hpp"
#include "gui/doc/history.hpp"
#include "gui/edit/tools.hpp"

using namespace agora;
using namespace agora::gui;
using scenario::Kind;

namespace {

Shape square(double x, double y, double side) {
  return {ShapeType::Polygon, {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}}};
}

scenario::Scenario with_market() {
  scenario::Scenario s;
  insert(s.layout, {Kind::Perimeter, 0}, make_feature(Kind::Perimeter, square(0, 0, 100), "site"));
  insert(s.layout, {Kind::Stall, 0}, make_feature(Kind::Stall, square(10, 10, 3), "stall-1"));
  insert(s.layout, {Kind::Stall, 1}, make_feature(Kind::Stall, square(20, 10, 3), "stall-2"));
  insert(s.layout, {Kind::Exit, 0},
         make_feature(Kind::Exit, {ShapeType::Line, {{0, 40}, {0, 46}}}, "exit-w"));
  return s;
}

}  // namespace

TEST_CASE("features of every kind are reached by kind and index", "[editing]") {
  scenario::Scenario s = with_market();
  CHECK(s.layout.feature_count() == 4);
  CHECK(count(s.layout, Kind::Stall) == 2);
  CHECK(all_features(s.layout).size() == 4);
  const LayoutFeature stall = get(s.layout, {Kind::Stall, 1});
  CHECK(kind_of(stall) == Kind::Stall);
  CHECK(info_of(stall).id == "stall-2");
  // The polygon is closed by set_shape and opened again by shape_of: 4 corners either way.
  CHECK(s.layout.stalls[1].area.outer().size() == 5);
  CHECK(shape_of(stall).points.size() == 4);
  CHECK(bg::area(s.layout.stalls[1].area) == Approx(9.0));  // 3 m × 3 m
  erase(s.layout, {Kind::Stall, 0});
  CHECK(s.layout.stalls.size() == 1);
  CHECK(s.layout.stalls[0].info.id == "stall-2");
}

TEST_CASE("new features get the defaults their required properties need", "[editing]") {
  const LayoutFeature exit =
      make_feature(Kind::Exit, {ShapeType::Line, {{0, 0}, {3, 0}}}, "exit-1");
  CHECK(std::get<scenario::Exit>(exit).width_m == 2.5);
  const LayoutFeature stage = make_feature(Kind::Stage, {ShapeType::Point, {{5, 5}}}, "stage-1");
  CHECK(std::get<scenario::Stage>(stage).sound_power_dba == 110.0);
  CHECK(std::get<scenario::Stage>(stage).source == Vec2{5, 5});
  const LayoutFeature gate =
      make_feature(Kind::EmergencyGate, {ShapeType::Line, {{0, 0}, {4, 0}}}, "gate-1");
  CHECK(std::get<scenario::EmergencyGate>(gate).width_m == 4.0);
  // A stage drawn as a polygon puts its source at the centroid: (1, 1) for a 2 m square.
  const LayoutFeature platform = make_feature(Kind::Stage, square(0, 0, 2), "stage-2");
  CHECK(std::get<scenario::Stage>(platform).source.x == Approx(1.0));
  CHECK(std::get<scenario::Stage>(platform).source.y == Approx(1.0));
}

TEST_CASE("properties are set as text and checked against the reader's ranges",
          "[editing][properties]") {
  LayoutFeature exit = make_feature(Kind::Exit, {ShapeType::Line, {{0, 0}, {3, 0}}}, "exit-1");
  CHECK_FALSE(set_property(exit, "width_m", "3.6").has_value());
  CHECK(std::get<scenario::Exit>(exit).width_m == 3.6);
  CHECK(property_text(exit, "width_m") == "3.6");
  // Out of range, not a number, empty when required: refused with the reason, unchanged.
  CHECK(set_property(exit, "width_m", "900").value() ==
        "width_m: expected a number above 0 and at most 500 m, got 900");
  CHECK(set_property(exit, "width_m", "wide").value() == "width_m: expected a number, got 'wide'");
  CHECK(set_property(exit, "width_m", "").value() == "width_m: required (m)");
  CHECK(std::get<scenario::Exit>(exit).width_m == 3.6);
  CHECK_FALSE(set_property(exit, "closed", "true").has_value());
  CHECK(std::get<scenario::Exit>(exit).closed);
  CHECK(set_property(exit, "closed", "maybe").value() ==
        "closed: expected true or false, got 'maybe'");

  LayoutFeature stage = make_feature(Kind::Stage, {ShapeType::Point, {{0, 0}}}, "s");
  CHECK(set_property(stage, "sound_power_dba", "30").value() ==
        "sound_power_dba: expected a number in [40, 160] dB(A), got 30");

  LayoutFeature zone = make_feature(Kind::CrowdZone, square(0, 0, 10), "z");
  CHECK_FALSE(set_property(zone, "density_ppm2", "2.5").has_value());
  CHECK(std::get<scenario::CrowdZone>(zone).density_ppm2 == 2.5);
  // Empty clears an optional number: the profile's planning density applies again.
  CHECK_FALSE(set_property(zone, "density_ppm2", " ").has_value());
  CHECK_FALSE(scenario::is_set(std::get<scenario::CrowdZone>(zone).density_ppm2));

  LayoutFeature barrier = make_feature(Kind::Barrier, {ShapeType::Line, {{0, 0}, {5, 0}}}, "b");
  CHECK_FALSE(set_property(barrier, "rating", "  V/7200[N2A]/48/90:0.0 ").has_value());
  CHECK(std::get<scenario::PlannedBarrier>(barrier).rating == "V/7200[N2A]/48/90:0.0");
  CHECK(set_property(barrier, "width_m", "2").value() == "a barrier has no property 'width_m'");
}

TEST_CASE("every edit undoes and redoes through the one history", "[editing][history]") {
  scenario::Scenario s = with_market();
  History h;
  CHECK(h.at_saved());
  // 1. add a barrier, 2. rate it, 3. delete a stall, 4. move the exit 2 m north.
  h.perform(
      insert_feature({Kind::Barrier, 0},
                     make_feature(Kind::Barrier, {ShapeType::Line, {{-5, 40}, {-5, 46}}}, "b-1")),
      s);
  LayoutFeature rated = get(s.layout, {Kind::Barrier, 0});
  REQUIRE_FALSE(set_property(rated, "rating", "M50/P1").has_value());
  h.perform(replace_feature({Kind::Barrier, 0}, s.layout, rated, "set rating"), s);
  h.perform(erase_feature({Kind::Stall, 0}, s.layout), s);
  LayoutFeature moved = get(s.layout, {Kind::Exit, 0});
  set_shape(moved, {ShapeType::Line, {{0, 42}, {0, 48}}});
  h.perform(replace_feature({Kind::Exit, 0}, s.layout, moved, "move exit"), s);
  CHECK_FALSE(h.at_saved());
  CHECK(h.undo_label() == "move exit");
  CHECK(s.layout.stalls.size() == 1);
  CHECK(s.layout.exits[0].line[0].y == 42.0);

  h.undo(s);  // exit back
  CHECK(s.layout.exits[0].line[0].y == 40.0);
  h.undo(s);  // stall back, in its place
  CHECK(s.layout.stalls.size() == 2);
  CHECK(s.layout.stalls[0].info.id == "stall-1");
  h.undo(s);  // rating gone
  CHECK(s.layout.barriers[0].rating.empty());
  h.undo(s);  // barrier gone
  CHECK(s.layout.barriers.empty());
  CHECK_FALSE(h.can_undo());
  CHECK(h.at_saved());  // back where it was saved
  CHECK(same_layout(s.layout, with_market().layout));

  h.redo(s);
  h.redo(s);
  CHECK(s.layout.barriers[0].rating == "M50/P1");
  CHECK(h.redo_label() == "delete stall");
  // A new edit drops what could be redone.
  h.perform(erase_feature({Kind::Barrier, 0}, s.layout), s);
  CHECK_FALSE(h.can_redo());
  CHECK(h.size() == 3);
}

TEST_CASE("the saved point is tracked through undo and lost when its branch is dropped",
          "[editing][history]") {
  scenario::Scenario s = with_market();
  History h;
  h.perform(erase_feature({Kind::Stall, 0}, s.layout), s);
  h.mark_saved();
  CHECK(h.at_saved());
  h.undo(s);
  CHECK_FALSE(h.at_saved());
  h.redo(s);
  CHECK(h.at_saved());
  h.undo(s);
  h.perform(erase_feature({Kind::Stall, 1}, s.layout), s);  // a different branch
  CHECK_FALSE(h.at_saved());
  h.undo(s);
  CHECK_FALSE(h.at_saved());  // the saved state cannot be reached any more
}

TEST_CASE("a compound edit is one undo step, undone in reverse", "[editing][history]") {
  scenario::Scenario s = with_market();
  History h;
  std::vector<std::unique_ptr<Command>> parts;
  parts.push_back(erase_feature({Kind::Stall, 1}, s.layout));
  parts.push_back(erase_feature({Kind::Stall, 0}, s.layout));
  h.perform(compound(std::move(parts), "clear stalls"), s);
  CHECK(s.layout.stalls.empty());
  h.undo(s);
  REQUIRE(s.layout.stalls.size() == 2);
  CHECK(s.layout.stalls[0].info.id == "stall-1");
  CHECK(s.layout.stalls[1].info.id == "stall-2");
}

TEST_CASE("a sketch finishes when its shape has enough points", "[editing][tools]") {
  Sketch barrier(Kind::Barrier);
  CHECK(barrier.type() == ShapeType::Line);
  CHECK_FALSE(barrier.add({0, 0}));
  CHECK_FALSE(barrier.can_finish());
  CHECK_FALSE(barrier.add({0, 0}));  // the second click of a double click adds nothing
  CHECK(barrier.points().size() == 1);
  barrier.add({6, 0});
  CHECK(barrier.can_finish());
  Sketch zone(Kind::CrowdZone);
  zone.add({0, 0});
  zone.add({10, 0});
  CHECK_FALSE(zone.can_finish());  // a polygon needs three corners
  zone.add({10, 10});
  CHECK(zone.can_finish());
  zone.remove_last();
  CHECK_FALSE(zone.can_finish());
  Sketch receiver(Kind::Receiver);
  CHECK(receiver.add({1, 1}));  // a point is done at once
  CHECK(tool_from_name("emergency_gate") == Tool::EmergencyGate);
  CHECK(tool_name(Tool::CrowdZone) == "crowd_zone");
  CHECK_FALSE(tool_from_name("fence").has_value());
}
