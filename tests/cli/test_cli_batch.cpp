#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "gis/csv.hpp"
#include "gis/text_file.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

namespace {

// A sweep over the fixture scenario (ramming and assessment on a three-street map), so it
// runs fast: `attendance` values × exits closed.
std::string write_sweep(const std::string& dir, const std::string& parameters) {
  std::ofstream(dir + "/sweep.json")
      << R"({"agora_sweep": 1, "name": "t", "base": ")" << test::fixture("scenario/scenario.json")
      << R"(", "parameters": )" << parameters << "}";
  return dir + "/sweep.json";
}

gis::CsvTable results(const std::string& out) {
  return gis::CsvTable::parse(gis::read_text_file(out + "/results.csv"), out + "/results.csv");
}

}  // namespace

TEST_CASE("agora batch runs every variant, records failures and says how many failed",
          "[cli][batch]") {
  const std::string dir = test::scratch_dir("cli-batch");
  const std::string sweep = write_sweep(
      dir,
      R"({"attendance_peak": {"from": 100, "to": 300, "step": 100}, "close_exit": ["", "e1", "nope"]})");
  const auto r = test::run_agora("batch " + sweep + " -j 2 -o " + dir + "/out");
  // 3 × 3 = 9 variants; closing the exit "nope" fails in 3 of them: exit status 100 + 3.
  CHECK(r.exit_code == 103);
  CHECK_THAT(r.out, Catch::Contains("9 variants (0 done before), 9 run, 3 failed"));
  const auto t = results(dir + "/out");
  REQUIRE(t.rows() == 9);
  // Rows sorted by variant, parameters first, then the figures.
  CHECK(t.header()[0] == "variant");
  CHECK(t.header()[3] == "attendance_peak");
  CHECK(t.header()[4] == "close_exit");
  CHECK(t.text(0, "variant") == "v0");
  CHECK(t.text(7, "attendance_peak") == "300");
  CHECK(t.text(7, "close_exit") == "e1");
  CHECK(t.text(7, "event.attendance_peak") == "300");  // the override reached the scenario
  CHECK(t.text(2, "status") == "failed");
  CHECK_THAT(t.text(2, "error"), Catch::Contains("no exit with id or name 'nope'"));
  CHECK(t.text(1, "status") == "ok");
  CHECK(fs::exists(dir + "/out/variants/v8/summary.json"));
}

TEST_CASE("bad sweeps are rejected before anything runs", "[cli][batch][errors]") {
  const std::string dir = test::scratch_dir("cli-batch-errors");
  auto run = [&](const std::string& params, const std::string& extra = "") {
    return test::run_agora("batch " + write_sweep(dir, params) + " -o " + dir + "/out " + extra);
  };
  auto r = run(R"({"attendence_peak": [1, 2]})");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("field 'attendence_peak': unknown parameter"));
  r = run(R"({"seed": {"from": 10, "to": 1}})");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("empty range"));
  r = run(R"({"seed": {"from": 1, "to": 20000}})");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("20000 variants exceed the sweep's limit of 10000"));
  CHECK_FALSE(fs::exists(dir + "/out"));  // nothing was started

  // An output folder holding another sweep's results.
  REQUIRE(run(R"({"seed": [1, 2]})").exit_code == 0);
  r = run(R"({"seed": [1, 2, 3]})");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("holds the results of another sweep"));
  r = run(R"({"seed": [1, 2]})");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("run with --resume"));
}

TEST_CASE("a batch killed with SIGKILL loses no finished variant and resumes", "[cli][batch]") {
  const std::string dir = test::scratch_dir("cli-batch-kill");
  const std::string sweep = write_sweep(dir, R"({"seed": {"from": 1, "to": 400}})");
  const std::string out = dir + "/out";
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, 1);
    ::dup2(devnull, 2);
    ::execl(AGORA_CLI, AGORA_CLI, "batch", sweep.c_str(), "-j", "1", "-o", out.c_str(),
            static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill it once some variants are recorded, mid-run.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(out + "/results.csv") && fs::file_size(out + "/results.csv") > 2000) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  REQUIRE(WIFSIGNALED(status));

  // Every complete row stands for a variant whose folder is written.
  std::string text = gis::read_text_file(out + "/results.csv");
  text.erase(text.rfind('\n') + 1);
  const auto partial = gis::CsvTable::parse(text, "results.csv");
  REQUIRE(partial.rows() > 0);
  REQUIRE(partial.rows() < 400);
  for (std::size_t i = 0; i < partial.rows(); ++i) {
    CHECK(partial.text(i, "status") == "ok");
    CHECK(fs::exists(out + "/variants/" + partial.text(i, "variant") + "/summary.json"));
  }
  const auto resumed = test::run_agora("batch " + sweep + " -j 2 -o " + out + " --resume");
  CHECK(resumed.exit_code == 0);
  CHECK_THAT(resumed.out,
             Catch::Contains("400 variants (" + std::to_string(partial.rows()) + " done before)"));
  const auto all = results(out);
  CHECK(all.rows() == 400);
  CHECK(all.text(399, "variant") == "v399");
  CHECK(all.text(399, "seed") == "400");
}

TEST_CASE("the same batch under MPI gives the local run's results", "[cli][batch][mpi]") {
  // scripts/setup installs openmpi-bin: a missing mpirun is a broken set-up, not a skip.
  REQUIRE(std::system("command -v mpirun > /dev/null 2>&1") == 0);
  const std::string dir = test::scratch_dir("cli-batch-mpi");
  const std::string sweep =
      write_sweep(dir, R"({"attendance_peak": [100, 200, 300], "close_exit": ["", "e1", "nope"]})");
  const auto local = test::run_agora("batch " + sweep + " -j 2 -o " + dir + "/local");
  REQUIRE(local.exit_code == 103);
  const std::string mpirun =
      "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_btl=self,tcp "
      "OMPI_MCA_btl_tcp_if_include=lo OMPI_MCA_oob_tcp_if_include=lo mpirun --oversubscribe -np 2 ";
  const std::string command =
      mpirun + AGORA_CLI + " batch " + sweep + " -o " + dir + "/mpi > " + dir + "/mpi.log 2>&1";
  std::system(command.c_str());
  CHECK_THAT(gis::read_text_file(dir + "/mpi.log"),
             Catch::Contains("9 run, 3 failed") && Catch::Contains("(MPI)"));
  CHECK(gis::read_text_file(dir + "/mpi/results.csv") ==
        gis::read_text_file(dir + "/local/results.csv"));
}
