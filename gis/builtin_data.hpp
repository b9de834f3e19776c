#pragma once
// Agora's built-in data tables (data/ in the source tree, embedded at build time): OSM tag
// rules, vehicle classes, the barrier catalogue, jurisdiction profiles. A user replaces any
// of them with a file; these are the defaults.

#include <string>
#include <string_view>
#include <vector>

namespace agora::gis {

// Contents of data/<name> as built in, e.g. builtin_file("osm/highways.csv"). Throws
// agora::Error listing what exists when name is unknown.
std::string_view builtin_file(std::string_view name);
bool has_builtin_file(std::string_view name);
std::vector<std::string> builtin_file_names();

// The text of `spec`: when spec names a built-in file ("profiles/flanders.json") that,
// otherwise the file on disk.
std::string builtin_or_file(const std::string& builtin_name, const std::string& path_or_empty);

// How errors and outputs name that table: the path, or "built-in data/<builtin_name>".
std::string table_origin(const std::string& builtin_name, const std::string& path_or_empty);

}  // namespace agora::gis
