// gis/crs.*: choosing, checking and applying CRSs named by their text definition.

#include <cpl_conv.h>
#include <ogr_spatialref.h>

#include <catch2/catch.hpp>

#include "gis/crs.hpp"
#include "sim/core/error.hpp"

using namespace agora;

TEST_CASE("CRS definitions compare by what they name", "[gis][crs]") {
  CHECK(gis::same_crs("EPSG:25832", "EPSG:25832"));
  OGRSpatialReference utm32;
  utm32.importFromEPSG(25832);
  char* wkt = nullptr;
  utm32.exportToWkt(&wkt);
  const std::string text = wkt;
  CPLFree(wkt);
  CHECK(gis::same_crs("EPSG:25832", text));
  CHECK_FALSE(gis::same_crs("EPSG:25832", "EPSG:31468"));
  CHECK_FALSE(gis::same_crs("EPSG:25832", ""));
}

TEST_CASE("the UTM zone of a position", "[gis][crs]") {
  // Zones are 6° wide from 180° W: München at 11.58° E is in zone floor((11.58 + 180) / 6) + 1
  // = 32.
  CHECK(gis::utm_crs_for(11.58, 48.14) == "EPSG:32632");
  CHECK(gis::utm_crs_for(4.48, 51.03) == "EPSG:32631");   // Mechelen: floor(184.48 / 6) + 1 = 31
  CHECK(gis::utm_crs_for(-8.61, 41.15) == "EPSG:32629");  // Porto: floor(171.39 / 6) + 1 = 29
  CHECK(gis::utm_crs_for(151.2, -33.9) == "EPSG:32756");  // Sydney, south: 32700 + 56
}

TEST_CASE("a reprojector maps a UTM zone's central meridian to its false easting", "[gis][crs]") {
  // ETRS89 / UTM 32N: central meridian 9° E, false easting 500 000 m, false northing 0 at the
  // equator (the definition of the projection), so (9°, 0°) lands exactly on (500000, 0).
  const gis::Reprojector to_local = gis::Reprojector::from_lonlat("EPSG:25832", "test");
  const Vec2 p = to_local.transform(Vec2{9.0, 0.0});
  CHECK(p.x == Approx(500000.0).margin(1e-6));
  CHECK(p.y == Approx(0.0).margin(1e-6));
  // And back, for a point in München.
  const gis::Reprojector to_lonlat = gis::Reprojector::to_lonlat("EPSG:25832", "test");
  const Vec2 back = to_lonlat.transform(to_local.transform(Vec2{11.5755, 48.1374}));
  CHECK(back.x == Approx(11.5755).margin(1e-9));
  CHECK(back.y == Approx(48.1374).margin(1e-9));
}

TEST_CASE("a CRS that is not projected in metres is refused with the file named", "[gis][crs]") {
  CHECK_NOTHROW(gis::check_projected_crs("EPSG:31370", "scenario.json"));
  CHECK_THROWS_WITH(gis::check_projected_crs("EPSG:4326", "scenario.json"),
                    Catch::Contains("scenario.json") && Catch::Contains("not a projected CRS"));
  CHECK_THROWS_WITH(gis::check_projected_crs("EPSG:999999", "scenario.json"),
                    Catch::Contains("unknown CRS"));
  CHECK_THROWS_WITH(gis::Reprojector::to_lonlat("EPSG:4326", "layout.geojson"),
                    Catch::Contains("layout.geojson"));
}
