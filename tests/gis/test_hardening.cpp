// Hostile input at the IO edge (gis/): files that are not regular or too large, CSV with a
// byte-order mark or a dropped column, numbers past 2^63, profiles of another version or with
// unknown keys, a CRS that distorts lengths. Each error names the file, the field and what was
// expected.

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "gis/csv.hpp"
#include "gis/map_reader.hpp"
#include "gis/profile.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/sweep_reader.hpp"
#include "gis/text_file.hpp"
#include "gis/vehicle_tables.hpp"
#include "sim/vehicle/rating.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

TEST_CASE("only regular files of bounded size are read whole", "[gis][hardening]") {
  CHECK_THROWS_WITH(gis::read_text_file("/dev/zero"),
                    "/dev/zero: not a regular file (a device or a pipe?), expected a file");
  const std::string dir = test::scratch_dir("hardening_files");
  // A pipe nobody writes to would block a reader for ever: it is refused before opening.
  const std::string fifo = dir + "/pipe.csv";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(gis::read_text_file(fifo), Catch::Contains("not a regular file"));
  // 2,000 bytes against a limit of 1,024 bytes.
  std::ofstream(dir + "/big.csv") << std::string(2000, 'x');
  CHECK_THROWS_WITH(gis::read_text_file(dir + "/big.csv", 1024), Catch::Contains("larger than"));
  CHECK(gis::read_text_file(dir + "/big.csv", 2000).size() == 2000);
}

TEST_CASE("a CSV saved with a byte-order mark reads its first column", "[gis][hardening]") {
  const auto t = gis::CsvTable::parse(
      "\xEF\xBB\xBF"
      "code,mass_kg\nN1,3500\n",
      "t.csv");
  REQUIRE(t.header().size() == 2);
  CHECK(t.header()[0] == "code");
  CHECK(t.text(0, "code") == "N1");
  CHECK(t.number(0, "mass_kg") == Approx(3500));
}

TEST_CASE("a data table missing a number column is an error naming the column",
          "[gis][hardening]") {
  const auto t = gis::CsvTable::parse("code,rank\nA,1\n", "mine.csv");
  CHECK_THROWS_WITH(t.number(0, "mass_kg"),
                    "mine.csv: header: field 'mass_kg': missing column 'mass_kg' (the header has: "
                    "code, rank)");
  CHECK_THROWS_WITH(t.flag(0, "walkable"), Catch::Contains("missing column 'walkable'"));
  CHECK(t.text(0, "name").empty());  // a text column may be left out (a remark, a name)
  // Through a loader: the built-in vehicle classes' header without vmax_kmh.
  const std::string dir = test::scratch_dir("hardening_tables");
  std::ofstream(dir + "/classes.csv")
      << "code,name,test_mass_kg,width_m,length_m,accel_min_mps2,accel_max_mps2,rank,"
         "accel_curve,placeholder_fields,source\nM1,car,1500,1.8,4.5,3.0,4.0,1,,,test\n";
  CHECK_THROWS_WITH(gis::load_vehicle_table(dir + "/classes.csv"),
                    Catch::Contains("missing column(s): vmax_kmh"));
}

TEST_CASE("a whole number past 2^63 is out of range, not -1", "[gis][hardening]") {
  // 2^63 = 9,223,372,036,854,775,808: one more than the largest int64.
  const std::string json = R"({"agora_scenario": 1, "map": "m.osm", "layout": "l.geojson",
    "event": {"name": "e", "days": [{"date": "2026-12-04", "start": "10:00", "end": "20:00"}],
              "attendance_peak": 9223372036854775808}})";
  try {
    gis::parse_scenario_json(json, "s.json");
    FAIL("accepted");
  } catch (const Error& e) {
    REQUIRE(e.problems().size() == 1);
    CHECK(e.problems()[0].field == "attendance_peak");
    CHECK_THAT(e.problems()[0].message, Catch::EndsWith("got 9223372036854775808"));
  }
}

TEST_CASE("a rating number of hundreds of digits is a parse error, not a crash",
          "[gis][hardening]") {
  const std::string rating = "V/7200[N2A]/" + std::string(400, '4') + "/90:0.0";
  const vehicle::RatingParse p = vehicle::try_parse_rating(rating);
  CHECK_FALSE(p.rating);
  CHECK(p.position == 13);  // "V/7200[N2A]/" is 12 characters: the speed starts at 13
  CHECK(p.expected == "the test speed in km/h (at most 12 digits)");
  CHECK_THROWS_AS(vehicle::parse_rating(rating, "layout.geojson", "feature 5"), Error);
}

