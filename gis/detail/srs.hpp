#pragma once
// GDAL's spatial reference types, for gis/'s own sources only (never included outside gis/):
// the public face is gis/crs.hpp, which names CRSs by their text definition.

#include <ogr_spatialref.h>

#include <memory>
#include <string>

#include "gis/crs.hpp"

namespace agora::gis {

// A projected CRS in metres from its definition; throws agora::Error naming `origin`.
OGRSpatialReference projected_srs(const std::string& definition, const std::string& origin);

// WGS 84 in longitude/latitude order.
OGRSpatialReference wgs84_srs();

struct Reprojector::Impl {
  std::unique_ptr<OGRCoordinateTransformation> transformation;
};

// Throws agora::Error when PROJ has no transformation between the two.
Reprojector make_reprojector(const OGRSpatialReference& from, const OGRSpatialReference& to);

}  // namespace agora::gis
