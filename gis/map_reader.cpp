#include "gis/map_reader.hpp"

#include <ogrsf_frmts.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <unordered_map>

#include "gis/crs.hpp"
#include "gis/detail/gdal_util.hpp"
#include "gis/detail/srs.hpp"
#include "gis/osm_tags.hpp"
#include "sim/city/graph_builder.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

namespace {

using city::NodeKey;

// Vertices of one feature in its source CRS. Rings end at ring_ends[i]; polygons own
// part_rings[j] consecutive rings. Lines and points are one ring.
struct Coords {
  std::vector<double> xs, ys;
  std::vector<std::uint32_t> ring_ends;
  std::vector<std::uint32_t> part_rings;
};

struct SourceLayer {
  OGRSpatialReference srs;
  bool geographic = true;
};

struct RawRoad {
  city::RoadEdge attrs;
  Coords c;
  std::size_t layer;
};
struct RawLineBarrier {
  city::MapBarrier attrs;
  Coords c;
  std::size_t layer;
};
struct RawArea {
  enum class Use { Building, OpenArea, Barrier, Land } use;
  city::Building building;
  city::OpenArea open_area;
  city::LandArea land;
  city::MapBarrier barrier;
  Coords c;
  std::size_t layer;
};
struct RawPoint {
  std::optional<BarrierRule> barrier;
  std::string barrier_value;
  std::optional<city::PointOfInterest> poi;
  std::int64_t osm_id = 0;
  double x = 0, y = 0;
  std::size_t layer;
};

NodeKey node_key(double x, double y, bool geographic) {
  if (geographic) {
    const auto qx = static_cast<std::uint32_t>(static_cast<std::int32_t>(std::llround(x * 1e7)));
    const auto qy = static_cast<std::uint32_t>(static_cast<std::int32_t>(std::llround(y * 1e7)));
    return (static_cast<std::uint64_t>(qx) << 32) | qy;
  }
  auto mix = [](std::uint64_t z) {  // splitmix64 finaliser
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  };
  return mix(static_cast<std::uint64_t>(std::llround(x * 1e3))) ^
         (mix(static_cast<std::uint64_t>(std::llround(y * 1e3))) * 0x9E3779B97F4A7C15ULL);
}

void append_ring(const OGRSimpleCurve& curve, Coords& c) {
  const int n = curve.getNumPoints();
  const std::size_t base = c.xs.size();
  c.xs.resize(base + static_cast<std::size_t>(n));
  c.ys.resize(base + static_cast<std::size_t>(n));
  curve.getPoints(c.xs.data() + base, sizeof(double), c.ys.data() + base, sizeof(double));
  c.ring_ends.push_back(static_cast<std::uint32_t>(c.xs.size()));
}

void append_polygon(const OGRPolygon& poly, Coords& c) {
  if (poly.IsEmpty()) return;
  append_ring(*poly.getExteriorRing(), c);
  for (int i = 0; i < poly.getNumInteriorRings(); ++i) append_ring(*poly.getInteriorRing(i), c);
  c.part_rings.push_back(static_cast<std::uint32_t>(1 + poly.getNumInteriorRings()));
}

Box envelope(const Coords& c) {
  Box b{{c.xs[0], c.ys[0]}, {c.xs[0], c.ys[0]}};
  for (std::size_t i = 1; i < c.xs.size(); ++i) bg::expand(b, Vec2{c.xs[i], c.ys[i]});
  return b;
}

void read_tags(OGRFeature& f, Tags& tags) {
  tags.clear();
  const OGRFeatureDefn* defn = f.GetDefnRef();
  for (int i = 0; i < defn->GetFieldCount(); ++i) {
    if (!f.IsFieldSetAndNotNull(i)) continue;
    const char* name = defn->GetFieldDefn(i)->GetNameRef();
    const char* value = f.GetFieldAsString(i);
    if (std::strcmp(name, "other_tags") == 0) {
      parse_hstore(value, tags);
    } else if (std::strcmp(name, "z_order") != 0) {
      tags.set(name, value);
    }
  }
}

std::int64_t osm_id_of(const Tags& tags) {
  std::string_view id = tags.get("osm_id");
  if (id.empty()) id = tags.get("osm_way_id");
  std::int64_t v = 0;
  std::from_chars(id.data(), id.data() + id.size(), v);
  return v;
}

class Reader {
 public:
  Reader(std::string path, const ImportOptions& options)
      : path_(std::move(path)), options_(options), rules_(TagRules::load(options.tags_dir)) {}

  city::CityModel run();

