#pragma once
// Where tests find their inputs: the project's own fixtures and bundled scenarios always;
// ../shared (the team's extra map extracts) only when present, since a user clones the
// project alone.

#include <string>

namespace agora::test {

std::string source_path(const std::string& relative);  // <project>/relative
std::string fixture(const std::string& relative);      // <project>/tests/fixtures/relative
std::string munchen_scenario();                        // the bundled scenario.json
std::string munchen_map();                             // its OSM extract
// <shared>/data/osm/<name>, or empty when ../shared is absent.
std::string shared_osm(const std::string& name);
// A fresh empty folder under the build tree for one test's outputs.
std::string scratch_dir(const std::string& name);

}  // namespace agora::test
