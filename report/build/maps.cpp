#include "report/build/maps.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "report/build/tones.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"

namespace agora::report {

namespace {

MultiPolygon as_multi(const Polygon& p) {
  return MultiPolygon{p};
}

Stroke stroke(std::uint32_t hex, double width_mm, std::vector<double> dash = {},
              double alpha = 1.0) {
  return Stroke{rgb(hex, alpha), width_mm, 0.0, std::move(dash)};
}

MapLayer layer(std::string legend, std::optional<Colour> fill, std::optional<Stroke> line) {
  MapLayer l;
  l.legend = std::move(legend);
  l.style.fill = fill;
  l.style.stroke = std::move(line);
  return l;
}

void push_layer(Map& map, MapLayer l) {
  if (!l.polygons.empty() || !l.lines.empty() || !l.points.empty() || l.raster)
    map.layers.push_back(std::move(l));
}

}  // namespace

Box grown(const Box& b, double m) {
  return {{b.min_corner().x - m, b.min_corner().y - m},
          {b.max_corner().x + m, b.max_corner().y + m}};
}

Box union_box(const Box& a, const Box& b) {
  return {
      {std::min(a.min_corner().x, b.min_corner().x), std::min(a.min_corner().y, b.min_corner().y)},
      {std::max(a.max_corner().x, b.max_corner().x), std::max(a.max_corner().y, b.max_corner().y)}};
}

Box site_extent(const scenario::Scenario& s, const city::CityModel& city, double margin_m) {
  const MultiPolygon area = s.layout.perimeter_area();
  if (area.empty()) return city.extent();
  Box b;
  bg::envelope(area, b);
  return grown(b, margin_m);
}

Map base_map(const ReportInput& input, const Box& extent, const Strings& tr) {
  Map map;
  map.extent = extent;
  map.crs = input.city.stats.target_crs;
  map.north_label = tr("map.north");
  if (input.osm_data || input.city.stats.from_osm)
    map.attribution = as_data("© OpenStreetMap contributors");
  // Query a little beyond the extent: the frame's aspect may show more than asked for.
  const double w = extent.max_corner().x - extent.min_corner().x,
               h = extent.max_corner().y - extent.min_corner().y;
  const Box view = grown(extent, std::max(w, h) * 0.6);
  MapLayer open = layer(tr("map.open_area"), rgb(0xe9e4ef), std::nullopt);
  MapLayer buildings = layer(tr("map.building"), rgb(0xd6cdc4), stroke(0xb3a697, 0.1));
  MapLayer homes = layer(tr("map.building_residential"), rgb(0xc9b8a6), stroke(0xa8957f, 0.1));
  MapLayer casing = layer("", std::nullopt, Stroke{rgb(0xb9b3aa), 0.5, 0.0, {}});
  MapLayer roads = layer(tr("map.street"), std::nullopt, Stroke{rgb(0xffffff), 0.35, 0.0, {}});
  MapLayer paths = layer(tr("map.footway"), std::nullopt, Stroke{rgb(0xfaf7f2), 0.25, 0.0, {}});
  MapLayer map_barriers = layer(tr("map.map_barrier"), rgb(0x555555), stroke(0x555555, 0.25));
  map_barriers.style.marker = Marker::kCircle;
  map_barriers.style.marker_mm = 0.8;
  for (const city::FeatureRef& ref : input.city.query(view)) {
    switch (ref.kind) {
      case city::FeatureKind::Building: {
        const city::Building& b = input.city.buildings[ref.index];
        (b.residential ? homes : buildings).polygons.push_back(as_multi(b.footprint));
        break;
      }
      case city::FeatureKind::OpenArea:
        open.polygons.push_back(as_multi(input.city.open_areas[ref.index].area));
        break;
      case city::FeatureKind::Edge: {
        const city::RoadEdge& e = input.city.edges[ref.index];
        if (e.tunnel) break;
        if (e.vehicle_passable) {
          casing.lines.push_back(e.line);
          roads.lines.push_back(e.line);
        } else if (e.walkable) {
          paths.lines.push_back(e.line);
        }
        break;
      }
      case city::FeatureKind::Barrier: {
        const city::MapBarrier& b = input.city.barriers[ref.index];
        if (!b.stops_vehicles) break;
        if (b.line.size() == 1)
          map_barriers.points.push_back(b.line.front());
        else
          map_barriers.lines.push_back(b.line);
        break;
      }
      case city::FeatureKind::Poi:
        break;
    }
  }
  // Streets drawn at their carriageway width: casing 1.5 m wider than the fill.
  std::vector<double> widths;
  for (const city::FeatureRef& ref : input.city.query(view))
    if (ref.kind == city::FeatureKind::Edge) widths.push_back(input.city.edges[ref.index].width_m);
  const double typical_width = widths.empty() ? 6.0 : widths[widths.size() / 2];
  casing.style.stroke->width_m = typical_width + 1.5;
  roads.style.stroke->width_m = typical_width;
  push_layer(map, std::move(open));
  push_layer(map, std::move(casing));
  push_layer(map, std::move(roads));
  push_layer(map, std::move(paths));
  push_layer(map, std::move(buildings));
  push_layer(map, std::move(homes));
  push_layer(map, std::move(map_barriers));
  return map;
}

void add_layout_layers(Map& map, const scenario::Layout& L, const Strings& tr,
                       LayoutDetail detail) {
  const bool full = detail == LayoutDetail::kFull;
  MapLayer zones = layer(tr("map.crowd_zone"), rgb(0xf6c667, 0.45), stroke(0xd4a017, 0.2));
  MapLayer stalls = layer(tr("map.stall"), rgb(0xb5542c), stroke(0x7a3418, 0.15));
  MapLayer structures = layer(tr("map.structure"), rgb(0x8e7cc3), stroke(0x5e4b8b, 0.15));
  MapLayer stairs = layer(tr("map.stairs"), rgb(0x95a5a6, 0.7), stroke(0x566573, 0.2));
  MapLayer perimeter = layer(tr("map.perimeter"), std::nullopt, stroke(0xc0392b, 0.6, {2.0, 1.0}));
  MapLayer exits = layer(tr("map.exit"), std::nullopt, stroke(0x1e8449, 1.3));
  MapLayer em_exits =
      layer(tr("map.exit_emergency"), std::nullopt, stroke(0x1e8449, 1.0, {1.2, 0.8}));
  MapLayer closed_exits =
      layer(tr("map.exit_closed"), std::nullopt, stroke(0x7f8c8d, 1.0, {0.6, 0.6}));
  MapLayer rated = layer(tr("map.barrier_rated"), rgb(0x1f3a93), stroke(0x1f3a93, 1.0));
  MapLayer unrated =
      layer(tr("map.barrier_unrated"), rgb(0xe67e22), stroke(0xe67e22, 1.0, {1.0, 0.6}));
  MapLayer gates = layer(tr("map.emergency_gate"), std::nullopt, stroke(0x16a085, 1.1, {0.5, 0.5}));
  MapLayer stages = layer(tr("map.stage"), rgb(0x8e44ad), stroke(0xffffff, 0.25));
  stages.style.marker = Marker::kTriangle;
  stages.style.marker_mm = 3.2;
  MapLayer access = layer(tr("map.access_point"), rgb(0xc0392b), stroke(0xffffff, 0.25));
  access.style.marker = Marker::kSquare;
  access.style.marker_mm = 2.6;
  MapLayer receivers = layer(tr("map.receiver"), rgb(0x2c3e50), stroke(0xffffff, 0.2));
  receivers.style.marker = Marker::kDiamond;
  receivers.style.marker_mm = 2.2;
  for (const auto& z : L.crowd_zones) zones.polygons.push_back(as_multi(z.area));
  for (const auto& s : L.stalls) stalls.polygons.push_back(as_multi(s.area));
  for (const auto& s : L.structures) structures.polygons.push_back(as_multi(s.area));
  for (const auto& s : L.stairs) stairs.polygons.push_back(as_multi(s.area));
  for (const auto& p : L.perimeters) perimeter.polygons.push_back(as_multi(p.area));
  for (const auto& e : L.exits) {
    MapLayer& target = e.closed ? closed_exits : e.emergency_only ? em_exits : exits;
    target.lines.push_back(e.line);
  }
  for (const auto& b : L.barriers) {
    MapLayer& target = b.rating.empty() ? unrated : rated;
    if (b.line.size() == 1)
      target.points.push_back(b.line.front());
    else
      target.lines.push_back(b.line);
  }
  for (const auto& g : L.emergency_gates) gates.lines.push_back(g.line);
  for (const auto& s : L.stages) {
    stages.points.push_back(s.source);
    if (full && !s.info.name.empty())
      stages.labels.push_back({s.source + Vec2{0.0, 6.0}, as_data(s.info.name)});
  }
  for (const auto& a : L.access_points) access.points.push_back(a.pos);
  for (const auto& r : L.receivers) receivers.points.push_back(r.pos);
  if (full) {
    push_layer(map, std::move(stairs));
    push_layer(map, std::move(zones));
    push_layer(map, std::move(stalls));
    push_layer(map, std::move(structures));
  }
  push_layer(map, std::move(perimeter));
  push_layer(map, std::move(exits));
  push_layer(map, std::move(em_exits));
  push_layer(map, std::move(closed_exits));
  push_layer(map, std::move(rated));
  push_layer(map, std::move(unrated));
  push_layer(map, std::move(gates));
  if (full) {
    push_layer(map, std::move(stages));
    push_layer(map, std::move(access));
    push_layer(map, std::move(receivers));
  }
}

std::optional<Box> layer_extent(const FeatureLayer& layer) {
  std::optional<Box> out;
  for (const Feature& f : layer.features) {
    Box b;
    std::visit([&b](const auto& g) { bg::envelope(g, b); }, f.geometry);
    out = out ? union_box(*out, b) : b;
  }
  return out;
}

Colour category_colour(const std::string& value, std::size_t index) {
  switch (tone_of_verdict(value)) {
    case Tone::kGood:
      return rgb(0x1e8449);
    case Tone::kCaution:
      return rgb(0xe67e22);
    case Tone::kBad:
      return rgb(0xc0392b);
    case Tone::kMuted:
      return rgb(0x7f8c8d);
    default:
      break;
  }
  static const std::uint32_t kPalette[] = {0x2874a6, 0x8e44ad, 0x117a65,
                                           0xb9770e, 0x922b21, 0x34495e};
  return rgb(kPalette[index % std::size(kPalette)]);
}

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// How a generic layer is coloured: by a verdict-like text field, else by a speed (or other
// real) field in classes, else by a category-like text field, else one colour.
struct Classing {
  int field = -1;
  bool graduated = false;
  std::vector<double> breaks;  // class i covers [breaks[i], breaks[i+1])
};

Classing classing_for(const FeatureLayer& fl) {
  Classing c;
  auto text_field = [&fl](const char* name) {
    const int i = fl.field_index(name);
    return i >= 0 && fl.fields[static_cast<std::size_t>(i)].type == ValueType::Text ? i : -1;
  };
  for (const char* name : {"worst_verdict", "verdict", "status"})
    if ((c.field = text_field(name)) >= 0) return c;
  for (const char* name :
       {"max_speed_kmh", "speed_high_kmh", "speed_kmh", "level_dba", "load_persons"}) {
    const int i = fl.field_index(name);
    if (i < 0 || fl.fields[static_cast<std::size_t>(i)].type == ValueType::Text) continue;
    c.field = i;
    c.graduated = true;
    if (ends_with(name, "_kmh")) {
      // Pedestrian survival falls from about 90 % at 30 km/h to 60 % at 40 km/h (sources.md:
      // Vehicles).
      c.breaks = {0.0, 20.0, 30.0, 40.0, 50.0, 70.0, 1e9};
    } else {
      double lo = 1e300, hi = -1e300;
      for (const Feature& f : fl.features) {
        if (static_cast<std::size_t>(i) >= f.values.size()) continue;
        const Value& v = f.values[static_cast<std::size_t>(i)];
        const double x = std::holds_alternative<bool>(v) ? std::nan("") : numeric_value(v);
        if (std::isnan(x)) continue;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
      }
      if (!(lo <= hi)) lo = hi = 0.0;
      if (hi <= lo) hi = lo + 1.0;
      for (int k = 0; k <= 5; ++k) c.breaks.push_back(lo + (hi - lo) * k / 5.0);
      c.breaks.back() = 1e300;
    }
    return c;
  }
  for (const char* name : {"category", "class", "kind"})
    if ((c.field = text_field(name)) >= 0) return c;
  return c;
}

std::string class_label(const Classing& c, std::size_t k, const std::string& unit) {
  auto num = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", std::round(v * 10.0) / 10.0);
    return std::string(buf);
  };
  if (k + 2 == c.breaks.size()) return "≥ " + num(c.breaks[k]) + " " + unit;
  return num(c.breaks[k]) + "–" + num(c.breaks[k + 1]) + " " + unit;
}

}  // namespace

