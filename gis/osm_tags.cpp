#include "gis/osm_tags.hpp"

#include <charconv>
#include <cstdio>
#include <filesystem>

#include "gis/builtin_data.hpp"
#include "gis/csv.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

void Tags::set(std::string key, std::string value) {
  for (auto& [k, v] : tags_)
    if (k == key) {
      v = std::move(value);
      return;
    }
  tags_.emplace_back(std::move(key), std::move(value));
}

std::string_view Tags::get(std::string_view key) const {
  for (const auto& [k, v] : tags_)
    if (k == key) return v;
  return {};
}

bool Tags::has(std::string_view key) const {
  for (const auto& [k, v] : tags_)
    if (k == key) return true;
  return false;
}

namespace {

// Reads a "quoted" hstore token starting at text[i] == '"'; advances i past the closing quote.
bool read_quoted(std::string_view text, std::size_t& i, std::string& out) {
  if (i >= text.size() || text[i] != '"') return false;
  out.clear();
  for (++i; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size()) {
      out += text[++i];
    } else if (c == '"') {
      ++i;
      return true;
    } else {
      out += c;
    }
  }
  return false;
}

}  // namespace

bool parse_hstore(std::string_view text, Tags& tags) {
  std::size_t i = 0;
  std::string key, value;
  while (i < text.size()) {
    if (!read_quoted(text, i, key)) return false;
    if (text.substr(i, 2) != "=>") return false;
    i += 2;
    if (!read_quoted(text, i, value)) return false;
    tags.set(key, value);
    if (i < text.size()) {
      if (text[i] != ',') return false;
      ++i;
    }
  }
  return true;
}

std::optional<double> parse_length_m(std::string_view text) {
  std::string s(text);
  for (char& c : s)
    if (c == ',') c = '.';
  const char* p = s.data();
  const char* end = s.data() + s.size();
  while (p < end && *p == ' ') ++p;
  double value = 0.0;
  auto [ptr, ec] = std::from_chars(p, end, value);
  if (ec != std::errc()) return std::nullopt;
  std::string_view rest(ptr, static_cast<std::size_t>(end - ptr));
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  double metres = value;
  if (rest.empty() || rest == "m" || rest == "meter" || rest == "metre") {
    metres = value;
  } else if (rest == "km") {
    metres = value * 1000.0;
  } else if (rest == "ft" || rest.front() == '\'') {
    // feet, optionally followed by inches: 8'6"
    metres = value * 0.3048;
    if (rest.front() == '\'' && rest.size() > 1) {
      std::string_view inch = rest.substr(1);
      double inches = 0.0;
      auto [p2, e2] = std::from_chars(inch.data(), inch.data() + inch.size(), inches);
      if (e2 != std::errc() ||
          std::string_view(p2, static_cast<std::size_t>(inch.data() + inch.size() - p2)) != "\"")
        return std::nullopt;
      metres += inches * 0.0254;
    }
  } else {
    return std::nullopt;
  }
  if (!(metres > 0.0)) return std::nullopt;
  return metres;
}

namespace {

CsvTable table(const std::string& name, const std::string& override_dir) {
  if (!override_dir.empty()) {
    const auto path = std::filesystem::path(override_dir) / std::filesystem::path(name).filename();
    if (std::filesystem::exists(path)) return CsvTable::parse(read_text_file(path), path.string());
  }
  return CsvTable::parse(builtin_file(name), "built-in data/" + name);
}

int parse_int(std::string_view s, int fallback) {
  int v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size() ? v : fallback;
}

bool is_yes(std::string_view v) {
  return v == "yes" || v == "true" || v == "1";
}

std::string metres_text(double m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f m", m);
  return buf;
}

}  // namespace

