#include "gis/crs.hpp"

#include <cmath>

#include "gis/detail/gdal_util.hpp"
#include "gis/detail/srs.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

std::string utm_crs_for(double lon_deg, double lat_deg) {
  int zone = static_cast<int>(std::floor((lon_deg + 180.0) / 6.0)) + 1;
  zone = std::clamp(zone, 1, 60);
  return "EPSG:" + std::to_string((lat_deg >= 0.0 ? 32600 : 32700) + zone);
}

OGRSpatialReference projected_srs(const std::string& definition, const std::string& origin) {
  ensure_gdal();
  GdalErrorCapture quiet;
  OGRSpatialReference srs;
  if (srs.SetFromUserInput(definition.c_str()) != OGRERR_NONE)
    throw Error(origin, "", "crs",
                "unknown CRS '" + definition + "': expected a code such as EPSG:31370");
  if (!srs.IsProjected())
    throw Error(origin, "", "crs",
                "'" + definition +
                    "' is not a projected CRS in metres (Agora computes in metres; "
                    "use e.g. EPSG:31370 for Belgium or a UTM zone)");
  if (std::abs(srs.GetLinearUnits() - 1.0) > 1e-9)
    throw Error(origin, "", "crs", "'" + definition + "' does not use metres");
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

OGRSpatialReference wgs84_srs() {
  OGRSpatialReference srs;
  srs.SetWellKnownGeogCS("WGS84");
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

void check_projected_crs(const std::string& definition, const std::string& origin) {
  (void)projected_srs(definition, origin);
}

Reprojector make_reprojector(const OGRSpatialReference& from, const OGRSpatialReference& to) {
  OGRSpatialReference a(from), b(to);
  a.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  b.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  auto impl = std::make_unique<Reprojector::Impl>();
  impl->transformation.reset(OGRCreateCoordinateTransformation(&a, &b));
  if (!impl->transformation)
    throw Error("", "", "crs", "PROJ cannot transform between the map's CRS and the target CRS");
  return Reprojector(std::move(impl));
}

Reprojector Reprojector::to_lonlat(const std::string& local_crs, const std::string& origin) {
  return make_reprojector(projected_srs(local_crs, origin), wgs84_srs());
}

Reprojector Reprojector::from_lonlat(const std::string& local_crs, const std::string& origin) {
  return make_reprojector(wgs84_srs(), projected_srs(local_crs, origin));
}

Reprojector::Reprojector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Reprojector::~Reprojector() = default;
Reprojector::Reprojector(Reprojector&&) noexcept = default;
Reprojector& Reprojector::operator=(Reprojector&&) noexcept = default;

bool Reprojector::transform(std::vector<double>& xs, std::vector<double>& ys) const {
  if (xs.empty()) return true;
  return impl_->transformation->Transform(xs.size(), xs.data(), ys.data()) == TRUE;
}

Vec2 Reprojector::transform(Vec2 p) const {
  double x = p.x, y = p.y;
  if (!impl_->transformation->Transform(1, &x, &y)) return {std::nan(""), std::nan("")};
  return {x, y};
}

bool same_crs(const std::string& a, const std::string& b) {
  if (a == b) return true;
  OGRSpatialReference ra, rb;
  if (a.empty() || b.empty() || ra.SetFromUserInput(a.c_str()) != OGRERR_NONE ||
      rb.SetFromUserInput(b.c_str()) != OGRERR_NONE)
    return false;
  return ra.IsSame(&rb) != 0;
}

}  // namespace agora::gis
