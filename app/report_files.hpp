#pragma once
// The permit report from a run: fills report::ReportInput from a run::RunResult and writes
// DIR/report.html and DIR/report.pdf atomically. Shared by `agora report` and `agora run`.

#include <string>
#include <vector>

#include "app/run/scenario_run.hpp"
#include "report/report.hpp"

namespace agora::app {

report::ReportInput report_input(const run::RunResult& result, std::string label = {});

struct ReportFiles {
  std::string html_path, pdf_path;
  std::size_t html_bytes = 0, pdf_bytes = 0;
  int pdf_pages = 0;
};

// "2026-11-28 14:05" in local time, for the report's "generated" line.
std::string now_text();

ReportFiles write_report_files(const run::RunResult& subject, const std::string& dir,
                               const std::vector<const run::RunResult*>& compare = {},
                               const std::vector<std::string>& labels = {},
                               const std::string& lang = "en");

}  // namespace agora::app
