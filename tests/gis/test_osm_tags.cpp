#include <catch2/catch.hpp>

#include "gis/osm_tags.hpp"

using namespace agora;
using namespace agora::gis;

TEST_CASE("other_tags hstore text is parsed, with escapes", "[osm-tags]") {
  Tags t;
  REQUIRE(parse_hstore(R"("lit"=>"yes","name:de"=>"Marienplatz","note"=>"say \"hi\"")", t));
  CHECK(t.get("lit") == "yes");
  CHECK(t.get("name:de") == "Marienplatz");
  CHECK(t.get("note") == "say \"hi\"");
  Tags bad;
  CHECK_FALSE(parse_hstore(R"("lit"=>yes)", bad));
}

TEST_CASE("width tags in the forms mappers write", "[osm-tags]") {
  CHECK(*parse_length_m("8") == Approx(8.0));
  CHECK(*parse_length_m("8 m") == Approx(8.0));
  CHECK(*parse_length_m("3,5") == Approx(3.5));
  CHECK(*parse_length_m("10'") == Approx(3.048));
  CHECK(*parse_length_m("8'6\"") == Approx(2.5908));  // 8 ft 6 in = 102 in × 0.0254
  CHECK_FALSE(parse_length_m("wide").has_value());
  CHECK_FALSE(parse_length_m("-2").has_value());
}

TEST_CASE("which ways a hostile vehicle can drive", "[osm-tags]") {
  const TagRules rules = TagRules::load();
  auto edge = [&](std::initializer_list<std::pair<const char*, const char*>> kv) {
    Tags t;
    for (auto [k, v] : kv) t.set(k, v);
    return interpret_way(t, rules);
  };
  // A pedestrian street, motor vehicles banned: traffic law does not stop an attacker.
  auto ped = edge({{"highway", "pedestrian"}, {"motor_vehicle", "no"}, {"width", "8"}});
  REQUIRE(ped);
  CHECK(ped->vehicle_passable);
  CHECK_FALSE(ped->car_legal);
  CHECK(ped->width_m == Approx(8.0));
  // A footway narrower than a car (1.8 m, sources.md: Vehicles) is not drivable; a wide one is.
  CHECK_FALSE(edge({{"highway", "footway"}, {"width", "1.5"}})->vehicle_passable);
  CHECK(edge({{"highway", "footway"}, {"width", "3"}})->vehicle_passable);
  // Steps stop vehicles but not people.
  auto steps = edge({{"highway", "steps"}});
  CHECK_FALSE(steps->vehicle_passable);
  CHECK(steps->walkable);
  // Width from lanes: 2 lanes × 3.0 m placeholder lane width.
  auto lanes = edge({{"highway", "secondary"}, {"lanes", "2"}});
  CHECK(lanes->width_m == Approx(6.0));
  CHECK(lanes->width_source == "lanes");
  // One-way streets are one-way in law only.
  auto oneway = edge({{"highway", "residential"}, {"oneway", "yes"}});
  CHECK(oneway->oneway);
  CHECK(oneway->vehicle_passable);
  // An underground passage and indoor corridors are not part of the street network for vehicles.
  CHECK_FALSE(edge({{"highway", "footway"}, {"tunnel", "yes"}, {"layer", "-1"}, {"width", "5"}})
                  ->vehicle_passable);
  CHECK_FALSE(edge({{"highway", "footway"}, {"indoor", "yes"}}).has_value());
  CHECK_FALSE(edge({{"highway", "construction"}}).has_value());
}

TEST_CASE("footways without a width, passages, arcades and tunnels (data/osm/covered_ways.csv)",
          "[osm-tags]") {
  const TagRules rules = TagRules::load();
  auto edge = [&](std::initializer_list<std::pair<const char*, const char*>> kv) {
    Tags t;
    for (auto [k, v] : kv) t.set(k, v);
    return interpret_way(t, rules);
  };
  // A footway with no width tag is narrower than a car (its 2 m default width is for walking).
  const auto footway = edge({{"highway", "footway"}});
  CHECK_FALSE(footway->vehicle_passable);
  CHECK(footway->vehicle_rule == "highway=footway without a width tag: narrower than a car");
  CHECK_FALSE(edge({{"highway", "path"}})->vehicle_passable);
  CHECK_FALSE(edge({{"highway", "cycleway"}})->vehicle_passable);
  CHECK(edge({{"highway", "cycleway"}, {"width", "2.5"}})->vehicle_passable);
  // A building passage or an arcade: closed without width, maxwidth or maxheight ...
  CHECK_FALSE(edge({{"highway", "service"}, {"tunnel", "building_passage"}})->vehicle_passable);
  CHECK_FALSE(edge({{"highway", "pedestrian"}, {"covered", "arcade"}})->vehicle_passable);
  // ... and as wide and high as they are tagged: maxwidth 3 m narrows a 4 m service road.
  const auto gate = edge({{"highway", "service"},
                          {"tunnel", "building_passage"},
                          {"maxwidth", "3"},
                          {"maxheight", "2.2"}});
  CHECK(gate->vehicle_passable);
  CHECK(gate->width_m == Approx(3.0));
  CHECK(gate->max_height_m == Approx(2.2));
  CHECK(gate->vehicle_rule ==
        "highway=service, maxwidth 3.0 m; tunnel=building_passage, maxheight 2.2 m");
  CHECK_FALSE(
      edge({{"highway", "service"}, {"covered", "yes"}, {"maxwidth", "1.5"}})->vehicle_passable);
  // A road tunnel stays drivable but underground: entered at its portals only.
  const auto tunnel = edge({{"highway", "primary"}, {"tunnel", "yes"}, {"layer", "-2"}});
  CHECK(tunnel->vehicle_passable);
  CHECK(tunnel->underground);
  CHECK_FALSE(edge({{"highway", "primary"}})->underground);
}

TEST_CASE("barrier, building and open-area tags", "[osm-tags]") {
  const TagRules rules = TagRules::load();
  Tags bollard;
  bollard.set("barrier", "bollard");
  CHECK(interpret_barrier(bollard, rules)->stops_vehicles);
  bollard.set("bollard", "removable");
  CHECK_FALSE(interpret_barrier(bollard, rules)->stops_vehicles);
  Tags jersey;
  jersey.set("barrier", "jersey_barrier");
  CHECK_FALSE(
      interpret_barrier(jersey, rules)->stops_vehicles);  // road-safety barrier, not anti-ram

  Tags house;
  house.set("building", "apartments");
  house.set("building:levels", "5");
  auto b = interpret_building(house, rules);
  REQUIRE(b);
  CHECK(b->height_m == Approx(15.0));  // 5 levels × 3.0 m placeholder storey height
  CHECK(b->residential);
  Tags roof;
  roof.set("building", "roof");
  CHECK_FALSE(interpret_building(roof, rules)->obstacle);

  Tags square;
  square.set("place", "square");
  CHECK(interpret_open_area(square, rules)->kind == "square");
  Tags garage;
  garage.set("amenity", "parking");
  garage.set("parking", "underground");
  CHECK_FALSE(interpret_open_area(garage, rules).has_value());
}
