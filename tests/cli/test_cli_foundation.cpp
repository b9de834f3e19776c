#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "gis/text_file.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

TEST_CASE("agora info prints what the map holds", "[cli]") {
  const auto r = test::run_agora("info " + test::fixture("osm/graph.osm") + " --crs EPSG:31370");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("target CRS:       EPSG:31370"));
  CHECK_THAT(r.out, Catch::Contains("14 nodes, 12 edges"));
  CHECK_THAT(r.out, Catch::Contains("1 repaired, 0 dropped"));
  CHECK_THAT(r.out, Catch::Contains("© OpenStreetMap contributors"));
}

TEST_CASE("agora import writes the normalized layers", "[cli]") {
  const std::string dir = test::scratch_dir("cli-import");
  const auto r = test::run_agora("import " + test::munchen_map() + " --crs EPSG:25832 -o " + dir +
                                 "/city.gpkg");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("4034 road edges, 3122 nodes, 2419 buildings, 138 open areas"));
  CHECK(fs::exists(dir + "/city.gpkg"));
}

TEST_CASE("agora import with a bbox keeps a window of the map", "[cli]") {
  const std::string dir = test::scratch_dir("cli-import-bbox");
  // Marienplatz and its surroundings only.
  const auto r = test::run_agora("import " + test::munchen_map() +
                                 " --bbox 11.573,48.136,11.578,48.138 -o " + dir + "/c.gpkg");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("EPSG:32632"));  // UTM 32N around 11.6° E
}

TEST_CASE("bad input exits with status 2, one line per problem, and leaves no output",
          "[cli][errors]") {
  const std::string dir = test::scratch_dir("cli-errors");
  const std::string half = dir + "/half.osm.pbf";
  {
    const std::string bytes = gis::read_text_file(test::munchen_map());
    std::ofstream(half, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  }
  auto r = test::run_agora("import " + half + " -o " + dir + "/city.gpkg");
  CHECK(r.exit_code == 2);
  CHECK(r.out == "agora: error: " + half +
                     ": the file is truncated or corrupt: An error occurred during the parsing of "
                     "data around byte 407617\n");
  CHECK_FALSE(fs::exists(dir + "/city.gpkg"));

  r = test::run_agora("import " + test::munchen_map() + " --crs EPSG:1 -o " + dir + "/city.gpkg");
  CHECK(r.exit_code == 2);
  CHECK(r.out ==
        "agora: error: command line --crs: field 'crs': unknown CRS 'EPSG:1': expected a code such "
        "as EPSG:31370\n");
  CHECK_FALSE(fs::exists(dir + "/city.gpkg"));

  r = test::run_agora("import " + test::munchen_map() + " --bbox 11,48,10,49 -o " + dir +
                      "/city.gpkg");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("--bbox"));

  r = test::run_agora("info " + dir + "/nothing.pbf");
  CHECK(r.exit_code == 2);
  CHECK(r.out == "agora: error: " + dir + "/nothing.pbf: map file not found\n");

  // The whole folder holds only the input we made: nothing half-written.
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  CHECK(files == 1);
}

TEST_CASE("a failed import keeps the previous result", "[cli][errors]") {
  const std::string dir = test::scratch_dir("cli-keep");
  REQUIRE(test::run_agora("import " + test::fixture("osm/graph.osm") + " -o " + dir + "/city.gpkg")
              .exit_code == 0);
  const auto before = fs::file_size(dir + "/city.gpkg");
  CHECK(test::run_agora("import " + dir + "/missing.osm -o " + dir + "/city.gpkg").exit_code == 2);
  CHECK(fs::file_size(dir + "/city.gpkg") == before);
}

TEST_CASE("unknown commands and options are usage errors", "[cli][errors]") {
  CHECK(test::run_agora("frobnicate").exit_code == 2);
  CHECK(test::run_agora("import").exit_code == 2);  // MAP and -o are required
}
