#include "tests/e2e/munchen_fixture.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>

#include "app/report_files.hpp"
#include "app/run/analysis_registry.hpp"
#include "gis/scenario_reader.hpp"
#include "tests/support/test_paths.hpp"

namespace agora::test {

const run::RunResult& munchen_run() {
  static const run::RunResult result = [] {
    gis::LoadedScenario loaded = gis::load_scenario(munchen_scenario());
    auto& names = loaded.scenario.analyses;
    std::erase_if(names, [](const std::string& n) { return run::find_analysis(n) == nullptr; });
    return run::run_scenario(std::move(loaded));
  }();
  return result;
}

const run::RunResult& leopoldstrasse_run() {
  static const run::RunResult result = run::run_scenario(
      gis::load_scenario(source_path("scenarios/munchen-leopoldstrasse/scenario.json")));
  return result;
}

report::ReportInput munchen_input(const run::RunResult& r) {
  return app::report_input(r, "rated");
}

int run_command(const std::string& command, std::string* out) {
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0)
    if (out) out->append(buf.data(), n);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool have_program(const std::string& name) {
  return run_command("command -v " + name + " >/dev/null 2>&1") == 0;
}

}  // namespace agora::test
