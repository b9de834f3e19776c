// `agora suggest-barriers`: bad input exits with status 2 before any work and writes nothing.

#include <catch2/catch.hpp>
#include <filesystem>

#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

TEST_CASE("agora suggest-barriers rejects bad input with status 2 and writes nothing",
          "[cli][suggest]") {
  const std::string dir = test::scratch_dir("cli-suggest-errors");
  auto r = test::run_agora("suggest-barriers " + test::munchen_scenario() + " -o " + dir +
                           " --budget -5");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("--budget") &&
                        Catch::Contains("expected a budget in EUR of 0 or more, got '-5'"));
  r = test::run_agora("suggest-barriers " + test::munchen_scenario() + " -o " + dir +
                      " --budget lots");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("got 'lots'"));
  r = test::run_agora("suggest-barriers " + dir + "/missing.json -o " + dir);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("missing.json"));
  r = test::run_agora("suggest-barriers " + test::munchen_scenario() + " -o " + dir +
                      " --classes M1,Z9");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("unknown vehicle class 'Z9'"));
  r = test::run_agora("suggest-barriers " + test::munchen_scenario() + " -o " + dir + " --prices " +
                      dir + "/no-prices.csv");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("no-prices.csv"));
  r = test::run_agora("suggest-barriers " + test::munchen_scenario() + " -o " + dir + " --lang xx");
  CHECK(r.exit_code == 2);
  // The scenario's own folder: its files must stay as they are.
  const std::string own = fs::path(test::munchen_scenario()).parent_path().string();
  r = test::run_agora("suggest-barriers " + test::munchen_scenario() + " -o " + own);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("the output folder is the scenario's own folder"));
  CHECK_FALSE(fs::exists(own + "/bill_of_quantities.csv"));
  CHECK(fs::is_empty(dir));
}