 private:
  DatasetPtr open(bool custom_indexing, GdalErrorCapture& errors);
  void read_all(GDALDataset& ds, GdalErrorCapture& errors);
  void take(OGRFeature& f, std::size_t layer);
  bool in_bbox(const Coords& c, std::size_t layer) const;
  city::CityModel build();
  std::vector<Polygon> to_polygons(const Coords& c, const Reprojector& r, city::ImportStats& stats);

  std::string path_;
  ImportOptions options_;
  TagRules rules_;
  bool is_osm_ = false;
  std::vector<SourceLayer> layers_;
  std::unordered_map<const OGRLayer*, std::size_t> layer_index_;
  std::vector<std::optional<Box>> bbox_in_layer_;
  std::vector<RawRoad> roads_;
  std::vector<RawLineBarrier> line_barriers_;
  std::vector<RawArea> areas_;
  std::vector<RawPoint> points_;
  city::ImportStats stats_;
  Tags tags_;
};

DatasetPtr Reader::open(bool custom_indexing, GdalErrorCapture& errors) {
  const char* osm_options[] = {"USE_CUSTOM_INDEXING=NO", nullptr};
  errors.clear();
  GDALDataset* ds = GDALDataset::Open(path_.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                      custom_indexing ? nullptr : osm_options, nullptr);
  return DatasetPtr(ds);
}

void Reader::take(OGRFeature& f, std::size_t layer) {
  const OGRGeometry* g = f.GetGeometryRef();
  ++stats_.features_read;
  if (!g || g->IsEmpty()) {
    ++stats_.ignored_features;
    return;
  }
  read_tags(f, tags_);
  const auto type = wkbFlatten(g->getGeometryType());

  if (type == wkbLineString || type == wkbMultiLineString) {
    auto road = interpret_way(tags_, rules_);
    auto barrier = road ? std::nullopt : interpret_barrier(tags_, rules_);
    if (!road && !barrier) {
      ++stats_.ignored_features;
      return;
    }
    auto each = [&](const OGRLineString& ls) {
      Coords c;
      append_ring(ls, c);
      if (c.xs.size() < 2 || !in_bbox(c, layer)) return;
      if (road) {
        roads_.push_back({*road, std::move(c), layer});
      } else {
        city::MapBarrier m;
        m.osm_id = osm_id_of(tags_);
        m.barrier = std::string(tags_.get("barrier"));
        m.stops_vehicles = barrier->stops_vehicles;
        m.walkable_through = barrier->walkable_through;
        line_barriers_.push_back({std::move(m), std::move(c), layer});
      }
    };
    if (type == wkbLineString)
      each(*g->toLineString());
    else
      for (const OGRLineString* ls : *g->toMultiLineString()) each(*ls);
    return;
  }

  if (type == wkbPolygon || type == wkbMultiPolygon) {
    RawArea a;
    if (auto b = interpret_building(tags_, rules_)) {
      a.use = RawArea::Use::Building;
      a.building = std::move(*b);
    } else if (auto o = interpret_open_area(tags_, rules_)) {
      a.use = RawArea::Use::OpenArea;
      a.open_area = std::move(*o);
    } else if (auto br = interpret_barrier(tags_, rules_)) {
      a.use = RawArea::Use::Barrier;
      a.barrier.osm_id = osm_id_of(tags_);
      a.barrier.barrier = std::string(tags_.get("barrier"));
      a.barrier.stops_vehicles = br->stops_vehicles;
      a.barrier.walkable_through = br->walkable_through;
    } else if (auto land = interpret_land(tags_)) {
      a.use = RawArea::Use::Land;
      a.land = std::move(*land);
    } else {
      ++stats_.ignored_features;
      return;
    }
    if (type == wkbPolygon)
      append_polygon(*g->toPolygon(), a.c);
    else
      for (const OGRPolygon* p : *g->toMultiPolygon()) append_polygon(*p, a.c);
    if (a.c.xs.empty() || !in_bbox(a.c, layer)) return;
    a.layer = layer;
    areas_.push_back(std::move(a));
    return;
  }

  if (type == wkbPoint) {
    RawPoint p;
    p.barrier = interpret_barrier(tags_, rules_);
    p.poi = interpret_poi(tags_);
    if (!p.barrier && !p.poi) {
      ++stats_.ignored_features;
      return;
    }
    p.barrier_value = std::string(tags_.get("barrier"));
    p.osm_id = osm_id_of(tags_);
    const OGRPoint* pt = g->toPoint();
    p.x = pt->getX();
    p.y = pt->getY();
    p.layer = layer;
    Coords c;
    c.xs = {p.x};
    c.ys = {p.y};
    if (in_bbox(c, layer)) points_.push_back(std::move(p));
    return;
  }
  ++stats_.ignored_features;
}

bool Reader::in_bbox(const Coords& c, std::size_t layer) const {
  const auto& box = bbox_in_layer_[layer];
  if (!box) return true;
  return bg::intersects(envelope(c), *box);
}

void Reader::read_all(GDALDataset& ds, GdalErrorCapture& errors) {
  const OGRSpatialReference geo = wgs84_srs();
  for (int i = 0; i < ds.GetLayerCount(); ++i) {
    OGRLayer* layer = ds.GetLayer(i);
    const std::string name = layer->GetName();
    if (is_osm_ && (name == "multilinestrings" || name == "other_relations")) continue;
    SourceLayer sl;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
      sl.srs = *srs;
      sl.geographic = srs->IsGeographic();
    } else {
      sl.srs = geo;  // no CRS declared: GeoJSON's rule, WGS84 degrees; checked for range below
    }
    sl.srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::optional<Box> box;
    if (options_.bbox_lonlat) {
      if (sl.geographic) {
        box = *options_.bbox_lonlat;
      } else {
        const Reprojector to_layer = make_reprojector(geo, sl.srs);
        Box b{to_layer.transform(options_.bbox_lonlat->min_corner()),
              to_layer.transform(options_.bbox_lonlat->min_corner())};
        const Vec2 lo = options_.bbox_lonlat->min_corner(), hi = options_.bbox_lonlat->max_corner();
        for (Vec2 corner : {Vec2{lo.x, hi.y}, Vec2{hi.x, lo.y}, hi})
          bg::expand(b, to_layer.transform(corner));
        box = b;
      }
    }
    layer_index_[layer] = layers_.size();
    layers_.push_back(std::move(sl));
    bbox_in_layer_.push_back(box);
  }

