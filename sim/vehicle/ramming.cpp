#include "sim/vehicle/ramming.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <numbers>
#include <unordered_map>

#include "sim/vehicle/approach_search.hpp"

namespace agora::vehicle {

bool CrossingResult::any_reachable() const {
  return std::any_of(classes.begin(), classes.end(),
                     [](const ClassAtCrossing& c) { return c.reachable; });
}

Verdict CrossingResult::worst_verdict() const {
  Verdict worst = Verdict::Adequate;
  for (const ClassAtCrossing& c : classes)
    if (c.reachable && verdict_severity(c.verdict) > verdict_severity(worst)) worst = c.verdict;
  return worst;
}

double CrossingResult::people_exposed_max() const {
  double out = 0.0;
  for (const ClassAtCrossing& c : classes)
    if (c.reachable) out = std::max(out, c.exposure.people);
  return out;
}

double CrossingResult::max_speed_kmh() const {
  double out = 0.0;
  for (const ClassAtCrossing& c : classes)
    if (c.reachable) out = std::max(out, c.speed.high_kmh);
  return out;
}

namespace {

double angle_between_deg(Vec2 dir, Vec2 line) {
  const double s = std::abs(dir.normalized().cross(line.normalized()));
  return std::asin(std::min(1.0, s)) * 180.0 / std::numbers::pi;
}

Vec2 final_direction(const Polyline& line) {
  for (std::size_t i = line.size(); i >= 2; --i) {
    const Vec2 d = line[i - 1] - line[i - 2];
    if (d.squared_norm() > 1e-12) return d.normalized();
  }
  return {0.0, 1.0};
}

GuardSummary summarise(const Guard& g) {
  GuardSummary s;
  s.name = g.facts.name;
  s.kind = g.kind == Guard::Kind::Barrier ? "barrier" : "emergency gate";
  if (g.facts.rating) {
    s.rating = g.facts.rating->text;
    s.standard = g.facts.rating->standard_name();
  }
  s.rating_origin = g.rating_origin;
  s.unrated_reason = g.facts.unrated_reason;
  s.clear_gap_m = g.facts.clear_gap_m;
  s.line = g.line;
  return s;
}

class Analysis {
 public:
  Analysis(const city::CityModel& city, const ApproachGraph& graph, const RammingParams& params,
           RammingResult& out)
      : city_(city), g_(graph), params_(params), out_(out) {}

  void assess(const VehicleClass& vehicle, std::size_t class_index) {
    const ClassLimits lim = class_limits(g_, vehicle, params_.rules);
    // The band: the class's typical vehicle (physics) or a_min at normal friction, to its
    // powerful vehicle or a_max at conservative friction.
    SearchSetup low{Motion::band(vehicle, BandEnd::Low, params_.friction_normal),
                    params_.friction_normal, BarrierMode::Ignore};
    SearchSetup high{Motion::band(vehicle, BandEnd::High, params_.friction_conservative),
                     params_.friction_conservative, BarrierMode::Ignore};
    for (SearchSetup* s : {&low, &high}) {
      s->max_run_up_m = params_.max_run_up_m();
      s->min_gain_mps = kmh_to_mps(params_.min_gain_kmh);
    }
    SearchSetup unimpeded = high;
    unimpeded.barriers = BarrierMode::Block;
    SearchSetup defeating = high;
    defeating.barriers = BarrierMode::HoldIfAdequate;
    search_speeds(g_, lim, low, low_);
    search_speeds(g_, lim, high, high_);
    const bool any_guards = !g_.guards.empty();
    if (any_guards) {
      search_speeds(g_, lim, unimpeded, unimpeded_);
      search_speeds(g_, lim, defeating, defeating_);
    }
    for (std::size_t c = 0; c < g_.crossings.size(); ++c) {
      ClassAtCrossing& r = out_.crossings[c].classes[class_index];
      r.vehicle_class = vehicle.code;
      const std::uint32_t s_high = best_state_at(g_, high_, static_cast<std::uint32_t>(c));
      if (s_high == kNone) continue;
      r.reachable = true;
      const std::uint32_t s_low = best_state_at(g_, low_, static_cast<std::uint32_t>(c));
      const RunUp run = trace_run_up(g_, lim, high, high_, s_high);
      r.speed.high_kmh = mps_to_kmh(std::sqrt(high_.end_v2[s_high]));
      r.speed.low_kmh = s_low == kNone ? 0.0 : mps_to_kmh(std::sqrt(low_.end_v2[s_low]));
      r.energy_kj = kinetic_energy_kj(vehicle.test_mass_kg, kmh_to_mps(r.speed.high_kmh));
      r.run_up = run.line;
      r.run_up_speed_kmh.clear();
      for (double v : run.speed_mps) r.run_up_speed_kmh.push_back(mps_to_kmh(v));
      r.start = run.line.empty() ? g_.crossings[c].pos : run.line.front();
      r.run_up_length_m = run.length_m;
      r.time_s = run.time_s;
      r.run_up_loops = run.loops;
      const Vec2 dir = final_direction(run.line);
      r.heading_deg = heading_deg(dir);
      r.impact_angle_deg = angle_between_deg(dir, g_.crossings[c].tangent);
      judge_crossing(vehicle, lim, c, run, high, any_guards ? &unimpeded : nullptr, &defeating, r);
    }
    record_edge_speeds(lim, high, vehicle);
  }

