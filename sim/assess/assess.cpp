#include "sim/assess/assess.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include "sim/crowd/crowd_figures.hpp"
#include "sim/field/fast_marching.hpp"
#include "sim/field/walkable.hpp"

namespace agora::assess {

namespace {

std::string fixed(double v, int digits) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(digits);
  s << v;
  return s.str();
}

void measure(AssessResult& r) {
  Figures& f = r.measures;
  const crowd::CapacityResult& c = r.capacity;
  f.set("assess.capacity.persons", c.capacity);
  f.set("assess.capacity.area_persons", c.area_capacity);
  f.set("assess.capacity.exit_persons", c.exit_capacity);
  f.set("assess.capacity.net_area_m2", c.net_area_m2);
  f.set("assess.capacity.blocked_area_m2", c.blocked_area_m2);
  f.set("assess.capacity.limited_by", c.limited_by);
  f.set("assess.capacity.attendance", c.attendance);
  f.set("assess.capacity.utilisation", c.utilisation);
  f.set("assess.capacity.verdict", std::string(crowd::to_string(c.verdict)));
  const crowd::ExitRulesResult& x = c.exit_rules;
  f.set("assess.exits.counted", static_cast<std::int64_t>(x.exits_counted));
  f.set("assess.exits.width_total_m", x.width_total_m);
  f.set("assess.exits.widest_m", c.widest_exit_m);
  std::int64_t narrow = 0;
  for (const auto& e : c.exits) narrow += e.counted && e.below_min_width;
  f.set("assess.exits.below_min_width", narrow);
  f.set("assess.exits.rules_applied", x.applied);
  if (x.applied) {
    f.set("assess.exits.required", static_cast<std::int64_t>(x.exits_required));
    f.set("assess.exits.width_required_m", x.width_required_m);
    f.set("assess.exits.count_ok", x.count_ok);
    f.set("assess.exits.width_ok", x.width_ok);
    f.set("assess.exits.total_width_ok", x.total_ok);
    f.set("assess.exits.rules_failed", static_cast<std::int64_t>(x.failures()));
  }

  const crowd::DistanceResult& d = r.distance_to_exit;
  f.set("assess.distance_to_exit.max_m", d.max_m);
  f.set("assess.distance_to_exit.mean_m", d.mean_m);
  f.set("assess.distance_to_exit.crowd_area_m2", d.crowd_area_m2);
  f.set("assess.distance_to_exit.area_beyond_m2", d.area_beyond_m2);
  f.set("assess.distance_to_exit.area_unreachable_m2", d.area_unreachable_m2);
  f.set("assess.distance_to_exit.share_beyond", d.share_beyond());
  f.set("assess.distance_to_exit.gangway_area_m2", d.gangway_area_m2);

  const crowd::EgressResult& g = r.egress;
  f.set("assess.egress.total_s", g.total_s);
  f.set("assess.egress.persons", g.persons);
  f.set("assess.egress.persons_unreachable", g.persons_unreachable);
  f.set("assess.egress.persons_rebalanced", g.persons_rebalanced);
  if (r.widest_lost_exit) f.set("assess.egress.widest_lost_s", r.egress_widest_lost.total_s);
  f.set("assess.egress.judged_s", r.egress_judged_s);
  f.set("assess.egress.judged_from", r.egress_judged_from);

  const access::AccessResult& a = r.access;
  f.set("assess.access.road_found", a.road_found);
  f.set("assess.access.event_area_m2", a.event_area_m2);
  f.set("assess.access.unreachable_m2", a.unreachable_m2);
  f.set("assess.access.unreachable_share",
        a.event_area_m2 > 0.0 ? a.unreachable_m2 / a.event_area_m2 : 0.0);
  f.set("assess.access.parts", static_cast<std::int64_t>(a.parts.size()));
  if (a.narrowest_m) f.set("assess.access.narrowest_m", *a.narrowest_m);
  f.set("assess.access.parts_at_limit", static_cast<std::int64_t>(a.parts_at_limit));
  f.set("assess.access.gates_at_limit", static_cast<std::int64_t>(a.gates_at_limit.size()));
  f.set("assess.access.facades", static_cast<std::int64_t>(a.facades.size()));
  f.set("assess.access.facades_unreachable", static_cast<std::int64_t>(a.facades_unreachable));

  if (r.noise_assessed) {
    const noise::NoiseResult& n = r.noise;
    f.set("assess.noise.limit_dba", r.facade_limit.limit_dba);
    f.set("assess.noise.night_limit_applies", r.facade_limit.night);
    f.set("assess.noise.receivers", static_cast<std::int64_t>(n.receivers.size()));
    f.set("assess.noise.buildings", static_cast<std::int64_t>(n.buildings_considered));
    f.set("assess.noise.dwellings_considered", static_cast<std::int64_t>(n.dwellings_considered));
    f.set("assess.noise.dwellings_over_limit", static_cast<std::int64_t>(n.dwellings_over_limit));
    f.set("assess.noise.receivers_over_limit", static_cast<std::int64_t>(n.receivers_over_limit));
    f.set("assess.noise.max_facade_dba", n.max_facade_dba);
    f.set("assess.noise.max_dwelling_dba", n.max_dwelling_dba);
    f.set("assess.noise.audience_dba", n.audience_dba);
    f.set("assess.noise.audience_category", static_cast<std::int64_t>(n.audience_category));
  }

  const mobility::MobilityResult& m = r.mobility;
  std::int64_t closed_edges = 0;
  for (const auto& cl : m.closures) closed_edges += static_cast<std::int64_t>(cl.edges.size());
  f.set("assess.mobility.closed_edges", closed_edges);
  f.set("assess.mobility.closures", static_cast<std::int64_t>(m.closures.size()));
  f.set("assess.mobility.closed_length_m", m.closed_length_m);
  f.set("assess.mobility.max_detour_m", m.max_detour_m);
  f.set("assess.mobility.closures_cut_off", static_cast<std::int64_t>(m.closures_cut_off));
  f.set("assess.mobility.residential_inside", static_cast<std::int64_t>(m.residential_inside));
  f.set("assess.mobility.residential_near", static_cast<std::int64_t>(m.residential_near));
  f.set("assess.mobility.households", static_cast<std::int64_t>(m.households_estimate));
  f.set("assess.mobility.parking_affected", static_cast<std::int64_t>(m.parking.size()));
  f.set("assess.mobility.stops_affected", static_cast<std::int64_t>(m.stops.size()));
  f.set("assess.mobility.places_cut_off",
        static_cast<std::int64_t>(m.parking.size() + m.stops.size()));
  std::int64_t stairwells = 0;
  for (const mobility::Place& p : m.transit_access)
    stairwells += p.inside && p.kind == "subway_entrance";
  f.set("assess.mobility.transit_access", static_cast<std::int64_t>(m.transit_access.size()));
  f.set("assess.mobility.stairwells_inside", stairwells);
}

void measure_liveability(AssessResult& r) {
  Figures& f = r.measures;
  if (r.noise_assessed) {
    f.set("assess.noise.receivers_moved", static_cast<std::int64_t>(r.noise.receivers_moved));
  }
  const liveability::ResidentsResult& s = r.residents;
  f.set("assess.residents.letter_radius_m", s.letter_radius_m);
  f.set("assess.residents.buildings", static_cast<std::int64_t>(s.buildings));
  f.set("assess.residents.buildings_unknown_use",
        static_cast<std::int64_t>(s.buildings_unknown_use));
  f.set("assess.residents.unknown_use_share", s.unknown_use_share);
  f.set("assess.residents.dwellings", s.dwellings);
  f.set("assess.residents.dwellings_untagged", s.dwellings_untagged);
  f.set("assess.residents.households", static_cast<std::int64_t>(s.households));
  f.set("assess.residents.addresses", static_cast<std::int64_t>(s.addresses));
  f.set("assess.residents.to_inform", static_cast<std::int64_t>(s.rows.size()));
  f.set("assess.residents.over_limit_buildings", static_cast<std::int64_t>(s.over_limit_buildings));
  f.set("assess.residents.coverage_poor", s.coverage_poor);
  const mobility::MobilityResult& m = r.mobility;
  f.set("assess.mobility.buildings_near", static_cast<std::int64_t>(m.buildings_near));
  f.set("assess.mobility.buildings_unknown_use",
        static_cast<std::int64_t>(m.buildings_unknown_use));
  if (!r.location_assessed) return;
  const liveability::CalendarLoad& c = r.calendar;
  f.set("assess.location.name", r.location.name);
  f.set("assess.location.illustrative", r.location.illustrative);
  if (!r.location_limit.period.empty())
    f.set("assess.location.limit_dba", r.location_limit.limit_dba);
  f.set("assess.location.events_this_year", static_cast<std::int64_t>(c.events));
  f.set("assess.location.max_events_in_a_month",
        static_cast<std::int64_t>(c.max_events_in_a_month));
  f.set("assess.location.max_weekends_in_a_row",
        static_cast<std::int64_t>(c.max_weekends_in_a_row));
  f.set("assess.location.breaches", static_cast<std::int64_t>(c.breaches.size()));
  f.set("assess.location.event_breaches", static_cast<std::int64_t>(c.judged_event_breaches));
  for (const liveability::LevelCount& l : c.levels) {
    const std::string level = fixed(l.level_dba, 0);
    f.set("assess.location.days_over." + level, static_cast<std::int64_t>(l.days));
    f.set("assess.location.nights_over." + level, static_cast<std::int64_t>(l.nights));
  }
}

// The simulated egress, when the crowd analysis ran one before: the slower of it and the
// macroscopic time is judged; a simulation that did not get everyone out by its time limit
// gives its end time as a lower bound.
void judge_egress(AssessResult& r, const Figures& other) {
  r.egress_judged_s = r.egress.total_s;
  r.egress_judged_from = "macroscopic";
  const Value* phase = other.find(std::string(crowd::fig::kPhase.key));
  if (!phase || !std::holds_alternative<std::string>(*phase) ||
      std::get<std::string>(*phase) != "egress")
    return;
  const std::optional<double> simulated =
      number_of(other.find(std::string(crowd::fig::kEvacuationTime.key)));
  if (simulated) {
    r.egress_judged_s = std::max(r.egress.total_s, *simulated);
    r.egress_judged_from = "simulation";
  } else if (const std::optional<double> end =
                 number_of(other.find(std::string(crowd::fig::kEndTime.key)))) {
    r.egress_judged_s = std::max(r.egress.total_s, *end);
    r.egress_judged_from = "simulation_incomplete";
  }
}

}  // namespace