  OGRLayer* layer = nullptr;
  while (true) {
    OGRFeature* raw = ds.GetNextFeature(&layer, nullptr, nullptr, nullptr);
    if (!raw) break;
    std::unique_ptr<OGRFeature> f(raw);
    const auto it = layer_index_.find(layer);
    if (it == layer_index_.end()) continue;
    take(*f, it->second);
    if (errors.failed()) break;
  }
}

std::vector<Polygon> Reader::to_polygons(const Coords& c, const Reprojector& r,
                                         city::ImportStats& stats) {
  std::vector<double> xs = c.xs, ys = c.ys;
  if (!r.transform(xs, ys)) {
    ++stats.dropped_geometries;
    return {};
  }
  std::vector<Polygon> out;
  std::size_t ring = 0;
  std::uint32_t begin = 0;
  for (std::uint32_t rings : c.part_rings) {
    Polygon poly;
    for (std::uint32_t k = 0; k < rings; ++k, ++ring) {
      Ring pts;
      for (std::uint32_t i = begin; i < c.ring_ends[ring]; ++i) pts.push_back({xs[i], ys[i]});
      begin = c.ring_ends[ring];
      if (k == 0)
        poly.outer() = std::move(pts);
      else
        poly.inners().push_back(std::move(pts));
    }
    bg::unique(poly);
    bg::correct(poly);
    // Boost calls a ring of collinear points valid; with no area it is no building or square.
    if (poly.outer().size() >= 4 && bg::area(poly) > 0.0 && bg::is_valid(poly)) {
      out.push_back(std::move(poly));
      continue;
    }
    // Repair through GEOS (OGR MakeValid): self-intersections, bow-ties, spikes.
    OGRPolygon ogr;
    auto to_ring = [](const Ring& rg) {
      auto* lr = new OGRLinearRing;
      for (const Vec2& p : rg) lr->addPoint(p.x, p.y);
      lr->closeRings();
      return lr;
    };
    ogr.addRingDirectly(to_ring(poly.outer()));
    for (const Ring& inner : poly.inners()) ogr.addRingDirectly(to_ring(inner));
    std::unique_ptr<OGRGeometry> valid(ogr.MakeValid());
    std::size_t repaired = 0;
    auto take_polygon = [&](const OGRPolygon& p) {
      Polygon q;
      auto ring_of = [](const OGRLinearRing& lr) {
        Ring rg;
        for (int i = 0; i < lr.getNumPoints(); ++i) rg.push_back({lr.getX(i), lr.getY(i)});
        return rg;
      };
      q.outer() = ring_of(*p.getExteriorRing());
      for (int i = 0; i < p.getNumInteriorRings(); ++i)
        q.inners().push_back(ring_of(*p.getInteriorRing(i)));
      bg::correct(q);
      if (q.outer().size() >= 4 && bg::area(q) > 0.0 && bg::is_valid(q)) {
        out.push_back(std::move(q));
        ++repaired;
      }
    };
    if (valid) {
      const auto t = wkbFlatten(valid->getGeometryType());
      if (t == wkbPolygon)
        take_polygon(*valid->toPolygon());
      else if (t == wkbMultiPolygon || t == wkbGeometryCollection)
        for (const OGRGeometry* part : *valid->toGeometryCollection())
          if (wkbFlatten(part->getGeometryType()) == wkbPolygon) take_polygon(*part->toPolygon());
    }
    if (repaired > 0)
      ++stats.repaired_geometries;
    else
      ++stats.dropped_geometries;
  }
  return out;
}

