#include "gis/scenario_reader.hpp"

#include <ogrsf_frmts.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "gis/crs.hpp"
#include "gis/csv.hpp"
#include "gis/detail/gdal_util.hpp"
#include "gis/detail/srs.hpp"
#include "gis/text_file.hpp"
#include "sim/scenario/validate.hpp"

namespace agora::gis {

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace agora::scenario;

namespace {

// ---- scenario.json ---------------------------------------------------------------------

// Longest text field a scenario or layout may carry (a name, an id, a product): longer ones
// would be copied into every output and report.
constexpr std::size_t kMaxTextBytes = 1000;
// Most features a layout may have (100,000 stalls fit).
constexpr int kMaxLayoutFeatures = 250'000;

class JsonReader {
 public:
  JsonReader(std::string file, ProblemList& problems)
      : file_(std::move(file)), problems_(problems) {}

  void unknown_keys(const json& obj, const std::string& where,
                    const std::set<std::string>& allowed) {
    for (const auto& [key, value] : obj.items()) {
      if (allowed.count(key)) continue;
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      problems_.add(file_, where, key, "unknown key (expected one of: " + list + ")");
    }
  }

  std::string text(const json& obj, const std::string& where, const std::string& key, bool required,
                   const std::string& fallback = "") {
    if (!obj.contains(key) || obj[key].is_null()) {
      if (required) problems_.add(file_, where, key, "missing: expected a text value");
      return fallback;
    }
    if (!obj[key].is_string()) {
      problems_.add(file_, where, key, "expected a text value, got " + obj[key].dump());
      return fallback;
    }
    if (obj[key].get_ref<const std::string&>().size() > kMaxTextBytes) {
      problems_.add(file_, where, key,
                    "a text of " + std::to_string(obj[key].get_ref<const std::string&>().size()) +
                        " bytes: expected at most " + std::to_string(kMaxTextBytes));
      return fallback;
    }
    return obj[key].get<std::string>();
  }

  double number(const json& obj, const std::string& where, const std::string& key, bool required,
                double fallback, double lo, double hi) {
    if (!obj.contains(key) || obj[key].is_null()) {
      if (required) problems_.add(file_, where, key, "missing: expected a number");
      return fallback;
    }
    if (!obj[key].is_number()) {
      problems_.add(file_, where, key, "expected a number, got " + obj[key].dump());
      return fallback;
    }
    const double v = obj[key].get<double>();
    if (!(v >= lo && v <= hi)) {
      problems_.add(file_, where, key,
                    "expected a number in [" + json(lo).dump() + ", " + json(hi).dump() +
                        "], got " + obj[key].dump());
      return fallback;
    }
    return v;
  }

  std::int64_t integer(const json& obj, const std::string& where, const std::string& key,
                       bool required, std::int64_t fallback, std::int64_t lo, std::int64_t hi) {
    if (!obj.contains(key) || obj[key].is_null()) {
      if (required) problems_.add(file_, where, key, "missing: expected a whole number");
      return fallback;
    }
    if (!obj[key].is_number_integer()) {
      problems_.add(file_, where, key, "expected a whole number, got " + obj[key].dump());
      return fallback;
    }
    // Past 2^63 the JSON library holds the number unsigned: taken as int64 it would wrap.
    if (obj[key].is_number_unsigned() &&
        obj[key].get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      problems_.add(file_, where, key,
                    "expected a whole number in [" + std::to_string(lo) + ", " +
                        std::to_string(hi) + "], got " + obj[key].dump());
      return fallback;
    }
    const auto v = obj[key].get<std::int64_t>();
    if (v < lo || v > hi) {
      problems_.add(file_, where, key,
                    "expected a whole number in [" + std::to_string(lo) + ", " +
                        std::to_string(hi) + "], got " + std::to_string(v));
      return fallback;
    }
    return v;
  }

  bool boolean(const json& obj, const std::string& where, const std::string& key, bool fallback) {
    if (!obj.contains(key) || obj[key].is_null()) return fallback;
    if (!obj[key].is_boolean()) {
      problems_.add(file_, where, key, "expected true or false, got " + obj[key].dump());
      return fallback;
    }
    return obj[key].get<bool>();
  }

