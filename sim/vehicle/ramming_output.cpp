#include "sim/vehicle/ramming_output.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <set>

namespace agora::vehicle {

namespace {

double round_to(double v, double step) {
  return std::round(v / step) * step;
}

const char* verdict_or_unreached(const ClassAtCrossing& c) {
  return c.reachable ? verdict_key(c.verdict) : "not_reachable";
}

std::string guard_name(const RammingResult& r, int guard) {
  return guard >= 0 ? r.guards[static_cast<std::size_t>(guard)].name : std::string();
}

Value opt_text(const std::string& s) {
  return s.empty() ? Value{} : Value{s};
}

// A sentence naming a data table by its origin as gis/ gives it: a file path, or "built-in " and
// the bundled file, said by the key's "_builtin" variant so the words stay in the string tables.
Statement table_origin(const std::string& key, const std::string& origin) {
  static const std::string kBuiltIn = "built-in ";
  if (origin.rfind(kBuiltIn, 0) == 0)
    return say(key + "_builtin", {origin.substr(kBuiltIn.size())});
  return say(key, {origin});
}

std::string fmt(double v, int precision) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", precision, v);
  return buf;
}

// How the classes accelerate, as a term of the string tables: all from physics, or mixed
// (a table the user loads may give curves or constant accelerations per class).
std::string models_key(const RammingResult& r) {
  for (const VehicleClass& c : r.classes)
    if (!c.physics) return "vehicle.models.mixed";
  return "vehicle.models.physics";
}

}  // namespace

std::vector<std::size_t> crossings_by_exposure(const RammingResult& r) {
  std::vector<std::size_t> order(r.crossings.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const CrossingResult& x = r.crossings[a];
    const CrossingResult& y = r.crossings[b];
    if (x.people_exposed_max() != y.people_exposed_max())
      return x.people_exposed_max() > y.people_exposed_max();
    if (verdict_severity(x.worst_verdict()) != verdict_severity(y.worst_verdict()))
      return verdict_severity(x.worst_verdict()) > verdict_severity(y.worst_verdict());
    return x.max_speed_kmh() > y.max_speed_kmh();
  });
  return order;
}

