#include "gis/assess/assess_profile.hpp"

#include <set>

#include "sim/assess/disciplines.hpp"
#include "sim/figures/catalogue.hpp"

namespace agora::gis {

using json = nlohmann::json;

namespace {

// Reads one structured profile value (an object or list) with errors naming section.key.field.
class Reader {
 public:
  Reader(const Profile& p, std::string section, std::string key)
      : p_(p), where_(section + "." + key), v_(p.value(section, key)) {}

  const json& value() const { return v_; }
  [[noreturn]] void fail(const std::string& field, const std::string& what) const {
    throw Error(p_.file(), where_, field, what);
  }
  double number(const json& obj, const std::string& field, double lo, double hi) const {
    if (!obj.contains(field)) fail(field, "missing: expected a number");
    const json& v = obj[field];
    if (!v.is_number()) fail(field, "expected a number, got " + v.dump());
    const double d = v.get<double>();
    if (!(d >= lo && d <= hi))
      fail(field, "expected a number in [" + json(lo).dump() + ", " + json(hi).dump() + "], got " +
                      v.dump());
    return d;
  }
  std::string text(const json& obj, const std::string& field, const std::string& fallback) const {
    if (!obj.contains(field)) return fallback;
    if (!obj[field].is_string()) fail(field, "expected a text, got " + obj[field].dump());
    return obj[field].get<std::string>();
  }
  bool flag(const json& obj, const std::string& field, bool fallback) const {
    if (!obj.contains(field)) return fallback;
    if (!obj[field].is_boolean()) fail(field, "expected true or false, got " + obj[field].dump());
    return obj[field].get<bool>();
  }
  std::vector<std::string> texts(const json& obj, const std::string& field) const {
    if (!obj.contains(field) || !obj[field].is_array()) fail(field, "expected a list of texts");
    std::vector<std::string> out;
    for (const json& t : obj[field]) {
      if (!t.is_string()) fail(field, "expected texts in the list, got " + t.dump());
      out.push_back(t.get<std::string>());
    }
    return out;
  }
  void only(const json& obj, const std::set<std::string>& allowed) const {
    for (const auto& [k, v] : obj.items())
      if (!allowed.count(k)) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        fail(k, "unknown field (expected one of: " + list + ")");
      }
  }

