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

// The largest scale error of `srs` over a WGS84 box, |k - 1| for the scale factor k along the
// parallel and the meridian at the box's corners and centre (0.0005 for UTM inside its zone,
// 0.496 for Web Mercator at 48° N). Where it sits is set in *where_lonlat, the factor in *k.
double max_scale_error(const OGRSpatialReference& srs, const Box& lonlat, Vec2* where_lonlat,
                       double* k);

// Largest scale error Agora accepts: 1% in lengths is 2% in areas.
inline constexpr double kMaxScaleError = 0.01;

// Throws agora::Error naming `origin` and field crs when `srs` (named `definition`) distorts
// lengths by more than kMaxScaleError over the box.
void check_scale_error(const OGRSpatialReference& srs, const std::string& definition,
                       const Box& lonlat, const std::string& origin);

// Throws agora::Error when PROJ has no transformation between the two.
Reprojector make_reprojector(const OGRSpatialReference& from, const OGRSpatialReference& to);

}  // namespace agora::gis