  std::vector<std::string> texts(const json& obj, const std::string& where,
                                 const std::string& key) {
    std::vector<std::string> out;
    if (!obj.contains(key) || obj[key].is_null()) return out;
    const json& v = obj[key];
    if (v.is_string()) return {v.get<std::string>()};
    if (!v.is_array()) {
      problems_.add(file_, where, key, "expected a text or a list of texts, got " + v.dump());
      return out;
    }
    for (const json& item : v) {
      if (item.is_string())
        out.push_back(item.get<std::string>());
      else
        problems_.add(file_, where, key, "expected texts in the list, got " + item.dump());
    }
    return out;
  }

  const std::string& file() const { return file_; }
  ProblemList& problems() { return problems_; }

 private:
  std::string file_;
  ProblemList& problems_;
};

bool valid_date(const std::string& s, std::chrono::year_month_day& out) {
  static const std::regex re(R"(^(\d{4})-(\d{2})-(\d{2})$)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return false;
  out = std::chrono::year_month_day{std::chrono::year{std::stoi(m[1])},
                                    std::chrono::month{static_cast<unsigned>(std::stoi(m[2]))},
                                    std::chrono::day{static_cast<unsigned>(std::stoi(m[3]))}};
  return out.ok();
}

bool valid_time(const std::string& s) {
  static const std::regex re(R"(^([01]\d|2[0-3]):[0-5]\d$)");
  return std::regex_match(s, re);
}

std::string iso(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

void read_event(JsonReader& r, const json& ev, EventFacts& facts) {
  const std::string where = "event";
  if (!ev.is_object()) {
    r.problems().add(r.file(), where, "", "expected an object with the event facts");
    return;
  }
  r.unknown_keys(
      ev, where,
      {"name", "organiser", "location", "type", "days", "period", "attendance_peak",
       "attendance_total", "alcohol", "amplified_music", "events_at_location_this_year"});
  facts.name = r.text(ev, where, "name", true);
  facts.organiser = r.text(ev, where, "organiser", false);
  facts.location = r.text(ev, where, "location", false);
  facts.type = r.text(ev, where, "type", false, "other");
  static const std::set<std::string> kTypes = {"market",   "concert",   "festival",
                                               "sports",   "fair",      "procession",
                                               "fun_fair", "gathering", "other"};
  if (!kTypes.count(facts.type)) {
    std::string list;
    for (const auto& t : kTypes) list += (list.empty() ? "" : ", ") + t;
    r.problems().add(r.file(), where, "type",
                     "unknown event type '" + facts.type + "' (expected one of: " + list + ")");
  }
  facts.attendance_peak =
      r.integer(ev, where, "attendance_peak", true, 0, std::numeric_limits<std::int64_t>::min(),
                std::numeric_limits<std::int64_t>::max());
  facts.attendance_total = r.integer(ev, where, "attendance_total", false, 0, 0, 1'000'000'000);
  facts.alcohol = r.boolean(ev, where, "alcohol", false);
  facts.amplified_music = r.boolean(ev, where, "amplified_music", false);
  facts.events_at_location_this_year =
      static_cast<int>(r.integer(ev, where, "events_at_location_this_year", false, 0, 0, 366));

  auto check_times = [&](const std::string& w, const std::string& start, const std::string& end) {
    if (!valid_time(start))
      r.problems().add(r.file(), w, "start", "expected a time HH:MM, got '" + start + "'");
    if (!valid_time(end))
      r.problems().add(r.file(), w, "end", "expected a time HH:MM, got '" + end + "'");
  };
  if (ev.contains("days")) {
    if (!ev["days"].is_array()) {
      r.problems().add(r.file(), where, "days", "expected a list of {date, start, end}");
    } else {
      for (std::size_t i = 0; i < ev["days"].size(); ++i) {
        const json& d = ev["days"][i];
        const std::string w = "event.days[" + std::to_string(i) + "]";
        if (!d.is_object()) {
          r.problems().add(r.file(), w, "", "expected {date, start, end}");
          continue;
        }
        EventDay day{r.text(d, w, "date", true), r.text(d, w, "start", true),
                     r.text(d, w, "end", true)};
        std::chrono::year_month_day ymd;
        if (!valid_date(day.date, ymd))
          r.problems().add(r.file(), w, "date",
                           "expected a date YYYY-MM-DD, got '" + day.date + "'");
        check_times(w, day.start, day.end);
        facts.days.push_back(day);
      }
    }
  }
  if (ev.contains("period")) {
    const json& p = ev["period"];
    const std::string w = "event.period";
    if (!p.is_object()) {
      r.problems().add(r.file(), w, "", "expected {from, to, start, end}");
    } else {
      r.unknown_keys(p, w, {"from", "to", "start", "end"});
      const std::string from = r.text(p, w, "from", true), to = r.text(p, w, "to", true);
      const std::string start = r.text(p, w, "start", true), end = r.text(p, w, "end", true);
      std::chrono::year_month_day a, b;
      const bool ok_a = valid_date(from, a), ok_b = valid_date(to, b);
      if (!ok_a)
        r.problems().add(r.file(), w, "from", "expected a date YYYY-MM-DD, got '" + from + "'");
      if (!ok_b)
        r.problems().add(r.file(), w, "to", "expected a date YYYY-MM-DD, got '" + to + "'");
      check_times(w, start, end);
      if (ok_a && ok_b) {
        const auto da = std::chrono::sys_days(a), db = std::chrono::sys_days(b);
        if (db < da)
          r.problems().add(r.file(), w, "to",
                           "the period ends (" + to + ") before it starts (" + from + ")");
        else if ((db - da).count() > 366)
          r.problems().add(r.file(), w, "to", "a period longer than a year");
        else
          for (auto d = da; d <= db; d += std::chrono::days{1})
            facts.days.push_back({iso(std::chrono::year_month_day(d)), start, end});
      }
    }
  }
  if (facts.days.empty() && !ev.contains("days") && !ev.contains("period"))
    r.problems().add(r.file(), where, "days",
                     "missing: give the event's days (days: [...]) or its period");
}

std::string resolve(const std::string& dir, const std::string& p) {
  if (p.empty()) return p;
  const fs::path path(p);
  return path.is_absolute() ? p : (fs::path(dir) / path).lexically_normal().string();
}

// ---- layout layers --------------------------------------------------------------------

// A property's type as the file stores it: scenarios are strict about types, and so are
// layouts (`width_m: true` is not 1 m, `closed: "yes"` is not true).
enum class PropType { Number, Boolean, Text, Other };

const char* type_name(PropType t) {
  switch (t) {
    case PropType::Number:
      return "a number";
    case PropType::Boolean:
      return "true/false";
    case PropType::Text:
      return "a text";
    case PropType::Other:
      break;
  }
  return "a list or an object";
}

struct Props {
  std::map<std::string, std::string> values;  // non-null fields, as text
  std::map<std::string, PropType> types;
  bool has(const std::string& k) const { return values.count(k) > 0; }
  PropType type(const std::string& k) const {
    auto it = types.find(k);
    return it == types.end() ? PropType::Text : it->second;
  }
  std::string get(const std::string& k) const {
    auto it = values.find(k);
    return it == values.end() ? std::string() : it->second;
  }
};

class LayoutReader {
 public:
  LayoutReader(Scenario& s, ProblemList& problems, std::vector<Problem>& warnings)
      : s_(s), problems_(problems), warnings_(warnings) {}

  void read(const std::string& path, const OGRSpatialReference& target);

 private:
  void take(OGRFeature& f, const std::string& file, int index, const Reprojector* to_local,
            bool geographic);
  double number(const Props& p, const FeatureInfo& info, const std::string& key, bool required,
                double fallback, double lo, double hi);
  bool boolean(const Props& p, const FeatureInfo& info, const std::string& key, bool fallback);

  Scenario& s_;
  ProblemList& problems_;
  std::vector<Problem>& warnings_;
};

double LayoutReader::number(const Props& p, const FeatureInfo& info, const std::string& key,
                            bool required, double fallback, double lo, double hi) {
  if (!p.has(key)) {
    if (required) problems_.add(info.file, info.describe(), key, "missing: expected a number");
    return fallback;
  }
  if (p.type(key) != PropType::Number) {
    problems_.add(
        info.file, info.describe(), key,
        std::string("expected a number, got ") + type_name(p.type(key)) + " (" + p.get(key) + ")");
    return fallback;
  }
  const auto v = parse_number(p.get(key));
  if (!v) {
    problems_.add(info.file, info.describe(), key, "expected a number, got '" + p.get(key) + "'");
    return fallback;
  }
  if (!(*v >= lo && *v <= hi)) {
    std::ostringstream msg;
    msg << "expected a number in [" << lo << ", " << hi << "], got " << p.get(key);
    problems_.add(info.file, info.describe(), key, msg.str());
    return fallback;
  }
  return *v;
}

bool LayoutReader::boolean(const Props& p, const FeatureInfo& info, const std::string& key,
                           bool fallback) {
  if (!p.has(key)) return fallback;
  const std::string v = p.get(key);
  if (p.type(key) == PropType::Boolean) {
    if (v == "1" || v == "true") return true;
    if (v == "0" || v == "false") return false;
  }
  problems_.add(
      info.file, info.describe(), key,
      std::string("expected true or false, got ") + type_name(p.type(key)) + " (" + v + ")");
  return fallback;
}

const char* geometry_name(OGRwkbGeometryType t) {
  switch (wkbFlatten(t)) {
    case wkbPoint:
      return "Point";
    case wkbLineString:
      return "LineString";
    case wkbPolygon:
      return "Polygon";
    case wkbMultiPoint:
      return "MultiPoint";
    case wkbMultiLineString:
      return "MultiLineString";
    case wkbMultiPolygon:
      return "MultiPolygon";
    default:
      return "another geometry type";
  }
}

void LayoutReader::take(OGRFeature& f, const std::string& file, int index,
                        const Reprojector* to_local, bool geographic) {
  Props p;
  const OGRFeatureDefn* defn = f.GetDefnRef();
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    if (f.IsFieldSetAndNotNull(i)) {
      const OGRFieldDefn* fd = defn->GetFieldDefn(i);
      const std::string name = fd->GetNameRef();
      p.values[name] = f.GetFieldAsString(i);
      PropType t = PropType::Text;
      switch (fd->GetType()) {
        case OFTInteger:
        case OFTInteger64:
          t = fd->GetSubType() == OFSTBoolean ? PropType::Boolean : PropType::Number;
          break;
        case OFTReal:
          t = PropType::Number;
          break;
        case OFTString:
          t = PropType::Text;
          break;
        default:
          t = PropType::Other;
      }
      p.types[name] = t;
    }
  // GeoJSON: a field that mixes types across features is read as text; the feature's own JSON
  // (NATIVE_DATA) says what each value is.
  if (const char* native = f.GetNativeData()) {
    const json doc = json::parse(native, nullptr, false);
    if (doc.is_object() && doc.contains("properties") && doc["properties"].is_object())
      for (const auto& [key, value] : doc["properties"].items()) {
        if (!p.types.count(key)) continue;
        p.types[key] = value.is_boolean()  ? PropType::Boolean
                       : value.is_number() ? PropType::Number
                       : value.is_string() ? PropType::Text
                                           : PropType::Other;
        if (value.is_boolean()) p.values[key] = value.get<bool>() ? "1" : "0";
        if (value.is_number()) p.values[key] = value.dump();
      }
  }

  FeatureInfo info{file, index, "", ""};
  for (const auto& [key, value] : p.values)
    if (value.size() > kMaxTextBytes) {
      problems_.add(file, info.describe(), key,
                    "a value of " + std::to_string(value.size()) + " bytes: expected at most " +
                        std::to_string(kMaxTextBytes));
      return;
    }
  info.id = p.get("id");
  info.name = p.get("name");
  if (!p.has("kind")) {
    problems_.add(file, info.describe(), "kind",
                  "missing: every layout feature needs a kind (perimeter, crowd_zone, exit, stage, "
                  "stall, structure, "
                  "barrier, emergency_gate, access_point, receiver, stairs)");
    return;
  }
  const auto kind = kind_from_string(p.get("kind"));
  if (!kind) {
    problems_.add(file, info.describe(), "kind",
                  "unknown kind '" + p.get("kind") +
                      "' (expected perimeter, crowd_zone, exit, stage, stall, structure, barrier, "
                      "emergency_gate, "
                      "access_point, receiver or stairs)");
    return;
  }

  const OGRGeometry* g = f.GetGeometryRef();
  if (!g || g->IsEmpty()) {
    problems_.add(file, info.describe(), "geometry", "missing geometry");
    return;
  }
  // Collect raw coordinates, check range, reproject.
  std::vector<std::vector<Vec2>> rings;  // polygon rings, or one line / point
  const auto type = wkbFlatten(g->getGeometryType());
  auto ring_of = [](const OGRSimpleCurve& c) {
    std::vector<Vec2> pts;
    for (int i = 0; i < c.getNumPoints(); ++i) pts.push_back({c.getX(i), c.getY(i)});
    return pts;
  };
  const OGRPolygon* poly = nullptr;
  if (type == wkbPolygon)
    poly = g->toPolygon();
  else if (type == wkbMultiPolygon && g->toMultiPolygon()->getNumGeometries() == 1)
    poly = g->toMultiPolygon()->getGeometryRef(0);
  if (poly) {
    rings.push_back(ring_of(*poly->getExteriorRing()));
    for (int i = 0; i < poly->getNumInteriorRings(); ++i)
      rings.push_back(ring_of(*poly->getInteriorRing(i)));
  } else if (type == wkbLineString) {
    rings.push_back(ring_of(*g->toLineString()));
  } else if (type == wkbPoint) {
    rings.push_back({{g->toPoint()->getX(), g->toPoint()->getY()}});
  }
  for (auto& ring : rings)
    for (Vec2& v : ring) {
      if (geographic && (std::abs(v.x) > 180.0 || std::abs(v.y) > 90.0)) {
        problems_.add(file, info.describe(), "geometry",
                      "coordinates (" + std::to_string(v.x) + ", " + std::to_string(v.y) +
                          ") out of range for longitude/latitude");
        return;
      }
      v = to_local->transform(v);
      if (!std::isfinite(v.x) || !std::isfinite(v.y)) {
        problems_.add(file, info.describe(), "geometry",
                      "cannot be transformed to the scenario's CRS");
        return;
      }
    }

  auto want = [&](bool ok, const char* expected) {
    if (!ok)
      problems_.add(file, info.describe(), "geometry",
                    std::string("a ") + to_string(*kind) + " must be " + expected + ", got " +
                        geometry_name(type));
    return ok;
  };
  auto polygon = [&]() {
    Polygon out;
    out.outer().assign(rings[0].begin(), rings[0].end());
    for (std::size_t i = 1; i < rings.size(); ++i)
      out.inners().emplace_back(rings[i].begin(), rings[i].end());
    if (!out.outer().empty() && !(out.outer().front() == out.outer().back()))
      problems_.add(file, info.describe(), "geometry", "the polygon's ring is not closed");
    bg::correct(out);
    return out;
  };
  auto line = [&]() { return Polyline(rings[0].begin(), rings[0].end()); };

  const std::string& k = p.get("kind");
  static const std::map<std::string, std::set<std::string>> kAllowed = {
      {"perimeter", {}},
      {"crowd_zone", {"density_ppm2", "exit", "gangways"}},
      {"exit", {"width_m", "emergency_only", "unlocked", "opens_outward", "closed"}},
      {"stage", {"sound_power_dba", "source_height_m"}},
      {"stall", {}},
      {"structure", {"structure_type"}},
      {"barrier", {"rating", "product", "barrier_type", "clear_gap_m", "cost_eur"}},
      {"emergency_gate", {"width_m", "rating", "product"}},
      {"access_point", {}},
      {"receiver", {"height_m", "limit_dba"}},
      {"stairs", {"up_bearing_deg"}},
  };
  for (const auto& [key, value] : p.values) {
    if (key == "kind" || key == "id" || key == "name" || key == "fid" || key == "description")
      continue;
    if (!kAllowed.at(k).count(key))
      warnings_.push_back(
          {file, info.describe(), key, "property not used by a " + k + "; ignored"});
  }

  Layout& L = s_.layout;
  switch (*kind) {
    case Kind::Perimeter:
      if (want(poly != nullptr, "a Polygon")) L.perimeters.push_back({info, polygon()});
      break;
    case Kind::CrowdZone:
      if (want(poly != nullptr, "a Polygon"))
        L.crowd_zones.push_back({info, polygon(),
                                 number(p, info, "density_ppm2", false, kUnset, 0.01, 9.0),
                                 p.get("exit"), boolean(p, info, "gangways", false)});
      break;
    case Kind::Stall:
      if (want(poly != nullptr, "a Polygon")) L.stalls.push_back({info, polygon()});
      break;
    case Kind::Structure:
      if (want(poly != nullptr, "a Polygon"))
        L.structures.push_back({info, polygon(), p.get("structure_type")});
      break;
    case Kind::Exit:
      if (want(type == wkbLineString && rings[0].size() >= 2, "a LineString across the opening")) {
        Exit e;
        e.info = info;
        e.line = line();
        e.width_m = number(p, info, "width_m", true, 0.0, 1e-9, 500.0);
        e.emergency_only = boolean(p, info, "emergency_only", false);
        e.unlocked = boolean(p, info, "unlocked", true);
        e.opens_outward = boolean(p, info, "opens_outward", true);
        e.closed = boolean(p, info, "closed", false);
        L.exits.push_back(std::move(e));
      }
      break;
    case Kind::Stage:
      if (want(type == wkbPoint || poly != nullptr, "a Point or a Polygon")) {
        Stage st;
        st.info = info;
        if (poly) {
          st.footprint = polygon();
          bg::centroid(st.footprint, st.source);
        } else {
          st.source = rings[0][0];
        }
        st.sound_power_dba = number(p, info, "sound_power_dba", true, kUnset, 40.0, 160.0);
        st.source_height_m = number(p, info, "source_height_m", false, 3.0, 0.0, 100.0);
        L.stages.push_back(std::move(st));
      }
      break;
    case Kind::Barrier:
      if (want(type == wkbPoint || type == wkbLineString, "a Point or a LineString")) {
        PlannedBarrier b;
        b.info = info;
        b.line = line();
        b.rating = p.get("rating");
        b.product = p.get("product");
        b.barrier_type = p.get("barrier_type");
        b.clear_gap_m = number(p, info, "clear_gap_m", false, kUnset, 0.0, 100.0);
        b.cost_eur = number(p, info, "cost_eur", false, kUnset, 0.0, 1e9);
        L.barriers.push_back(std::move(b));
      }
      break;
    case Kind::EmergencyGate:
      if (want(type == wkbLineString || type == wkbPoint, "a LineString across the opening")) {
        EmergencyGate eg;
        eg.info = info;
        eg.line = line();
        eg.width_m = number(p, info, "width_m", true, 0.0, 1e-9, 100.0);
        eg.rating = p.get("rating");
        eg.product = p.get("product");
        L.emergency_gates.push_back(std::move(eg));
      }
      break;
    case Kind::AccessPoint:
      if (want(type == wkbPoint, "a Point")) L.access_points.push_back({info, rings[0][0]});
      break;
    case Kind::Stairs:
      if (want(poly != nullptr, "a Polygon"))
        L.stairs.push_back(
            {info, polygon(), number(p, info, "up_bearing_deg", true, 0.0, 0.0, 360.0)});
      break;
    case Kind::Receiver:
      if (want(type == wkbPoint, "a Point"))
        L.receivers.push_back({info, rings[0][0],
                               number(p, info, "height_m", false, 4.0, 0.0, 300.0),
                               number(p, info, "limit_dba", false, kUnset, 0.0, 200.0)});
      break;
  }
}

void LayoutReader::read(const std::string& path, const OGRSpatialReference& target) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    problems_.add(path, "", "", "layout file not found");
    return;
  }
  if (!fs::is_regular_file(path, ec)) {
    problems_.add(path, "", "",
                  "not a regular file (a folder, a device or a pipe?), expected a layout file");
    return;
  }
  ensure_gdal();
  GdalErrorCapture errors;
  DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr,
                                  nullptr));
  if (ds && std::string(ds->GetDriver()->GetDescription()) == "GeoJSON") {
    // Again with each feature's own JSON, for the properties' types.
    const char* const options[] = {"NATIVE_DATA=YES", nullptr};
    ds.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options,
                               nullptr));
  }
  if (!ds) {
    problems_.add(path, "", "",
                  "not a vector layer GDAL can read" +
                      (errors.failed() ? " (" + errors.first_failure() + ")" : std::string()));
    return;
  }
  const OGRSpatialReference geo = wgs84_srs();
  int index = 0;
  for (int li = 0; li < ds->GetLayerCount(); ++li) {
    OGRLayer* layer = ds->GetLayer(li);
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    const OGRSpatialReference& from = srs ? *srs : geo;
    const bool geographic = !srs || srs->IsGeographic();
    const Reprojector to_local = make_reprojector(from, target);
    layer->ResetReading();
    while (OGRFeature* raw = layer->GetNextFeature()) {
      std::unique_ptr<OGRFeature> f(raw);
      if (index >= kMaxLayoutFeatures) {
        problems_.add(path, "", "",
                      "more than " + std::to_string(kMaxLayoutFeatures) +
                          " features: a layout this large is not an event layout");
        return;
      }
      take(*f, path, index++, &to_local, geographic);
    }
  }
  if (errors.failed()) problems_.add(path, "", "", "read error: " + errors.first_failure());
}

}  // namespace

