#include "sim/assess/assess_output.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sim/field/fast_marching.hpp"

namespace agora::assess {

std::string key_part(const scenario::FeatureInfo& info, const char* kind, std::size_t index) {
  std::string k = info.id.empty() ? std::string(kind) + std::to_string(index) : info.id;
  std::replace(k.begin(), k.end(), '.', '_');
  return k;
}

namespace {

Value text_or_null(const std::string& s) {
  return s.empty() ? Value{} : Value{s};
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

void add_figures(const AssessResult& r, const scenario::Scenario& s, Figures& f) {
  f.append(r.measures);
  // Per exit: load and timing under the exit's id.
  for (std::size_t k = 0; k < r.egress.exits.size(); ++k) {
    const crowd::ExitLoad& x = r.egress.exits[k];
    const std::string base =
        "assess.egress.exits." + key_part(s.layout.exits[x.exit_index].info, "exit", x.exit_index);
    f.set(base + ".persons", x.persons);
    f.set(base + ".clear_s", x.clear_s);
    f.set(base + ".longest_wait_s", x.longest_wait_s);
  }
  for (const ScoreRow& row : r.scorecard.rows)
    f.set("assess.score." + row.name, std::string(to_string(row.rating)));
  f.set("assess.scorecard.index", r.scorecard.index);
  f.set("assess.scorecard.overall", std::string(to_string(r.scorecard.overall)));
  f.set("assess.scorecard.red", static_cast<std::int64_t>(r.scorecard.red));
  f.set("assess.scorecard.amber", static_cast<std::int64_t>(r.scorecard.amber));
  f.set("assess.scorecard.green", static_cast<std::int64_t>(r.scorecard.green));
  f.set("assess.scorecard.not_assessed", static_cast<std::int64_t>(r.scorecard.not_assessed));
  for (const RiskRow& row : r.risk.rows) {
    const std::string base = "assess.risk." + row.name;
    f.set(base + ".assessed", row.assessed);
    if (!row.assessed) continue;
    f.set(base + ".likelihood", static_cast<std::int64_t>(row.likelihood));
    f.set(base + ".consequence", static_cast<std::int64_t>(row.consequence));
    f.set(base + ".score", static_cast<std::int64_t>(row.score));
    f.set(base + ".band", std::string(to_string(row.band)));
  }
  if (r.risk.worst) {
    f.set("assess.risk.worst_score", static_cast<std::int64_t>(r.risk.worst_score));
    f.set("assess.risk.worst_band", std::string(to_string(*r.risk.worst)));
  }
  const Classification& c = r.classification;
  f.set("assess.class_nl", c.nl_class);
  f.set("assess.class_nl_computed", c.nl_class_computed);
  f.set("assess.nl_advisors", joined(c.nl_advisors));
  f.set("assess.belgian_risk_event", c.belgian_risk_event);
  f.set("assess.belgian_risk_event_computed", c.belgian_risk_event_computed);
  f.set("assess.disciplines", joined(c.disciplines));
  f.set("assess.class_overridden", c.overridden);
  if (c.overridden) {
    f.set("assess.override_reason", c.override_reason);
    f.set("assess.override_by", c.override_by);
  }
}

FeatureLayer receivers_layer(const AssessResult& r, const city::CityModel& city) {
  FeatureLayer l{"assess_noise_receivers",
                 GeometryType::kPoint,
                 {{"label", ValueType::Text},
                  {"building_osm_id", ValueType::Integer},
                  {"residential", ValueType::Bool},
                  {"height_m", ValueType::Real},
                  {"level_dba", ValueType::Real},
                  {"limit_dba", ValueType::Real},
                  {"over_limit", ValueType::Bool},
                  {"screening_db", ValueType::Real}},
                 {}};
  for (const noise::Receiver& x : r.noise.receivers) {
    const Value osm = x.building >= 0
                          ? Value{city.buildings[static_cast<std::size_t>(x.building)].osm_id}
                          : Value{};
    l.features.push_back({x.pos,
                          {text_or_null(x.label), osm, x.residential, x.height_m, x.level_dba,
                           x.limit_dba, x.over_limit(), x.screening_db}});
  }
  return l;
}

FeatureLayer unreachable_layer(const AssessResult& r) {
  FeatureLayer l{"assess_unreachable_areas",
                 GeometryType::kMultiPolygon,
                 {{"area_m2", ValueType::Real},
                  {"reason", ValueType::Text},
                  {"blocking_x", ValueType::Real},
                  {"blocking_y", ValueType::Real},
                  {"clear_width_m", ValueType::Real},
                  {"between", ValueType::Text}},
                 {}};
  for (const access::UnreachablePart& p : r.access.parts) {
    std::vector<Value> v{p.area_m2, std::string(access::to_string(p.reason))};
    if (p.blocking) {
      v.insert(v.end(),
               {p.blocking->pos.x, p.blocking->pos.y,
                p.blocking->clear_width_m > 0.0 ? Value{p.blocking->clear_width_m} : Value{},
                text_or_null(p.blocking->between)});
    } else {
      v.insert(v.end(), {Value{}, Value{}, Value{}, Value{}});
    }
    l.features.push_back({p.area, std::move(v)});
  }
  return l;
}

FeatureLayer blocking_layer(const AssessResult& r) {
  FeatureLayer l{"assess_access_blocking_points",
                 GeometryType::kPoint,
                 {{"reason", ValueType::Text},
                  {"clear_width_m", ValueType::Real},
                  {"between", ValueType::Text},
                  {"area_behind_m2", ValueType::Real}},
                 {}};
  for (const access::UnreachablePart& p : r.access.parts)
    if (p.blocking)
      l.features.push_back(
          {p.blocking->pos,
           {std::string(access::to_string(p.reason)),
            p.blocking->clear_width_m > 0.0 ? Value{p.blocking->clear_width_m} : Value{},
            text_or_null(p.blocking->between), p.area_m2}});
  return l;
}

FeatureLayer exits_layer(const AssessResult& r, const scenario::Layout& L) {
  FeatureLayer l{"assess_exits",
                 GeometryType::kLine,
                 {{"id", ValueType::Text},
                  {"name", ValueType::Text},
                  {"width_m", ValueType::Real},
                  {"counted", ValueType::Bool},
                  {"not_counted_because", ValueType::Text},
                  {"below_min_width", ValueType::Bool},
                  {"persons", ValueType::Real},
                  {"nearest_persons", ValueType::Real},
                  {"first_arrival_s", ValueType::Real},
                  {"longest_wait_s", ValueType::Real},
                  {"clear_s", ValueType::Real}},
                 {}};
  for (const crowd::ExitCheck& c : r.capacity.exits) {
    const scenario::Exit& e = L.exits[c.exit_index];
    std::vector<Value> v{text_or_null(e.info.id),
                         text_or_null(e.info.name),
                         c.width_m,
                         c.counted,
                         text_or_null(c.not_counted_because),
                         c.below_min_width};
    const crowd::ExitLoad* load = nullptr;
    for (const crowd::ExitLoad& x : r.egress.exits)
      if (x.exit_index == c.exit_index) load = &x;
    if (load)
      v.insert(v.end(), {load->persons, load->nearest_persons, load->first_arrival_s,
                         load->longest_wait_s, load->clear_s});
    else
      v.insert(v.end(), {Value{}, Value{}, Value{}, Value{}, Value{}});
    l.features.push_back({e.line, std::move(v)});
  }
  return l;
}

FeatureLayer closures_layer(const AssessResult& r) {
  FeatureLayer l{"assess_road_closures",
                 GeometryType::kLine,
                 {{"name", ValueType::Text},
                  {"edges", ValueType::Integer},
                  {"length_m", ValueType::Real},
                  {"detour_m", ValueType::Real},
                  {"cut_off", ValueType::Bool}},
                 {}};
  for (const mobility::Closure& c : r.mobility.closures)
    l.features.push_back({c.line,
                          {text_or_null(c.name), static_cast<std::int64_t>(c.edges.size()),
                           c.length_m, c.detour_m, c.cut_off}});
  return l;
}

FeatureLayer places_layer(const AssessResult& r) {
  FeatureLayer l{"assess_affected_places",
                 GeometryType::kPoint,
                 {{"kind", ValueType::Text},
                  {"name", ValueType::Text},
                  {"inside", ValueType::Bool},
                  {"cut_off", ValueType::Bool}},
                 {}};
  for (const auto* list : {&r.mobility.parking, &r.mobility.stops, &r.mobility.transit_access})
    for (const mobility::Place& p : *list)
      l.features.push_back({p.pos, {p.kind, text_or_null(p.name), p.inside, p.cut_off}});
  return l;
}

FeatureLayer residents_layer(const AssessResult& r, const city::CityModel& city) {
  FeatureLayer l{
      "assess_residential_buildings",
      GeometryType::kPolygon,
      {{"osm_id", ValueType::Integer}, {"address", ValueType::Text}, {"building", ValueType::Text}},
      {}};
  for (std::size_t i : r.mobility.residential_buildings) {
    const city::Building& b = city.buildings[i];
    l.features.push_back(
        {b.footprint, {b.osm_id, text_or_null(b.address), text_or_null(b.building)}});
  }
  return l;
}

FeatureLayer noise_contours_layer(const AssessResult& r) {
  FeatureLayer l{
      "assess_noise_contours", GeometryType::kLine, {{"level_dba", ValueType::Real}}, {}};
  for (const noise::Contour& c : r.noise_map.contours)
    for (const Polyline& seg : c.segments) l.features.push_back({seg, {c.level_dba}});
  return l;
}

// The organiser's letter list: one point per building to inform, in street order.
FeatureLayer residents_to_inform_layer(const AssessResult& r) {
  FeatureLayer l{"assess_residents_to_inform",
                 GeometryType::kPoint,
                 {{"street", ValueType::Text},
                  {"housenumber", ValueType::Text},
                  {"near_street", ValueType::Text},
                  {"dwellings_estimated", ValueType::Real},
                  {"method", ValueType::Text},
                  {"use_unknown", ValueType::Bool},
                  {"in_letter_zone", ValueType::Bool},
                  {"over_noise_limit", ValueType::Bool},
                  {"facade_dba", ValueType::Real},
                  {"distance_m", ValueType::Real},
                  {"osm_id", ValueType::Integer}},
                 {}};
  for (const liveability::ResidentRow& x : r.residents.rows)
    l.features.push_back(
        {x.point,
         {text_or_null(x.street), text_or_null(x.housenumber), text_or_null(x.near_street),
          x.dwellings, x.method, x.unknown_use, x.in_letter_zone, x.over_limit,
          x.facade_dba > 0.0 ? Value{x.facade_dba} : Value{}, x.distance_m, x.osm_id}});
  return l;
}

std::vector<Statement> headline(const AssessResult& r) {
  std::vector<Statement> h;
  const crowd::CapacityResult& c = r.capacity;
  h.push_back(say("headline.assess.capacity",
                  {StatementArg(c.capacity, 0), term("assess.limited_by." + c.limited_by),
                   StatementArg(c.attendance),
                   term(std::string("assess.capacity_verdict.") + crowd::to_string(c.verdict)),
                   StatementArg(r.egress.total_s, 0, "s")}));
  h.push_back(say("headline.assess.access", {StatementArg(r.access.unreachable_m2, 0, "m²"),
                                             StatementArg(r.access.event_area_m2, 0, "m²")}));
  if (r.noise_assessed)
    h.push_back(say("headline.assess.noise",
                    {StatementArg(static_cast<std::int64_t>(r.noise.dwellings_over_limit)),
                     StatementArg(r.facade_limit.limit_dba, 0, "dB(A)")}));
  h.push_back(
      say(r.residents.coverage_poor ? "headline.residents.coverage_poor" : "headline.residents",
          {StatementArg(static_cast<std::int64_t>(r.residents.rows.size())),
           StatementArg(static_cast<std::int64_t>(r.residents.households)),
           StatementArg(r.residents.letter_radius_m, 0, "m"),
           StatementArg(r.residents.unknown_use_share * 100.0, 0, "%")}));
  if (r.location_assessed)
    h.push_back(say("headline.location",
                    {r.location.name, StatementArg(static_cast<std::int64_t>(r.calendar.events)),
                     StatementArg(static_cast<std::int64_t>(r.calendar.judged_event_breaches)),
                     StatementArg(static_cast<std::int64_t>(r.calendar.breaches.size()))}));
  const Classification& k = r.classification;
  h.push_back(
      say(k.overridden ? "headline.assess.scorecard_overridden" : "headline.assess.scorecard",
          {term(rating_key(r.scorecard.overall)), StatementArg(r.scorecard.red),
           StatementArg(r.scorecard.amber), k.nl_class,
           term(k.belgian_risk_event ? "value.yes" : "value.no")}));
  return h;
}

}  // namespace

run::AnalysisOutput to_output(AssessResult result, const city::CityModel& city,
                              const scenario::Scenario& scenario) {
  run::AnalysisOutput out;
  out.analysis = "assess";
  add_figures(result, scenario, out.figures);
  if (result.noise_assessed) out.layers.push_back(receivers_layer(result, city));
  out.layers.push_back(unreachable_layer(result));
  out.layers.push_back(blocking_layer(result));
  out.layers.push_back(exits_layer(result, scenario.layout));
  out.layers.push_back(closures_layer(result));
  out.layers.push_back(places_layer(result));
  out.layers.push_back(residents_layer(result, city));
  out.layers.push_back(residents_to_inform_layer(result));
  if (result.noise_assessed) {
    out.layers.push_back(noise_contours_layer(result));
    run::RasterLayer level;
    level.name = "noise_level";
    level.description = "L_Aeq free field at 4 m from every stage, dB(A) (ISO 9613-2 octave bands)";
    level.grid = result.noise_map.level_dba;
    for (int iy = 0; iy < level.grid.ny(); ++iy)
      for (int ix = 0; ix < level.grid.nx(); ++ix)
        if (std::isnan(level.grid(ix, iy))) level.grid(ix, iy) = level.nodata;
    if (level.grid.nx() > 0) out.rasters.push_back(std::move(level));
  }
  run::RasterLayer raster;
  raster.name = "distance_to_exit";
  raster.description = "walking distance to the nearest open exit, m";
  raster.grid = result.distance_to_exit_m;
  for (int iy = 0; iy < raster.grid.ny(); ++iy)
    for (int ix = 0; ix < raster.grid.nx(); ++ix)
      if (raster.grid(ix, iy) == kUnreachable) raster.grid(ix, iy) = raster.nodata;
  out.rasters.push_back(std::move(raster));
  out.headline = headline(result);
  out.assumptions = result.assumptions;
  out.warnings = result.warnings;
  out.detail = std::move(result);
  return out;
}

}  // namespace agora::assess
