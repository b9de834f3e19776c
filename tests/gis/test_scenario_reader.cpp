#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "gis/crowd/agent_tables.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/text_file.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

namespace {

std::vector<Problem> problems_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.problems();
  }
  return {};
}

bool mentions(const std::vector<Problem>& ps, const std::string& field, const std::string& text) {
  for (const auto& p : ps)
    if (p.field == field && p.to_string().find(text) != std::string::npos) return true;
  return false;
}

// A copy of the fixture scenario in a scratch folder, with the layout replaced.
std::string scenario_with_layout(const std::string& name, const std::string& features,
                                 const std::string& event_extra = "") {
  const std::string dir = test::scratch_dir(name);
  std::ofstream(dir + "/layout.geojson")
      << R"({"type":"FeatureCollection","features":[)" << features << "]}";
  std::ofstream(dir + "/scenario.json")
      << R"({"agora_scenario": 1, "name": "t", "map": ")" << test::fixture("osm/graph.osm")
      << R"(", "crs": "EPSG:31370", "layout": "layout.geojson",
      "event": {"name": "t", "type": "market", "days": [{"date": "2026-12-05", "start": "10:00", "end": "18:00"}],
                "attendance_peak": 100)"
      << event_extra << "}}";
  return dir + "/scenario.json";
}

const char* kPerimeter =
    R"({"type":"Feature","properties":{"kind":"perimeter","id":"p"},"geometry":{"type":"Polygon","coordinates":[[[4.47905,51.02785],[4.47955,51.02785],[4.47955,51.02815],[4.47905,51.02815],[4.47905,51.02785]]]}})";

}  // namespace

TEST_CASE("the fixture scenario loads into the local CRS", "[scenario]") {
  const auto loaded = gis::load_scenario(test::fixture("scenario/scenario.json"));
  const auto& s = loaded.scenario;
  CHECK(s.name == "Fixture market on the fixture Grote Markt");
  CHECK(s.crs == "EPSG:31370");
  CHECK(s.event.days.size() == 3);  // 4 to 6 December
  CHECK(s.event.days[2].date == "2026-12-06");
  CHECK(s.event.attendance_peak == 400);
  CHECK(s.event.alcohol);
  REQUIRE(s.layout.perimeters.size() == 1);
  // 0.0005° of longitude × 0.0003° of latitude at 51.028° N: 35.0 m × 33.4 m ≈ 1169 m².
  CHECK(bg::area(s.layout.perimeters[0].area) == Approx(1169.0).epsilon(0.01));
  REQUIRE(s.layout.exits.size() == 1);
  CHECK(s.layout.exits[0].width_m == Approx(4.0));
  CHECK(length(s.layout.exits[0].line) == Approx(4.2).epsilon(0.02));  // 0.00006° of longitude
  REQUIRE(s.layout.crowd_zones.size() == 1);
  CHECK(s.layout.crowd_zones[0].density_ppm2 == Approx(2.0));
  CHECK(s.layout.stalls[0].info.name == "Jenever");
  CHECK(s.layout.stages[0].sound_power_dba == Approx(115.0));
  CHECK(s.layout.barriers[0].rating == "V/7200[N2A]/48/90:0.0");
  CHECK(s.layout.barriers[0].clear_gap_m == Approx(1.2));
  CHECK(loaded.city->edges.size() == 12);
}

TEST_CASE("every layout problem is reported at once, each naming file, feature and field",
          "[scenario][errors]") {
  const std::string path = scenario_with_layout(
      "scenario-errors",
      std::string(kPerimeter) + "," +
          R"({"type":"Feature","properties":{"kind":"kiosk","id":"k1"},"geometry":{"type":"Point","coordinates":[4.4793,51.028]}},
             {"type":"Feature","properties":{"kind":"exit","id":"e1"},"geometry":{"type":"LineString","coordinates":[[4.47925,51.02785],[4.47931,51.02785]]}},
             {"type":"Feature","properties":{"kind":"stall","id":"s1","name":"Open ring"},"geometry":{"type":"LineString","coordinates":[[4.4791,51.0279],[4.4792,51.0279],[4.4792,51.0280]]}},
             {"type":"Feature","properties":{"kind":"stage","id":"st","sound_power_dba":"loud"},"geometry":{"type":"Point","coordinates":[4.4793,51.0281]}})");
  const auto ps = problems_of([&] { gis::load_scenario(path); });
  REQUIRE(ps.size() == 4);
  const std::string layout = fs::path(path).parent_path().string() + "/layout.geojson";
  for (const auto& p : ps) CHECK(p.file == layout);
  CHECK(mentions(ps, "kind", "feature 1 (id 'k1'): field 'kind': unknown kind 'kiosk'"));
  CHECK(
      mentions(ps, "width_m", "feature 2 (id 'e1'): field 'width_m': missing: expected a number"));
  CHECK(mentions(ps, "geometry", "a stall must be a Polygon, got LineString"));
  CHECK(mentions(ps, "sound_power_dba", "expected a number, got a text (loud)"));
}

