// Writing a layout back to GeoJSON: what is read and written unchanged keeps its
// coordinates to the digit and its properties, and the file reads back as the same layout.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "gis/layout_writer.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/scenario_writer.hpp"
#include "gis/text_file.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

namespace {

// The fixture scenario's layout, read into EPSG:31370 as the scenario says.
scenario::Scenario fixture_with_layout() {
  scenario::Scenario s = gis::read_scenario_file(test::fixture("scenario/scenario.json"));
  ProblemList problems;
  std::vector<Problem> warnings;
  gis::read_layout(s, "EPSG:31370", problems, warnings);
  REQUIRE(problems.empty());
  return s;
}

scenario::Scenario read_back(const std::string& layout_path) {
  scenario::Scenario s;
  s.file = layout_path;
  s.layout_paths = {layout_path};
  ProblemList problems;
  std::vector<Problem> warnings;
  gis::read_layout(s, "EPSG:31370", problems, warnings);
  REQUIRE(problems.empty());
  return s;
}

}  // namespace

TEST_CASE("a layout written back keeps every coordinate to the digit the file had",
          "[layout_writer]") {
  const scenario::Scenario s = fixture_with_layout();
  const std::string text = gis::layout_geojson(s.layout, "EPSG:31370");
  const auto doc = nlohmann::json::parse(text);
  REQUIRE(doc["type"] == "FeatureCollection");
  REQUIRE(doc["features"].size() == 6);
  // Features keep the file's order: perimeter, crowd zone, exit, stall, stage, barrier.
  CHECK(doc["features"][0]["properties"]["kind"] == "perimeter");
  CHECK(doc["features"][2]["properties"]["kind"] == "exit");
  CHECK(doc["features"][5]["properties"]["kind"] == "barrier");
  // The fixture's perimeter corner (4.47905, 51.02785) survives Lambert 72 and back: PROJ's
  // round trip is good to ~1e-12 degrees, and the writer rounds to 1e-8.
  const auto& corner = doc["features"][0]["geometry"]["coordinates"][0][0];
  CHECK(corner[0].get<double>() == 4.47905);
  CHECK(corner[1].get<double>() == 51.02785);
  // The stage point (4.47930, 51.02810) and its sound power.
  CHECK(doc["features"][4]["geometry"]["type"] == "Point");
  CHECK(doc["features"][4]["geometry"]["coordinates"][0].get<double>() == 4.4793);
  CHECK(doc["features"][4]["properties"]["sound_power_dba"].get<double>() == 115.0);
  // Properties as typed values, names as read.
  CHECK(doc["features"][2]["properties"]["width_m"].get<double>() == 4.0);
  CHECK(doc["features"][3]["properties"]["name"] == "Jenever");
  CHECK(doc["features"][5]["properties"]["rating"] == "V/7200[N2A]/48/90:0.0");
  CHECK(doc["features"][5]["properties"]["clear_gap_m"].get<double>() == 1.2);
  // Defaults are not written: an exit that is unlocked and opens outward says nothing about it.
  CHECK_FALSE(doc["features"][2]["properties"].contains("unlocked"));
}

TEST_CASE("a written layout reads back as the same layout", "[layout_writer]") {
  scenario::Scenario s = fixture_with_layout();
  REQUIRE(!s.layout.exits[0].info.id.empty());
  s.layout.crowd_zones[0].exit_id =
      s.layout.exits[0].info.id;  // everyone in the zone uses that exit
  const std::string dir = test::scratch_dir("layout_writer_roundtrip");
  const std::string path = dir + "/layout.geojson";
  gis::write_layout_geojson(s.layout, "EPSG:31370", path);
  const scenario::Scenario back = read_back(path);
  REQUIRE(back.layout.feature_count() == 6);
  REQUIRE(back.layout.perimeters.size() == 1);
  // Same vertices in Lambert 72 metres to well under a millimetre (1e-8° is 1.1 mm, and the
  // fixture's own digits come back exactly).
  const auto& a = s.layout.perimeters[0].area.outer();
  const auto& b = back.layout.perimeters[0].area.outer();
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(distance(a[i], b[i]) < 1e-4);
  CHECK(back.layout.exits[0].width_m == 4.0);
  CHECK(back.layout.barriers[0].clear_gap_m == 1.2);
  CHECK(back.layout.stages[0].sound_power_dba == 115.0);
  CHECK(back.layout.stalls[0].info.name == "Jenever");
  CHECK(back.layout.crowd_zones[0].exit_id == s.layout.exits[0].info.id);
  // And written again, the text is identical: saving is stable.
  CHECK(gis::layout_geojson(back.layout, "EPSG:31370") == gis::read_text_file(path));
}

TEST_CASE("new features follow the ones read from the file, points stay points",
          "[layout_writer]") {
  scenario::Scenario s = fixture_with_layout();
  scenario::PlannedBarrier bollard;
  bollard.info.id = "bollard-1";
  bollard.line = {s.layout.exits[0].line.front()};  // a single element: a Point
  bollard.rating = "M50/P1";
  s.layout.barriers.push_back(bollard);
  const auto doc = nlohmann::json::parse(gis::layout_geojson(s.layout, "EPSG:31370"));
  REQUIRE(doc["features"].size() == 7);
  const auto& last = doc["features"][6];
  CHECK(last["properties"]["id"] == "bollard-1");
  CHECK(last["geometry"]["type"] == "Point");
  // On the exit's first point (4.47925, 51.02785).
  CHECK(last["geometry"]["coordinates"][0].get<double>() == 4.47925);
  CHECK(last["geometry"]["coordinates"][1].get<double>() == 51.02785);
}

TEST_CASE("scenario.json keeps what did not change and writes paths relative to its folder",
          "[layout_writer]") {
  const std::string original_path = test::fixture("scenario/scenario.json");
  const std::string original = gis::read_text_file(original_path);
  scenario::Scenario s = gis::read_scenario_file(original_path);
  const std::string dir = test::scratch_dir("scenario_writer");
  const std::string path = dir + "/copy/scenario.json";
  fs::create_directories(dir + "/copy");
  s.layout_paths = {dir + "/copy/layout.geojson"};
  const auto doc = nlohmann::json::parse(gis::scenario_json(s, path, original));
  // The map sits at tests/fixtures/osm/graph.osm: from the copy's folder that is an absolute
  // path's relative form; reading the written file must find the same map.
  CHECK(doc["layout"] == "layout.geojson");
  CHECK(doc["crs"] == "EPSG:31370");
  // The event was given as a period and did not change: it stays a period.
  CHECK(doc["event"].contains("period"));
  CHECK_FALSE(doc["event"].contains("days"));
  gis::write_scenario_json(s, path, original);
  const scenario::Scenario back = gis::read_scenario_file(path);
  CHECK(fs::equivalent(back.map_path, s.map_path));
  CHECK(back.event.days.size() == 3);  // 4 to 6 December
  CHECK(back.event.attendance_peak == 400);

  // A changed event is written in full, as a list of days.
  s.event.attendance_peak = 650;
  const auto changed = nlohmann::json::parse(gis::scenario_json(s, path, original));
  CHECK(changed["event"]["attendance_peak"] == 650);
  CHECK(changed["event"]["days"].size() == 3);
  CHECK(changed["event"]["days"][0]["date"] == "2026-12-04");
}
