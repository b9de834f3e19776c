#pragma once
// What produced an output: Agora's version, the map, the scenario and its layout files with
// their SHA-256 checksums, the CRS, and the OSM attribution where OSM data went in.

#include <string>

#include "gis/layer_writer.hpp"
#include "sim/city/city_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::gis {

// Hex SHA-256 of a file's bytes; empty when it cannot be read.
std::string sha256_file(const std::string& path);

Provenance provenance_for(const city::CityModel& city);
Provenance provenance_for(const scenario::Scenario& scenario, const city::CityModel& city);

}  // namespace agora::gis