TagRules TagRules::load(const std::string& override_dir) {
  TagRules rules;
  {
    const CsvTable t = table("osm/highways.csv", override_dir);
    t.require_columns({"highway", "vehicle_passable", "walkable", "car_legal", "default_width_m"});
    for (std::size_t r = 0; r < t.rows(); ++r) {
      HighwayRule h;
      const std::string& v = t.text(r, "vehicle_passable");
      if (v == "yes")
        h.vehicle = HighwayRule::Passable::Yes;
      else if (v == "no")
        h.vehicle = HighwayRule::Passable::No;
      else if (v == "if_wide")
        h.vehicle = HighwayRule::Passable::IfWide;
      else
        throw Error(t.file(), "line " + std::to_string(t.line_of(r)), "vehicle_passable",
                    "expected yes, no or if_wide, got '" + v + "'");
      h.walkable = t.flag(r, "walkable");
      h.car_legal = t.flag(r, "car_legal");
      const auto w = t.number(r, "default_width_m");
      if (!w || *w <= 0.0)
        throw Error(t.file(), "line " + std::to_string(t.line_of(r)), "default_width_m",
                    "expected a positive width in metres");
      h.default_width_m = *w;
      rules.highways[t.text(r, "highway")] = h;
    }
  }
  {
    const CsvTable t = table("osm/barriers.csv", override_dir);
    t.require_columns({"barrier", "stops_vehicles", "walkable_through"});
    for (std::size_t r = 0; r < t.rows(); ++r)
      rules.barriers[t.text(r, "barrier")] = {t.flag(r, "stops_vehicles"),
                                              t.flag(r, "walkable_through"), 0.0,
                                              "barrier=" + t.text(r, "barrier")};
  }
  {
    const CsvTable t = table("osm/open_areas.csv", override_dir);
    t.require_columns({"key", "value", "kind", "vehicle_passable", "walkable"});
    for (std::size_t r = 0; r < t.rows(); ++r)
      rules.open_areas.push_back({t.text(r, "key"), t.text(r, "value"), t.text(r, "kind"),
                                  t.flag(r, "vehicle_passable"), t.flag(r, "walkable")});
  }
  {
    const CsvTable t = table("osm/covered_ways.csv", override_dir);
    t.require_columns({"key", "value", "kind"});
    for (std::size_t r = 0; r < t.rows(); ++r) {
      const std::string& kind = t.text(r, "kind");
      if (kind != "dimensions" && kind != "tunnel")
        throw Error(t.file(), "line " + std::to_string(t.line_of(r)), "kind",
                    "expected dimensions or tunnel, got '" + kind + "'");
      rules.covered.push_back({t.text(r, "key"), t.text(r, "value"), kind});
    }
  }
  {
    const CsvTable t = table("osm/obstacles.csv", override_dir);
    t.require_columns({"key", "value", "geometry", "min_height_m", "radius_m"});
    for (std::size_t r = 0; r < t.rows(); ++r) {
      const std::string& geometry = t.text(r, "geometry");
      if (geometry != "point" && geometry != "area")
        throw Error(t.file(), "line " + std::to_string(t.line_of(r)), "geometry",
                    "expected point or area, got '" + geometry + "'");
      rules.obstacles.push_back({t.text(r, "key"), t.text(r, "value"), geometry == "area",
                                 t.number(r, "min_height_m").value_or(0.0),
                                 t.number(r, "radius_m").value_or(0.0)});
    }
  }
  return rules;
}

