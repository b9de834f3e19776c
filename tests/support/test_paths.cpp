#include "tests/support/test_paths.hpp"

#include <filesystem>

namespace agora::test {

namespace fs = std::filesystem;

std::string source_path(const std::string& relative) {
  return (fs::path(AGORA_SOURCE_DIR) / relative).string();
}

std::string fixture(const std::string& relative) {
  return source_path("tests/fixtures/" + relative);
}

std::string munchen_scenario() {
  return source_path("scenarios/munchen-christkindlmarkt/scenario.json");
}

std::string munchen_map() {
  return source_path("scenarios/munchen-christkindlmarkt/map/munchen_altstadt.osm.pbf");
}

std::string shared_osm(const std::string& name) {
  const fs::path p = fs::path(AGORA_SHARED_DIR) / "data" / "osm" / name;
  return fs::exists(p) ? p.string() : std::string();
}

std::string scratch_dir(const std::string& name) {
  const fs::path p = fs::path(AGORA_BINARY_DIR) / "test-scratch" / name;
  fs::remove_all(p);
  fs::create_directories(p);
  return p.string();
}

}  // namespace agora::test
