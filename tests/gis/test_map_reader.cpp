#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <queue>
#include <set>

#include "gis/map_reader.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

namespace {

const city::RoadEdge* edge_named(const city::CityModel& m, const std::string& name) {
  for (const auto& e : m.edges)
    if (e.name == name) return &e;
  return nullptr;
}

gis::ImportOptions in_crs(const std::string& crs) {
  gis::ImportOptions o;
  o.crs = crs;
  return o;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the graph fixture builds the expected graph", "[map-reader]") {
  // tests/fixtures/osm/README.md draws the map: 14 graph nodes, 12 edges.
  const auto m = gis::read_city_model(test::fixture("osm/graph.osm"), in_crs("EPSG:31370"));
  CHECK(m.stats.target_crs == "EPSG:31370");
  CHECK(m.nodes.size() == 14);
  CHECK(m.edges.size() == 12);

  // Bruul (1-2-3, 8 × 0.0001° of longitude at 51.027° N ≈ 56 m) is split at Kruisstraat.
  int bruul = 0;
  double bruul_m = 0;
  for (const auto& e : m.edges)
    if (e.name == "Bruul") {
      ++bruul;
      bruul_m += e.length_m;
    }
  CHECK(bruul == 2);
  CHECK(bruul_m == Approx(8 * 0.0001 * 111320.0 * std::cos(51.027 * M_PI / 180.0)).epsilon(0.01));

  // The bridge crosses Bruul without a shared node: its edge touches no other edge.
  const auto* bridge = edge_named(m, "Brugweg");
  REQUIRE(bridge);
  CHECK(m.incident_edges(bridge->from).size() == 1);
  CHECK(m.incident_edges(bridge->to).size() == 1);
  CHECK(bridge->bridge);

  // The closed service way is one loop edge.
  const auto* loop = edge_named(m, "Lus");
  REQUIRE(loop);
  CHECK(loop->from == loop->to);

  CHECK(edge_named(m, "Eenrichting")->oneway);
  CHECK(edge_named(m, "Eenrichting")->vehicle_passable);
  CHECK_FALSE(edge_named(m, "Trappen")->vehicle_passable);
  CHECK(edge_named(m, "Trappen")->walkable);
  CHECK_FALSE(edge_named(m, "Smal pad")->vehicle_passable);  // footway width=1.5
  CHECK(edge_named(m, "Wandelstraat")->vehicle_passable);    // pedestrian width=8
  CHECK(edge_named(m, "Wandelstraat")->width_m == Approx(8.0));

  // The bollard on Paaltjesweg is a node that blocks vehicles.
  int blocking = 0;
  for (const auto& n : m.nodes) blocking += n.blocks_vehicles;
  CHECK(blocking == 1);

  // Grote Markt is an open area; two buildings, the bow-tie one repaired into valid parts.
  REQUIRE(m.open_areas.size() == 1);
  CHECK(m.open_areas[0].name == "Grote Markt");
  CHECK(m.stats.repaired_geometries == 1);
  std::set<std::int64_t> building_ids;
  for (const auto& b : m.buildings) {
    building_ids.insert(b.osm_id);
    CHECK(bg::is_valid(b.footprint));
  }
  CHECK(building_ids == std::set<std::int64_t>{111, 112});
  for (const auto& b : m.buildings)
    if (b.osm_id == 111) {
      CHECK(b.height_m == Approx(9.0));  // 3 levels × 3 m
      CHECK(b.residential);              // has a house number
      CHECK(b.address == "Grote Markt 1");
    }
}

TEST_CASE("node ids out of order are read all the same", "[map-reader]") {
  const auto sorted = gis::read_city_model(test::fixture("osm/graph.osm"), in_crs("EPSG:31370"));
  const auto unsorted =
      gis::read_city_model(test::fixture("osm/graph_unsorted.osm"), in_crs("EPSG:31370"));
  CHECK(unsorted.edges.size() == sorted.edges.size());
  CHECK(unsorted.nodes.size() == sorted.nodes.size());
  CHECK(unsorted.vehicle_passable_length_m() == Approx(sorted.vehicle_passable_length_m()));
}

TEST_CASE("without a CRS the map's UTM zone is used", "[map-reader]") {
  // Mechelen lies at 4.48° E: UTM zone 31 north, EPSG:32631.
  const auto m = gis::read_city_model(test::fixture("osm/graph.osm"));
  CHECK(m.stats.target_crs == "EPSG:32631");
}

TEST_CASE("a bbox keeps only what touches it", "[map-reader]") {
  // Only the western part: Bruul, Kruisstraat, Brugweg, Trappen (longitudes 4.4790–4.4795).
  gis::ImportOptions o;
  o.crs = "EPSG:31370";
  o.bbox_lonlat = Box{{4.4789, 51.0263}, {4.4795, 51.0274}};
  const auto m = gis::read_city_model(test::fixture("osm/graph.osm"), o);
  std::set<std::string> names;
  for (const auto& e : m.edges) names.insert(e.name);
  CHECK(names == std::set<std::string>{"Bruul", "Kruisstraat", "Brugweg", "Trappen"});
}

TEST_CASE("the bundled München extract: frozen counts and facts on the map",
          "[map-reader][munchen]") {
  const auto m = gis::read_city_model(test::munchen_map(), in_crs("EPSG:25832"));
  // Counts measured on the Valhalla benchmark extract (2020) with the built-in tag tables.
  CHECK(m.edges.size() == 4034);
  CHECK(m.nodes.size() == 3122);
  CHECK(m.buildings.size() == 2419);
  CHECK(m.open_areas.size() == 138);
  // 100.2 km before footways, paths and cycleways needed a width tag to carry a car and
  // building passages and arcades their dimension tags (data/osm/covered_ways.csv).
  CHECK(m.vehicle_passable_length_m() / 1000.0 == Approx(62.1).margin(0.1));
  CHECK(m.stats.from_osm);

  // Building passages and arcades (tunnel=building_passage, covered=yes/arcade/colonnade):
  // drivable only where a width, maxwidth or maxheight tag opens them, and the rule says so.
  int passages_open = 0, passages_closed = 0;
  for (const auto& e : m.edges) {
    const bool covered = e.vehicle_rule.find("building_passage") != std::string::npos ||
                         e.vehicle_rule.find("covered=") != std::string::npos;
    if (!covered) continue;
    if (!e.vehicle_passable) {
      ++passages_closed;
      continue;
    }
    ++passages_open;
    INFO(e.osm_id << ": " << e.vehicle_rule);
    const bool dims = e.vehicle_rule.find("width") != std::string::npos ||
                      e.vehicle_rule.find("maxheight") != std::string::npos;
    CHECK(dims);
  }
  // 247 such ways in the extract, 25 of them with a width, maxwidth or maxheight tag (counted
  // with ogr2ogr on the .pbf); split at junctions they are 22 open and 225 closed edges.
  CHECK(passages_open == 22);
  CHECK(passages_closed == 225);

  // Kaufingerstraße (pedestrian zone) and Marienplatz are drivable and connected for a vehicle.
  std::vector<city::NodeId> start;
  std::set<city::NodeId> marienplatz;
  for (const auto& e : m.edges) {
    if (e.name == "Kaufingerstraße") {
      CHECK(e.vehicle_passable);
      start.push_back(e.from);
    }
    if (e.name == "Marienplatz" && e.vehicle_passable) marienplatz.insert(e.from);
  }
  REQUIRE(!start.empty());
  REQUIRE(!marienplatz.empty());
  std::vector<bool> seen(m.nodes.size(), false);
  std::queue<city::NodeId> q;
  q.push(start.front());
  seen[start.front()] = true;
  bool reached = false;
  while (!q.empty() && !reached) {
    const auto n = q.front();
    q.pop();
    reached = marienplatz.count(n) > 0;
    for (auto eid : m.incident_edges(n)) {
      const auto& e = m.edges[eid];
      const auto next = city::other_end(e, n);
      if (e.vehicle_passable && !m.nodes[next].blocks_vehicles && !seen[next]) {
        seen[next] = true;
        q.push(next);
      }
    }
  }
  CHECK(reached);

  // Obstacles beyond barrier=* (data/osm/obstacles.csv): the Mariensäule (node 340004718,
  // historic=memorial, height 13.8 m ≥ 3 m) stops a vehicle 1.5 m around its point; the
  // Fischbrunnen (way 117873670, amenity=fountain area) by its rim; the Karl-Valentin
  // drinking fountain (node 358497644, a point fountain) is not counted.
  bool column = false, fountain = false, drinking = false;
  for (const auto& b : m.barriers) {
    if (b.osm_id == 340004718) {
      column = true;
      CHECK(b.stops_vehicles);
      CHECK(b.barrier == "historic=memorial");
      CHECK(b.radius_m == 1.5);
    }
    if (b.osm_id == 117873670) {
      fountain = true;
      CHECK(b.stops_vehicles);
      CHECK(b.barrier == "amenity=fountain");
      CHECK(b.line.size() > 3);
    }
    drinking = drinking || b.osm_id == 358497644;
  }
  CHECK(column);
  CHECK(fountain);
  CHECK_FALSE(drinking);

  // The stairway "Anger Block" (way 30804961, 7 steps) is walkable but not drivable.
  bool found = false;
  for (const auto& e : m.edges)
    if (e.osm_id == 30804961) {
      found = true;
      CHECK(e.highway == "steps");
      CHECK_FALSE(e.vehicle_passable);
      CHECK(e.walkable);
    }
  CHECK(found);
}

TEST_CASE("every extract the team shares imports", "[map-reader][shared]") {
  for (const char* name :
       {"amsterdam_watergraafsmeer.osm.pbf", "leuven_tervuursevest.osm", "munchen_altstadt.osm.pbf",
        "munich_muenchner_freiheit.osm", "rome_centre.osm.pbf"}) {
    std::string path = test::shared_osm(name);
    if (path.empty() && std::string(name) == "munchen_altstadt.osm.pbf")
      path = test::munchen_map();  // bundled copy
    if (path.empty() && std::string(name) == "munich_muenchner_freiheit.osm")
      path =
          test::source_path("scenarios/munchen-leopoldstrasse/map/munich_muenchner_freiheit.osm");
    if (path.empty()) {
      WARN("../shared is absent: skipping " << name);
      continue;
    }
    INFO(name);
    const auto m = gis::read_city_model(path);
    CHECK(m.edges.size() > 50);
    CHECK(m.buildings.size() > 20);
    CHECK(m.stats.dropped_geometries == 0);
  }
}

TEST_CASE("bad map files give one clear error naming the file", "[map-reader][errors]") {
  const std::string dir = test::scratch_dir("map-reader-errors");
  CHECK(error_of([&] { gis::read_city_model(dir + "/missing.osm.pbf"); }) ==
        dir + "/missing.osm.pbf: map file not found");

  // A PBF cut in half.
  const std::string half = dir + "/half.osm.pbf";
  {
    const std::string bytes = gis::read_text_file(test::munchen_map());
    std::ofstream(half, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  }
  CHECK_THAT(error_of([&] { gis::read_city_model(half); }),
             Catch::Contains("truncated or corrupt"));

  // A file with no usable layers.
  const std::string empty = dir + "/points.geojson";
  std::ofstream(empty)
      << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"amenity":"bench"},"geometry":{"type":"Point","coordinates":[4.48,51.03]}}]})";
  CHECK_THAT(error_of([&] { gis::read_city_model(empty); }), Catch::Contains("no usable features"));

  // Text that is no map at all.
  const std::string junk = dir + "/junk.osm";
  std::ofstream(junk) << "this is not a map";
  CHECK_THAT(error_of([&] { gis::read_city_model(junk); }), Catch::StartsWith(junk + ": "));

  // Coordinates out of range for a file that declares none.
  const std::string far = dir + "/far.geojson";
  std::ofstream(far)
      << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"highway":"residential"},"geometry":{"type":"LineString","coordinates":[[450000,5650000],[450100,5650000]]}}]})";
  CHECK_THAT(error_of([&] { gis::read_city_model(far); }), Catch::Contains("out of range"));

  // An unknown CRS.
  CHECK_THAT(error_of([&] {
               gis::read_city_model(test::fixture("osm/graph.osm"), in_crs("EPSG:999999"));
             }),
             Catch::Contains("unknown CRS 'EPSG:999999'"));
}

TEST_CASE("roads from a GeoJSON file with OSM keys as fields", "[map-reader]") {
  const std::string dir = test::scratch_dir("map-reader-geojson");
  const std::string path = dir + "/streets.geojson";
  // Two streets meeting at a shared end point (4.48, 51.03): one node of degree 2.
  std::ofstream(path) << R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"highway":"residential","name":"A"},"geometry":{"type":"LineString","coordinates":[[4.479,51.03],[4.48,51.03]]}},
    {"type":"Feature","properties":{"highway":"pedestrian","name":"B","width":"6"},"geometry":{"type":"LineString","coordinates":[[4.48,51.03],[4.48,51.031]]}}]})";
  const auto m = gis::read_city_model(path, in_crs("EPSG:31370"));
  CHECK(m.edges.size() == 2);
  CHECK(m.nodes.size() == 3);
  CHECK(m.edges[1].width_m == Approx(6.0));
  CHECK_FALSE(m.stats.from_osm);
}