Figures ramming_figures(const RammingResult& r) {
  Figures f;
  std::string codes;
  for (const VehicleClass& c : r.classes) codes += (codes.empty() ? "" : ",") + c.code;
  f.set("ramming.radius_m", r.params.radius_m);
  f.set("ramming.classes", codes);
  f.set("ramming.vehicle_table", r.vehicle_table);
  f.set("ramming.vehicle_table_placeholder", r.vehicle_table_placeholder);
  f.set("ramming.barrier_catalogue", r.barrier_catalogue);
  f.set("ramming.crossings", static_cast<std::int64_t>(r.crossings.size()));
  std::set<std::uint32_t> mouths;
  for (const CrossingResult& c : r.crossings) mouths.insert(c.mouth);
  f.set("ramming.approaches", static_cast<std::int64_t>(mouths.size()));
  std::int64_t by_verdict[5] = {0, 0, 0, 0, 0};  // crossings whose worst verdict is each
  std::int64_t not_adequate = 0;
  double max_speed = 0.0, max_energy = 0.0, people_max = 0.0, entry_max = 0.0;
  std::int64_t people_max_crossing = -1;
  for (const CrossingResult& c : r.crossings) {
    const Verdict worst = c.worst_verdict();
    ++by_verdict[verdict_severity(worst) - 1];
    if (worst != Verdict::Adequate) ++not_adequate;
    max_speed = std::max(max_speed, c.max_speed_kmh());
    for (const ClassAtCrossing& k : c.classes) {
      if (!k.reachable) continue;
      max_energy = std::max(max_energy, k.energy_kj);
      if (k.exposure.reaches_crowd) entry_max = std::max(entry_max, k.exposure.entry_speed_kmh);
    }
    if (c.people_exposed_max() > people_max) {
      people_max = c.people_exposed_max();
      people_max_crossing = c.id;
    }
  }
  f.set("ramming.max_speed_kmh", max_speed);
  f.set("ramming.max_energy_kj", max_energy);
  f.set("ramming.adequate_crossings", by_verdict[0]);
  f.set("ramming.energy_only_crossings", by_verdict[1]);
  f.set("ramming.inadequate_crossings", by_verdict[2]);
  f.set("ramming.gap_passable_crossings", by_verdict[3]);
  f.set("ramming.unprotected_crossings", by_verdict[4]);
  f.set("ramming.not_adequate_crossings", not_adequate);
  f.set("ramming.people_exposed_max", people_max);
  f.set("ramming.people_exposed_max_crossing",
        people_max_crossing >= 0 ? Value{people_max_crossing} : Value{});
  f.set("ramming.max_crowd_entry_speed_kmh", entry_max);
  for (std::size_t k = 0; k < r.classes.size(); ++k) {
    const std::string key = "ramming." + r.classes[k].code + ".";
    std::int64_t reachable = 0, counts[5] = {0, 0, 0, 0, 0};
    double vmax = 0.0, vlow = 0.0, emax = 0.0, pmax = 0.0;
    Verdict worst = Verdict::Adequate;
    for (const CrossingResult& c : r.crossings) {
      const ClassAtCrossing& a = c.classes[k];
      if (!a.reachable) continue;
      ++reachable;
      ++counts[verdict_severity(a.verdict) - 1];
      if (a.speed.high_kmh > vmax) {
        vmax = a.speed.high_kmh;
        vlow = a.speed.low_kmh;
      }
      emax = std::max(emax, a.energy_kj);
      pmax = std::max(pmax, a.exposure.people);
      if (verdict_severity(a.verdict) > verdict_severity(worst)) worst = a.verdict;
    }
    f.set(key + "reachable_crossings", reachable);
    f.set(key + "max_speed_kmh", vmax);
    f.set(key + "max_speed_low_kmh", vlow);
    f.set(key + "max_energy_kj", emax);
    f.set(key + "worst_verdict",
          reachable > 0 ? std::string(verdict_key(worst)) : std::string("not_reachable"));
    f.set(key + "adequate", counts[0]);
    f.set(key + "energy_only", counts[1]);
    f.set(key + "inadequate", counts[2]);
    f.set(key + "gap_passable", counts[3]);
    f.set(key + "unprotected", counts[4]);
    f.set(key + "people_exposed_max", pmax);
  }
  f.set("ramming.model.road_edges", static_cast<std::int64_t>(r.road_edges));
  f.set("ramming.model.sight_lines", static_cast<std::int64_t>(r.sight_edges));
  f.set("ramming.model.open_area_clusters", static_cast<std::int64_t>(r.open_area_clusters));
  f.set("ramming.model.states", static_cast<std::int64_t>(r.states));
  return f;
}

