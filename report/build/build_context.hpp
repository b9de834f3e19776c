#pragma once
// What every part of the report builder shares while it builds one document: the input,
// the options, the string table and the running section number.

#include <string>

#include "report/report.hpp"
#include "report/strings.hpp"

namespace agora::report {

struct BuildContext {
  const ReportInput& input;
  const ReportOptions& options;
  const Strings& tr;
  int next_section = 1;

  std::string take_number() { return std::to_string(next_section++); }
};

}  // namespace agora::report