 private:
  // Which verdict stands, from the three questions the searches answer: can the class get
  // here without meeting a barrier that blocks it (unprotected / gap passable)? By defeating
  // the barriers it meets (energy-equivalent only / inadequate)? Else every run-up is
  // stopped by a barrier adequate by rating.
  void judge_crossing(const VehicleClass& vehicle, const ClassLimits& lim, std::size_t c,
                      const RunUp& fastest, const SearchSetup& high, const SearchSetup* unimpeded,
                      const SearchSetup* defeating, ClassAtCrossing& r) {
    const std::uint32_t crossing = static_cast<std::uint32_t>(c);
    const std::uint32_t s_free = unimpeded ? best_state_at(g_, unimpeded_, crossing) : kNone;
    if (!unimpeded || s_free != kNone) {
      const RunUp run = unimpeded ? trace_run_up(g_, lim, *unimpeded, unimpeded_, s_free) : fastest;
      r.judged_speed_kmh = mps_to_kmh(run.end_speed_mps);
      r.verdict = Verdict::Unprotected;
      r.verdict_reason = "no planned barrier on the run-up";
      set_verdict_run(run, r);
      if (!run.bypassed.empty()) {  // it passes round a barrier's end: say which and where
        const BarrierMeeting& m = g_.meetings[run.bypassed.front()];
        r.bypassed_guard = static_cast<int>(m.guard);
        r.bypass_point = m.pos;
        r.verdict_reason = "the run-up passes round the end of " + g_.guards[m.guard].facts.name +
                           " at (" + fmt0(m.pos.x) + ", " + fmt0(m.pos.y) + "), " +
                           fmt0(m.beyond_end_m) + " m beyond its drawn end";
      }
      for (const RunUp::Passed& p : run.barriers) {  // only gap-passable ones let it through
        const BarrierMeeting& m = g_.meetings[p.meeting];
        const Judgement j =
            judge(g_.guards[m.guard].facts, threat(vehicle, p.speed_mps, m), params_.rules);
        r.verdict = j.verdict;
        r.verdict_reason = j.reason;
        r.guard = static_cast<int>(m.guard);
        r.impact_angle_deg = m.angle_deg;
        r.bypassed_guard = static_cast<int>(m.guard);  // through its gap
        r.bypass_point = m.pos;
      }
      add_exposure(vehicle, c, run, high, r);
      return;
    }
    const std::uint32_t s_defeat = best_state_at(g_, defeating_, crossing);
    const RunUp& judged =
        s_defeat != kNone ? defeat_run_ = trace_run_up(g_, lim, *defeating, defeating_, s_defeat)
                          : fastest;
    set_verdict_run(judged, r);
    // The most protective barrier on the run-up decides: the vehicle must get past it.
    int best = -1;
    Judgement best_j;
    double best_speed = 0.0;
    for (const RunUp::Passed& p : judged.barriers) {
      const BarrierMeeting& m = g_.meetings[p.meeting];
      const Judgement j =
          judge(g_.guards[m.guard].facts, threat(vehicle, p.speed_mps, m), params_.rules);
      if (best < 0 || verdict_severity(j.verdict) < verdict_severity(best_j.verdict)) {
        best = static_cast<int>(p.meeting);
        best_j = j;
        best_speed = p.speed_mps;
      }
    }
    if (s_defeat == kNone) {
      // Every run-up from outside the barrier line meets a barrier that holds at the speed
      // it meets it. The fastest run-up (barriers ignored) names the one it would meet.
      r.verdict = Verdict::Adequate;
      r.judged_speed_kmh = mps_to_kmh(best < 0 ? fastest.end_speed_mps : best_speed);
      r.verdict_reason =
          "every run-up from outside the barrier line is stopped by a barrier adequate by rating";
      if (best >= 0) {
        const BarrierMeeting& m = g_.meetings[static_cast<std::size_t>(best)];
        r.guard = static_cast<int>(m.guard);
        r.impact_angle_deg = m.angle_deg;
        if (best_j.verdict == Verdict::Adequate) r.verdict_reason = best_j.reason;
      }
      return;
    }
    // It gets through: the most protective barrier it passes on the way decides. (A traced
    // run-up always passes one; a loop cut short in the trace might not show it.)
    if (best < 0) {
      r.verdict = Verdict::Unprotected;
      r.verdict_reason = "no planned barrier on the run-up";
      r.judged_speed_kmh = mps_to_kmh(judged.end_speed_mps);
      add_exposure(vehicle, c, judged, high, r);
      return;
    }
    const BarrierMeeting& m = g_.meetings[static_cast<std::size_t>(best)];
    r.verdict = best_j.verdict;
    r.verdict_reason = best_j.reason;
    r.guard = static_cast<int>(m.guard);
    r.judged_speed_kmh = mps_to_kmh(best_speed);
    r.impact_angle_deg = m.angle_deg;
    add_exposure(vehicle, c, judged, high, r);
  }