std::vector<FeatureLayer> ramming_layers(const RammingResult& r, const city::CityModel& city) {
  std::vector<FeatureLayer> out;
  // Crossings: one point each, with every class's figures side by side.
  FeatureLayer cross{"ramming_crossings", GeometryType::kPoint, {}, {}};
  cross.fields = {{"id", ValueType::Integer},
                  {"label", ValueType::Text},
                  {"approach", ValueType::Integer},
                  {"in_open_area", ValueType::Bool},
                  {"perimeter_heading_deg", ValueType::Real},
                  {"worst_verdict", ValueType::Text},
                  {"max_speed_kmh", ValueType::Real},
                  {"people_exposed_max", ValueType::Real}};
  static const char* kPerClass[] = {"reachable",   "speed_low_kmh",    "speed_high_kmh",
                                    "energy_kj",   "heading_deg",      "impact_angle_deg",
                                    "runup_m",     "time_s",           "verdict",
                                    "barrier",     "judged_speed_kmh", "crowd_entry_speed_kmh",
                                    "crowd_run_m", "people_exposed"};
  static const ValueType kTypes[] = {
      ValueType::Bool, ValueType::Real, ValueType::Real, ValueType::Real, ValueType::Real,
      ValueType::Real, ValueType::Real, ValueType::Real, ValueType::Text, ValueType::Text,
      ValueType::Real, ValueType::Real, ValueType::Real, ValueType::Real};
  for (const VehicleClass& c : r.classes)
    for (std::size_t i = 0; i < std::size(kPerClass); ++i)
      cross.fields.push_back({c.code + "_" + kPerClass[i], kTypes[i]});
  for (const CrossingResult& c : r.crossings) {
    std::vector<Value> v{
        static_cast<std::int64_t>(c.id),        c.label,
        static_cast<std::int64_t>(c.mouth),     c.in_open_area,
        round_to(c.perimeter_heading_deg, 0.1), std::string(verdict_key(c.worst_verdict())),
        round_to(c.max_speed_kmh(), 0.1),       round_to(c.people_exposed_max(), 0.1)};
    for (const ClassAtCrossing& a : c.classes) {
      if (!a.reachable) {
        v.push_back(false);
        v.insert(v.end(), std::size(kPerClass) - 1, Value{});
        continue;
      }
      const bool exposed = a.exposure.reaches_crowd;
      v.insert(v.end(), {true, round_to(a.speed.low_kmh, 0.1), round_to(a.speed.high_kmh, 0.1),
                         round_to(a.energy_kj, 1.0), round_to(a.heading_deg, 0.1),
                         round_to(a.impact_angle_deg, 0.1), round_to(a.run_up_length_m, 0.1),
                         round_to(a.time_s, 0.1), std::string(verdict_key(a.verdict)),
                         opt_text(guard_name(r, a.guard)), round_to(a.judged_speed_kmh, 0.1),
                         exposed ? Value{round_to(a.exposure.entry_speed_kmh, 0.1)} : Value{},
                         exposed ? Value{round_to(a.exposure.run_m, 0.1)} : Value{},
                         round_to(a.exposure.people, 0.1)});
    }
    cross.features.push_back({c.pos, std::move(v)});
  }
  out.push_back(std::move(cross));

  FeatureLayer paths{"ramming_runup_paths", GeometryType::kLine, {}, {}};
  paths.fields = {{"crossing_id", ValueType::Integer}, {"class", ValueType::Text},
                  {"speed_low_kmh", ValueType::Real},  {"speed_high_kmh", ValueType::Real},
                  {"energy_kj", ValueType::Real},      {"length_m", ValueType::Real},
                  {"time_s", ValueType::Real},         {"verdict", ValueType::Text},
                  {"loops", ValueType::Bool}};
  for (const CrossingResult& c : r.crossings)
    for (const ClassAtCrossing& a : c.classes) {
      // The run-up the verdict came from, so path and verdict agree.
      const Polyline& line = a.verdict_run_up.size() >= 2 ? a.verdict_run_up : a.run_up;
      if (!a.reachable || line.size() < 2) continue;
      paths.features.push_back(
          {line,
           {static_cast<std::int64_t>(c.id), a.vehicle_class, round_to(a.speed.low_kmh, 0.1),
            round_to(a.speed.high_kmh, 0.1), round_to(a.energy_kj, 1.0),
            round_to(a.run_up_length_m, 0.1), round_to(a.time_s, 0.1),
            std::string(verdict_key(a.verdict)), a.run_up_loops}});
    }
  out.push_back(std::move(paths));

  FeatureLayer edges{"ramming_edge_speeds", GeometryType::kLine, {}, {}};
  edges.fields = {{"osm_id", ValueType::Integer}, {"name", ValueType::Text},
                  {"highway", ValueType::Text},   {"max_speed_kmh", ValueType::Real},
                  {"class", ValueType::Text},     {"drivable_because", ValueType::Text}};
  for (const EdgeSpeed& e : r.edge_speeds) {
    const city::RoadEdge& re = city.edges[e.edge];
    // Why the class may use it: the way's rule (data/osm tables) and the class's width fitting.
    std::string why = re.vehicle_rule;
    for (const VehicleClass& c : r.classes)
      if (c.code == e.vehicle_class)
        why += "; " + c.code + " " + fmt(c.width_m, 2) + " m wide fits";
    edges.features.push_back({re.line,
                              {re.osm_id, opt_text(re.name), re.highway,
                               round_to(e.max_speed_kmh, 0.1), e.vehicle_class, why}});
  }
  out.push_back(std::move(edges));
  return out;
}