std::optional<city::RoadEdge> interpret_way(const Tags& tags, const TagRules& rules) {
  const std::string_view highway = tags.get("highway");
  if (highway.empty()) return std::nullopt;
  const auto rule_it = rules.highways.find(highway);
  if (rule_it == rules.highways.end()) return std::nullopt;  // proposed, construction, razed...
  if (is_yes(tags.get("area"))) return std::nullopt;         // an area, read as an open area
  if (is_yes(tags.get("indoor"))) return std::nullopt;
  const HighwayRule& rule = rule_it->second;

  city::RoadEdge e;
  e.highway = std::string(highway);
  e.name = std::string(tags.get("name"));
  e.surface = std::string(tags.get("surface"));
  if (const auto id = tags.get("osm_id"); !id.empty())
    std::from_chars(id.data(), id.data() + id.size(), e.osm_id);
  e.layer = parse_int(tags.get("layer"), 0);
  const std::string_view tunnel = tags.get("tunnel");
  e.tunnel = !tunnel.empty() && tunnel != "no";
  e.bridge = !tags.get("bridge").empty() && tags.get("bridge") != "no";
  const std::string_view oneway = tags.get("oneway");
  e.oneway = is_yes(oneway) || oneway == "-1" || highway == "motorway";

  if (auto w = parse_length_m(tags.get("width"))) {
    e.width_m = *w;
    e.width_source = "width";
  } else if (auto w2 = parse_length_m(tags.get("est_width"))) {
    e.width_m = *w2;
    e.width_source = "width";
  } else if (int lanes = parse_int(tags.get("lanes"), 0); lanes > 0) {
    e.width_m = lanes * rules.lane_width_m;
    e.width_source = "lanes";
  } else {
    e.width_m = rule.default_width_m;
    e.width_source = "default";
  }

  bool dimensions_rule = false;
  std::string covered_by;
  for (const CoveredRule& c : rules.covered) {
    if (tags.get(c.key) != c.value) continue;
    if (c.kind == "dimensions") {
      dimensions_rule = true;
      covered_by = c.key + "=" + c.value;
    } else {
      e.underground = true;
    }
  }
  const auto maxwidth = parse_length_m(tags.get("maxwidth"));
  const auto maxheight = parse_length_m(tags.get("maxheight"));
  if (maxwidth && *maxwidth < e.width_m) {
    e.width_m = *maxwidth;
    e.width_source = "maxwidth";
  }
  if (maxheight) e.max_height_m = *maxheight;
  const bool width_tagged = e.width_source == "width" || maxwidth.has_value();
  const std::string width_text = metres_text(e.width_m);

  const bool underground_path = e.tunnel && e.layer < 0 &&
                                (highway == "footway" || highway == "path" ||
                                 highway == "pedestrian" || highway == "cycleway");
  const std::string hw = "highway=" + std::string(highway);
  switch (rule.vehicle) {
    case HighwayRule::Passable::Yes:
      e.vehicle_passable = true;
      e.vehicle_rule = hw + ", " + e.width_source + " " + width_text;
      break;
    case HighwayRule::Passable::No:
      e.vehicle_passable = false;
      e.vehicle_rule = hw + ": not drivable";
      break;
    case HighwayRule::Passable::IfWide:
      // Footways, paths and cycleways are narrower than a car unless a width says otherwise.
      e.vehicle_passable = width_tagged && e.width_m >= rules.min_vehicle_width_m;
      e.vehicle_rule = width_tagged ? hw + ", " + e.width_source + " " + width_text + " tagged"
                                    : hw + " without a width tag: narrower than a car";
      break;
  }
  if (dimensions_rule && !width_tagged && !maxheight) {
    e.vehicle_passable = false;
    e.vehicle_rule = covered_by + " without width, maxwidth or maxheight: closed";
  } else if (dimensions_rule && e.vehicle_passable) {
    e.vehicle_rule +=
        "; " + covered_by + (maxheight ? ", maxheight " + metres_text(*maxheight) : "");
  }
  if (underground_path) {
    e.vehicle_passable = false;
    e.vehicle_rule = hw + " underground: not drivable";
  }
  // A way narrower than a car closes as surely as the building beside it.
  if (e.vehicle_passable && e.width_m < rules.min_vehicle_width_m) {
    e.vehicle_passable = false;
    e.vehicle_rule += ": narrower than a car";
  }
  if (e.vehicle_passable && e.underground)
    e.vehicle_rule += "; tunnel, entered at its portals only";
  e.walkable = rule.walkable;
  e.car_legal = rule.car_legal;
  const std::string_view access =
      tags.get("motor_vehicle").empty() ? tags.get("access") : tags.get("motor_vehicle");
  if (access == "no" || access == "private") e.car_legal = false;
  if (tags.get("vehicle") == "no") e.car_legal = false;
  const std::string_view foot = tags.get("foot");
  if (foot == "no") e.walkable = false;
  if (foot == "yes" || foot == "designated") e.walkable = true;
  return e;
}

std::optional<BarrierRule> interpret_barrier(const Tags& tags, const TagRules& rules) {
  const std::string_view barrier = tags.get("barrier");
  if (barrier.empty()) return std::nullopt;
  const auto it = rules.barriers.find(barrier);
  if (it == rules.barriers.end())
    return BarrierRule{false, true, 0.0,
                       "barrier=" + std::string(barrier)};  // unknown: not an obstacle
  BarrierRule rule = it->second;
  // A bollard tagged removable or rising may be down on the day: no protection counted.
  const std::string_view kind = tags.get("bollard");
  if (barrier == "bollard" &&
      (kind == "removable" || kind == "rising" || kind == "foldable" || kind == "flexible"))
    rule.stops_vehicles = false;
  return rule;
}

