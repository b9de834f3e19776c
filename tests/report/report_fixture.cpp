#include "tests/report/report_fixture.hpp"

#include <array>
#include <cstdio>
#include <sys/wait.h>

#include "gis/profile.hpp"
#include "gis/run/analysis_registry.hpp"
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

report::ReportInput munchen_input(const run::RunResult& r) {
  report::ReportInput in(r.loaded.scenario, *r.loaded.city, r.outputs, r.figures);
  in.provenance = r.provenance.items;
  in.osm_data = r.provenance.osm_data;
  in.warnings = r.loaded.warnings;
  in.label = "rated";
  // The profile's values with their sources, as the command line hands them to the report.
  for (const gis::ProfileEntry& e : gis::Profile::load(r.loaded.scenario.profile).entries())
    in.profile_values.push_back({e.key, e.value.is_string() ? e.value.get<std::string>() : e.value.dump(), e.source});
  return in;
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

bool have_program(const std::string& name) { return run_command("command -v " + name + " >/dev/null 2>&1") == 0; }

}  // namespace agora::test
