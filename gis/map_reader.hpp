#pragma once
// Reading a map into the city model: any vector file GDAL reads (OSM PBF and XML as
// downloaded, GeoJSON, GeoPackage, Shapefile), reprojected into the local metric CRS, tags
// interpreted by the rules in data/osm/, invalid polygons repaired or dropped and counted.

#include <optional>
#include <string>

#include "sim/city/city_model.hpp"

namespace agora::gis {

struct ImportOptions {
  std::string crs;                 // "EPSG:31370"; empty: UTM zone of the map's centre
  std::optional<Box> bbox_lonlat;  // keep only features touching this WGS84 box
  std::string tags_dir;            // folder overriding data/osm tables; empty: built-in
  std::string origin;              // what set crs/bbox (the scenario file), for messages
};

// Throws agora::Error naming the file and the problem: missing, unreadable, truncated, no
// usable features, unknown CRS, coordinates out of range.
city::CityModel read_city_model(const std::string& path, const ImportOptions& options = {});

}  // namespace agora::gis