std::optional<BarrierRule> interpret_obstacle(const Tags& tags, const TagRules& rules, bool area) {
  for (const ObstacleRule& o : rules.obstacles) {
    if (o.area != area || tags.get(o.key) != o.value) continue;
    if (o.min_height_m > 0.0) {
      const auto h = parse_number(tags.get("height"));
      if (!h || *h < o.min_height_m) continue;
    }
    return BarrierRule{true, true, o.radius_m, o.key + "=" + o.value};
  }
  return std::nullopt;
}

std::optional<city::Building> interpret_building(const Tags& tags, const TagRules& rules) {
  const std::string_view building = tags.get("building");
  if (building.empty() || building == "no") return std::nullopt;
  if (tags.get("location") == "underground" || parse_int(tags.get("layer"), 0) < 0)
    return std::nullopt;
  city::Building b;
  b.building = std::string(building);
  b.name = std::string(tags.get("name"));
  if (const auto id = tags.get("osm_id"); !id.empty())
    std::from_chars(id.data(), id.data() + id.size(), b.osm_id);
  else if (const auto wid = tags.get("osm_way_id"); !wid.empty())
    std::from_chars(wid.data(), wid.data() + wid.size(), b.osm_id);
  const std::string_view street = tags.get("addr:street");
  const std::string_view number = tags.get("addr:housenumber");
  b.street.assign(street);
  b.housenumber.assign(number);
  if (!street.empty()) {
    b.address.assign(street);
    if (!number.empty()) b.address.append(" ").append(number);
  }
  b.levels = parse_int(tags.get("building:levels"), 0);
  b.flats = parse_int(tags.get("building:flats"), 0);
  if (!tags.get("building:part").empty() && tags.get("building:part") != "no")
    b.use_hint = "part";
  else if (tags.has("amenity") || tags.has("religion") || tags.has("tourism") ||
           tags.has("office") || tags.has("government") || tags.has("historic"))
    b.use_hint = "public";
  else if (!b.name.empty())
    b.use_hint = "named";
  if (auto h = parse_length_m(tags.get("height"))) {
    b.height_m = *h;
    b.height_source = "height";
  } else if (b.levels > 0) {
    b.height_m = b.levels * rules.level_height_m;
    b.height_source = "building:levels";
  } else {
    b.height_m = rules.default_building_height_m;
    b.height_source = "default";
  }
  static constexpr std::string_view kDwellings[] = {
      "apartments", "residential", "house", "detached",  "semidetached_house", "terrace",
      "dormitory",  "bungalow",    "farm",  "houseboat", "static_caravan"};
  for (auto d : kDwellings)
    if (building == d) b.residential = true;
  // Mixed old-town blocks: building=yes with a house number usually has flats above shops.
  if (building == "yes" && !number.empty()) b.residential = true;
  b.obstacle = building != "roof" && building != "carport";
  return b;
}

std::optional<city::OpenArea> interpret_open_area(const Tags& tags, const TagRules& rules) {
  if (is_yes(tags.get("indoor")) || parse_int(tags.get("layer"), 0) < 0) return std::nullopt;
  if (!tags.get("tunnel").empty() && tags.get("tunnel") != "no") return std::nullopt;
  if (!tags.get("building").empty() && tags.get("building") != "no") return std::nullopt;
  for (const OpenAreaRule& r : rules.open_areas) {
    if (tags.get(r.key) != r.value) continue;
    if (r.value == "parking") {
      const std::string_view parking = tags.get("parking");
      if (parking == "underground" || parking == "multi-storey" || parking == "rooftop")
        return std::nullopt;
    }
    city::OpenArea a;
    a.kind = r.kind;
    a.name = std::string(tags.get("name"));
    if (const auto id = tags.get("osm_id"); !id.empty())
      std::from_chars(id.data(), id.data() + id.size(), a.osm_id);
    else if (const auto wid = tags.get("osm_way_id"); !wid.empty())
      std::from_chars(wid.data(), wid.data() + wid.size(), a.osm_id);
    a.vehicle_passable = r.vehicle_passable;
    a.walkable = r.walkable;
    return a;
  }
  return std::nullopt;
}

