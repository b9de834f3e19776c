// agora assess end to end on the bundled scenario: the printed scorecard, the three files, the
// override and bad input.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "gis/text_file.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

TEST_CASE(
    "agora assess prints the scorecard and writes assess.json, assess.gpkg and the distance raster",
    "[cli][assess]") {
  const std::string dir = test::scratch_dir("cli-assess");
  const auto r =
      test::run_agora("assess " + test::munchen_scenario() + " -o " + dir + " --no-ramming");
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("(profile flanders)"));
  CHECK_THAT(r.out, Catch::Contains("Fire-service exit rules"));
  CHECK_THAT(r.out, Catch::Contains("source: local policy; Fluvia rules are binding in Flanders"));
  CHECK_THAT(r.out, Catch::Contains("Netherlands: class C"));
  CHECK_THAT(r.out, Catch::Contains("Belgium: risk event"));
  CHECK(fs::exists(dir + "/assess.gpkg"));
  CHECK(fs::exists(dir + "/distance_to_exit.tif"));
  const auto doc = nlohmann::json::parse(gis::read_text_file(dir + "/assess.json"));
  CHECK(doc["agora_assess"] == 1);
  CHECK(doc["figures"]["assess"]["capacity"]["verdict"] == "pass");
  CHECK(doc["figures"]["assess"]["class_nl"] == "C");
  // 19 criteria in data/profiles/flanders.json "liveability", capacity first.
  CHECK(doc["scorecard"]["rows"].size() == 19);
  CHECK(doc["scorecard"]["rows"][0]["source"].get<std::string>().find("sources.md: Capacity") !=
        std::string::npos);
  CHECK(doc["profile"]["name"] == "flanders");
  CHECK(doc["provenance"].dump().find("OpenStreetMap") != std::string::npos);
}

TEST_CASE("agora assess with another profile and an officer's override", "[cli][assess]") {
  const std::string dir = test::scratch_dir("cli-assess-nl");
  const auto r = test::run_agora(
      "assess " + test::munchen_scenario() + " -o " + dir +
      " --no-ramming --profile netherlands --override-class C"
      " --override-reason 'Same market every year, no incidents' --override-by 'Officer X'");
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("(profile netherlands)"));
  // Without the ramming analysis every hazard is low under the Dutch profile (no Fluvia exit
  // rules; the 60 m travel distance holds): computed class B, an attention event for 9000
  // people; the officer raises it to C.
  CHECK_THAT(r.out, Catch::Contains("Netherlands: class C (computed B)"));
  CHECK_THAT(r.out,
             Catch::Contains("Overridden by Officer X: Same market every year, no incidents"));
  const auto doc = nlohmann::json::parse(gis::read_text_file(dir + "/assess.json"));
  CHECK(doc["classification"]["override"]["reason"] == "Same market every year, no incidents");
  CHECK(doc["figures"]["assess"]["class_nl_computed"] == "B");
}

TEST_CASE("agora assess rejects an unknown profile and an override without a reason",
          "[cli][assess][errors]") {
  const std::string dir = test::scratch_dir("cli-assess-bad");
  auto r =
      test::run_agora("assess " + test::munchen_scenario() + " -o " + dir + " --profile wallonia");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("unknown profile 'wallonia'"));
  r = test::run_agora("assess " + test::munchen_scenario() + " -o " + dir + " --override-class C");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("--override-reason"));
  CHECK_FALSE(fs::exists(dir + "/assess.json"));
}