std::vector<Statement> ramming_assumptions(const RammingResult& r) {
  const RammingParams& p = r.params;
  std::vector<Statement> a;
  a.push_back(say("assumption.ramming.exposure", {StatementArg(p.exposure_side_margin_m, 1, "m"),
                                                  StatementArg(kPersonMass_kg, 0, "kg"),
                                                  StatementArg(kWalkingPace_mps, 2, "m/s")}));
  if (r.crowd_zones_from_perimeter)
    a.push_back(
        say("assumption.ramming.zones_from_perimeter", {StatementArg(p.crowd_density_ppm2, 1)}));
  Statement vehicles = table_origin("assumption.ramming.vehicles", r.vehicle_table);
  vehicles.args.push_back(term(models_key(r)));
  a.push_back(std::move(vehicles));
  a.push_back(say("assumption.ramming.run_up_bound",
                  {StatementArg(p.max_run_up_m(), 0, "m"), StatementArg(p.radius_m, 0, "m"),
                   StatementArg(p.run_up_circuity, 1), StatementArg(p.min_gain_kmh, 1, "km/h")}));
  if (r.vehicle_table_placeholder) a.push_back(say("assumption.ramming.vehicles_placeholder"));
  a.push_back(say("assumption.ramming.speed_bands",
                  {StatementArg(p.friction_normal, 1), StatementArg(p.friction_conservative, 1),
                   StatementArg(p.radius_m, 0, "m")}));
  a.push_back(say("assumption.ramming.corners"));
  a.push_back(say("assumption.ramming.barriers", {StatementArg(p.rules.speed_margin_kmh, 0),
                                                  StatementArg(p.rules.angle_tolerance_deg, 0, "°"),
                                                  StatementArg(p.rules.max_clear_gap_m, 1, "m")}));
  a.push_back(table_origin("assumption.ramming.ratings", r.barrier_catalogue));
  return a;
}

