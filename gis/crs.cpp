#include "gis/crs.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "gis/detail/gdal_util.hpp"
#include "gis/detail/srs.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

std::string utm_crs_for(double lon_deg, double lat_deg) {
  const double z = std::floor((lon_deg + 180.0) / 6.0) + 1.0;
  const int zone = std::isfinite(z) ? static_cast<int>(std::clamp(z, 1.0, 60.0)) : 1;
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

double max_scale_error(const OGRSpatialReference& srs, const Box& lonlat, Vec2* where_lonlat,
                       double* k_out) {
  const Reprojector project = make_reprojector(wgs84_srs(), srs);
  // WGS 84 ellipsoid: the radii of curvature along the parallel (N cos phi) and the meridian (M)
  // give the true length of a small step in longitude or latitude.
  constexpr double a = 6378137.0, e2 = 0.00669437999014;
  constexpr double step_deg = 1e-4, deg = 3.14159265358979323846 / 180.0;
  const Vec2 lo = lonlat.min_corner(), hi = lonlat.max_corner();
  const std::array<Vec2, 5> samples = {{lo, hi, {lo.x, hi.y}, {hi.x, lo.y}, (lo + hi) * 0.5}};
  double worst = 0.0;
  for (Vec2 p : samples) {
    p.y = std::clamp(p.y, -89.0, 89.0);
    const double s = std::sin(p.y * deg), w = std::sqrt(1.0 - e2 * s * s);
    const double n = a / w, m = a * (1.0 - e2) / (w * w * w);
    const double east_m = n * std::cos(p.y * deg) * step_deg * deg, north_m = m * step_deg * deg;
    const Vec2 o = project.transform(p), e = project.transform({p.x + step_deg, p.y}),
               t = project.transform({p.x, p.y + step_deg});
    const double ke = std::hypot(e.x - o.x, e.y - o.y) / east_m;
    const double kn = std::hypot(t.x - o.x, t.y - o.y) / north_m;
    for (double k : {ke, kn}) {
      const double err = std::isfinite(k) ? std::abs(k - 1.0) : 1e9;
      if (err > worst) {
        worst = err;
        if (where_lonlat) *where_lonlat = p;
        if (k_out) *k_out = k;
      }
    }
  }
  return worst;
}

void check_scale_error(const OGRSpatialReference& srs, const std::string& definition,
                       const Box& lonlat, const std::string& origin) {
  Vec2 where{};
  double k = 1.0;
  const double err = max_scale_error(srs, lonlat, &where, &k);
  if (err <= kMaxScaleError) return;
  char buf[400];
  std::snprintf(buf, sizeof buf,
                "'%s' distorts lengths over this map by %.1f%% (scale factor %.3f at %.4f, "
                "%.4f): areas would be %.2f times their true size and every distance, capacity "
                "and speed wrong. Agora needs a conformal CRS in metres with at most %.0f%% "
                "scale error, such as the map's UTM zone %s (or leave crs out to use it)",
                definition.c_str(), 100.0 * err, k, where.x, where.y, k * k, 100.0 * kMaxScaleError,
                utm_crs_for(where.x, where.y).c_str());
  throw Error(origin, "", "crs", buf);
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