city::CityModel Reader::build() {
  city::CityModel model;
  model.stats = stats_;
  if (roads_.empty() && areas_.empty() && line_barriers_.empty())
    throw Error(path_, "", "",
                "no usable features: expected roads (highway=*), buildings or open areas" +
                    std::string(options_.bbox_lonlat ? " inside the given bbox" : ""));

  // Geographic extent of what was kept, and range checks on geographic sources.
  const OGRSpatialReference geo = wgs84_srs();
  bool have_extent = false;
  Box ll{};
  auto extend = [&](const Coords& c, std::size_t layer) {
    Box b = envelope(c);
    if (!layers_[layer].geographic) {
      const Reprojector to_geo = make_reprojector(layers_[layer].srs, geo);
      b = Box{to_geo.transform(b.min_corner()), to_geo.transform(b.max_corner())};
    } else if (b.min_corner().x < -180.0 || b.max_corner().x > 180.0 || b.min_corner().y < -90.0 ||
               b.max_corner().y > 90.0) {
      throw Error(path_, "", "geometry",
                  "coordinates out of range for longitude/latitude (" +
                      std::to_string(b.min_corner().x) + ", " + std::to_string(b.min_corner().y) +
                      "): the file declares no CRS or a wrong one");
    }
    if (!have_extent)
      ll = b;
    else
      bg::expand(ll, b);
    have_extent = true;
  };
  for (const auto& r : roads_) extend(r.c, r.layer);
  for (const auto& a : areas_) extend(a.c, a.layer);
  for (const auto& b : line_barriers_) extend(b.c, b.layer);
  model.stats.extent_lonlat = ll;

  Vec2 centre =
      options_.bbox_lonlat
          ? (options_.bbox_lonlat->min_corner() + options_.bbox_lonlat->max_corner()) * 0.5
          : (ll.min_corner() + ll.max_corner()) * 0.5;
  const std::string target = options_.crs.empty() ? utm_crs_for(centre.x, centre.y) : options_.crs;
  const OGRSpatialReference dst =
      projected_srs(target, options_.origin.empty() ? path_ : options_.origin);
  model.stats.target_crs = target;
  check_scale_error(dst, target, ll, options_.origin.empty() ? path_ : options_.origin);
  {
    const char* auth = layers_.front().srs.GetAuthorityName(nullptr);
    const char* code = layers_.front().srs.GetAuthorityCode(nullptr);
    model.stats.source_crs =
        auth && code ? std::string(auth) + ":" + code : layers_.front().srs.GetName();
  }

  std::vector<std::unique_ptr<Reprojector>> project;
  for (const SourceLayer& sl : layers_)
    project.push_back(std::make_unique<Reprojector>(make_reprojector(sl.srs, dst)));

  // Roads -> graph.
  std::vector<city::WayInput> ways;
  ways.reserve(roads_.size());
  for (RawRoad& r : roads_) {
    city::WayInput w;
    w.node_keys.reserve(r.c.xs.size());
    for (std::size_t i = 0; i < r.c.xs.size(); ++i)
      w.node_keys.push_back(node_key(r.c.xs[i], r.c.ys[i], layers_[r.layer].geographic));
    if (!project[r.layer]->transform(r.c.xs, r.c.ys)) {
      ++model.stats.dropped_geometries;
      continue;
    }
    w.line.reserve(r.c.xs.size());
    for (std::size_t i = 0; i < r.c.xs.size(); ++i) w.line.push_back({r.c.xs[i], r.c.ys[i]});
    w.attributes = std::move(r.attrs);
    ways.push_back(std::move(w));
  }
  std::unordered_map<NodeKey, city::NodeBarrier> node_barriers;
  for (RawPoint& p : points_) {
    const Vec2 pos = project[p.layer]->transform(Vec2{p.x, p.y});
    if (!std::isfinite(pos.x)) {
      ++model.stats.dropped_geometries;
      continue;
    }
    if (p.barrier) {
      node_barriers[node_key(p.x, p.y, layers_[p.layer].geographic)] = {p.barrier_value,
                                                                        p.barrier->stops_vehicles};
      city::MapBarrier m;
      m.line = {pos};
      m.osm_id = p.osm_id;
      m.barrier = p.barrier_value;
      m.stops_vehicles = p.barrier->stops_vehicles;
      m.walkable_through = p.barrier->walkable_through;
      model.barriers.push_back(std::move(m));
    }
    if (p.poi) {
      p.poi->pos = pos;
      model.pois.push_back(std::move(*p.poi));
    }
  }
  city::build_road_graph(std::move(ways), node_barriers, model);

  for (RawLineBarrier& b : line_barriers_) {
    if (!project[b.layer]->transform(b.c.xs, b.c.ys)) {
      ++model.stats.dropped_geometries;
      continue;
    }
    for (std::size_t i = 0; i < b.c.xs.size(); ++i) b.attrs.line.push_back({b.c.xs[i], b.c.ys[i]});
    model.barriers.push_back(std::move(b.attrs));
  }
  for (RawArea& a : areas_) {
    for (Polygon& poly : to_polygons(a.c, *project[a.layer], model.stats)) {
      switch (a.use) {
        case RawArea::Use::Building: {
          city::Building b = a.building;
          b.footprint = std::move(poly);
          model.buildings.push_back(std::move(b));
          break;
        }
        case RawArea::Use::OpenArea: {
          city::OpenArea o = a.open_area;
          o.area = std::move(poly);
          model.open_areas.push_back(std::move(o));
          break;
        }
        case RawArea::Use::Barrier: {
          city::MapBarrier m = a.barrier;
          m.line.assign(poly.outer().begin(), poly.outer().end());
          model.barriers.push_back(std::move(m));
          break;
        }
        case RawArea::Use::Land: {
          city::LandArea l = a.land;
          l.area = std::move(poly);
          model.land.push_back(std::move(l));
          break;
        }
      }
    }
  }
  if (model.edges.empty() && model.buildings.empty() && model.open_areas.empty() &&
      model.barriers.empty())
    throw Error(path_, "", "geometry",
                "every feature was dropped as invalid (" +
                    std::to_string(model.stats.dropped_geometries) +
                    " dropped): expected at least one valid road, building or open area");
  model.build_index();
  return model;
}

