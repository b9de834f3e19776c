#pragma once
// Choosing and applying the local metric CRS: the scenario's EPSG code, else the UTM zone of
// the map's centre. Everything inside sim/ lives in that CRS.

#include <memory>
#include <string>
#include <vector>

#include <ogr_spatialref.h>

#include "sim/geometry/geometry.hpp"

namespace agora::gis {

// "EPSG:326NN" (north) or "EPSG:327NN" (south) for a WGS84 position.
std::string utm_crs_for(double lon_deg, double lat_deg);

// A projected CRS in metres from "EPSG:N" (or any definition PROJ understands). Throws
// agora::Error naming `origin` (the file or option it came from) and the text when it is
// unknown or not a projected metric CRS.
OGRSpatialReference projected_crs(const std::string& definition, const std::string& origin);

OGRSpatialReference wgs84();

// Whether two CRS definitions name the same CRS: the same text, or the same CRS to PROJ
// ("EPSG:25832" and its WKT, say). False when either is empty or unknown.
bool same_crs(const std::string& a, const std::string& b);

// Transforms coordinate arrays between two CRSs, x = easting or longitude.
class Reprojector {
 public:
  Reprojector(const OGRSpatialReference& from, const OGRSpatialReference& to);
  // In place; returns false when PROJ fails on any point.
  bool transform(std::vector<double>& xs, std::vector<double>& ys) const;
  Vec2 transform(Vec2 p) const;

 private:
  std::unique_ptr<OGRCoordinateTransformation> ct_;
};

}  // namespace agora::gis