AssessResult assess(const city::CityModel& city, const scenario::Scenario& scenario,
                    const AssessParams& params, const Figures& other,
                    const std::vector<AbsentAnalysis>& absent) {
  AssessResult r;
  const scenario::Layout& L = scenario.layout;
  const std::int64_t attendance = scenario.event.attendance_peak;

  // Crowd: capacity, distance to the exits, egress.
  r.capacity = crowd::capacity(L, city, attendance, params.capacity);
  for (const crowd::ExitCheck& e : r.capacity.exits)
    if (e.counted && e.below_min_width) {
      const auto& info = L.exits[e.exit_index].info;
      r.warnings.push_back({info.file, info.describe(), "width_m",
                            "the exit is " + fixed(e.width_m, 2) +
                                " m wide, below the minimum of " +
                                fixed(params.capacity.min_exit_width_m, 2) + " m"});
    }
  WalkableOptions wo;
  wo.cell_m = params.walk_cell_m;
  const WalkableSite site = walkable_site(city, L, wo);
  for (const ExitCells& ec : site.exits) {
    bool opens = false;
    for (const Cell& c : ec.cells) opens = opens || site.walkable[c];
    if (!opens) {
      const auto& info = L.exits[ec.exit_index].info;
      r.warnings.push_back(
          {info.file, info.describe(), "geometry", "the exit opens onto no walkable ground"});
    }
  }
  const crowd::ExitFields fields = crowd::exit_distance_fields(site, L);
  const Mask crowd_mask = crowd::crowd_cells(site, L);
  const Mask pens = crowd::gangway_cells(crowd_mask, L);
  r.distance_to_exit =
      crowd::distance_to_exit(fields.nearest_m, crowd_mask, params.distance_to_exit, &pens);
  r.distance_to_exit_m = fields.nearest_m;
  for (int iy = 0; iy < site.walkable.ny(); ++iy)
    for (int ix = 0; ix < site.walkable.nx(); ++ix)
      if (!site.walkable(ix, iy) || !site.inside_perimeter(ix, iy))
        r.distance_to_exit_m(ix, iy) = kUnreachable;
  const Field persons = crowd::persons_per_cell(crowd_mask, L, static_cast<double>(attendance),
                                                params.capacity.density_ppm2);
  std::vector<double> widths;
  for (std::size_t i : fields.exit_index) widths.push_back(L.exits[i].width_m);
  r.egress_exits = fields.exit_index;
  r.egress = crowd::egress(fields, widths, persons, params.egress);
  if (fields.exit_index.size() >= 2) {
    const auto widest = std::max_element(widths.begin(), widths.end()) - widths.begin();
    crowd::ExitFields without = fields;
    std::vector<double> without_widths = widths;
    without.exit_index.erase(without.exit_index.begin() + widest);
    without.distance_m.erase(without.distance_m.begin() + widest);
    without_widths.erase(without_widths.begin() + widest);
    r.widest_lost_exit = fields.exit_index[static_cast<std::size_t>(widest)];
    r.egress_widest_lost = crowd::egress(without, without_widths, persons, params.egress);
  }
  judge_egress(r, other);
  if (r.egress.persons_unreachable > 0.5)
    r.warnings.push_back({scenario.file, "layout", "exit",
                          fixed(r.egress.persons_unreachable, 0) +
                              " people stand where no open exit can be reached"});

  // Fire-engine access.
  r.access = access::emergency_access(city, L, params.access);
  for (std::size_t i : r.access.gates_at_limit) {
    const auto& info = L.emergency_gates[i].info;
    r.warnings.push_back(
        {info.file, info.describe(), "width_m",
         "the emergency gate is " + fixed(L.emergency_gates[i].width_m, 2) +
             " m wide, at the limit of the " + fixed(params.access.clear_width_m, 2) +
             " m the fire service needs: no margin for a post or a parked car",
         say("warning.access.gate_at_limit", {StatementArg(L.emergency_gates[i].width_m, 2, "m"),
                                              StatementArg(params.access.clear_width_m, 2, "m")})});
  }
  if (!r.access.road_found)
    r.warnings.push_back({scenario.file, "map", "",
                          "no vehicle-passable street found " +
                              fixed(params.access.entry_distance_m, 0) +
                              " m or more from the perimeter: emergency access cannot be assessed "
                              "from the streets"});

  // Noise.
  for (const auto& s : L.stages)
    r.noise_assessed = r.noise_assessed || scenario::is_set(s.sound_power_dba);
  r.facade_limit = noise::applicable_limit(scenario.event.days, params.facade_limits);
  if (params.location) {
    r.location_assessed = true;
    r.location = *params.location;
    r.location_limit = liveability::location_limit(scenario.event.days, r.location);
    if (!r.location_limit.period.empty()) {
      r.facade_limit.limit_dba = r.location_limit.limit_dba;
      r.facade_limit.night = r.location_limit.period == "night";
    }
  }
  if (r.noise_assessed) {
    noise::NoiseParams np = params.noise;
    np.facade_limit_dba = r.facade_limit.limit_dba;
    r.noise = noise::facade_levels(city, L, np);
    // A façade is a dwelling's when the building holds dwellings by the estimate, not by its
    // tags alone: most town-centre buildings are tagged only building=yes.
    const city::LandUseMap land_use(city.land);
    std::map<std::int64_t, bool> holds;
    for (noise::Receiver& x : r.noise.receivers) {
      if (x.building < 0) continue;
      auto it = holds.find(x.building);
      if (it == holds.end()) {
        const city::Building& b = city.buildings[static_cast<std::size_t>(x.building)];
        const double d =
            city::estimate_dwellings(b, land_use.use_at(city::inside_point(b.footprint)),
                                     params.mobility.dwellings)
                .dwellings;
        it = holds.emplace(x.building, d > 0.0).first;
      }
      x.residential = it->second;
    }
    noise::count_over_limit(r.noise);
    noise::NoiseMapParams mp = params.noise_map;
    mp.contour_levels_dba.push_back(np.facade_limit_dba);
    std::sort(mp.contour_levels_dba.begin(), mp.contour_levels_dba.end());
    mp.contour_levels_dba.erase(
        std::unique(mp.contour_levels_dba.begin(), mp.contour_levels_dba.end()),
        mp.contour_levels_dba.end());
    r.noise_map = noise::noise_map(city, L, np, mp);
  }

  for (const noise::Receiver& x : r.noise.receivers)
    if (x.moved) {
      const city::Building& b = city.buildings[static_cast<std::size_t>(x.placed_in_building)];
      r.warnings.push_back({scenario.file, x.label, "geometry",
                            "the receiver stands inside building " + std::to_string(b.osm_id) +
                                "; moved " + fixed(x.moved_m, 1) + " m to the nearest façade",
                            say("warning.noise.receiver_moved",
                                {std::to_string(b.osm_id), StatementArg(x.moved_m, 1, "m")})});
    }

  // Mobility and neighbourhood.
  r.mobility = mobility::mobility_impact(city, scenario, params.mobility);
  for (const mobility::Place& p : r.mobility.transit_access)
    if (p.inside && p.kind == "subway_entrance")
      r.warnings.push_back(
          {scenario.file,
           "map: subway entrance" + (p.name.empty() ? std::string() : " '" + p.name + "'"), "",
           "a stairwell inside the perimeter at (" + fixed(p.pos.x, 0) + ", " + fixed(p.pos.y, 0) +
               "): people enter and leave the crowd here; keep its head clear "
               "(a queue space) or close it with the transit operator",
           say("warning.mobility.subway_inside",
               {StatementArg(p.pos.x, 0), StatementArg(p.pos.y, 0)})});

  // Residents to inform: the letter zone and the façades over the limit.
  liveability::ResidentsParams rp = params.residents;
  rp.dwellings = params.mobility.dwellings;
  if (r.location_assessed) rp.letter_radius_m = r.location.letter_radius_m;
  r.residents =
      liveability::residents_to_inform(city, L, r.noise_assessed ? &r.noise : nullptr, rp);
  if (r.residents.coverage_poor)
    r.warnings.push_back(
        {scenario.file, "map", "building",
         fixed(100.0 * r.residents.unknown_use_share, 0) + " % of the " +
             std::to_string(r.residents.buildings) +
             " buildings near the event have no known use in the map (building=yes, no address): "
             "their dwellings are estimated from footprint, floors and land use"});

  // The square's year.
  if (r.location_assessed) {
    liveability::CalendarEvent judged;
    judged.name = scenario.event.name.empty() ? scenario.name : scenario.event.name;
    judged.days = scenario.event.days;
    judged.facade_dba = r.noise_assessed ? r.noise.max_dwelling_dba : 0.0;
    r.calendar = liveability::calendar_load(params.calendar, judged, r.location);
  }

  measure(r);
  measure_liveability(r);
  if (r.noise_assessed)
    r.measures.set(
        "assess.noise.model",
        std::string(params.noise.model == noise::NoiseModel::kBroadband ? "broadband"
                                                                        : "octave_bands"));
  r.measures.set("assess.event.attendance_peak", attendance);
  r.measures.set("assess.event.alcohol", scenario.event.alcohol);
  r.measures.set("assess.event.events_at_location_this_year",
                 static_cast<std::int64_t>(scenario.event.events_at_location_this_year));
  Figures all = r.measures;
  all.append(other);
  r.scorecard = scorecard(all, params.criteria, params.scorecard, absent);
  r.risk = risk_matrix(r.scorecard, all, params.risk, absent);
  r.classification =
      classify(r.risk, scenario.event, params.classification, scenario.classification_override);

  r.assumptions = {
      say("assumption.assess.capacity"),
      say("assumption.assess.distance_egress",
          {StatementArg(params.walk_cell_m, 2, "m"),
           StatementArg(params.egress.walking_speed_mps, 2, "m/s"),
           StatementArg(params.egress.flow_ppmm, 0)}),
      say("assumption.assess.access", {StatementArg(params.access.cell_m, 2, "m")}),
      params.noise.model == noise::NoiseModel::kBroadband
          ? say("assumption.assess.noise",
                {StatementArg(params.noise.propagation.frequency_hz, 0, "Hz"),
                 StatementArg(params.noise.facade_offset_m, 1, "m")})
          : say("assumption.assess.noise_octave",
                {StatementArg(params.noise.default_ground_factor, 1),
                 StatementArg(
                     params.noise.limit_is_facade_level ? params.noise.facade_reflection_db : 0.0,
                     1, "dB")}),
      say("assumption.assess.mobility",
          {StatementArg(params.mobility.neighbour_distance_m, 0, "m")}),
      say("assumption.residents.estimate",
          {StatementArg(params.mobility.dwellings.floor_area_per_dwelling_m2, 0, "m²"),
           StatementArg(r.residents.unknown_use_share * 100.0, 0, "%"),
           StatementArg(static_cast<std::int64_t>(r.residents.buildings)),
           StatementArg(r.residents.dwellings_untagged, 0)}),
  };
  if (r.location_assessed && r.location.illustrative)
    r.assumptions.push_back(say("assumption.location.illustrative", {r.location.name}));
  return r;
}

}  // namespace agora::assess