TEST_CASE("features off the map and a crowd zone outside the perimeter are errors",
          "[scenario][errors]") {
  const std::string path = scenario_with_layout(
      "scenario-outside",
      std::string(kPerimeter) + "," +
          R"({"type":"Feature","properties":{"kind":"receiver","id":"far"},"geometry":{"type":"Point","coordinates":[5.5,51.5]}},
             {"type":"Feature","properties":{"kind":"crowd_zone","id":"z"},"geometry":{"type":"Polygon","coordinates":[[[4.4795,51.0279],[4.4799,51.0279],[4.4799,51.0281],[4.4795,51.0281],[4.4795,51.0279]]]}})");
  const auto ps = problems_of([&] { gis::load_scenario(path); });
  CHECK(mentions(ps, "geometry", "feature 1 (id 'far'): field 'geometry': lies outside the map"));
  CHECK(mentions(ps, "geometry", "the crowd zone reaches"));
}

TEST_CASE("a negative or impossible attendance is an error naming the field",
          "[scenario][errors]") {
  auto ps = problems_of([&] {
    gis::load_scenario(scenario_with_layout("scenario-neg", kPerimeter,
                                            R"(, "alcohol": true, "attendance_peak_extra": 1)"));
  });
  CHECK(mentions(ps, "attendance_peak_extra", "unknown key"));

  const std::string dir = test::scratch_dir("scenario-attendance");
  auto write = [&](long long attendance) {
    std::ofstream(dir + "/layout.geojson")
        << R"({"type":"FeatureCollection","features":[)" << kPerimeter << "]}";
    std::ofstream(dir + "/scenario.json")
        << R"({"agora_scenario":1,"map":")" << test::fixture("osm/graph.osm")
        << R"(","crs":"EPSG:31370","layout":"layout.geojson","event":{"name":"t","period":{"from":"2026-01-01","to":"2026-01-01","start":"10:00","end":"12:00"},"attendance_peak":)"
        << attendance << "}}";
    return dir + "/scenario.json";
  };
  ps = problems_of([&] { gis::load_scenario(write(-5)); });
  CHECK(mentions(ps, "attendance_peak", "expected a positive number of people, got -5"));
  // 10 million people on 1171 m² (the ~1169 m² estimate above, measured in Lambert 72): over 9
  // p/m².
  ps = problems_of([&] { gis::load_scenario(write(10'000'000)); });
  CHECK(mentions(
      ps, "attendance_peak",
      "10000000 people cannot stand in a perimeter of 1171 m² (more than 9 persons per m²)"));
}

TEST_CASE("scenario.json errors name the key", "[scenario][errors]") {
  const std::string dir = test::scratch_dir("scenario-json");
  auto parse = [&](const std::string& text) {
    return problems_of([&] { gis::parse_scenario_json(text, dir + "/s.json"); });
  };
  CHECK(mentions(parse(R"({"name":"x"})"), "agora_scenario", "not an Agora scenario"));
  CHECK(mentions(parse(R"({"agora_scenario":2})"), "agora_scenario",
                 "format version 2 is not supported"));
  auto ps = parse(R"({"agora_scenario":1,"map":"m.pbf","layout":"l.geojson","crs":"EPSG:4326",
                      "event":{"name":"e","period":{"from":"2026-12-24","to":"2026-12-01","start":"25:00","end":"10:00"},"attendance_peak":5}})");
  CHECK(mentions(ps, "crs", "is not a projected CRS in metres"));
  CHECK(mentions(ps, "to", "ends (2026-12-01) before it starts (2026-12-24)"));
  CHECK(mentions(ps, "start", "expected a time HH:MM, got '25:00'"));
  CHECK(problems_of([&] { gis::parse_scenario_json("{ not json", dir + "/s.json"); })
            .at(0)
            .message.find("not valid JSON") == 0);
}