  static void set_verdict_run(const RunUp& run, ClassAtCrossing& r) {
    r.verdict_run_up = run.line;
    r.verdict_run_up_speed_kmh.clear();
    for (double v : run.speed_mps) r.verdict_run_up_speed_kmh.push_back(mps_to_kmh(v));
  }

  static std::string fmt0(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }

  Threat threat(const VehicleClass& vehicle, double speed_mps, const BarrierMeeting& m) const {
    Threat t;
    t.vehicle = &vehicle;
    t.speed_kmh = mps_to_kmh(speed_mps);
    t.angle_deg = m.angle_deg;
    t.standoff_m = m.standoff_m;
    return t;
  }

  // Exposure along the judged run-up's heading and along the headings of every run-up that
  // reaches the crossing (barriers ignored) within 5 % of the fastest: where several nearly
  // tied run-ups arrive from different directions, the worst counts and the range is kept,
  // so the figure does not hang on which of them the search happened to pick.
  void add_exposure(const VehicleClass& vehicle, std::size_t c, const RunUp& run,
                    const SearchSetup& high, ClassAtCrossing& r) {
    const Vec2 pos = g_.crossings[c].pos;
    const Vec2 judged_dir = final_direction(run.line);
    r.exposure = crowd_exposure(city_, g_, pos, judged_dir, run.end_speed_mps, high.motion, vehicle,
                                params_);
    double low = r.exposure.people, top = r.exposure.people;
    int headings = 1;
    std::vector<Vec2> seen{judged_dir};
    double best_v2 = -1.0;
    const std::uint32_t cr = static_cast<std::uint32_t>(c);
    for (std::uint32_t k = g_.crossing_states_begin[cr]; k < g_.crossing_states_begin[cr + 1]; ++k)
      best_v2 = std::max(best_v2, high_.end_v2[g_.crossing_states[k]]);
    for (std::uint32_t k = g_.crossing_states_begin[cr]; k < g_.crossing_states_begin[cr + 1];
         ++k) {
      const std::uint32_t s = g_.crossing_states[k];
      if (high_.end_v2[s] < 0.95 * 0.95 * best_v2) continue;
      const Vec2 dir = last_direction(s);
      bool dup = false;
      for (const Vec2& d : seen) dup = dup || d.dot(dir) > std::cos(1.0 * std::numbers::pi / 180.0);
      if (dup) continue;
      seen.push_back(dir);
      const Exposure e =
          crowd_exposure(city_, g_, pos, dir, run.end_speed_mps, high.motion, vehicle, params_);
      ++headings;
      low = std::min(low, e.people);
      top = std::max(top, e.people);
      if (e.people > r.exposure.people) r.exposure = e;
    }
    r.exposure.people_low = low;
    r.exposure.people_high = top;
    r.exposure.headings = headings;
  }