Scenario parse_scenario_json(const std::string& text, const std::string& path) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    throw Error(path, "byte " + std::to_string(e.byte), "",
                std::string("not valid JSON: ") + e.what());
  } catch (const json::out_of_range& e) {
    throw Error(path, "", "",
                std::string("a number out of range (too many digits or too large an exponent): ") +
                    e.what());
  }
  ProblemList problems;
  JsonReader r(path, problems);
  if (!doc.is_object()) throw Error(path, "", "", "expected a JSON object");
  Scenario s;
  s.file = path;
  s.directory = fs::path(path).parent_path().string();
  if (s.directory.empty()) s.directory = ".";

  if (!doc.contains("agora_scenario"))
    throw Error(path, "", "agora_scenario",
                "missing: not an Agora scenario (expected \"agora_scenario\": " +
                    std::to_string(kScenarioFormatVersion) + ")");
  if (doc["agora_scenario"] != kScenarioFormatVersion)
    throw Error(path, "", "agora_scenario",
                "format version " + doc["agora_scenario"].dump() +
                    " is not supported (this Agora reads version " +
                    std::to_string(kScenarioFormatVersion) + ")");
  r.unknown_keys(doc, "scenario",
                 {"agora_scenario", "name", "map", "crs", "bbox", "layout", "profile", "vehicles",
                  "barrier_catalogue", "crowd_speeds", "crowd_los", "analyses", "ramming", "event",
                  "description", "seed", "classification_override", "location_conditions"});
  s.name = r.text(doc, "scenario", "name", false);
  s.map_path = resolve(s.directory, r.text(doc, "scenario", "map", true));
  s.crs = r.text(doc, "scenario", "crs", false);
  if (!s.crs.empty()) {
    try {
      projected_srs(s.crs, path);
    } catch (const Error& e) {
      for (const Problem& p : e.problems()) problems.add(p);
    }
  }
  if (doc.contains("bbox")) {
    const json& b = doc["bbox"];
    if (!b.is_array() || b.size() != 4 ||
        !std::all_of(b.begin(), b.end(), [](const json& v) { return v.is_number(); })) {
      problems.add(path, "scenario", "bbox", "expected [min_lon, min_lat, max_lon, max_lat]");
    } else {
      const double x0 = b[0], y0 = b[1], x1 = b[2], y1 = b[3];
      if (x0 >= x1 || y0 >= y1 || x0 < -180 || x1 > 180 || y0 < -90 || y1 > 90)
        problems.add(path, "scenario", "bbox",
                     "expected min_lon < max_lon and min_lat < max_lat within WGS84 range");
      else
        s.bbox_lonlat = Box{{x0, y0}, {x1, y1}};
    }
  }
  for (const std::string& l : r.texts(doc, "scenario", "layout"))
    s.layout_paths.push_back(resolve(s.directory, l));
  if (s.layout_paths.empty())
    problems.add(path, "scenario", "layout", "missing: name the layout layer file(s)");
  s.profile = r.text(doc, "scenario", "profile", false, "flanders");
  if (s.profile.find('/') != std::string::npos || s.profile.ends_with(".json"))
    s.profile = resolve(s.directory, s.profile);
  s.location_path = resolve(s.directory, r.text(doc, "scenario", "location_conditions", false));
  s.vehicles_path = resolve(s.directory, r.text(doc, "scenario", "vehicles", false));
  s.barrier_catalogue_path =
      resolve(s.directory, r.text(doc, "scenario", "barrier_catalogue", false));
  s.crowd_speeds_path = resolve(s.directory, r.text(doc, "scenario", "crowd_speeds", false));
  s.crowd_los_path = resolve(s.directory, r.text(doc, "scenario", "crowd_los", false));
  s.analyses = r.texts(doc, "scenario", "analyses");
  s.seed = static_cast<std::uint64_t>(
      r.integer(doc, "scenario", "seed", false, 1, 0, std::numeric_limits<std::int64_t>::max()));
  if (doc.contains("ramming")) {
    const json& ram = doc["ramming"];
    if (!ram.is_object()) {
      problems.add(path, "scenario", "ramming", "expected an object {radius_m, classes}");
    } else {
      r.unknown_keys(ram, "ramming", {"radius_m", "classes"});
      s.ramming_radius_m = r.number(ram, "ramming", "radius_m", false, 1000.0, 10.0, 20000.0);
      s.vehicle_classes = r.texts(ram, "ramming", "classes");
    }
  }
  if (doc.contains("classification_override")) {
    const json& o = doc["classification_override"];
    const std::string w = "classification_override";
    if (!o.is_object()) {
      problems.add(path, "scenario", w,
                   "expected an object {nl_class, belgian_risk_event, reason, by}");
    } else {
      r.unknown_keys(o, w, {"nl_class", "belgian_risk_event", "reason", "by"});
      ClassificationOverride c;
      c.nl_class = r.text(o, w, "nl_class", false);
      if (!c.nl_class.empty() && c.nl_class != "A" && c.nl_class != "B" && c.nl_class != "C")
        problems.add(path, w, "nl_class",
                     "expected \"A\", \"B\" or \"C\", got '" + c.nl_class + "'");
      if (o.contains("belgian_risk_event"))
        c.belgian_risk_event = r.boolean(o, w, "belgian_risk_event", false);
      c.reason = r.text(o, w, "reason", true);
      if (o.contains("reason") && o["reason"].is_string() && c.reason.empty())
        problems.add(path, w, "reason", "an override needs its reason recorded");
      c.by = r.text(o, w, "by", false);
      if (c.nl_class.empty() && !c.belgian_risk_event)
        problems.add(path, w, "", "override nothing? give nl_class and/or belgian_risk_event");
      s.classification_override = std::move(c);
    }
  }
  if (doc.contains("event"))
    read_event(r, doc["event"], s.event);
  else
    problems.add(path, "scenario", "event",
                 "missing: the event facts (name, days, attendance_peak, ...)");
  problems.throw_if_any();
  return s;
}

