#include "gis/liveability/location_reader.hpp"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "gis/crs.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"
#include "sim/noise/facade_limit.hpp"

namespace agora::gis {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

json parse_file(const std::string& path) {
  const std::string text = read_text_file(path);
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    throw Error(path, "", "", std::string("not valid JSON: ") + e.what());
  }
}

void unknown_keys(const json& obj, const std::string& file, const std::string& where,
                  const std::set<std::string>& allowed) {
  for (const auto& [key, value] : obj.items())
    if (!allowed.count(key)) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      throw Error(file, where, key, "unknown key (expected one of: " + list + ")");
    }
}

std::string text(const json& o, const std::string& file, const std::string& where,
                 const std::string& key, bool required) {
  if (!o.contains(key)) {
    if (required) throw Error(file, where, key, "missing: expected a text value");
    return "";
  }
  if (!o[key].is_string())
    throw Error(file, where, key, "expected a text value, got " + o[key].dump());
  return o[key].get<std::string>();
}

double number(const json& o, const std::string& file, const std::string& where,
              const std::string& key, double fallback, double lo, double hi) {
  if (!o.contains(key)) return fallback;
  if (!o[key].is_number()) throw Error(file, where, key, "expected a number, got " + o[key].dump());
  const double v = o[key].get<double>();
  if (v < lo || v > hi)
    throw Error(
        file, where, key,
        "expected " + std::to_string(lo) + "–" + std::to_string(hi) + ", got " + o[key].dump());
  return v;
}

// Days of an entry: "from"/"to" dates with daily "start"/"end", or "days": [{date, start, end}].
std::vector<scenario::EventDay> days_of(const json& e, const std::string& file,
                                        const std::string& where) {
  std::vector<scenario::EventDay> days;
  if (e.contains("days")) {
    if (!e["days"].is_array())
      throw Error(file, where, "days", "expected a list of {date, start, end}");
    for (const json& d : e["days"]) {
      if (!d.is_object()) throw Error(file, where, "days", "expected {date, start, end}");
      days.push_back({text(d, file, where, "date", true), text(d, file, where, "start", true),
                      text(d, file, where, "end", true)});
    }
  } else {
    const std::string from = text(e, file, where, "from", true),
                      to = text(e, file, where, "to", false);
    const std::string start = text(e, file, where, "start", true),
                      end = text(e, file, where, "end", true);
    long a = 0, b = 0;
    try {
      a = liveability::days_from_iso(from, "from");
      b = to.empty() ? a : liveability::days_from_iso(to, "to");
    } catch (const Error&) {
      throw Error(file, where, "from",
                  "expected dates YYYY-MM-DD, got '" + from + "' to '" + to + "'");
    }
    if (b < a || b - a > 366)
      throw Error(file, where, "to", "expected a date on or after 'from', within a year");
    for (long d = a; d <= b; ++d) {
      days.push_back({liveability::iso_from_days(d), start, end});
    }
  }
  if (days.empty()) throw Error(file, where, "days", "an event needs at least one day");
  for (const auto& d : days) {
    try {
      liveability::days_from_iso(d.date, "date");
      noise::minutes_of(d.start, "start");
      noise::minutes_of(d.end, "end");
    } catch (const Error&) {
      throw Error(
          file, where, "days",
          "expected date YYYY-MM-DD and times HH:MM, got " + d.date + " " + d.start + "–" + d.end);
    }
  }
  return days;
}

}  // namespace