city::CityModel Reader::run() {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path_, ec)) throw Error(path_, "", "", "map file not found");
  if (fs::is_directory(path_, ec)) throw Error(path_, "", "", "is a folder, expected a map file");
  if (!fs::is_regular_file(path_, ec))
    throw Error(path_, "", "", "not a regular file (a device or a pipe?), expected a map file");
  ensure_gdal();
  stats_.source_file = path_;

  GdalErrorCapture errors;
  for (bool custom_indexing : {true, false}) {
    DatasetPtr ds = open(custom_indexing, errors);
    if (!ds) {
      throw Error(path_, "", "",
                  "not a vector map GDAL can read" + (errors.first_failure().empty()
                                                          ? std::string()
                                                          : " (" + errors.first_failure() + ")"));
    }
    is_osm_ = std::string(ds->GetDriver()->GetDescription()) == "OSM";
    stats_.from_osm = is_osm_;
    if (ds->GetLayerCount() == 0) throw Error(path_, "", "", "the file has no vector layers");
    read_all(*ds, errors);
    if (!errors.failed()) break;
    const bool node_order =
        errors.first_failure().find("OSM_USE_CUSTOM_INDEXING") != std::string::npos ||
        errors.first_failure().find("Non increasing node id") != std::string::npos;
    if (is_osm_ && custom_indexing && node_order) {
      // Node ids not sorted (hand-edited or converted extracts): GDAL's slower index copes.
      roads_.clear();
      line_barriers_.clear();
      areas_.clear();
      points_.clear();
      layers_.clear();
      layer_index_.clear();
      bbox_in_layer_.clear();
      stats_ = {};
      stats_.source_file = path_;
      continue;
    }
    throw Error(path_, "", "", "the file is truncated or corrupt: " + errors.first_failure());
  }
  return build();
}

}  // namespace

city::CityModel read_city_model(const std::string& path, const ImportOptions& options) {
  return Reader(path, options).run();
}

}  // namespace agora::gis
