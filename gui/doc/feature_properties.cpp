#include "gui/doc/feature_properties.hpp"

#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <sstream>

namespace agora::gui {

using namespace agora::scenario;

namespace {

// Accessors of one property: text out, parsed value in.
struct Accessor {
  PropertyDef def;
  std::function<std::string(const LayoutFeature&)> get;
  std::function<void(LayoutFeature&, const std::string& text, double number, bool flag)> set;
};

std::string number_text(double v) {
  if (!is_set(v)) return "";
  std::ostringstream s;
  s.precision(6);
  s << v;
  return s.str();
}

template <class T>
Accessor number(std::string key, bool required, double lo, double hi, std::string unit,
                std::string help, double T::*member) {
  return {
      {std::move(key), PropertyType::Number, required, lo, hi, std::move(unit), std::move(help)},
      [member](const LayoutFeature& f) { return number_text(std::get<T>(f).*member); },
      [member](LayoutFeature& f, const std::string&, double v, bool) {
        std::get<T>(f).*member = v;
      }};
}

template <class T>
Accessor text(std::string key, std::string help, std::string T::*member) {
  return {{std::move(key), PropertyType::Text, false, 0, 0, "", std::move(help)},
          [member](const LayoutFeature& f) { return std::get<T>(f).*member; },
          [member](LayoutFeature& f, const std::string& t, double, bool) {
            std::get<T>(f).*member = t;
          }};
}

template <class T>
Accessor flag(std::string key, std::string help, bool T::*member) {
  return {{std::move(key), PropertyType::Flag, false, 0, 0, "", std::move(help)},
          [member](const LayoutFeature& f) {
            return std::string(std::get<T>(f).*member ? "true" : "false");
          },
          [member](LayoutFeature& f, const std::string&, double, bool b) {
            std::get<T>(f).*member = b;
          }};
}

Accessor id_accessor() {
  return {
      {"id", PropertyType::Text, false, 0, 0, "", "a short stable identifier, e.g. 'exit-north'"},
      [](const LayoutFeature& f) { return info_of(f).id; },
      [](LayoutFeature& f, const std::string& t, double, bool) { info_of(f).id = t; }};
}
Accessor name_accessor() {
  return {{"name", PropertyType::Text, false, 0, 0, "", "a name people read in the report"},
          [](const LayoutFeature& f) { return info_of(f).name; },
          [](LayoutFeature& f, const std::string& t, double, bool) { info_of(f).name = t; }};
}

// Ranges as the scenario reader (gis/scenario_reader.cpp) enforces them.
const std::map<Kind, std::vector<Accessor>>& accessors() {
  static const std::map<Kind, std::vector<Accessor>> table = [] {
    std::map<Kind, std::vector<Accessor>> t;
    for (Kind k : kAllKinds) t[k] = {id_accessor(), name_accessor()};
    t[Kind::CrowdZone].push_back(number<CrowdZone>(
        "density_ppm2", false, 0.01, 9.0, "persons/m²",
        "planned crowd density; empty: the profile's planning density", &CrowdZone::density_ppm2));
    t[Kind::CrowdZone].push_back(
        text<CrowdZone>("exit",
                        "crowd simulation: the id of the exit everyone here uses; empty: each "
                        "chooses the quickest",
                        &CrowdZone::exit_id));
    t[Kind::CrowdZone].push_back(
        flag<CrowdZone>("gangways",
                        "a standing area divided by barriers and gangways: the 12 m "
                        "distance to a gangway applies",
                        &CrowdZone::gangways));
    t[Kind::Exit].push_back(
        number<Exit>("width_m", true, 1e-9, 500.0, "m", "usable clear width", &Exit::width_m));
    t[Kind::Exit].push_back(
        flag<Exit>("emergency_only", "used only in an evacuation", &Exit::emergency_only));
    t[Kind::Exit].push_back(
        flag<Exit>("unlocked", "counts only if unlocked (Fluvia)", &Exit::unlocked));
    t[Kind::Exit].push_back(flag<Exit>("opens_outward", "counts only if it opens outward (Fluvia)",
                                       &Exit::opens_outward));
    t[Kind::Exit].push_back(flag<Exit>("closed", "closed in this variant", &Exit::closed));
    t[Kind::Stage].push_back(number<Stage>("sound_power_dba", true, 40.0, 160.0, "dB(A)",
                                           "sound power level L_W", &Stage::sound_power_dba));
    t[Kind::Stage].push_back(number<Stage>("source_height_m", false, 0.0, 100.0, "m",
                                           "loudspeaker height", &Stage::source_height_m));
    t[Kind::Structure].push_back(text<Structure>(
        "structure_type", "bar, tent, toilets, first_aid, ...", &Structure::structure_type));
    t[Kind::Barrier].push_back(text<PlannedBarrier>(
        "rating", "as on the crash-test certificate, e.g. V/7200[N2A]/48/90:0.0",
        &PlannedBarrier::rating));
    t[Kind::Barrier].push_back(
        text<PlannedBarrier>("product", "catalogue product name", &PlannedBarrier::product));
    t[Kind::Barrier].push_back(text<PlannedBarrier>("barrier_type",
                                                    "bollard, water_filled, concrete_block, ...",
                                                    &PlannedBarrier::barrier_type));
    t[Kind::Barrier].push_back(number<PlannedBarrier>(
        "clear_gap_m", false, 0.0, 100.0, "m",
        "clear gap between elements; empty: a continuous line", &PlannedBarrier::clear_gap_m));
    t[Kind::Barrier].push_back(number<PlannedBarrier>("cost_eur", false, 0.0, 1e9, "EUR",
                                                      "cost, for comparing variants",
                                                      &PlannedBarrier::cost_eur));
    t[Kind::EmergencyGate].push_back(number<EmergencyGate>(
        "width_m", true, 1e-9, 100.0, "m", "clear width when open", &EmergencyGate::width_m));
    t[Kind::EmergencyGate].push_back(text<EmergencyGate>(
        "rating", "rating when closed, if it is a tested barrier", &EmergencyGate::rating));
    t[Kind::EmergencyGate].push_back(
        text<EmergencyGate>("product", "catalogue product name", &EmergencyGate::product));
    t[Kind::Stairs].push_back(number<Stairs>("up_bearing_deg", true, 0.0, 360.0, "°",
                                             "direction of the way up, clockwise from north",
                                             &Stairs::up_bearing_deg));
    t[Kind::Receiver].push_back(number<Receiver>(
        "height_m", false, 0.0, 300.0, "m", "window height above ground", &Receiver::height_m));
    t[Kind::Receiver].push_back(number<Receiver>("limit_dba", false, 0.0, 200.0, "dB(A)",
                                                 "façade limit; empty: the profile's limit",
                                                 &Receiver::limit_dba));
    return t;
  }();
  return table;
}

const Accessor* find(Kind kind, const std::string& key) {
  for (const Accessor& a : accessors().at(kind))
    if (a.def.key == key) return &a;
  return nullptr;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

}  // namespace

const std::vector<PropertyDef>& property_defs(Kind kind) {
  static const std::map<Kind, std::vector<PropertyDef>> defs = [] {
    std::map<Kind, std::vector<PropertyDef>> d;
    for (const auto& [k, list] : accessors())
      for (const Accessor& a : list) d[k].push_back(a.def);
    return d;
  }();
  return defs.at(kind);
}

std::string property_text(const LayoutFeature& f, const std::string& key) {
  const Accessor* a = find(kind_of(f), key);
  return a ? a->get(f) : "";
}

std::optional<std::string> set_property(LayoutFeature& f, const std::string& key,
                                        const std::string& raw) {
  const Accessor* a = find(kind_of(f), key);
  if (!a) return "a " + kind_label(kind_of(f)) + " has no property '" + key + "'";
  const std::string t = trim(raw);
  const PropertyDef& d = a->def;
  switch (d.type) {
    case PropertyType::Text:
      a->set(f, t, 0.0, false);
      return std::nullopt;
    case PropertyType::Flag:
      if (t == "true" || t == "1" || t == "yes")
        a->set(f, t, 0.0, true);
      else if (t == "false" || t == "0" || t == "no")
        a->set(f, t, 0.0, false);
      else
        return key + ": expected true or false, got '" + t + "'";
      return std::nullopt;
    case PropertyType::Number: {
      if (t.empty()) {
        if (d.required) return key + ": required (" + d.unit + ")";
        a->set(f, t, kUnset, false);
        return std::nullopt;
      }
      double v = 0.0;
      const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
      if (ec != std::errc() || end != t.data() + t.size() || !std::isfinite(v))
        return key + ": expected a number, got '" + t + "'";
      if (v < d.lo || v > d.hi) {
        std::ostringstream m;
        if (d.lo > 0.0 && d.lo < 1e-6)
          m << key << ": expected a number above 0 and at most " << d.hi << " " << d.unit
            << ", got " << t;
        else
          m << key << ": expected a number in [" << d.lo << ", " << d.hi << "] " << d.unit
            << ", got " << t;
        return m.str();
      }
      a->set(f, t, v, false);
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace agora::gui
