#include "gis/scenario_writer.hpp"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "gis/scenario_reader.hpp"
#include "gis/text_file.hpp"

namespace agora::gis {

namespace fs = std::filesystem;
using ojson = nlohmann::ordered_json;
using namespace agora::scenario;

namespace {

bool same_days(const std::vector<EventDay>& a, const std::vector<EventDay>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].date != b[i].date || a[i].start != b[i].start || a[i].end != b[i].end) return false;
  return true;
}

bool same_event(const EventFacts& a, const EventFacts& b) {
  return a.name == b.name && a.organiser == b.organiser && a.location == b.location &&
         a.type == b.type && same_days(a.days, b.days) && a.attendance_peak == b.attendance_peak &&
         a.attendance_total == b.attendance_total && a.alcohol == b.alcohol &&
         a.amplified_music == b.amplified_music &&
         a.events_at_location_this_year == b.events_at_location_this_year;
}

ojson event_json(const EventFacts& e) {
  ojson ev;
  ev["name"] = e.name;
  if (!e.organiser.empty()) ev["organiser"] = e.organiser;
  if (!e.location.empty()) ev["location"] = e.location;
  ev["type"] = e.type;
  ojson days = ojson::array();
  for (const EventDay& d : e.days)
    days.push_back({{"date", d.date}, {"start", d.start}, {"end", d.end}});
  ev["days"] = days;
  ev["attendance_peak"] = e.attendance_peak;
  if (e.attendance_total) ev["attendance_total"] = e.attendance_total;
  ev["alcohol"] = e.alcohol;
  ev["amplified_music"] = e.amplified_music;
  if (e.events_at_location_this_year)
    ev["events_at_location_this_year"] = e.events_at_location_this_year;
  return ev;
}

bool is_profile_file(const std::string& profile) {
  return profile.find('/') != std::string::npos || profile.ends_with(".json");
}

}  // namespace

std::string relative_path(const std::string& target, const std::string& base_dir) {
  std::error_code ec;
  const fs::path t = fs::weakly_canonical(fs::absolute(target, ec), ec);
  const fs::path b = fs::weakly_canonical(fs::absolute(base_dir.empty() ? "." : base_dir, ec), ec);
  const fs::path rel = t.lexically_relative(b);
  return rel.empty() ? t.string() : rel.generic_string();
}

std::string scenario_json(const Scenario& s, const std::string& path,
                          const std::string& original_text) {
  ojson doc = ojson::object();
  Scenario original;
  bool have_original = false;
  if (!original_text.empty()) {
    doc = ojson::parse(original_text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object()) doc = ojson::object();
    try {
      original = parse_scenario_json(original_text, s.file.empty() ? path : s.file);
      have_original = true;
    } catch (const Error&) {
      // The original no longer parses: write every field fresh.
    }
  }
  const fs::path parent = fs::path(path).parent_path();
  const std::string dir = parent.empty() ? std::string(".") : parent.string();
  doc["agora_scenario"] = kScenarioFormatVersion;
  if (!s.name.empty() || doc.contains("name")) doc["name"] = s.name;
  doc["map"] = relative_path(s.map_path, dir);
  if (!s.crs.empty())
    doc["crs"] = s.crs;
  else
    doc.erase("crs");
  if (s.bbox_lonlat) {
    const Box& b = *s.bbox_lonlat;
    doc["bbox"] = {b.min_corner().x, b.min_corner().y, b.max_corner().x, b.max_corner().y};
  } else {
    doc.erase("bbox");
  }
  ojson layouts = ojson::array();
  for (const std::string& l : s.layout_paths) layouts.push_back(relative_path(l, dir));
  doc["layout"] = layouts.size() == 1 && (!doc.contains("layout") || doc["layout"].is_string())
                      ? layouts[0]
                      : layouts;
  if (doc.contains("profile") || s.profile != "flanders")
    doc["profile"] = is_profile_file(s.profile) ? relative_path(s.profile, dir) : s.profile;
  if (!s.location_path.empty())
    doc["location_conditions"] = relative_path(s.location_path, dir);
  else
    doc.erase("location_conditions");
  if (!s.vehicles_path.empty())
    doc["vehicles"] = relative_path(s.vehicles_path, dir);
  else
    doc.erase("vehicles");
  if (!s.barrier_catalogue_path.empty())
    doc["barrier_catalogue"] = relative_path(s.barrier_catalogue_path, dir);
  else
    doc.erase("barrier_catalogue");
  if (!s.crowd_speeds_path.empty())
    doc["crowd_speeds"] = relative_path(s.crowd_speeds_path, dir);
  else
    doc.erase("crowd_speeds");
  if (!s.crowd_los_path.empty())
    doc["crowd_los"] = relative_path(s.crowd_los_path, dir);
  else
    doc.erase("crowd_los");
  if (!s.analyses.empty())
    doc["analyses"] = s.analyses;
  else
    doc.erase("analyses");
  if (doc.contains("ramming") || s.ramming_radius_m != 1000.0 || !s.vehicle_classes.empty()) {
    ojson ram = ojson::object();
    ram["radius_m"] = s.ramming_radius_m;
    if (!s.vehicle_classes.empty()) ram["classes"] = s.vehicle_classes;
    doc["ramming"] = ram;
  }
  if (!(have_original && doc.contains("event") && same_event(original.event, s.event)))
    doc["event"] = event_json(s.event);
  return doc.dump(2) + "\n";
}

void write_scenario_json(const Scenario& scenario, const std::string& path,
                         const std::string& original_text) {
  write_text_file_atomic(path, scenario_json(scenario, path, original_text));
}

}  // namespace agora::gis
