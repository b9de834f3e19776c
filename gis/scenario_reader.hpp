#pragma once
// Reading a scenario: scenario.json (versioned, "agora_scenario": 1; every field in
// docs/scenario-format.md), its map into a city model, and its layout layers (GeoJSON or any
// GDAL vector file) into the same local CRS; then validating the whole against the city.
// Every problem found is reported at once, each naming the file, the feature and the field.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "gis/map_reader.hpp"
#include "sim/city/city_model.hpp"
#include "sim/core/error.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::gis {

inline constexpr int kScenarioFormatVersion = 1;

// Parses scenario.json only (no map, no layout geometry). Paths come back resolved against
// the file's folder.
scenario::Scenario read_scenario_file(const std::string& path);

// Same, from JSON text already in memory (batch variants); `path` names it in messages and
// anchors relative paths.
scenario::Scenario parse_scenario_json(const std::string& text, const std::string& path);

// Reads the layout layers into scenario.layout, in target_crs. Adds problems to `problems`
// and warnings to `warnings` rather than throwing, so every bad feature is named at once.
void read_layout(scenario::Scenario& scenario, const std::string& target_crs, ProblemList& problems,
                 std::vector<Problem>& warnings);

struct LoadedScenario {
  scenario::Scenario scenario;
  std::shared_ptr<const city::CityModel> city;
  std::vector<Problem> warnings;
};

// Gives the city model for a map file and import options; lets a batch share one model
// between variants. The default reads the map.
using CityProvider =
    std::function<std::shared_ptr<const city::CityModel>(const std::string&, const ImportOptions&)>;

// The whole load: JSON, map, layout, validation. Throws agora::Error with every problem.
LoadedScenario load_scenario(const std::string& path, const CityProvider& provider = {});
// The same for a scenario already parsed (a batch variant with its overrides applied).
LoadedScenario load_scenario(scenario::Scenario scenario, const CityProvider& provider = {});

// The import options a scenario asks for (crs, bbox).
ImportOptions import_options_for(const scenario::Scenario& scenario);

}  // namespace agora::gis
