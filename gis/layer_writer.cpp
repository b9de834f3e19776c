#include "gis/layer_writer.hpp"

#include <ogrsf_frmts.h>

#include "gis/crs.hpp"
#include "gis/detail/gdal_util.hpp"
#include "gis/detail/srs.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

std::string Provenance::attribution() const {
  return osm_data ? kOsmAttribution : "";
}

namespace {

OGRwkbGeometryType ogr_type(GeometryType t) {
  switch (t) {
    case GeometryType::kPoint:
      return wkbPoint;
    case GeometryType::kLine:
      return wkbLineString;
    case GeometryType::kPolygon:
      return wkbPolygon;
    case GeometryType::kMultiPolygon:
      return wkbMultiPolygon;
  }
  return wkbUnknown;
}

OGRFieldType ogr_field(ValueType t) {
  switch (t) {
    case ValueType::Bool:
      return OFTInteger;
    case ValueType::Integer:
      return OFTInteger64;
    case ValueType::Real:
      return OFTReal;
    case ValueType::Text:
      return OFTString;
  }
  return OFTString;
}

OGRLinearRing* ring(const Ring& r) {
  auto* out = new OGRLinearRing;
  out->setNumPoints(static_cast<int>(r.size()));
  for (std::size_t i = 0; i < r.size(); ++i) out->setPoint(static_cast<int>(i), r[i].x, r[i].y);
  return out;
}

OGRPolygon* polygon(const Polygon& p) {
  auto* out = new OGRPolygon;
  out->addRingDirectly(ring(p.outer()));
  for (const Ring& inner : p.inners()) out->addRingDirectly(ring(inner));
  return out;
}

std::unique_ptr<OGRGeometry> to_ogr(const Geometry& g, GeometryType layer_type) {
  struct Visitor {
    GeometryType layer_type;
    std::unique_ptr<OGRGeometry> operator()(const Vec2& p) const {
      return std::make_unique<OGRPoint>(p.x, p.y);
    }
    std::unique_ptr<OGRGeometry> operator()(const Polyline& l) const {
      auto ls = std::make_unique<OGRLineString>();
      ls->setNumPoints(static_cast<int>(l.size()));
      for (std::size_t i = 0; i < l.size(); ++i) ls->setPoint(static_cast<int>(i), l[i].x, l[i].y);
      return ls;
    }
    std::unique_ptr<OGRGeometry> operator()(const Polygon& p) const {
      if (layer_type == GeometryType::kMultiPolygon) {
        auto mp = std::make_unique<OGRMultiPolygon>();
        mp->addGeometryDirectly(polygon(p));
        return mp;
      }
      return std::unique_ptr<OGRGeometry>(polygon(p));
    }
    std::unique_ptr<OGRGeometry> operator()(const MultiPolygon& m) const {
      auto mp = std::make_unique<OGRMultiPolygon>();
      for (const Polygon& p : m) mp->addGeometryDirectly(polygon(p));
      return mp;
    }
  };
  return std::visit(Visitor{layer_type}, g);
}

void set_metadata(GDALMajorObject& object, const Provenance& provenance) {
  for (const auto& [k, v] : provenance.items) object.SetMetadataItem(k.c_str(), v.c_str());
  if (provenance.osm_data) object.SetMetadataItem("attribution", kOsmAttribution);
}

}  // namespace

