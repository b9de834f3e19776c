// cli/cmd_run.cpp: `agora run` writes every analysis's own files, the same bytes as the
// analysis's own command (each plugin owns its files: app/run/analysis_registry.hpp).

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "gis/text_file.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

TEST_CASE("agora run writes ramming.csv and assess.json as the single commands do", "[cli][run]") {
  const std::string scenario =
      test::fixture("scenario/scenario.json");  // analyses: ramming, assess
  const std::string all = test::scratch_dir("cli_run_files");
  const auto r = test::run_agora("run " + scenario + " -o " + all);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::set<std::string> files;
  for (const auto& e : fs::directory_iterator(all)) files.insert(e.path().filename().string());
  // city + layout + analysis layers, the distance and noise rasters (the fixture's stage has a
  // sound power), each plugin's files (the assessment's residents' letter list too), the
  // summary, the report.
  const std::set<std::string> expected = {
      "city.gpkg",   "results.gpkg",  "distance_to_exit.tif", "noise_level.tif", "ramming.csv",
      "assess.json", "residents.csv", "summary.json",         "report.html",     "report.pdf"};
  CHECK(files == expected);

  const std::string alone = test::scratch_dir("cli_run_files_ramming");
  REQUIRE(test::run_agora("ramming " + scenario + " -o " + alone).exit_code == 0);
  CHECK(gis::read_text_file(all + "/ramming.csv") == gis::read_text_file(alone + "/ramming.csv"));

  const std::string assessed = test::scratch_dir("cli_run_files_assess");
  REQUIRE(test::run_agora("assess " + scenario + " -o " + assessed).exit_code == 0);
  const auto a = nlohmann::json::parse(gis::read_text_file(all + "/assess.json"));
  const auto b = nlohmann::json::parse(gis::read_text_file(assessed + "/assess.json"));
  CHECK(a["figures"] == b["figures"]);
  CHECK(a["scorecard"] == b["scorecard"]);
}
