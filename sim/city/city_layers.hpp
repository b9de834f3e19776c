#pragma once
// The city model as feature layers (roads with their flags and widths, graph nodes,
// buildings, open areas, barriers, points of interest), for GeoPackage export and QGIS.

#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/core/value.hpp"

namespace agora::city {

std::vector<FeatureLayer> city_layers(const CityModel& model);

}  // namespace agora::city