 private:
  const Profile& p_;
  std::string where_;
  const json& v_;
};

assess::Band band(const Profile& p, const std::string& section, const std::string& key) {
  const std::string t = p.text(section, key);
  if (t == "low") return assess::Band::kLow;
  if (t == "medium") return assess::Band::kMedium;
  if (t == "high") return assess::Band::kHigh;
  if (t == "very high") return assess::Band::kVeryHigh;
  throw Error(p.file(), section + "." + key, "value",
              "expected \"low\", \"medium\", \"high\" or \"very high\", got '" + t + "'");
}

std::vector<std::string> text_list(const Profile& p, const std::string& section,
                                   const std::string& key) {
  const json& v = p.value(section, key);
  std::vector<std::string> out;
  if (!v.is_array())
    throw Error(p.file(), section + "." + key, "value",
                "expected a list of texts, got " + v.dump());
  for (const json& t : v) {
    if (!t.is_string())
      throw Error(p.file(), section + "." + key, "value",
                  "expected texts in the list, got " + t.dump());
    out.push_back(t.get<std::string>());
  }
  return out;
}

void read_capacity(const Profile& p, assess::AssessParams& a) {
  crowd::CapacityParams& c = a.capacity;
  c.density_ppm2 = p.number("capacity", "density_ppm2", 0.1, 7.1);
  const std::string basis = p.text("capacity", "flow_basis");
  static const std::set<std::string> kBases = {"level", "steps", "open_air_standing",
                                               "open_air_seated"};
  if (!kBases.count(basis))
    throw Error(p.file(), "capacity.flow_basis", "value",
                "expected level, steps, open_air_standing or open_air_seated, got '" + basis + "'");
  c.flow_ppmm = p.number("capacity", "flow_" + basis + "_ppmm", 1.0, 200.0);
  c.escape_time_min = p.number("capacity", "escape_time_min", 0.5, 60.0);
  c.min_exit_width_m = p.number("capacity", "min_exit_width_m", 0.0, 20.0);
  c.warn_utilisation = p.number("capacity", "warn_utilisation", 0.1, 1.0);

  crowd::ExitRules& x = c.exit_rules;
  x.apply = p.flag("exits", "apply_fluvia");
  x.width_per_person_m = p.number("exits", "width_per_person_m", 0.0, 0.1);
  x.min_total_width_m = p.number("exits", "min_total_width_m", 0.0, 100.0);
  p.number("exits", "min_height_m", 0.0, 10.0);  // recorded: the layout holds no exit heights
  x.persons_per_extra_exit =
      static_cast<std::int64_t>(p.number("exits", "persons_per_extra_exit", 1.0, 1e7));
  const json& table = p.value("exits", "headcount");
  x.headcount.clear();
  if (!table.is_array())
    throw Error(p.file(), "exits.headcount", "value", "expected [[persons, exits], ...]");
  for (const json& row : table) {
    if (!row.is_array() || row.size() != 2 || !row[0].is_number_integer() ||
        !row[1].is_number_integer())
      throw Error(p.file(), "exits.headcount", "value",
                  "expected rows [persons, exits] of whole numbers, got " + row.dump());
    x.headcount.push_back({row[0].get<std::int64_t>(), row[1].get<int>()});
  }
  a.egress.flow_ppmm = c.flow_ppmm;
}

void read_noise(const Profile& p, assess::AssessParams& a) {
  noise::NoiseParams& n = a.noise;
  noise::PropagationParams& pr = n.propagation;
  pr.air_absorption_db_per_km = p.number("noise", "air_absorption_db_per_km", 0.0, 100.0);
  pr.frequency_hz = p.number("noise", "frequency_hz", 20.0, 20000.0);
  pr.speed_of_sound_mps = p.number("noise", "speed_of_sound_mps", 300.0, 400.0);
  pr.single_edge_cap_db = p.number("noise", "single_edge_cap_db", 0.0, 40.0);
  pr.double_edge_cap_db = p.number("noise", "double_edge_cap_db", 0.0, 40.0);
  pr.directivity_db = p.number("noise", "directivity_db", -20.0, 20.0);
  n.receiver_spacing_m = p.number("noise", "receiver_spacing_m", 0.5, 100.0);
  n.receiver_height_m = p.number("noise", "receiver_height_m", 0.5, 100.0);
  n.facade_offset_m = p.number("noise", "facade_offset_m", 0.01, 5.0);
  n.search_radius_m = p.number("noise", "search_radius_m", 1.0, 5000.0);
  n.audience_distance_m = p.number("noise", "audience_distance_m", 1.0, 500.0);
  n.audience_categories.clear();
  Reader cats(p, "noise", "audience_categories");
  if (!cats.value().is_array() || cats.value().empty())
    cats.fail("value", "expected a list of {category, max_dba, period}");
  for (const json& c : cats.value()) {
    if (!c.is_object()) cats.fail("value", "expected {category, max_dba, period}, got " + c.dump());
    cats.only(c, {"category", "max_dba", "period"});
    n.audience_categories.push_back({static_cast<int>(cats.number(c, "category", 1, 10)),
                                     cats.number(c, "max_dba", 0, 200),
                                     cats.text(c, "period", "")});
  }
  // Octave bands (issue 18); optional, so a profile of before keeps loading with the defaults.
  if (p.has("noise", "model")) {
    const std::string m = p.text("noise", "model");
    if (m != "octave_bands" && m != "broadband")
      throw Error(p.file(), "noise.model", "value",
                  "expected octave_bands or broadband, got '" + m + "'");
    n.model = m == "broadband" ? noise::NoiseModel::kBroadband : noise::NoiseModel::kOctaveBands;
  }
  if (p.has("noise", "default_ground_factor"))
    n.default_ground_factor = p.number("noise", "default_ground_factor", 0.0, 1.0);
  if (p.has("noise", "limit_is_facade_level"))
    n.limit_is_facade_level = p.flag("noise", "limit_is_facade_level");
  if (p.has("noise", "facade_reflection_db"))
    n.facade_reflection_db = p.number("noise", "facade_reflection_db", 0.0, 6.0);
  auto bands = [&](const char* key, noise::BandLevels& out, double lo, double hi) {
    if (!p.has("noise", key)) return;
    const json& v = p.value("noise", key);
    if (!v.is_array() || v.size() != noise::kBands)
      throw Error(p.file(), std::string("noise.") + key, "value",
                  "expected 8 numbers, one per octave band 63 Hz … 8 kHz, got " + v.dump());
    for (std::size_t i = 0; i < noise::kBands; ++i) {
      if (!v[i].is_number() || v[i].get<double>() < lo || v[i].get<double>() > hi)
        throw Error(p.file(), std::string("noise.") + key, "value",
                    "band " + std::to_string(i) + ": expected a number in [" + std::to_string(lo) +
                        ", " + std::to_string(hi) + "], got " + v[i].dump());
      out[i] = v[i].get<double>();
    }
  };
  bands("source_spectrum_dba", n.octave.source_spectrum_dba, -80.0, 80.0);
  bands("air_absorption_bands_db_per_km", n.octave.air_absorption_db_per_km, 0.0, 1000.0);

  noise::FacadeLimits& f = a.facade_limits;
  f.day_dba = p.number("noise", "facade_limit_day_dba", 0.0, 140.0);
  f.night_dba = p.number("noise", "facade_limit_night_dba", 0.0, 140.0);
  f.night_from = p.text("noise", "night_from");
  f.night_until = p.text("noise", "night_until");
  try {
    f.validate();
  } catch (const Error& e) {
    throw Error(p.file(), e.problems().front().field, "value", e.problems().front().message);
  }
  n.facade_limit_dba = f.day_dba;
}

// A figure key a profile names must be one an analysis declares (sim/figures/catalogue.cpp)
// and must be a number or a flag: a misspelt key would leave its criterion "not assessed"
// for ever.
void check_figure_key(const Reader& r, const std::string& field, const std::string& key) {
  const FigureSpec* spec = find_figure(key);
  if (!spec) {
    std::string near;
    const std::string prefix = key.substr(0, key.find('.') + 1);
    for (const AnalysisFigures& a : figure_catalogue())
      for (const FigureSpec* s : a.specs)
        if (!prefix.empty() && s->key.starts_with(prefix) &&
            (s->type == ValueType::Integer || s->type == ValueType::Real))
          near += (near.empty() ? "" : ", ") + std::string(s->key);
    r.fail(field, "names the figure '" + key + "', which no analysis writes" +
                      (near.empty() ? std::string() : " (figures of that analysis: " + near + ")"));
  }
  if (spec->type == ValueType::Text)
    r.fail(field, "names the figure '" + key + "', a text; a criterion needs a number or a flag");
}

void read_liveability(const Profile& p, assess::AssessParams& a) {
  if (!p.document().contains("liveability") || !p.document()["liveability"].is_object())
    throw Error(p.file(), "liveability", "", "missing: the profile needs its liveability criteria");
  std::set<std::string> known;
  for (const assess::KnownCriterion& k : assess::known_criteria()) {
    known.insert(k.name);
    if (!p.has("liveability", k.name))
      throw Error(p.file(), std::string("liveability.") + k.name, "value",
                  std::string("missing criterion '") + k.name +
                      "' (every criterion needs green_max, amber_max and weight; weight 0 leaves "
                      "it out of the index)");
  }
  // Known criteria in the scorecard's order, then the profile's own ones in file order.
  std::vector<std::string> names;
  for (const assess::KnownCriterion& k : assess::known_criteria()) names.push_back(k.name);
  for (const auto& [key, v] : p.document()["liveability"].items())
    if (!known.count(key)) names.push_back(key);
  for (const std::string& name : names) {
    Reader r(p, "liveability", name);
    const json& v = r.value();
    if (!v.is_object()) r.fail("value", "expected {green_max, amber_max, weight}, got " + v.dump());
    r.only(v, {"green_max", "amber_max", "weight", "veto", "measure", "title", "unit"});
    assess::Criterion c;
    c.name = name;
    for (const assess::KnownCriterion& k : assess::known_criteria())
      if (name == k.name) {
        c.measure = std::string(k.measure.key);
      }
    c.title = r.text(v, "title", "");
    c.measure = r.text(v, "measure", c.measure);
    c.unit = r.text(v, "unit", c.unit);
    if (c.measure.empty())
      r.fail("measure", "a criterion of the profile's own needs the figure it reads (\"measure\")");
    check_figure_key(r, "measure", c.measure);
    c.green_max = r.number(v, "green_max", -1e12, 1e12);
    c.amber_max = r.number(v, "amber_max", c.green_max, 1e12);
    c.weight = r.number(v, "weight", 0.0, 1000.0);
    c.veto = r.flag(v, "veto", false);
    c.source = p.source("liveability", name);
    a.criteria.push_back(std::move(c));
  }
}

void read_risk(const Profile& p, assess::AssessParams& a) {
  assess::RiskParams& r = a.risk;
  auto whole = [&](const char* key, double lo, double hi) {
    return static_cast<int>(p.number("risk", key, lo, hi));
  };
  r.likelihood_green = whole("likelihood_green", 1, 5);
  r.likelihood_amber = whole("likelihood_amber", 1, 5);
  r.likelihood_red = whole("likelihood_red", 1, 5);
  r.low_max = whole("low_max", 0, 25);
  r.medium_max = whole("medium_max", 0, 25);
  r.high_max = whole("high_max", 0, 25);
  for (const std::string& name : assess::required_hazards()) {
    if (!p.has("hazards", name))
      throw Error(
          p.file(), "hazards." + name, "value",
          "missing: every profile rates the hazards " +
              std::string("crowd_crush, vehicle_ramming, fire_evacuation, noise_nuisance, access"));
    Reader h(p, "hazards", name);
    const json& v = h.value();
    if (!v.is_object())
      h.fail("value",
             "expected {title, criteria, consequence_measure, consequence_bands, disciplines}");
    h.only(v, {"title", "criteria", "consequence_measure", "consequence_bands", "disciplines"});
    assess::Hazard hz;
    hz.name = name;
    hz.title = h.text(v, "title", name);
    hz.criteria = h.texts(v, "criteria");
    for (const std::string& c : hz.criteria) {
      bool found = false;
      for (const assess::Criterion& k : a.criteria) found = found || k.name == c;
      if (!found)
        h.fail("criteria",
               "names '" + c + "', which is not a liveability criterion of this profile");
    }
    hz.consequence_measure = h.text(v, "consequence_measure", "");
    if (hz.consequence_measure.empty())
      h.fail("consequence_measure", "missing: the figure that gives the consequence");
    check_figure_key(h, "consequence_measure", hz.consequence_measure);
    if (!v.contains("consequence_bands") || !v["consequence_bands"].is_array() ||
        v["consequence_bands"].size() != 4)
      h.fail("consequence_bands",
             "expected 4 rising upper bounds (consequence 1 to 4; above the last: 5)");
    for (const json& b : v["consequence_bands"]) {
      if (!b.is_number()) h.fail("consequence_bands", "expected numbers, got " + b.dump());
      hz.consequence_bands.push_back(b.get<double>());
    }
    hz.disciplines = h.texts(v, "disciplines");
    for (const std::string& d : hz.disciplines)
      if (!assess::discipline::is_known(d))
        h.fail("disciplines", "names '" + d +
                                  "'; expected fire (D1), medical (D2), police (D3), "
                                  "civil_protection (D4), information "
                                  "(D5), emergency_planning or threat_analysis");
    hz.source = p.source("hazards", name);
    r.hazards.push_back(std::move(hz));
  }
  try {
    r.validate();
  } catch (const Error& e) {
    throw Error(p.file(), e.problems().front().where + " " + e.problems().front().field, "value",
                e.problems().front().message);
  }
}

}  // namespace

