#pragma once
// Writing a layout back to GeoJSON (RFC 7946: WGS84 longitude/latitude), the form users
// edit in QGIS and agora-gui alike. Coordinates are reprojected from the local CRS and
// rounded to 1e-8 degrees (about a millimetre), so a file that is read and written back
// unchanged keeps its coordinates exactly. One feature per line for readable diffs;
// features keep the order they were read in (FeatureInfo::index), new ones follow.

#include <string>

#include "sim/scenario/scenario.hpp"

namespace agora::gis {

// The GeoJSON text of every feature of the layout; crs is the layout's local CRS ("EPSG:25832").
std::string layout_geojson(const scenario::Layout& layout, const std::string& crs);

// Writes layout_geojson() to path atomically; throws agora::Error naming the file.
void write_layout_geojson(const scenario::Layout& layout, const std::string& crs,
                          const std::string& path);

}  // namespace agora::gis
