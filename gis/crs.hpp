#pragma once
// Choosing and applying the local metric CRS: the scenario's EPSG code, else the UTM zone of
// the map's centre. Everything inside sim/ lives in that CRS. CRSs are named by their text
// definition ("EPSG:25832", WKT, a PROJ string); GDAL's types stay inside gis/.

#include <memory>
#include <string>
#include <vector>

#include "sim/geometry/geometry.hpp"

namespace agora::gis {

// WGS 84 longitude/latitude, x = longitude (the order GeoJSON and the editor use).
inline constexpr const char* kLonLatCrs = "EPSG:4326";

// "EPSG:326NN" (north) or "EPSG:327NN" (south) for a WGS84 position.
std::string utm_crs_for(double lon_deg, double lat_deg);

// Checks that `definition` names a projected CRS in metres. Throws agora::Error naming
// `origin` (the file or option it came from) and the text when it is unknown or not one.
void check_projected_crs(const std::string& definition, const std::string& origin);

// Whether two CRS definitions name the same CRS: the same text, or the same CRS to PROJ
// ("EPSG:25832" and its WKT, say). False when either is empty or unknown.
bool same_crs(const std::string& a, const std::string& b);

// Transforms coordinates between two CRSs, x = easting or longitude.
class Reprojector {
 public:
  // From a projected local CRS to longitude/latitude and back. Throws agora::Error naming
  // `origin` when the local CRS is unknown or not projected in metres.
  static Reprojector to_lonlat(const std::string& local_crs, const std::string& origin);
  static Reprojector from_lonlat(const std::string& local_crs, const std::string& origin);

  ~Reprojector();
  Reprojector(Reprojector&&) noexcept;
  Reprojector& operator=(Reprojector&&) noexcept;

  // In place; returns false when PROJ fails on any point.
  bool transform(std::vector<double>& xs, std::vector<double>& ys) const;
  // NaN coordinates when PROJ fails on the point.
  Vec2 transform(Vec2 p) const;

  struct Impl;  // gis/detail/srs.hpp
  explicit Reprojector(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace agora::gis