assess::AssessParams assess_params(const Profile& p) {
  assess::AssessParams a;
  read_capacity(p, a);
  a.distance_to_exit.max_distance_m = p.number("distance_to_exit", "max_distance_m", 1.0, 10000.0);
  a.distance_to_exit.gangway_distance_m =
      p.number("distance_to_exit", "gangway_distance_m", 1.0, 10000.0);
  a.walk_cell_m = p.number("distance_to_exit", "cell_m", 0.1, 2.0);
  a.egress.walking_speed_mps = p.number("egress", "walking_speed_mps", 0.1, 3.0);
  a.egress.premovement_s = p.number("egress", "premovement_s", 0.0, 3600.0);

  access::AccessParams& ac = a.access;
  ac.clear_width_m = p.number("access", "clear_width_m", 1.0, 20.0);
  ac.clear_height_m = p.number("access", "clear_height_m", 1.0, 20.0);
  ac.turning_inner_radius_m = p.number("access", "turning_inner_radius_m", 0.0, 100.0);
  ac.turning_outer_radius_m =
      p.number("access", "turning_outer_radius_m", ac.turning_inner_radius_m + 0.5, 150.0);
  p.number("access", "max_slope_pct", 0.0, 100.0);  // recorded: the map holds no elevations
  ac.max_distance_m = p.number("access", "max_distance_m", 0.0, 1000.0);
  ac.entry_distance_m = p.number("access", "entry_distance_m", 0.0, 2000.0);
  ac.cell_m = p.number("access", "cell_m", 0.1, 2.0);
  ac.check_turning = p.flag("access", "check_turning");
  ac.operable_barrier_types = text_list(p, "access", "operable_barrier_types");

  read_noise(p, a);
  a.mobility.neighbour_distance_m = p.number("mobility", "neighbour_distance_m", 0.0, 1000.0);
  a.mobility.stop_distance_m = p.number("mobility", "stop_distance_m", 0.0, 500.0);
  a.mobility.car_width_m = p.number("mobility", "car_width_m", 0.5, 5.0);
  // Dwellings and the residents' letter (issue 18); optional, defaults in sim/city/dwellings.hpp.
  city::DwellingParams& d = a.mobility.dwellings;
  if (p.has("residents", "floor_area_per_dwelling_m2"))
    d.floor_area_per_dwelling_m2 =
        p.number("residents", "floor_area_per_dwelling_m2", 10.0, 1000.0);
  if (p.has("residents", "storey_height_m"))
    d.storey_height_m = p.number("residents", "storey_height_m", 2.0, 10.0);
  if (p.has("residents", "min_footprint_m2"))
    d.min_footprint_m2 = p.number("residents", "min_footprint_m2", 0.0, 1000.0);
  if (p.has("residents", "max_footprint_m2"))
    d.max_footprint_m2 = p.number("residents", "max_footprint_m2", 0.0, 1e6);
  if (p.has("residents", "unknown_land_use"))
    d.unknown_land_use = p.text("residents", "unknown_land_use");
  if (p.has("residents", "letter_radius_m"))
    a.residents.letter_radius_m = p.number("residents", "letter_radius_m", 0.0, 5000.0);
  if (p.has("residents", "coverage_warn_share"))
    a.residents.coverage_warn_share = p.number("residents", "coverage_warn_share", 0.0, 1.0);
  try {
    d.validate();
  } catch (const Error& e) {
    throw Error(p.file(), e.problems().front().field, "value", e.problems().front().message);
  }

  read_liveability(p, a);
  a.scorecard.amber_from = p.number("scorecard", "amber_from", 0.0, 1.0);
  a.scorecard.red_from = p.number("scorecard", "red_from", a.scorecard.amber_from, 1.0);
  read_risk(p, a);

  assess::ClassificationParams& c = a.classification;
  c.nl_b_from = band(p, "classification", "nl_b_from_band");
  c.nl_c_from = band(p, "classification", "nl_c_from_band");
  c.nl_b_attendance =
      static_cast<std::int64_t>(p.number("classification", "nl_b_attendance", 1.0, 1e9));
  c.nl_c_attendance =
      static_cast<std::int64_t>(p.number("classification", "nl_c_attendance", 1.0, 1e9));
  c.be_risk_event_from = band(p, "classification", "be_risk_event_from_band");
  c.be_risk_event_attendance =
      static_cast<std::int64_t>(p.number("classification", "be_risk_event_attendance", 1.0, 1e9));
  try {
    c.validate();
  } catch (const Error& e) {
    throw Error(p.file(), e.problems().front().field, "value", e.problems().front().message);
  }
  return a;
}

}  // namespace agora::gis