TEST_CASE("a crowd zone's exit is read and must name an exit of the layout",
          "[scenario][crowd-agents]") {
  const char* zone_and_exit =
      R"({"type":"Feature","properties":{"kind":"exit","id":"gate-a","width_m":3},"geometry":{"type":"LineString","coordinates":[[4.47925,51.02785],[4.47931,51.02785]]}},
         {"type":"Feature","properties":{"kind":"crowd_zone","id":"z","exit":"gate-a"},"geometry":{"type":"Polygon","coordinates":[[[4.4791,51.0279],[4.4794,51.0279],[4.4794,51.0281],[4.4791,51.0281],[4.4791,51.0279]]]}})";
  const auto loaded = gis::load_scenario(
      scenario_with_layout("scenario-zone-exit", std::string(kPerimeter) + "," + zone_and_exit));
  REQUIRE(loaded.scenario.layout.crowd_zones.size() == 1);
  CHECK(loaded.scenario.layout.crowd_zones[0].exit_id == "gate-a");

  std::string wrong = zone_and_exit;
  const std::string gate = R"("exit":"gate-a")";
  wrong.replace(wrong.find(gate), gate.size(), R"("exit":"gate-b")");
  const std::string path =
      scenario_with_layout("scenario-zone-exit-wrong", std::string(kPerimeter) + "," + wrong);
  const auto ps = problems_of([&] { gis::load_scenario(path); });
  CHECK(mentions(ps, "exit",
                 "feature 2 (id 'z'): field 'exit': no exit with id 'gate-b' in the layout"));
}

TEST_CASE("the crowd tables are read from the files the scenario names",
          "[scenario][crowd-agents]") {
  const std::string path = scenario_with_layout("scenario-crowd-tables", kPerimeter);
  const std::string dir = fs::path(path).parent_path().string();
  // One group at 1.0–1.2 m/s, and a level-of-service table with walkway A from 5 m² per person.
  std::ofstream(dir + "/speeds.csv")
      << "group,speed_min_ms,speed_max_ms,speed_mean_ms,speed_sd_ms,share\n"
         "everyone,1.0,1.2,1.1,0.05,1\n";
  std::ofstream(dir + "/los.csv")
      << "level,walkway_min_m2_per_person,queuing_min_m2_per_person\n"
         "A,5,1.21\nB,2.32,0.93\nC,1.39,0.65\nD,0.93,0.28\nE,0.46,0.19\nF,,\n";
  std::string text = gis::read_text_file(path);
  text.replace(text.find(R"("layout")"), 8,
               R"("crowd_speeds": "speeds.csv", "crowd_los": "los.csv", "layout")");
  std::ofstream(path) << text;
  const auto loaded = gis::load_scenario(path);
  CHECK(loaded.scenario.crowd_speeds_path == dir + "/speeds.csv");
  const auto setup =
      gis::load_crowd_setup(gis::Profile::load("flanders"), crowd::agents::Phase::kEgress,
                            loaded.scenario.crowd_speeds_path, loaded.scenario.crowd_los_path);
  REQUIRE(setup.population.groups.size() == 1);
  CHECK(setup.population.groups[0].speed_max_ms == Approx(1.2));
  CHECK(setup.los_upper_ppm2[0] == Approx(1.0 / 5.0));  // A ends at 0.2 p/m²

  // A broken table names the file, the line and the column.
  std::ofstream(dir + "/speeds.csv")
      << "group,speed_min_ms,speed_max_ms,speed_mean_ms,speed_sd_ms,share\n"
         "everyone,1.0,fast,1.1,0.05,1\n";
  CHECK_THROWS_WITH(
      gis::load_crowd_setup(gis::Profile::load("flanders"), crowd::agents::Phase::kEgress,
                            loaded.scenario.crowd_speeds_path),
      Catch::Contains(dir + "/speeds.csv") && Catch::Contains("line 2") &&
          Catch::Contains("speed_max_ms"));
}

TEST_CASE("stairs are read with the bearing of their way up, which is required",
          "[scenario][crowd-agents]") {
  const char* stairs =
      R"({"type":"Feature","properties":{"kind":"stairs","id":"steps","up_bearing_deg":90},"geometry":{"type":"Polygon","coordinates":[[[4.4791,51.0279],[4.4792,51.0279],[4.4792,51.0280],[4.4791,51.0280],[4.4791,51.0279]]]}})";
  const auto loaded = gis::load_scenario(
      scenario_with_layout("scenario-stairs", std::string(kPerimeter) + "," + stairs));
  REQUIRE(loaded.scenario.layout.stairs.size() == 1);
  CHECK(loaded.scenario.layout.stairs[0].info.id == "steps");
  CHECK(loaded.scenario.layout.stairs[0].up_bearing_deg == 90.0);
  // 0.0001° of longitude × 0.0001° of latitude at 51.028° N: 7.0 m × 11.1 m ≈ 78 m².
  CHECK(bg::area(loaded.scenario.layout.stairs[0].area) == Approx(78.0).epsilon(0.02));

  std::string no_bearing = stairs;
  const std::string bearing = R"(,"up_bearing_deg":90)";
  no_bearing.erase(no_bearing.find(bearing), bearing.size());
  const std::string path =
      scenario_with_layout("scenario-stairs-bad", std::string(kPerimeter) + "," + no_bearing);
  const auto ps = problems_of([&] { gis::load_scenario(path); });
  CHECK(mentions(ps, "up_bearing_deg", "feature 1 (id 'steps'): field 'up_bearing_deg': missing"));
}