void write_geopackage(const std::string& path, const std::vector<FeatureLayer>& layers,
                      const std::string& crs, const Provenance& provenance) {
  ensure_gdal();
  OGRSpatialReference srs = projected_srs(crs, path);
  AtomicOutput out(path);
  GdalErrorCapture errors;
  {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver) throw Error(path, "", "", "GDAL has no GeoPackage driver");
    DatasetPtr ds(driver->Create(out.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw Error(path, "", "", "cannot create the GeoPackage: " + errors.first_failure());
    set_metadata(*ds, provenance);
    for (const FeatureLayer& fl : layers) {
      const std::string description =
          provenance.osm_data ? std::string("DESCRIPTION=Agora ") + fl.name + "; " + kOsmAttribution
                              : std::string("DESCRIPTION=Agora ") + fl.name;
      const char* options[] = {description.c_str(), "SPATIAL_INDEX=YES", nullptr};
      OGRLayer* layer = ds->CreateLayer(fl.name.c_str(), &srs, ogr_type(fl.geometry_type),
                                        const_cast<char**>(options));
      if (!layer)
        throw Error(path, "layer " + fl.name, "", "cannot create layer: " + errors.first_failure());
      for (const FieldDef& fd : fl.fields) {
        OGRFieldDefn def(fd.name.c_str(), ogr_field(fd.type));
        if (fd.type == ValueType::Bool) def.SetSubType(OFSTBoolean);
        if (layer->CreateField(&def) != OGRERR_NONE)
          throw Error(path, "layer " + fl.name, fd.name,
                      "cannot create field: " + errors.first_failure());
      }
      if (layer->StartTransaction() != OGRERR_NONE)
        throw Error(path, "layer " + fl.name, "",
                    "cannot start a transaction: " + errors.first_failure());
      for (const Feature& f : fl.features) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetGeometryDirectly(to_ogr(f.geometry, fl.geometry_type).release());
        for (std::size_t i = 0; i < fl.fields.size() && i < f.values.size(); ++i) {
          const int idx = static_cast<int>(i);
          std::visit(
              [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                  feature.SetFieldNull(idx);
                else if constexpr (std::is_same_v<T, bool>)
                  feature.SetField(idx, v ? 1 : 0);
                else if constexpr (std::is_same_v<T, std::int64_t>)
                  feature.SetField(idx, static_cast<GIntBig>(v));
                else if constexpr (std::is_same_v<T, double>)
                  feature.SetField(idx, v);
                else
                  feature.SetField(idx, v.c_str());
              },
              f.values[i]);
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
          throw Error(path, "layer " + fl.name, "",
                      "cannot write a feature: " + errors.first_failure());
      }
      if (layer->CommitTransaction() != OGRERR_NONE)
        throw Error(path, "layer " + fl.name, "", "cannot commit: " + errors.first_failure());
    }
    if (errors.failed()) throw Error(path, "", "", "write failed: " + errors.first_failure());
  }  // closes the dataset: everything flushed before the rename
  if (errors.failed()) throw Error(path, "", "", "write failed: " + errors.first_failure());
  out.commit();
}

namespace {

template <class T>
void write_raster(const std::string& path, const Grid<T>& grid, const std::string& crs,
                  double nodata, const std::string& band_description, const Provenance& provenance,
                  GDALDataType type) {
  ensure_gdal();
  const OGRSpatialReference srs = projected_srs(crs, path);
  AtomicOutput out(path);
  GdalErrorCapture errors;
  {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    const char* options[] = {"COMPRESS=DEFLATE", "TILED=YES", nullptr};
    DatasetPtr ds(driver->Create(out.temp_path().c_str(), grid.nx(), grid.ny(), 1, type,
                                 const_cast<char**>(options)));
    if (!ds) throw Error(path, "", "", "cannot create the GeoTIFF: " + errors.first_failure());
    const Box b = grid.bounds();
    double transform[6] = {b.min_corner().x, grid.cell_m(), 0.0,
                           b.max_corner().y, 0.0,           -grid.cell_m()};
    ds->SetGeoTransform(transform);
    ds->SetSpatialRef(&srs);
    set_metadata(*ds, provenance);
    GDALRasterBand* band = ds->GetRasterBand(1);
    band->SetNoDataValue(nodata);
    band->SetDescription(band_description.c_str());
    // GeoTIFF rows run north to south; grid rows (iy) run south to north.
    std::vector<T> row(static_cast<std::size_t>(grid.nx()));
    for (int r = 0; r < grid.ny(); ++r) {
      const int iy = grid.ny() - 1 - r;
      for (int ix = 0; ix < grid.nx(); ++ix) row[static_cast<std::size_t>(ix)] = grid(ix, iy);
      if (band->RasterIO(GF_Write, 0, r, grid.nx(), 1, row.data(), grid.nx(), 1, type, 0, 0) !=
          CE_None)
        throw Error(path, "", "", "write failed: " + errors.first_failure());
    }
  }
  if (errors.failed()) throw Error(path, "", "", "write failed: " + errors.first_failure());
  out.commit();
}

}  // namespace

void write_geotiff(const std::string& path, const Field& grid, const std::string& crs, float nodata,
                   const std::string& band_description, const Provenance& provenance) {
  write_raster(path, grid, crs, static_cast<double>(nodata), band_description, provenance,
               GDT_Float32);
}

void write_geotiff(const std::string& path, const Mask& grid, const std::string& crs,
                   std::uint8_t nodata, const std::string& band_description,
                   const Provenance& provenance) {
  write_raster(path, grid, crs, nodata, band_description, provenance, GDT_Byte);
}

}  // namespace agora::gis
