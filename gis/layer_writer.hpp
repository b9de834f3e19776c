#pragma once
// Writing results for GIS users: feature layers into one GeoPackage, rasters into GeoTIFF,
// both atomically (temporary name, then rename) and both carrying their provenance: the
// Agora version, map, scenario, profile and, where OSM data went in, its attribution.

#include <string>
#include <utility>
#include <vector>

#include "sim/core/value.hpp"
#include "sim/field/grid.hpp"

namespace agora::gis {

inline constexpr const char* kOsmAttribution = "© OpenStreetMap contributors";

// Key/value metadata written into every output ("agora_version", "map", "scenario", ...).
struct Provenance {
  std::vector<std::pair<std::string, std::string>> items;
  bool osm_data = false;  // adds the ODbL attribution

  void add(std::string key, std::string value) {
    items.emplace_back(std::move(key), std::move(value));
  }
  std::string attribution() const;  // "© OpenStreetMap contributors" or empty
};

// Writes every layer into a new GeoPackage at path (replacing any old one only on success).
void write_geopackage(const std::string& path, const std::vector<FeatureLayer>& layers,
                      const std::string& crs, const Provenance& provenance);

// Writes a single-band GeoTIFF (north up). Cells equal to nodata are marked as no data.
void write_geotiff(const std::string& path, const Field& grid, const std::string& crs, float nodata,
                   const std::string& band_description, const Provenance& provenance);
void write_geotiff(const std::string& path, const Mask& grid, const std::string& crs,
                   std::uint8_t nodata, const std::string& band_description,
                   const Provenance& provenance);

}  // namespace agora::gis
