// The hostile-input corpus (tests/hostile/): each folder holds a scenario.json (and the bad
// file it names) and expect.txt, a line the error must contain. Every case goes through
// `agora run` as a user would run it and must end with exit 2 and that message: no crash, no
// "failed", no output written.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>

#include "tests/cli/cli_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

namespace {

std::string first_line(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

}  // namespace

TEST_CASE("every hostile input ends with exit 2 and the message that names it", "[cli][hostile]") {
  const fs::path corpus = test::source_path("tests/hostile");
  std::set<std::string> cases;
  for (const auto& e : fs::directory_iterator(corpus))
    if (e.is_directory()) cases.insert(e.path().filename().string());
  // The corpus as committed: a case that went missing would pass silently.
  CHECK(cases.size() == 15);
  for (const std::string& name : cases) {
    const fs::path dir = corpus / name;
    const std::string expect = first_line(dir / "expect.txt");
    const std::string out = test::scratch_dir("hostile_" + name);
    const auto r = test::run_agora("run " + (dir / "scenario.json").string() + " -o " + out);
    INFO(name << ":\n" << r.out);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.out, Catch::Contains(expect));
    CHECK_THAT(r.out, !Catch::Contains("agora: failed"));
    CHECK(fs::is_empty(out));
  }
}
