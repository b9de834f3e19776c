#include "sim/assess/assess.hpp"

#include <algorithm>

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
  for (const mobility::Place& p : m.transit_access) stairwells += p.inside && p.kind == "subway_entrance";
  f.set("assess.mobility.transit_access", static_cast<std::int64_t>(m.transit_access.size()));
  f.set("assess.mobility.stairwells_inside", stairwells);
}

// The simulated egress, when the crowd analysis ran one before: the slower of it and the
// macroscopic time is judged; a simulation that did not get everyone out by its time limit
// gives its end time as a lower bound.
void judge_egress(AssessResult& r, const Figures& other) {
  r.egress_judged_s = r.egress.total_s;
  r.egress_judged_from = "macroscopic";
  const Value* phase = other.find(std::string(crowd::fig::kPhase.key));
  if (!phase || !std::holds_alternative<std::string>(*phase) || std::get<std::string>(*phase) != "egress") return;
  const std::optional<double> simulated = number_of(other.find(std::string(crowd::fig::kEvacuationTime.key)));
  if (simulated) {
    r.egress_judged_s = std::max(r.egress.total_s, *simulated);
    r.egress_judged_from = "simulation";
  } else if (const std::optional<double> end = number_of(other.find(std::string(crowd::fig::kEndTime.key)))) {
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
  r.distance_to_exit = crowd::distance_to_exit(fields.nearest_m, crowd_mask, params.distance_to_exit, &pens);
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
    r.warnings.push_back({info.file, info.describe(), "width_m",
                          "the emergency gate is " + fixed(L.emergency_gates[i].width_m, 2) +
                              " m wide, at the limit of the " +
                              fixed(params.access.clear_width_m, 2) +
                              " m the fire service needs: no margin for a post or a parked car"});
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
  if (r.noise_assessed) {
    noise::NoiseParams np = params.noise;
    np.facade_limit_dba = r.facade_limit.limit_dba;
    r.noise = noise::facade_levels(city, L, np);
  }

  // Mobility and neighbourhood.
  r.mobility = mobility::mobility_impact(city, scenario, params.mobility);
  for (const mobility::Place& p : r.mobility.transit_access)
    if (p.inside && p.kind == "subway_entrance")
      r.warnings.push_back({scenario.file,
                            "map: subway entrance" + (p.name.empty() ? std::string() : " '" + p.name + "'"),
                            "", "a stairwell inside the perimeter at (" + fixed(p.pos.x, 0) + ", " +
                                fixed(p.pos.y, 0) +
                                "): people enter and leave the crowd here; keep its head clear "
                                "(a queue space) or close it with the transit operator"});

  measure(r);
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
      say("assumption.assess.noise", {StatementArg(params.noise.propagation.frequency_hz, 0, "Hz"),
                                      StatementArg(params.noise.facade_offset_m, 1, "m")}),
      say("assumption.assess.mobility",
          {StatementArg(params.mobility.neighbour_distance_m, 0, "m")}),
  };
  return r;
}

}  // namespace agora::assess