  Vec2 last_direction(std::uint32_t state) const {
    const DirectedState& st = g_.states[state];
    const GraphEdge& e = g_.edges[st.edge];
    Polyline pts(g_.points.begin() + e.pts_begin, g_.points.begin() + e.pts_end);
    if (st.reverse) std::reverse(pts.begin(), pts.end());
    return final_direction(pts);
  }

  void record_edge_speeds(const ClassLimits& lim, const SearchSetup& high,
                          const VehicleClass& vehicle) {
    peak_v2_per_state(g_, lim, high, high_, peak_);
    for (std::size_t s = 0; s < g_.states.size(); ++s) {
      if (peak_[s] < 0.0) continue;
      const GraphEdge& e = g_.edges[g_.states[s].edge];
      if (e.kind != EdgeKind::Road) continue;
      const double kmh = mps_to_kmh(std::sqrt(peak_[s]));
      auto [it, fresh] = edge_index_.try_emplace(e.city_edge, out_.edge_speeds.size());
      if (fresh) out_.edge_speeds.push_back({e.city_edge, kmh, vehicle.code});
      EdgeSpeed& es = out_.edge_speeds[it->second];
      if (kmh > es.max_speed_kmh) {
        es.max_speed_kmh = kmh;
        es.vehicle_class = vehicle.code;
      }
    }
  }

