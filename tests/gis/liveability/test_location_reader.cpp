// Reading a location's conditions and its calendar: the bundled Marienplatz example, and the
// errors a city's own file gets when a field is wrong.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "gis/liveability/location_reader.hpp"
#include "sim/core/error.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

namespace {

city::CityModel city_with_marienplatz() {
  city::CityModel c;
  c.stats.target_crs = "EPSG:25832";
  city::OpenArea sq;
  sq.name = "Marienplatz";
  sq.area = test::rect(0, 0, 100, 60);
  c.open_areas.push_back(sq);
  c.build_index();
  return c;
}

// One scratch folder for the test's files (scratch_dir empties it on every call).
std::string write(const std::string& name, const std::string& text) {
  static const std::string dir = test::scratch_dir("location_reader");
  const std::string path = dir + "/" + name;
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_CASE("the bundled Marienplatz conditions and calendar load", "[location]") {
  const city::CityModel city = city_with_marienplatz();
  const gis::LoadedLocation loc =
      gis::read_location(test::source_path("data/locations/marienplatz.location.json"), city);
  const liveability::LocationConditions& c = loc.conditions;
  CHECK(c.name == "Marienplatz");
  CHECK(c.illustrative);
  REQUIRE(c.periods.size() == 3);
  CHECK(c.periods[2].name == "night");
  CHECK(c.periods[2].facade_laeq_dba == 65);
  CHECK(c.latest_end == "23:00");
  CHECK(c.max_events_per_month == 2);
  CHECK(c.max_consecutive_weekends == 2);
  CHECK(c.letter_radius_m == 100);
  CHECK(bg::area(c.area) == Approx(6000.0));  // the map's square named Marienplatz, 100 × 60 m
  // Eight other events; the carnival runs 15–17 Feb: three days; New Year's Eve past midnight.
  REQUIRE(loc.calendar.size() == 8);
  CHECK(loc.calendar[0].days.size() == 3);
  CHECK(loc.calendar[0].days[2].date == "2026-02-17");
  CHECK(loc.calendar[7].days[0].end == "01:00");
  CHECK(loc.calendar[7].facade_dba == 80);
}

TEST_CASE("a location file with a wrong field is refused with the file and the field",
          "[location]") {
  const city::CityModel city = city_with_marienplatz();
  const std::string bad_time =
      write("bad_time.location.json", R"({"agora_location": 1, "name": "Markt",
    "periods": [{"name": "night", "from": "2300", "until": "07:00", "facade_laeq_dba": 55}]})");
  CHECK_THROWS_WITH(gis::read_location(bad_time, city),
                    Catch::Contains("bad_time.location.json") && Catch::Contains("periods.night"));
  const std::string unknown =
      write("unknown.location.json", R"({"agora_location": 1, "name": "Markt", "max_events": 3})");
  CHECK_THROWS_WITH(gis::read_location(unknown, city),
                    Catch::Contains("max_events") && Catch::Contains("unknown key"));
  const std::string no_square =
      write("no_square.location.json",
            R"({"agora_location": 1, "name": "Markt", "osm_name": "Grote Markt"})");
  CHECK_THROWS_WITH(gis::read_location(no_square, city),
                    Catch::Contains("no square or pedestrian area named 'Grote Markt'"));
  const std::string cal = write(
      "bad.calendar.json",
      R"({"agora_calendar": 1, "events": [{"name": "x", "from": "2026-02-30x", "start": "10:00", "end": "12:00"}]})");
  const std::string with_cal =
      write("with_cal.location.json",
            R"({"agora_location": 1, "name": "Markt", "calendar": "bad.calendar.json"})");
  CHECK_THROWS_WITH(gis::read_location(with_cal, city),
                    Catch::Contains("bad.calendar.json") && Catch::Contains("events[0]"));
}
