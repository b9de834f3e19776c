#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "gis/detail/gdal_util.hpp"
#include "gis/layer_writer.hpp"
#include "gis/table_writer.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace fs = std::filesystem;

TEST_CASE("feature layers round-trip through a GeoPackage", "[writers]") {
  const std::string dir = test::scratch_dir("writers-gpkg");
  FeatureLayer layer{"crossings",
                     GeometryType::kPoint,
                     {{"name", ValueType::Text},
                      {"speed_kmh", ValueType::Real},
                      {"count", ValueType::Integer},
                      {"adequate", ValueType::Bool}},
                     {}};
  layer.features.push_back(
      {Vec2{155000.0, 190000.0}, {std::string("Bruul"), 56.4, std::int64_t{3}, false}});
  layer.features.push_back({Vec2{155010.0, 190005.0}, {Value{}, 28.0, std::int64_t{0}, true}});
  gis::Provenance prov;
  prov.add("agora_version", AGORA_VERSION);
  prov.osm_data = true;
  const std::string path = dir + "/out.gpkg";
  gis::write_geopackage(path, {layer}, "EPSG:31370", prov);

  gis::ensure_gdal();
  gis::DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
  REQUIRE(ds);
  CHECK(std::string(ds->GetMetadataItem("attribution")) == "© OpenStreetMap contributors");
  OGRLayer* l = ds->GetLayerByName("crossings");
  REQUIRE(l);
  CHECK(l->GetFeatureCount() == 2);
  CHECK(std::string(l->GetSpatialRef()->GetAuthorityCode(nullptr)) == "31370");
  std::unique_ptr<OGRFeature> f(l->GetNextFeature());
  CHECK(std::string(f->GetFieldAsString("name")) == "Bruul");
  CHECK(f->GetFieldAsDouble("speed_kmh") == Approx(56.4));
  CHECK(f->GetFieldAsInteger64("count") == 3);
  CHECK(f->GetFieldAsInteger("adequate") == 0);
  CHECK(f->GetGeometryRef()->toPoint()->getX() == Approx(155000.0));
  f.reset(l->GetNextFeature());
  CHECK_FALSE(f->IsFieldSetAndNotNull(f->GetFieldIndex("name")));
  // No temporary file left beside the result.
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  CHECK(files == 1);
}

TEST_CASE("a raster round-trips through GeoTIFF, north up", "[writers]") {
  const std::string dir = test::scratch_dir("writers-tif");
  // 3 x 2 cells of 0.5 m from (1000, 2000); value = 10·ix + iy; iy = 1 is the northern row.
  Field grid({1000.0, 2000.0}, 0.5, 3, 2, 0.0f);
  for (int ix = 0; ix < 3; ++ix)
    for (int iy = 0; iy < 2; ++iy) grid(ix, iy) = static_cast<float>(10 * ix + iy);
  const std::string path = dir + "/d.tif";
  gis::write_geotiff(path, grid, "EPSG:25832", -1.0f, "distance to exit (m)", {});
  gis::DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
  REQUIRE(ds);
  double gt[6];
  ds->GetGeoTransform(gt);
  CHECK(gt[0] == Approx(1000.0));
  CHECK(gt[3] == Approx(2001.0));  // top edge: 2000 + 2 × 0.5
  CHECK(gt[5] == Approx(-0.5));
  float row0[3];
  REQUIRE(ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, 3, 1, row0, 3, 1, GDT_Float32, 0, 0) ==
          CE_None);
  CHECK(row0[0] == 1.0f);  // (ix 0, iy 1): the northern row comes first
  CHECK(row0[2] == 21.0f);
}

TEST_CASE("a failed write keeps the previous file", "[writers]") {
  const std::string dir = test::scratch_dir("writers-atomic");
  const std::string path = dir + "/summary.json";
  gis::write_text_file_atomic(path, "{\"old\": true}\n");
  // A CRS that does not exist fails before anything replaces the file.
  CHECK_THROWS_AS(gis::write_geopackage(dir + "/summary.json", {}, "EPSG:999999", {}), Error);
  CHECK(gis::read_text_file(path) == "{\"old\": true}\n");
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  CHECK(files == 1);
}

TEST_CASE("figures nest by their dots in JSON and stay flat in CSV", "[writers]") {
  Figures f;
  f.set("ramming.M1.max_speed_kmh", 61.25);
  f.set("ramming.M1.verdict", std::string("unprotected"));
  f.set("event.attendance_peak", std::int64_t{8000});
  const auto j = gis::figures_to_json(f);
  CHECK(j["ramming"]["M1"]["max_speed_kmh"].get<double>() == 61.25);
  CHECK(j["event"]["attendance_peak"].get<long>() == 8000);
  CHECK(gis::csv_cell(Value{0.1}) == "0.1");
  CHECK(gis::csv_cell(Value{std::string("a, \"b\"")}) == "\"a, \"\"b\"\"\"");
  CHECK(gis::csv_cell(Value{}) == "");
}