TEST_CASE("a profile of another version or with unknown keys is refused", "[gis][hardening]") {
  const std::string dir = test::scratch_dir("hardening_profile");
  std::ofstream(dir + "/v2.json") << R"({"agora_profile": 2, "extends": "flanders"})";
  CHECK_THROWS_WITH(gis::Profile::load(dir + "/v2.json"),
                    dir +
                        "/v2.json: field 'agora_profile': format version 2 is not supported "
                        "(this Agora reads version 1)");
  std::ofstream(dir + "/typo.json") << R"({"agora_profile": 1, "extends": "flanders",
      "ramming": {"max_clear_gap": {"value": 2.0, "source": "typo"}},
      "capacity": {"density_ppm2": {"value": 2.0, "source": "x", "sorce": "y"}},
      "colour": "blue"})";
  try {
    gis::Profile::load(dir + "/typo.json");
    FAIL("accepted");
  } catch (const Error& e) {
    REQUIRE(e.problems().size() == 3);
    // JSON objects list their keys sorted: capacity, colour, ramming.
    CHECK(e.problems()[0].where == "capacity.density_ppm2");
    CHECK(e.problems()[0].field == "sorce");
    CHECK(e.problems()[1].field == "colour");
    CHECK(e.problems()[2].where == "ramming");
    CHECK(e.problems()[2].field == "max_clear_gap");
    CHECK_THAT(e.problems()[2].message,
               Catch::StartsWith("unknown key: no profile has ramming.max_clear_gap"));
  }
}

TEST_CASE("a CRS that distorts lengths is refused with the reason and a better CRS",
          "[gis][hardening][crs]") {
  // Web Mercator's scale factor is about 1/cos(latitude): at the fixture's 51.03° N,
  // 1/cos(51.03°) = 1.590, so lengths come out 59% long and areas 2.53 times too large.
  gis::ImportOptions o;
  o.crs = "EPSG:3857";
  o.origin = "scenario.json";
  CHECK_THROWS_WITH(gis::read_city_model(test::fixture("osm/graph.osm"), o),
                    Catch::StartsWith("scenario.json: field 'crs': 'EPSG:3857' distorts lengths "
                                      "over this map by 59.") &&
                        Catch::Contains("such as the map's UTM zone EPSG:32631"));
  // Belgian Lambert 72 (the fixture's CRS): a conformal conic, scale error below 0.1%.
  o.crs = "EPSG:31370";
  CHECK_NOTHROW(gis::read_city_model(test::fixture("osm/graph.osm"), o));
}

TEST_CASE("a JSON number past the double range is a clear error (fuzz finding)",
          "[gis][hardening]") {
  // Found by fuzz/fuzz_scenario_json: nlohmann/json throws out_of_range (not parse_error) for
  // a number whose exponent overflows a double (1e6666666 > 1.8e308); it ended the program with
  // "agora: failed". Each JSON reader now names the file.
  const std::string big = "6666.6e6666666";
  CHECK_THROWS_WITH(
      gis::parse_scenario_json(R"({"agora_scenario": 1, "seed": )" + big + "}", "s.json"),
      Catch::StartsWith("s.json: a number out of range"));
  CHECK_THROWS_WITH(gis::Profile::parse(R"({"agora_profile": )" + big + "}", "p.json"),
                    Catch::StartsWith("p.json: a number out of range"));
  CHECK_THROWS_WITH(run::parse_sweep_json(R"({"agora_sweep": )" + big + "}", "w.json"),
                    Catch::StartsWith("w.json: a number out of range"));
}

TEST_CASE("a sweep whose name is not a text is an error naming the key (fuzz finding)",
          "[gis][hardening]") {
  // Found by fuzz/fuzz_sweep: {"agora_sweep": 1, "name": {...}} threw json type_error 302.
  try {
    run::parse_sweep_json(R"({"agora_sweep": 1, "name": {"a": [9]}})", "w.json");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(e.problems()[0].to_string() ==
          "w.json: sweep: field 'name': expected a text, got {\"a\":[9]}");
  }
}