Scenario read_scenario_file(const std::string& path) {
  return parse_scenario_json(read_text_file(path), path);
}

void read_layout(Scenario& scenario, const std::string& target_crs, ProblemList& problems,
                 std::vector<Problem>& warnings) {
  const OGRSpatialReference target = projected_srs(target_crs, scenario.file);
  LayoutReader reader(scenario, problems, warnings);
  for (const std::string& path : scenario.layout_paths) reader.read(path, target);
}

ImportOptions import_options_for(const Scenario& scenario) {
  ImportOptions o;
  o.crs = scenario.crs;
  o.bbox_lonlat = scenario.bbox_lonlat;
  o.origin = scenario.file;
  return o;
}

LoadedScenario load_scenario(Scenario scenario, const CityProvider& provider) {
  LoadedScenario out;
  const ImportOptions options = import_options_for(scenario);
  out.city =
      provider
          ? provider(scenario.map_path, options)
          : std::make_shared<const city::CityModel>(read_city_model(scenario.map_path, options));
  ProblemList problems;
  read_layout(scenario, out.city->stats.target_crs, problems, out.warnings);
  problems.throw_if_any();
  Findings findings = validate(scenario, *out.city);
  findings.errors.throw_if_any();
  out.warnings.insert(out.warnings.end(), findings.warnings.begin(), findings.warnings.end());
  if (scenario.crs.empty()) scenario.crs = out.city->stats.target_crs;
  out.scenario = std::move(scenario);
  return out;
}

LoadedScenario load_scenario(const std::string& path, const CityProvider& provider) {
  return load_scenario(read_scenario_file(path), provider);
}

}  // namespace agora::gis