  const city::CityModel& city_;
  const ApproachGraph& g_;
  const RammingParams& params_;
  RammingResult& out_;
  SpeedLabels low_, high_, unimpeded_, defeating_;  // reused by every class
  RunUp defeat_run_;
  std::vector<double> peak_;
  std::unordered_map<city::EdgeId, std::size_t> edge_index_;
};

}  // namespace

namespace {

// Crossing points strung along a sidewalk strip: where the perimeter was drawn a few metres
// off the façades, the strip between them is a way in along its whole length, and one street
// or open-area mouth yields a row of crossing points. They stay one approach (one mouth); the
// planner is told, because the line usually meant the façade.
constexpr double kStripSpan_m = 15.0;   // a row this long (a street mouth is narrower)
constexpr double kStripFacade_m = 4.0;  // every point this close to a façade: a sidewalk
constexpr double kStripGap_m = 4.0;     // points of one row (crossing points are ≤ 1.8 m apart)

double distance_to_facade(const city::CityModel& city, Vec2 p, double within_m) {
  const Box box{{p.x - within_m, p.y - within_m}, {p.x + within_m, p.y + within_m}};
  double best = std::numeric_limits<double>::infinity();
  for (const city::FeatureRef& ref : city.query(box))
    if (ref.kind == city::FeatureKind::Building && city.buildings[ref.index].obstacle)
      best = std::min(best, bg::distance(p, city.buildings[ref.index].footprint));
  return best;
}

}  // namespace

void warn_sidewalk_strips(const city::CityModel& city, const RammingResult& r,
                          std::vector<Problem>& warnings) {
  std::map<std::uint32_t, std::vector<const CrossingResult*>> by_mouth;
  for (const CrossingResult& c : r.crossings) by_mouth[c.mouth].push_back(&c);
  for (const auto& [mouth, cs] : by_mouth) {
    std::vector<const CrossingResult*> near;  // the mouth's points close to a façade
    for (const CrossingResult* a : cs)
      if (distance_to_facade(city, a->pos, kStripFacade_m) <= kStripFacade_m) near.push_back(a);
    if (near.size() < 3) continue;
    // Along the row (the direction of its two farthest points), the longest run of points
    // each within kStripGap_m of the next: a mouth with a façade at each end is a street.
    Vec2 from = near.front()->pos, to = from;
    for (const CrossingResult* a : near)
      for (const CrossingResult* b : near)
        if (distance(a->pos, b->pos) > distance(from, to)) from = a->pos, to = b->pos;
    const Vec2 dir = (to - from).normalized();
    std::sort(near.begin(), near.end(), [&](const CrossingResult* a, const CrossingResult* b) {
      return (a->pos - from).dot(dir) < (b->pos - from).dot(dir);
    });
    std::size_t best_begin = 0, best_end = 1, begin = 0;
    for (std::size_t i = 1; i <= near.size(); ++i) {
      if (i < near.size() && distance(near[i - 1]->pos, near[i]->pos) <= kStripGap_m) continue;
      if (distance(near[begin]->pos, near[i - 1]->pos) >
          distance(near[best_begin]->pos, near[best_end - 1]->pos))
        best_begin = begin, best_end = i;
      begin = i;
    }
    near = {near.begin() + static_cast<std::ptrdiff_t>(best_begin),
            near.begin() + static_cast<std::ptrdiff_t>(best_end)};
    const double span = distance(near.front()->pos, near.back()->pos);
    if (near.size() < 3 || span < kStripSpan_m) continue;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f m", span);
    std::string ids;
    for (const CrossingResult* c : near) ids += (ids.empty() ? "" : ", ") + std::to_string(c->id);
    warnings.push_back(
        {"", "crossings " + ids + " (" + near.front()->label + ")", "perimeter",
         std::to_string(near.size()) + " crossing points strung along " + buf +
             " of the perimeter line, each within " + std::to_string(int(kStripFacade_m)) +
             " m of a façade: the line runs a few metres off the buildings and the strip "
             "between them is a way in; they are one approach (mouth " +
             std::to_string(mouth) +
             "). Draw the perimeter on the "
             "façade line if the strip is not open to vehicles."});
  }
}

RammingResult analyse_ramming(const city::CityModel& city, const scenario::Layout& layout,
                              const RammingInputs& in, std::vector<Problem>* warnings) {
  in.params.validate();
  in.vehicles.validate();
  RammingResult out;
  out.params = in.params;
  out.classes = in.vehicles.select(in.classes);
  out.vehicle_table = in.vehicles.origin;
  out.vehicle_table_placeholder = in.vehicles.any_placeholder();
  out.barrier_catalogue = in.catalogue.origin;
  std::vector<Problem> local_warnings;
  std::vector<Guard> guards =
      resolve_guards(layout, in.catalogue, in.rating_vehicles, in.vehicles.classes,
                     warnings ? *warnings : local_warnings);
  for (const Guard& g : guards) out.guards.push_back(summarise(g));
  const ApproachGraph graph =
      build_approach_graph(city, layout, std::move(guards), out.classes, in.params);
  out.states = graph.states.size();
  out.road_edges = graph.road_edges;
  out.sight_edges = graph.sight_edges;
  out.open_area_clusters = graph.open_area_clusters;
  out.crowd_zones_from_perimeter = layout.crowd_zones.empty();
  for (const scenario::CrowdZone& z : layout.crowd_zones)
    out.crowd_zone_names.push_back(!z.info.name.empty() ? z.info.name
                                   : !z.info.id.empty() ? z.info.id
                                                        : "crowd zone");
  if (out.crowd_zones_from_perimeter)
    out.crowd_zone_names.assign(graph.crowd_zones.size(), "perimeter");
  out.crossings.resize(graph.crossings.size());
  for (std::size_t c = 0; c < graph.crossings.size(); ++c) {
    CrossingResult& cr = out.crossings[c];
    const CrossingPoint& cp = graph.crossings[c];
    cr.id = static_cast<std::uint32_t>(c);
    cr.pos = cp.pos;
    cr.perimeter_heading_deg = heading_deg(cp.tangent);
    cr.in_open_area = cp.in_open_area;
    cr.label = cp.label;
    cr.mouth = cp.mouth;
    cr.classes.resize(out.classes.size());
  }
  Analysis analysis(city, graph, in.params, out);
  for (std::size_t k = 0; k < out.classes.size(); ++k) analysis.assess(out.classes[k], k);
  // A crossing no class reaches is no crossing: a mouth sample behind a wall, a road piece cut off.
  std::erase_if(out.crossings, [](const CrossingResult& c) { return !c.any_reachable(); });
  for (std::size_t c = 0; c < out.crossings.size(); ++c)
    out.crossings[c].id = static_cast<std::uint32_t>(c);
  std::sort(out.edge_speeds.begin(), out.edge_speeds.end(),
            [](const EdgeSpeed& a, const EdgeSpeed& b) { return a.edge < b.edge; });
  warn_sidewalk_strips(city, out, warnings ? *warnings : local_warnings);
  return out;
}

}  // namespace agora::vehicle
