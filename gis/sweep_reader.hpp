#pragma once
// Reading a sweep file (docs/batch.md): the base scenario, layout options, swept parameters
// as lists or ranges, or an explicit list of variants. Every problem is named by the file
// and the parameter, before anything runs.

#include <string>

#include "sim/batch/sweep.hpp"

namespace agora::run {

batch::Sweep read_sweep_file(const std::string& path);
batch::Sweep parse_sweep_json(const std::string& text, const std::string& path);

}  // namespace agora::run