std::optional<city::LandArea> interpret_land(const Tags& tags) {
  struct Rule {
    std::string_view key, value;
    double ground_factor;  // < 0: not a ground cover
    std::string_view use;  // building use, empty when none is implied
  };
  // ISO 9613-2 7.3.1: hard ground (G = 0) is paving, water, ice, concrete, tamped ground;
  // porous ground (G = 1) is grass, trees and other vegetation, farmland.
  static constexpr Rule kRules[] = {
      {"natural", "water", 0.0, "none"},
      {"landuse", "basin", 0.0, "none"},
      {"landuse", "reservoir", 0.0, "none"},
      {"waterway", "riverbank", 0.0, "none"},
      {"landuse", "grass", 1.0, ""},
      {"landuse", "meadow", 1.0, ""},
      {"landuse", "farmland", 1.0, ""},
      {"landuse", "forest", 1.0, ""},
      {"landuse", "village_green", 1.0, ""},
      {"landuse", "allotments", 1.0, ""},
      {"landuse", "cemetery", 1.0, ""},
      {"landuse", "orchard", 1.0, ""},
      {"landuse", "recreation_ground", 1.0, ""},
      {"leisure", "park", 1.0, ""},
      {"leisure", "garden", 1.0, ""},
      {"natural", "grassland", 1.0, ""},
      {"natural", "wood", 1.0, ""},
      {"natural", "scrub", 1.0, ""},
      {"natural", "heath", 1.0, ""},
      {"landuse", "residential", -1.0, "residential"},
      {"landuse", "retail", -1.0, "mixed"},
      {"landuse", "commercial", -1.0, "mixed"},
      {"landuse", "industrial", -1.0, "none"},
      {"landuse", "railway", -1.0, "none"},
      {"landuse", "garages", -1.0, "none"},
      {"landuse", "construction", -1.0, "none"},
  };
  if (parse_int(tags.get("layer"), 0) < 0) return std::nullopt;
  for (const Rule& r : kRules) {
    if (tags.get(r.key) != r.value) continue;
    city::LandArea a;
    a.kind = std::string(r.key) + "=" + std::string(r.value);
    a.ground_factor = r.ground_factor;
    a.building_use = std::string(r.use);
    if (const auto id = tags.get("osm_id"); !id.empty())
      std::from_chars(id.data(), id.data() + id.size(), a.osm_id);
    else if (const auto wid = tags.get("osm_way_id"); !wid.empty())
      std::from_chars(wid.data(), wid.data() + wid.size(), a.osm_id);
    return a;
  }
  return std::nullopt;
}

std::optional<city::PointOfInterest> interpret_poi(const Tags& tags) {
  std::string kind;
  const std::string_view highway = tags.get("highway");
  const std::string_view railway = tags.get("railway");
  const std::string_view pt = tags.get("public_transport");
  if (highway == "bus_stop")
    kind = "bus_stop";
  else if (railway == "tram_stop")
    kind = "tram_stop";
  else if (railway == "subway_entrance")
    kind = "subway_entrance";
  else if (railway == "station" || railway == "halt")
    kind = "station";
  else if (pt == "platform" || pt == "stop_position")
    kind = "public_transport_stop";
  else if (tags.get("amenity") == "parking_entrance")
    kind = "parking_entrance";
  else if (tags.get("amenity") == "taxi")
    kind = "taxi_rank";
  else
    return std::nullopt;
  city::PointOfInterest p;
  p.kind = kind;
  p.name = std::string(tags.get("name"));
  if (const auto id = tags.get("osm_id"); !id.empty())
    std::from_chars(id.data(), id.data() + id.size(), p.osm_id);
  // Below ground: layer=-3, level=-2 or level=-1;-2 (a subway platform's stop position). An
  // entrance tagged level=0;-1 starts at the street, so only a level list wholly below counts.
  const std::string_view layer = tags.get("layer");
  const std::string_view level = tags.get("level");
  p.underground =
      (!layer.empty() && layer.front() == '-') ||
      (!level.empty() && level.front() == '-' && level.find(";0") == std::string_view::npos);
  return p;
}

}  // namespace agora::gis
