#pragma once
// Writing scenario.json (format version 1, docs/scenario-format.md). Paths are written
// relative to the new file's folder. When the scenario was read from a file, that file's
// text is the starting point: keys Agora does not model (a description) and the way the
// event's days were given (a period or a list) survive a save that did not change them.

#include <string>

#include "sim/scenario/scenario.hpp"

namespace agora::gis {

// The JSON text for `scenario` saved as `path`. original_text: the scenario.json it was read
// from (empty for a new scenario).
std::string scenario_json(const scenario::Scenario& scenario, const std::string& path,
                          const std::string& original_text = "");

// Writes scenario_json() to path atomically.
void write_scenario_json(const scenario::Scenario& scenario, const std::string& path,
                         const std::string& original_text = "");

// `target` relative to the folder `base_dir` when it can be, else absolute.
std::string relative_path(const std::string& target, const std::string& base_dir);

}  // namespace agora::gis
