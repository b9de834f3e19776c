#include <catch2/catch.hpp>
#include <fstream>

#include "gis/builtin_data.hpp"
#include "gis/csv.hpp"
#include "gis/profile.hpp"
#include "sim/core/error.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

TEST_CASE("built-in tables are the files in data/", "[data]") {
  const auto highways = gis::CsvTable::parse(gis::builtin_file("osm/highways.csv"), "highways.csv");
  CHECK(highways.header().front() == "highway");
  bool steps = false;
  for (std::size_t r = 0; r < highways.rows(); ++r)
    if (highways.text(r, "highway") == "steps") {
      steps = true;
      CHECK(highways.text(r, "vehicle_passable") == "no");
    }
  CHECK(steps);
  CHECK_THROWS_WITH(gis::builtin_file("nope.csv"), Catch::Contains("no such built-in table"));
}

TEST_CASE("CSV cells: quotes, commas, errors with line numbers", "[data]") {
  const auto t = gis::CsvTable::parse("a,b,c\n1,\"x, \"\"y\"\"\",3.5\n\n2,,4\n", "t.csv");
  REQUIRE(t.rows() == 2);
  CHECK(t.text(0, "b") == "x, \"y\"");
  CHECK(*t.number(0, "c") == Approx(3.5));
  CHECK_FALSE(t.number(1, "b").has_value());
  CHECK(t.line_of(1) == 4);
  CHECK_THROWS_WITH(gis::CsvTable::parse("a,b\n1,2,3\n", "t.csv"),
                    "t.csv: line 2: has 3 cells, the header has 2");
  const auto bad = gis::CsvTable::parse("a\nwide\n", "t.csv");
  CHECK_THROWS_WITH(bad.number(0, "a"), "t.csv: line 2: field 'a': expected a number, got 'wide'");
}

TEST_CASE("profiles: built in, extended by a file, every value with its source",
          "[data][profile]") {
  const auto flanders = gis::Profile::load("flanders");
  CHECK(flanders.number("ramming", "max_clear_gap_m", 0, 10) == Approx(1.2));
  CHECK_THAT(flanders.source("ramming", "max_clear_gap_m"), Catch::Contains("policy"));

  const std::string dir = test::scratch_dir("profile");
  std::ofstream(dir + "/mechelen.json")
      << R"J({"agora_profile": 1, "name": "mechelen", "extends": "flanders",
             "ramming": {"max_clear_gap_m": {"value": 1.0, "source": "Mechelen safety cell, 2026 (local policy)"}}})J";
  const auto mechelen = gis::Profile::load(dir + "/mechelen.json");
  CHECK(mechelen.name() == "mechelen");
  CHECK(mechelen.number("ramming", "max_clear_gap_m", 0, 10) == Approx(1.0));
  CHECK(mechelen.number("ramming", "speed_margin_kmh", 0, 50) == Approx(0.0));  // inherited

  std::ofstream(dir + "/bad.json")
      << R"({"agora_profile": 1, "ramming": {"max_clear_gap_m": {"value": "wide"}}})";
  CHECK_THROWS_WITH(gis::Profile::load(dir + "/bad.json"),
                    Catch::Contains("every profile value needs its source"));
  std::ofstream(dir + "/bad2.json")
      << R"({"agora_profile": 1, "ramming": {"max_clear_gap_m": {"value": "wide", "source": "x"}}})";
  CHECK_THROWS_WITH(
      gis::Profile::load(dir + "/bad2.json").number("ramming", "max_clear_gap_m", 0, 10),
      dir + "/bad2.json: ramming.max_clear_gap_m: field 'value': expected a number, got \"wide\"");
  CHECK_THROWS_WITH(gis::Profile::load("atlantis"), Catch::Contains("unknown profile 'atlantis'"));
}
