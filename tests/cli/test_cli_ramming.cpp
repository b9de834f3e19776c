// `agora ramming` end to end on the bundled München scenario.

#include <catch2/catch.hpp>
#include <filesystem>

#include "gis/text_file.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

TEST_CASE("agora ramming prints the ranked crossings and writes ramming.gpkg and ramming.csv",
          "[cli][ramming]") {
  const std::string dir = test::scratch_dir("cli-ramming");
  const auto r = test::run_agora("ramming " + test::munchen_scenario() + " -o " + dir +
                                 " --classes M1,N3H --radius-m 500");
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains(
                        "Crossings ranked by worst exposure (53 crossing points; classes M1 N3H)"));
  CHECK_THAT(r.out, Catch::Contains("ramming.radius_m = 500.0"));
  CHECK_THAT(r.out, Catch::Contains("Crowd exposure is a modelling assumption"));
  CHECK_THAT(r.out, Catch::Contains("© OpenStreetMap contributors"));
  CHECK(fs::exists(dir + "/ramming.gpkg"));
  const std::string csv = gis::read_text_file(dir + "/ramming.csv");
  CHECK(csv.starts_with(
      "crossing_id,label,x,y,class,reachable,speed_low_kmh,speed_high_kmh,energy_kj,"));
  // One row per crossing and class, plus the header.
  CHECK(std::count(csv.begin(), csv.end(), '\n') >= 2 * 53 + 1);
}

TEST_CASE("agora ramming rejects an unknown class and a bad vehicle table with status 2",
          "[cli][ramming][errors]") {
  const std::string dir = test::scratch_dir("cli-ramming-errors");
  auto r =
      test::run_agora("ramming " + test::munchen_scenario() + " -o " + dir + " --classes M1,Z9");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out,
             Catch::Contains("unknown vehicle class 'Z9' (the table has M1, N1, N2, N3, N3H)"));
  r = test::run_agora("ramming " + test::munchen_scenario() + " -o " + dir + " --vehicles " + dir +
                      "/missing.csv");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("missing.csv"));
  r = test::run_agora("ramming " + test::munchen_scenario() + " -o " + dir + " --radius-m 5");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("--radius-m"));
  CHECK_FALSE(fs::exists(dir + "/ramming.csv"));
}
