#pragma once
// The München run the report tests share: loaded and run once per test program (the map
// import dominates), then reported in memory. Analyses the scenario names that this build
// does not have yet are left out, so the tests follow main as the analyses land.

#include <string>

#include "gis/run/scenario_run.hpp"
#include "report/report.hpp"

namespace agora::test {

const run::RunResult& munchen_run();
report::ReportInput munchen_input(const run::RunResult& result);

// Runs a command, returns its exit status; its standard output into *out when given.
int run_command(const std::string& command, std::string* out = nullptr);
bool have_program(const std::string& name);

}  // namespace agora::test