RammingTable ramming_table(const RammingResult& r) {
  RammingTable t;
  t.header = {"crossing_id",
              "label",
              "x",
              "y",
              "class",
              "reachable",
              "speed_low_kmh",
              "speed_high_kmh",
              "energy_kj",
              "heading_deg",
              "impact_angle_deg",
              "runup_m",
              "time_s",
              "start_x",
              "start_y",
              "verdict",
              "barrier",
              "judged_speed_kmh",
              "verdict_reason",
              "crowd_entry_speed_kmh",
              "crowd_run_m",
              "people_exposed",
              "crowd_end_speed_kmh",
              "crowd_run_end",
              "people_exposed_low",
              "people_exposed_high",
              "exposure_headings"};
  for (std::size_t idx : crossings_by_exposure(r)) {
    const CrossingResult& c = r.crossings[idx];
    for (const ClassAtCrossing& a : c.classes) {
      std::vector<Value> row{
          static_cast<std::int64_t>(c.id), c.label,         round_to(c.pos.x, 0.01),
          round_to(c.pos.y, 0.01),         a.vehicle_class, a.reachable};
      if (!a.reachable) {
        row.insert(row.end(), t.header.size() - row.size(), Value{});
        row[15] = std::string(verdict_or_unreached(a));
        t.rows.push_back(std::move(row));
        continue;
      }
      const bool exposed = a.exposure.reaches_crowd;
      row.insert(row.end(), {round_to(a.speed.low_kmh, 0.1),
                             round_to(a.speed.high_kmh, 0.1),
                             round_to(a.energy_kj, 1.0),
                             round_to(a.heading_deg, 0.1),
                             round_to(a.impact_angle_deg, 0.1),
                             round_to(a.run_up_length_m, 0.1),
                             round_to(a.time_s, 0.1),
                             round_to(a.start.x, 0.01),
                             round_to(a.start.y, 0.01),
                             std::string(verdict_key(a.verdict)),
                             opt_text(guard_name(r, a.guard)),
                             round_to(a.judged_speed_kmh, 0.1),
                             a.verdict_reason,
                             exposed ? Value{round_to(a.exposure.entry_speed_kmh, 0.1)} : Value{},
                             exposed ? Value{round_to(a.exposure.run_m, 0.1)} : Value{},
                             round_to(a.exposure.people, 0.1),
                             exposed ? Value{round_to(a.exposure.end_speed_kmh, 0.1)} : Value{},
                             opt_text(a.exposure.run_end),
                             round_to(a.exposure.people_low, 0.1),
                             round_to(a.exposure.people_high, 0.1),
                             static_cast<std::int64_t>(a.exposure.headings)});
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

std::vector<Statement> ramming_headline(const RammingResult& r) {
  std::vector<Statement> out;
  std::set<std::uint32_t> approaches;
  std::int64_t by_verdict[5] = {0, 0, 0, 0, 0};
  const CrossingResult* fastest = nullptr;
  const CrossingResult* exposing = nullptr;
  for (const CrossingResult& c : r.crossings) {
    approaches.insert(c.mouth);
    ++by_verdict[verdict_severity(c.worst_verdict()) - 1];
    if (!fastest || c.max_speed_kmh() > fastest->max_speed_kmh()) fastest = &c;
    if (!exposing || c.people_exposed_max() > exposing->people_exposed_max()) exposing = &c;
  }
  out.push_back(say(
      "headline.ramming.crossings",
      {static_cast<std::int64_t>(r.crossings.size()), static_cast<std::int64_t>(approaches.size()),
       by_verdict[4], by_verdict[3], by_verdict[2], by_verdict[1], by_verdict[0]}));
  // The class that is fastest (or exposes the most people) at a crossing, or none reachable.
  auto best_class = [](const CrossingResult& c, bool by_people) {
    const ClassAtCrossing* best = nullptr;
    for (const ClassAtCrossing& k : c.classes)
      if (k.reachable && (!best || (by_people ? k.exposure.people > best->exposure.people
                                              : k.speed.high_kmh > best->speed.high_kmh)))
        best = &k;
    return best;
  };
  if (fastest) {
    const ClassAtCrossing* f = best_class(*fastest, false);
    const ClassAtCrossing* e = best_class(*exposing, true);
    if (f && e)
      out.push_back(say("headline.ramming.fastest",
                        {f->vehicle_class, StatementArg(f->speed.high_kmh, 0), fastest->label,
                         static_cast<std::int64_t>(fastest->id),
                         term(std::string("verdict.") + verdict_key(f->verdict)),
                         StatementArg(exposing->people_exposed_max(), 0), e->vehicle_class,
                         StatementArg(e->speed.high_kmh, 0), exposing->label,
                         static_cast<std::int64_t>(exposing->id),
                         term(std::string("verdict.") + verdict_key(e->verdict))}));
  }
  Statement tables = table_origin("headline.ramming.vehicles", r.vehicle_table);
  tables.args.push_back(
      term(r.vehicle_table_placeholder ? "headline.ramming.placeholder" : "statement.nothing"));
  tables.args.push_back(term(models_key(r)));
  out.push_back(std::move(tables));
  return out;
}

run::AnalysisOutput ramming_output(RammingResult result, const city::CityModel& city) {
  run::AnalysisOutput out;
  out.analysis = "ramming";
  out.figures = ramming_figures(result);
  out.layers = ramming_layers(result, city);
  out.assumptions = ramming_assumptions(result);
  out.headline = ramming_headline(result);
  out.detail = std::move(result);
  return out;
}

}  // namespace agora::vehicle
