// `agora report` and the report step of `agora run`, end to end on the fixture scenario (a
// three-day market on a small drawn map, tests/fixtures/scenario).

#include <catch2/catch.hpp>
#include <filesystem>

#include "gis/text_file.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

TEST_CASE("agora report writes report.html and report.pdf", "[cli][report]") {
  const std::string dir = test::scratch_dir("cli_report");
  const auto r =
      test::run_agora("report " + test::fixture("scenario/scenario.json") + " -o " + dir);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("report.html") && Catch::Contains("pages"));
  const std::string html = gis::read_text_file(dir + "/report.html");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  // The fixture's event: 4 to 6 December 2026, 11:00–22:00, 400 people.
  CHECK_THAT(html, Catch::Contains("4 December 2026 – 6 December 2026 (3 days)") &&
                       Catch::Contains("11:00–22:00 daily") && Catch::Contains("400 persons"));
  CHECK(gis::read_text_file(dir + "/report.pdf").rfind("%PDF-", 0) == 0);
  // No temporary files left beside them.
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
  CHECK(files == 2);
}

TEST_CASE("agora run writes the report beside its other outputs", "[cli][report]") {
  const std::string dir = test::scratch_dir("cli_run_report");
  const auto r = test::run_agora("run " + test::fixture("scenario/scenario.json") + " -o " + dir);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(fs::exists(dir + "/summary.json"));
  CHECK(fs::exists(dir + "/report.html"));
  CHECK(fs::exists(dir + "/report.pdf"));
}

TEST_CASE("agora report on bad input exits 2 and writes no report", "[cli][report][errors]") {
  const std::string dir = test::scratch_dir("cli_report_bad");
  auto r = test::run_agora("report " + dir + "/missing.json -o " + dir + "/out");
  CHECK(r.exit_code == 2);
  CHECK_FALSE(fs::exists(dir + "/out/report.html"));
  r = test::run_agora("report " + test::fixture("scenario/scenario.json") + " --lang fr -o " + dir +
                      "/out");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("unknown report language 'fr'"));
  CHECK_FALSE(fs::exists(dir + "/out/report.html"));
}
