#pragma once
// The München run the end-to-end tests share: loaded and run once per test program (the map
// import and the crowd simulation dominate), then reported in memory. Analyses the scenario names
// that this build does not have yet are left out, so the tests follow main as the analyses land.

#include <string>

#include "app/run/scenario_run.hpp"
#include "report/report.hpp"

namespace agora::test {

const run::RunResult& munchen_run();
// The second bundled scenario (scenarios/munchen-leopoldstrasse), all its analyses, run once.
const run::RunResult& leopoldstrasse_run();
report::ReportInput munchen_input(const run::RunResult& result);

// Runs a command, returns its exit status; its standard output into *out when given.
int run_command(const std::string& command, std::string* out = nullptr);
bool have_program(const std::string& name);

}  // namespace agora::test