LoadedLocation read_location(const std::string& path, const city::CityModel& city) {
  const json doc = parse_file(path);
  if (!doc.is_object() || !doc.contains("agora_location"))
    throw Error(path, "", "agora_location",
                "missing: not an Agora location file (expected \"agora_location\": 1)");
  if (doc["agora_location"] != 1)
    throw Error(
        path, "", "agora_location",
        "format version " + doc["agora_location"].dump() + " is not supported (expected 1)");
  unknown_keys(doc, path, "location",
               {"agora_location", "name", "osm_name", "polygon", "illustrative", "note", "source",
                "periods", "latest_end", "max_events_per_year", "max_events_per_month",
                "max_consecutive_weekends", "letter_radius_m", "calendar_levels_dba", "calendar"});
  LoadedLocation out;
  liveability::LocationConditions& c = out.conditions;
  c.file = path;
  c.name = text(doc, path, "location", "name", true);
  c.osm_name = text(doc, path, "location", "osm_name", false);
  c.source = text(doc, path, "location", "source", false);
  if (doc.contains("illustrative")) {
    if (!doc["illustrative"].is_boolean())
      throw Error(path, "location", "illustrative", "expected true or false");
    c.illustrative = doc["illustrative"].get<bool>();
  }
  if (doc.contains("periods")) {
    if (!doc["periods"].is_array())
      throw Error(path, "location", "periods",
                  "expected a list of {name, from, until, facade_laeq_dba}");
    for (const json& p : doc["periods"]) {
      if (!p.is_object())
        throw Error(path, "location", "periods", "expected {name, from, until, facade_laeq_dba}");
      unknown_keys(p, path, "periods", {"name", "from", "until", "facade_laeq_dba"});
      liveability::PeriodLimit l;
      l.name = text(p, path, "periods", "name", true);
      l.from = text(p, path, "periods." + l.name, "from", true);
      l.until = text(p, path, "periods." + l.name, "until", true);
      if (!p.contains("facade_laeq_dba"))
        throw Error(path, "periods." + l.name, "facade_laeq_dba", "missing: expected dB(A)");
      l.facade_laeq_dba = number(p, path, "periods." + l.name, "facade_laeq_dba", 0.0, 20.0, 120.0);
      c.periods.push_back(l);
    }
  }
  c.latest_end = text(doc, path, "location", "latest_end", false);
  c.max_events_per_year =
      static_cast<int>(number(doc, path, "location", "max_events_per_year", 0, 0, 366));
  c.max_events_per_month =
      static_cast<int>(number(doc, path, "location", "max_events_per_month", 0, 0, 31));
  c.max_consecutive_weekends =
      static_cast<int>(number(doc, path, "location", "max_consecutive_weekends", 0, 0, 53));
  c.letter_radius_m = number(doc, path, "location", "letter_radius_m", 100.0, 0.0, 5000.0);
  if (doc.contains("calendar_levels_dba")) {
    const json& l = doc["calendar_levels_dba"];
    if (!l.is_array() || l.empty())
      throw Error(path, "location", "calendar_levels_dba", "expected a list of levels in dB(A)");
    c.calendar_levels_dba.clear();
    for (const json& v : l) {
      if (!v.is_number())
        throw Error(path, "location", "calendar_levels_dba", "expected numbers, got " + v.dump());
      c.calendar_levels_dba.push_back(v.get<double>());
    }
  }
  if (doc.contains("polygon")) {
    const json& pg = doc["polygon"];
    if (!pg.is_array() || pg.size() < 3)
      throw Error(path, "location", "polygon",
                  "expected a ring of at least 3 [lon, lat] positions");
    const Reprojector to_local = Reprojector::from_lonlat(city.stats.target_crs, path);
    for (const json& p : pg) {
      if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
        throw Error(path, "location", "polygon", "expected [lon, lat] positions, got " + p.dump());
      c.area.outer().push_back(to_local.transform(Vec2{p[0].get<double>(), p[1].get<double>()}));
    }
    bg::correct(c.area);
  } else if (!c.osm_name.empty()) {
    for (const city::OpenArea& a : city.open_areas)
      if (a.name == c.osm_name && bg::area(a.area) > bg::area(c.area)) c.area = a.area;
    if (c.area.outer().empty())
      throw Error(path, "location", "osm_name",
                  "no square or pedestrian area named '" + c.osm_name + "' in the map");
  }
  c.validate();

  const std::string cal = text(doc, path, "location", "calendar", false);
  if (cal.empty()) return out;
  out.calendar_file = (fs::path(path).parent_path() / cal).lexically_normal().string();
  const json cd = parse_file(out.calendar_file);
  const std::string& cf = out.calendar_file;
  if (!cd.is_object() || !cd.contains("agora_calendar") || cd["agora_calendar"] != 1)
    throw Error(cf, "", "agora_calendar", "missing or unsupported: expected \"agora_calendar\": 1");
  unknown_keys(cd, cf, "calendar",
               {"agora_calendar", "location", "year", "illustrative", "note", "events"});
  if (!cd.contains("events") || !cd["events"].is_array())
    throw Error(cf, "calendar", "events", "missing: expected a list of events");
  int i = 0;
  for (const json& e : cd["events"]) {
    const std::string where = "events[" + std::to_string(i++) + "]";
    if (!e.is_object())
      throw Error(cf, where, "", "expected an event {name, from, to, start, end, facade_laeq_dba}");
    unknown_keys(e, cf, where,
                 {"name", "from", "to", "start", "end", "days", "facade_laeq_dba", "note"});
    liveability::CalendarEvent ev;
    ev.name = text(e, cf, where, "name", true);
    ev.days = days_of(e, cf, where);
    ev.facade_dba = number(e, cf, where, "facade_laeq_dba", 0.0, 0.0, 140.0);
    out.calendar.push_back(std::move(ev));
  }
  return out;
}

}  // namespace agora::gis
