#include "sim/vehicle/ramming.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

#include "sim/vehicle/approach_search.hpp"

namespace agora::vehicle {

bool CrossingResult::any_reachable() const {
  return std::any_of(classes.begin(), classes.end(), [](const ClassAtCrossing& c) { return c.reachable; });
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
  Analysis(const city::CityModel& city, const ApproachGraph& graph, const RammingParams& params, RammingResult& out)
      : city_(city), g_(graph), params_(params), out_(out) {}

  void assess(const VehicleClass& vehicle, std::size_t class_index) {
    const ClassLimits lim = class_limits(g_, vehicle, params_.rules);
    const SearchSetup low{Motion(vehicle, vehicle.accel_min_mps2), params_.friction_normal, BarrierMode::Ignore};
    const SearchSetup high{Motion(vehicle, vehicle.accel_max_mps2), params_.friction_conservative, BarrierMode::Ignore};
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
  void judge_crossing(const VehicleClass& vehicle, const ClassLimits& lim, std::size_t c, const RunUp& fastest,
                      const SearchSetup& high, const SearchSetup* unimpeded, const SearchSetup* defeating,
                      ClassAtCrossing& r) {
    const std::uint32_t crossing = static_cast<std::uint32_t>(c);
    const std::uint32_t s_free = unimpeded ? best_state_at(g_, unimpeded_, crossing) : kNone;
    if (!unimpeded || s_free != kNone) {
      const RunUp run = unimpeded ? trace_run_up(g_, lim, *unimpeded, unimpeded_, s_free) : fastest;
      r.judged_speed_kmh = mps_to_kmh(run.end_speed_mps);
      r.verdict = Verdict::Unprotected;
      r.verdict_reason = "no planned barrier on the run-up";
      for (const RunUp::Passed& p : run.barriers) {  // only gap-passable ones let it through
        const BarrierMeeting& m = g_.meetings[p.meeting];
        const Judgement j = judge(g_.guards[m.guard].facts, threat(vehicle, p.speed_mps, m), params_.rules);
        r.verdict = j.verdict;
        r.verdict_reason = j.reason;
        r.guard = static_cast<int>(m.guard);
        r.impact_angle_deg = m.angle_deg;
      }
      add_exposure(vehicle, c, run, high, r);
      return;
    }
    const std::uint32_t s_defeat = best_state_at(g_, defeating_, crossing);
    const RunUp& judged = s_defeat != kNone ? defeat_run_ = trace_run_up(g_, lim, *defeating, defeating_, s_defeat) : fastest;
    // The most protective barrier on the run-up decides: the vehicle must get past it.
    int best = -1;
    Judgement best_j;
    double best_speed = 0.0;
    for (const RunUp::Passed& p : judged.barriers) {
      const BarrierMeeting& m = g_.meetings[p.meeting];
      const Judgement j = judge(g_.guards[m.guard].facts, threat(vehicle, p.speed_mps, m), params_.rules);
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
      r.verdict_reason = "every run-up from outside the barrier line is stopped by a barrier adequate by rating";
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

  Threat threat(const VehicleClass& vehicle, double speed_mps, const BarrierMeeting& m) const {
    Threat t;
    t.vehicle = &vehicle;
    t.speed_kmh = mps_to_kmh(speed_mps);
    t.angle_deg = m.angle_deg;
    t.standoff_m = m.standoff_m;
    return t;
  }

  void add_exposure(const VehicleClass& vehicle, std::size_t c, const RunUp& run, const SearchSetup& high,
                    ClassAtCrossing& r) {
    r.judged_run_up = run.line;
    r.judged_run_up_speed_kmh.clear();
    for (double v : run.speed_mps) r.judged_run_up_speed_kmh.push_back(mps_to_kmh(v));
    r.exposure = crowd_exposure(city_, g_, g_.crossings[c].pos, final_direction(run.line), run.end_speed_mps,
                                high.motion, vehicle, params_);
  }

  void record_edge_speeds(const ClassLimits& lim, const SearchSetup& high, const VehicleClass& vehicle) {
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

RammingResult analyse_ramming(const city::CityModel& city, const scenario::Layout& layout, const RammingInputs& in,
                              std::vector<Problem>* warnings) {
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
      resolve_guards(layout, in.catalogue, in.rating_vehicles, in.vehicles.classes, warnings ? *warnings : local_warnings);
  for (const Guard& g : guards) out.guards.push_back(summarise(g));
  const ApproachGraph graph = build_approach_graph(city, layout, std::move(guards), out.classes, in.params);
  out.states = graph.states.size();
  out.road_edges = graph.road_edges;
  out.sight_edges = graph.sight_edges;
  out.open_area_clusters = graph.open_area_clusters;
  out.crowd_zones_from_perimeter = layout.crowd_zones.empty();
  for (const scenario::CrowdZone& z : layout.crowd_zones)
    out.crowd_zone_names.push_back(!z.info.name.empty() ? z.info.name : !z.info.id.empty() ? z.info.id : "crowd zone");
  if (out.crowd_zones_from_perimeter) out.crowd_zone_names.assign(graph.crowd_zones.size(), "perimeter");
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
  for (std::size_t c = 0; c < out.crossings.size(); ++c) out.crossings[c].id = static_cast<std::uint32_t>(c);
  std::sort(out.edge_speeds.begin(), out.edge_speeds.end(),
            [](const EdgeSpeed& a, const EdgeSpeed& b) { return a.edge < b.edge; });
  return out;
}

}  // namespace agora::vehicle