std::vector<MapLayer> feature_layer_to_map(const FeatureLayer& fl, const Strings& tr, bool labels) {
  const Classing classing = classing_for(fl);
  int label_field = fl.field_index("label");
  if (label_field < 0) label_field = fl.field_index("name");
  const bool polygons =
      fl.geometry_type == GeometryType::kPolygon || fl.geometry_type == GeometryType::kMultiPolygon;
  auto styled = [&](std::string legend, const Colour& c) {
    MapLayer l;
    l.legend = std::move(legend);
    if (polygons) {
      l.style.fill = Colour{c.r, c.g, c.b, 0.45};
      l.style.stroke = Stroke{c, 0.2, 0.0, {}};
    } else if (fl.geometry_type == GeometryType::kLine) {
      l.style.stroke = Stroke{c, 0.9, 0.0, {}};
    } else {
      l.style.fill = c;
      l.style.stroke = Stroke{rgb(0xffffff), 0.25, 0.0, {}};
      l.style.marker_mm = 2.4;
    }
    return l;
  };
  std::vector<std::string> categories;
  std::vector<MapLayer> out;
  if (classing.graduated) {
    // Green to red over the classes, lowest first.
    static const std::uint32_t kRamp[] = {0x1a9850, 0x91cf60, 0xfee08b,
                                          0xfc8d59, 0xe34a33, 0xb30000};
    const std::string unit = unit_for_key(fl.fields[static_cast<std::size_t>(classing.field)].name);
    for (std::size_t k = 0; k + 1 < classing.breaks.size(); ++k)
      out.push_back(
          styled(class_label(classing, k, unit), rgb(kRamp[std::min<std::size_t>(k, 5)])));
  }
  auto layer_for = [&](const Feature& f) -> MapLayer& {
    if (classing.field < 0) {
      if (out.empty()) out.push_back(styled(fl.name, category_colour("", 0)));
      return out.front();
    }
    static const Value kNull{};
    const auto field = static_cast<std::size_t>(classing.field);
    const Value& v = field < f.values.size() ? f.values[field] : kNull;
    if (classing.graduated) {
      const double x = numeric_value(v);
      std::size_t k = 0;
      while (k + 2 < classing.breaks.size() && !(x < classing.breaks[k + 1])) ++k;
      return out[k];
    }
    const std::string category =
        std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
    const auto it = std::find(categories.begin(), categories.end(), category);
    if (it != categories.end()) return out[static_cast<std::size_t>(it - categories.begin())];
    categories.push_back(category);
    out.push_back(styled(category.empty() ? tr("value.none") : category,
                         category_colour(category, categories.size() - 1)));
    return out.back();
  };
  for (const Feature& f : fl.features) {
    MapLayer& l = layer_for(f);
    Vec2 anchor;
    std::visit(
        [&](const auto& g) {
          using G = std::decay_t<decltype(g)>;
          if constexpr (std::is_same_v<G, Vec2>) {
            l.points.push_back(g);
            anchor = g;
          } else if constexpr (std::is_same_v<G, Polyline>) {
            l.lines.push_back(g);
            if (!g.empty()) anchor = g[g.size() / 2];
          } else if constexpr (std::is_same_v<G, Polygon>) {
            l.polygons.push_back(as_multi(g));
            bg::centroid(g, anchor);
          } else {
            l.polygons.push_back(g);
            if (!g.empty()) bg::centroid(g, anchor);
          }
        },
        f.geometry);
    if (labels && label_field >= 0 && !polygons &&
        static_cast<std::size_t>(label_field) < f.values.size())
      if (const auto* s =
              std::get_if<std::string>(&f.values[static_cast<std::size_t>(label_field)]))
        if (!s->empty()) l.labels.push_back({anchor + Vec2{0.0, 4.0}, as_data(*s)});
  }
  // Graduated classes nobody fell into stay out of the legend.
  std::erase_if(out, [](const MapLayer& l) {
    return l.points.empty() && l.lines.empty() && l.polygons.empty();
  });
  return out;
}

