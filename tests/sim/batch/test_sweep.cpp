#include <catch2/catch.hpp>

#include "sim/batch/sweep.hpp"

using namespace agora;
using namespace agora::batch;

namespace {
Sweep two_by_three() {
  Sweep s;
  s.file = "sweep.json";
  s.base_scenario = "scenario.json";
  s.layouts = {{"A", {"none.geojson"}}, {"B", {"rated.geojson"}}};
  s.parameters = {
      {"layout", {std::string("A"), std::string("B")}},
      {"attendance_peak", {std::int64_t{5000}, std::int64_t{10000}, std::int64_t{20000}}}};
  return s;
}
}  // namespace

TEST_CASE("a sweep is the cartesian product, the last parameter varying fastest", "[batch]") {
  const auto variants = expand(two_by_three());
  REQUIRE(variants.size() == 6);  // 2 layouts × 3 attendances
  CHECK(variants[0].id == "v0");
  CHECK(variants[5].id == "v5");
  CHECK(std::get<std::string>(*variants[0].param("layout")) == "A");
  CHECK(std::get<std::int64_t>(*variants[0].param("attendance_peak")) == 5000);
  CHECK(std::get<std::int64_t>(*variants[1].param("attendance_peak")) == 10000);
  CHECK(std::get<std::string>(*variants[3].param("layout")) == "B");
  CHECK(std::get<std::int64_t>(*variants[3].param("attendance_peak")) == 5000);
}

TEST_CASE("variant ids are padded to the width of the count", "[batch]") {
  Sweep s = two_by_three();
  s.parameters.push_back({"seed", {}});
  for (std::int64_t i = 1; i <= 20; ++i) s.parameters.back().values.push_back(i);
  const auto variants = expand(s);
  CHECK(variant_count(s) == 120);
  CHECK(variants.front().id == "v000");
  CHECK(variants.back().id == "v119");
}

TEST_CASE("unknown parameters, empty lists, wrong types and undefined layouts are errors",
          "[batch][errors]") {
  Sweep s = two_by_three();
  s.parameters.push_back({"attendence", {std::int64_t{1}}});
  s.parameters.push_back({"seed", {}});
  s.parameters.push_back({"profile", {std::int64_t{3}}});
  s.parameters[0].values.push_back(std::string("C"));
  try {
    validate(s);
    FAIL("expected an error");
  } catch (const Error& e) {
    REQUIRE(e.problems().size() == 4);
    CHECK_THAT(e.what(), Catch::Contains("field 'attendence': unknown parameter"));
    CHECK_THAT(e.what(), Catch::Contains("field 'seed': empty: no values to sweep"));
    CHECK_THAT(e.what(), Catch::Contains("field 'profile': expected texts"));
    CHECK_THAT(e.what(), Catch::Contains("layout option 'C' is not defined"));
  }
}

TEST_CASE("variants override the scenario before and after its layout is read", "[batch]") {
  Sweep s = two_by_three();
  s.parameters.push_back({"vehicle_classes", {std::string("M1,N3")}});
  s.parameters.push_back({"close_exit", {std::string("north")}});
  s.parameters.push_back({"density_ppm2", {2.5}});
  const Variant v = expand(s)[4];  // layout B, attendance 10000
  scenario::Scenario sc;
  sc.file = "scenario.json";
  apply_before_load(sc, v, s);
  CHECK(sc.event.attendance_peak == 10000);
  CHECK(sc.layout_paths == std::vector<std::string>{"rated.geojson"});
  CHECK(sc.vehicle_classes == std::vector<std::string>{"M1", "N3"});

  sc.layout.exits.resize(2);
  sc.layout.exits[0].info.id = "south";
  sc.layout.exits[1].info.id = "north";
  sc.layout.crowd_zones.resize(1);
  apply_after_load(sc, v);
  CHECK_FALSE(sc.layout.exits[0].closed);
  CHECK(sc.layout.exits[1].closed);
  CHECK(sc.layout.crowd_zones[0].density_ppm2 == 2.5);

  sc.layout.exits[1].info.id = "west";
  CHECK_THROWS_WITH(apply_after_load(sc, v), Catch::Contains("no exit with id or name 'north'"));
}
