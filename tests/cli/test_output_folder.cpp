// app/output_folder.*: `agora run -o DIR` never replaces an input, locks DIR against a second
// run, clears what killed runs left behind, and says so clearly when DIR cannot be made.

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "gis/text_file.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

namespace {

// The fixture scenario copied into dir, its layout saved under `layout_name`.
std::string scenario_in(const std::string& dir, const std::string& layout_name) {
  fs::copy_file(test::fixture("scenario/layout.geojson"), fs::path(dir) / layout_name);
  std::string text = gis::read_text_file(test::fixture("scenario/scenario.json"));
  text.replace(text.find("../osm/graph.osm"), 16, test::fixture("osm/graph.osm"));
  text.replace(text.find("\"layout.geojson\""), 16, "\"" + layout_name + "\"");
  const std::string path = dir + "/scenario.json";
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_CASE("agora run refuses to write an output over an input of the same name", "[cli][output]") {
  // A layout saved as summary.json in the scenario's folder, and that folder as the output.
  const std::string dir = test::scratch_dir("output_input_clash");
  const std::string scenario = scenario_in(dir, "summary.json");
  const std::string before = gis::read_text_file(dir + "/summary.json");
  const auto r = test::run_agora("run " + scenario + " -o " + dir);
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains(dir +
                                    "/summary.json: this output would replace an input of "
                                    "the run (" +
                                    dir + "/summary.json)"));
  // The input is untouched and no output was moved in: all or nothing.
  CHECK(gis::read_text_file(dir + "/summary.json") == before);
  CHECK_FALSE(fs::exists(dir + "/city.gpkg"));
  CHECK_FALSE(fs::exists(dir + "/report.html"));
  int left = 0;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().starts_with(".tmp-")) ++left;
  CHECK(left == 0);

  // Into the scenario's folder with an unclashing layout name, the run writes its files there.
  const std::string ok = test::scratch_dir("output_input_ok");
  const auto fine = test::run_agora("run " + scenario_in(ok, "layout.geojson") + " -o " + ok);
  INFO(fine.out);
  CHECK(fine.exit_code == 0);
  CHECK(fs::exists(ok + "/summary.json"));
  CHECK(fs::exists(ok + "/layout.geojson"));
}

TEST_CASE("a second run into a locked output folder stops with exit 2", "[cli][output]") {
  const std::string dir = test::scratch_dir("output_locked");
  // This test holds the lock a running agora would hold (flock on the folder).
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
  const auto r = test::run_agora("run " + test::fixture("scenario/scenario.json") + " -o " + dir);
  ::close(fd);
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out,
             Catch::Contains(dir + ": another agora run is writing into this output folder"));
  CHECK(fs::is_empty(dir));
}

TEST_CASE("temporaries of killed runs are removed by the next run, a live run's are kept",
          "[cli][output]") {
  const std::string dir = test::scratch_dir("output_stale");
  // Process 999999999 cannot exist (Linux pids stop at 2^22): its files are a killed run's.
  std::ofstream(dir + "/.tmp-999999999-0-results.gpkg") << "half";
  std::ofstream(dir + "/.tmp-999999999-0-results.gpkg-journal") << "journal";
  fs::create_directory(dir + "/.tmp-999999999-run");
  std::ofstream(dir + "/.tmp-999999999-run/city.gpkg") << "half";
  // This test process is alive: its temporary stays.
  const std::string live = dir + "/.tmp-" + std::to_string(::getpid()) + "-0-report.html";
  std::ofstream(live) << "writing";
  const auto r = test::run_agora("run " + test::fixture("scenario/scenario.json") + " -o " + dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK_FALSE(fs::exists(dir + "/.tmp-999999999-0-results.gpkg"));
  CHECK_FALSE(fs::exists(dir + "/.tmp-999999999-0-results.gpkg-journal"));
  CHECK_FALSE(fs::exists(dir + "/.tmp-999999999-run"));
  CHECK(fs::exists(live));
  CHECK(fs::exists(dir + "/summary.json"));
}

TEST_CASE("an output folder that cannot be created is exit 2 naming it", "[cli][output]") {
  const std::string dir = test::scratch_dir("output_uncreatable");
  std::ofstream(dir + "/file") << "a file, not a folder";
  const auto r = test::run_agora("run " + test::fixture("scenario/scenario.json") + " -o " + dir +
                                 "/file/out");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains(dir + "/file/out: cannot create the output folder"));
  const auto f =
      test::run_agora("run " + test::fixture("scenario/scenario.json") + " -o " + dir + "/file");
  CHECK(f.exit_code == 2);
  CHECK_THAT(f.out, Catch::Contains(dir + "/file: the output folder is a file, expected a folder"));
}

TEST_CASE("agora import refuses to write the city over its own map", "[cli][output]") {
  const std::string dir = test::scratch_dir("output_import_self");
  fs::copy_file(test::fixture("osm/graph.osm"), dir + "/map.osm");
  const std::string before = gis::read_text_file(dir + "/map.osm");
  const auto r = test::run_agora("import " + dir + "/map.osm -o " + dir + "/map.osm");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("map.osm: this output would replace an input of the run"));
  CHECK(gis::read_text_file(dir + "/map.osm") == before);
}

TEST_CASE("agora ramming keeps its inputs too", "[cli][output]") {
  const std::string dir = test::scratch_dir("output_ramming_clash");
  // The scenario itself saved as ramming.csv would be replaced by the ramming table.
  fs::rename(scenario_in(dir, "layout.geojson"), dir + "/ramming.csv");
  const std::string before = gis::read_text_file(dir + "/ramming.csv");
  const auto r = test::run_agora("ramming " + dir + "/ramming.csv -o " + dir);
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains(dir + "/ramming.csv: this output would replace an input"));
  CHECK(gis::read_text_file(dir + "/ramming.csv") == before);
  CHECK_FALSE(fs::exists(dir + "/ramming.gpkg"));
}