ColourRamp ramp_for(const Field& grid, float nodata, const std::string& title) {
  float lo = std::numeric_limits<float>::infinity(), hi = -lo;
  for (int y = 0; y < grid.ny(); ++y)
    for (int x = 0; x < grid.nx(); ++x) {
      const float v = grid(x, y);
      if (v == nodata || !std::isfinite(v)) continue;
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  if (!(lo <= hi)) lo = hi = 0.0f;
  if (hi <= lo) hi = lo + 1.0f;
  // A perceptually ordered ramp (viridis at five stops), readable in grey print too.
  const std::uint32_t kStops[] = {0x440154, 0x3b528b, 0x21918c, 0x5ec962, 0xfde725};
  ColourRamp ramp;
  ramp.title = title;
  for (int i = 0; i < 5; ++i)
    ramp.stops.push_back({double(lo) + (double(hi) - double(lo)) * i / 4.0, rgb(kStops[i])});
  return ramp;
}

MapLayer raster_to_map(const Field& grid, float nodata, const ColourRamp& ramp) {
  MapRaster r;
  r.extent = grid.bounds();
  r.width = grid.nx();
  r.height = grid.ny();
  r.rgba.assign(static_cast<std::size_t>(r.width) * r.height * 4, 0);
  for (int row = 0; row < r.height; ++row) {
    const int iy = grid.ny() - 1 - row;  // row 0 is the north edge
    for (int ix = 0; ix < r.width; ++ix) {
      const float v = grid(ix, iy);
      if (v == nodata || !std::isfinite(v)) continue;
      const Colour c = ramp_colour(ramp, v);
      std::uint8_t* p = &r.rgba[(static_cast<std::size_t>(row) * r.width + ix) * 4];
      p[0] = c.r;
      p[1] = c.g;
      p[2] = c.b;
      p[3] = 210;  // the streets and buildings stay faintly visible under the field
    }
  }
  MapLayer l;
  l.raster = std::move(r);
  return l;
}

}  // namespace agora::report
