#include "gis/layout_writer.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "gis/crs.hpp"
#include "gis/detail/srs.hpp"
#include "gis/text_file.hpp"

namespace agora::gis {

namespace {

using ojson = nlohmann::ordered_json;
using namespace agora::scenario;

// 1e-8 degrees is 1.1 mm of latitude: finer than any layout is drawn, coarse enough that
// the PROJ round trip (local CRS and back) returns the digits a file was written with.
double round_deg(double v) {
  return std::round(v * 1e8) / 1e8;
}

class GeoJsonFeatures {
 public:
  explicit GeoJsonFeatures(const std::string& crs)
      : to_wgs84_(Reprojector::to_lonlat(crs, "layout")) {}

  ojson position(Vec2 local) const {
    const Vec2 g = to_wgs84_.transform(local);
    if (!std::isfinite(g.x) || !std::isfinite(g.y))
      throw Error("", "layout", "geometry", "a vertex cannot be transformed to WGS84");
    return ojson::array({round_deg(g.x), round_deg(g.y)});
  }
  template <class Points>
  ojson positions(const Points& pts) const {
    ojson a = ojson::array();
    for (const Vec2& p : pts) a.push_back(position(p));
    return a;
  }
  ojson point(Vec2 p) const { return {{"type", "Point"}, {"coordinates", position(p)}}; }
  ojson line(const Polyline& l) const {
    if (l.size() == 1) return point(l.front());
    return {{"type", "LineString"}, {"coordinates", positions(l)}};
  }
  ojson polygon(const Polygon& p) const {
    ojson rings = ojson::array({positions(p.outer())});
    for (const Ring& r : p.inners()) rings.push_back(positions(r));
    return {{"type", "Polygon"}, {"coordinates", rings}};
  }

 private:
  Reprojector to_wgs84_;
};

struct Entry {
  int order;        // FeatureInfo::index, or past the end for new features
  std::size_t seq;  // position in the layout, to keep new features in a stable order
  ojson feature;
};

ojson properties(const char* kind, const FeatureInfo& info) {
  ojson p = {{"kind", kind}};
  if (!info.id.empty()) p["id"] = info.id;
  if (!info.name.empty()) p["name"] = info.name;
  return p;
}

void set_if(ojson& p, const char* key, double v) {
  if (is_set(v)) p[key] = v;
}
void set_if(ojson& p, const char* key, const std::string& v) {
  if (!v.empty()) p[key] = v;
}

}  // namespace

std::string layout_geojson(const Layout& L, const std::string& crs) {
  const GeoJsonFeatures g(crs);
  std::vector<Entry> entries;
  auto add = [&](const FeatureInfo& info, ojson props, ojson geometry) {
    ojson f = {
        {"type", "Feature"}, {"properties", std::move(props)}, {"geometry", std::move(geometry)}};
    const int order = info.index >= 0 ? info.index : std::numeric_limits<int>::max();
    entries.push_back({order, entries.size(), std::move(f)});
  };
  for (const auto& f : L.perimeters)
    add(f.info, properties("perimeter", f.info), g.polygon(f.area));
  for (const auto& f : L.crowd_zones) {
    ojson p = properties("crowd_zone", f.info);
    set_if(p, "density_ppm2", f.density_ppm2);
    set_if(p, "exit", f.exit_id);
    if (f.gangways) p["gangways"] = true;
    add(f.info, p, g.polygon(f.area));
  }
  for (const auto& f : L.exits) {
    ojson p = properties("exit", f.info);
    p["width_m"] = f.width_m;
    if (f.emergency_only) p["emergency_only"] = true;
    if (!f.unlocked) p["unlocked"] = false;
    if (!f.opens_outward) p["opens_outward"] = false;
    if (f.closed) p["closed"] = true;
    add(f.info, p, g.line(f.line));
  }
  for (const auto& f : L.stages) {
    ojson p = properties("stage", f.info);
    set_if(p, "sound_power_dba", f.sound_power_dba);
    if (f.source_height_m != 3.0) p["source_height_m"] = f.source_height_m;
    add(f.info, p, f.footprint.outer().empty() ? g.point(f.source) : g.polygon(f.footprint));
  }
  for (const auto& f : L.stalls) add(f.info, properties("stall", f.info), g.polygon(f.area));
  for (const auto& f : L.structures) {
    ojson p = properties("structure", f.info);
    set_if(p, "structure_type", f.structure_type);
    add(f.info, p, g.polygon(f.area));
  }
  for (const auto& f : L.barriers) {
    ojson p = properties("barrier", f.info);
    set_if(p, "rating", f.rating);
    set_if(p, "product", f.product);
    set_if(p, "barrier_type", f.barrier_type);
    set_if(p, "clear_gap_m", f.clear_gap_m);
    set_if(p, "cost_eur", f.cost_eur);
    add(f.info, p, g.line(f.line));
  }
  for (const auto& f : L.emergency_gates) {
    ojson p = properties("emergency_gate", f.info);
    p["width_m"] = f.width_m;
    set_if(p, "rating", f.rating);
    set_if(p, "product", f.product);
    add(f.info, p, g.line(f.line));
  }
  for (const auto& f : L.access_points)
    add(f.info, properties("access_point", f.info), g.point(f.pos));
  for (const auto& f : L.receivers) {
    ojson p = properties("receiver", f.info);
    if (f.height_m != 4.0) p["height_m"] = f.height_m;
    set_if(p, "limit_dba", f.limit_dba);
    add(f.info, p, g.point(f.pos));
  }
  for (const auto& f : L.stairs) {
    ojson p = properties("stairs", f.info);
    p["up_bearing_deg"] = f.up_bearing_deg;
    add(f.info, p, g.polygon(f.area));
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.order != b.order ? a.order < b.order : a.seq < b.seq;
  });
  std::string out = "{\n\"type\": \"FeatureCollection\",\n\"name\": \"layout\",\n\"features\": [\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    out += entries[i].feature.dump();
    out += i + 1 < entries.size() ? ",\n" : "\n";
  }
  out += "]\n}\n";
  return out;
}

void write_layout_geojson(const Layout& layout, const std::string& crs, const std::string& path) {
  std::string text;
  try {
    text = layout_geojson(layout, crs);
  } catch (const Error& e) {
    std::vector<Problem> problems = e.problems();
    for (Problem& p : problems) p.file = path;
    throw Error(problems);
  }
  write_text_file_atomic(path, text);
}

}  // namespace agora::gis
