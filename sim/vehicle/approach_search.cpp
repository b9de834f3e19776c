#include "sim/vehicle/approach_search.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace agora::vehicle {

namespace {

constexpr double kNoLimit = std::numeric_limits<double>::max();
constexpr double kEps = 1e-9;

// A vehicle that fits a corridor (or stands where OSM put a node beside a façade) still has
// this much play to turn in: without it a street exactly as wide as the car, or a street node
// drawn on a square's edge, would stop every vehicle dead at the slightest bend.
constexpr double kMinPlay_m = 0.05;

double cap2_of(const Bend& b, double vehicle_width_m) {
  if (b.deflection_rad <= 0.0) return kNoLimit;
  const double h_in = std::max(kMinPlay_m, (b.width_in_m - vehicle_width_m) / 2.0);
  const double h_out = std::max(kMinPlay_m, (b.width_out_m - vehicle_width_m) / 2.0);
  double r = corner_radius_cs(b.cos_half, b.sin2_half, h_in, h_out);
  if (b.run_cos_half < 1.0)
    r = std::min(r, bend_radius_c(b.run_cos_half, b.run_centre_radius_m, std::min(h_in, h_out)));
  // In an open area the arc's middle, R·(1/cos(θ/2) − 1) inside the node, must stay clear.
  if (b.inner_free_m >= 0.0 && b.cos_half > 0.0)
    r = std::min(
        r, std::max(kMinPlay_m, b.inner_free_m - vehicle_width_m / 2.0) / (1.0 / b.cos_half - 1.0));
  const double cap2 = kGravity_mps2 * r;
  return cap2 >= kNoLimit ? kNoLimit : cap2;
}

// No-op observer for the search's hot path.
struct Silent {
  static constexpr bool kObserves = false;
  void segment(std::uint32_t, double, double) {}
  void bend(double) {}
  void meeting(std::uint32_t, double) {}
};

// Drives state from entry v²; returns v² at its end, or −1 when a barrier stops it.
template <class Observer>
double drive(const ApproachGraph& g, const ClassLimits& lim, const SearchSetup& setup,
             std::uint32_t state, double v2, Observer& obs) {
  const DirectedState& st = g.states[state];
  const double f = setup.friction;
  const double brake = 2.0 * f * kGravity_mps2;
  const double grade = st.sin_grade;
  std::uint32_t m = st.meet_begin;
  double s0 = 0.0;
  for (std::uint32_t seg = st.seg_begin; seg < st.seg_end; ++seg) {
    const double len = g.seg_length_m[seg];
    const bool last = seg + 1 == st.seg_end;
    while (m < st.meet_end && (last || g.meetings[m].s_m <= s0 + len)) {
      if (setup.barriers != BarrierMode::Ignore || Observer::kObserves) {
        // Accelerating from the segment's start, but no faster than lets it brake to the
        // segment's end limit over the distance left.
        const double v2m = std::min(
            setup.motion.advance_v2(v2, std::max(0.0, g.meetings[m].s_m - s0), grade),
            lim.seg_brake_v2[seg] * f + brake * std::max(0.0, s0 + len - g.meetings[m].s_m));
        if (setup.barriers == BarrierMode::Block && !lim.gap[m]) return -1.0;
        if (setup.barriers == BarrierMode::HoldIfAdequate && v2m <= lim.hold_v2[m]) return -1.0;
        obs.meeting(m, v2m);
      }
      ++m;
    }
    // The braking limit at the segment's end includes the bend there (at most seg_cap2).
    const double out = std::min(setup.motion.advance_v2(v2, len, grade), lim.seg_brake_v2[seg] * f);
    obs.segment(seg, v2, out);
    v2 = out;
    if (!last) obs.bend(v2);
    s0 += len;
  }
  return v2;
}

double transition_cap2(const ApproachGraph& g, const ClassLimits& lim, std::uint32_t from,
                       std::uint32_t to) {
  const DirectedState& st = g.states[from];
  for (std::uint32_t t = st.succ_begin; t < st.succ_end; ++t)
    if (g.transitions[t].to_state == to) return lim.trans_cap2[t];
  return 0.0;
}

}  // namespace

namespace {

// Nodes a vehicle reaches from beyond outside_m without meeting a barrier that blocks it.
std::vector<std::uint8_t> outside_starts(const ApproachGraph& g, const ClassLimits& lim,
                                         double outside_m) {
  std::vector<std::uint8_t> reached(g.nodes.size(), 0);
  std::vector<std::uint32_t> queue;
  for (std::uint32_t n = 0; n < g.nodes.size(); ++n)
    if (g.nodes[n].perimeter_distance_m >= outside_m) {
      reached[n] = 1;
      queue.push_back(n);
    }
  while (!queue.empty()) {
    const std::uint32_t n = queue.back();
    queue.pop_back();
    const GraphNode& node = g.nodes[n];
    if (node.kind == NodeKind::Crossing || (node.blocks && node.perimeter_distance_m < outside_m))
      continue;
    for (std::uint32_t k = g.out_begin[n]; k < g.out_begin[n + 1]; ++k) {
      const std::uint32_t s = g.out_states[k];
      if (!lim.passable[s]) continue;
      const DirectedState& st = g.states[s];
      bool blocked = false;
      for (std::uint32_t m = st.meet_begin; m < st.meet_end; ++m) blocked = blocked || !lim.gap[m];
      if (blocked || reached[st.to_node]) continue;
      reached[st.to_node] = 1;
      queue.push_back(st.to_node);
    }
  }
  std::vector<std::uint8_t> starts(g.states.size(), 0);
  // Inside a tunnel no run-up starts: a vehicle enters it at a portal.
  for (std::uint32_t s = 0; s < g.states.size(); ++s)
    starts[s] = reached[g.states[s].from_node] && !g.nodes[g.states[s].from_node].underground;
  return starts;
}

// The backward pass (per unit friction: every cap is f·g·r and braking adds 2·f·g·d, so the
// limits scale with f). end_v2[s] = max over the passable states t that follow s of
// min(transition cap, start_v2[t]); at a crossing there is no limit (the vehicle runs on
// into the crowd), at a node with no way on the vehicle must stop. start_v2[t] follows from
// end_v2[t] back through t's segments: v² ≤ limit ahead + 2·g·d, and ≤ the cap at each bend.
// A max-label fixpoint: limits only rise, and are cut at brake_free_v2 (10·v_max², the most
// any friction f ≥ 0.1 can use), so laps of a loop stop raising them.
void brake_limits(const ApproachGraph& g, const VehicleClass& vehicle, ClassLimits& lim) {
  const std::size_t n = g.states.size();
  const double vmax = kmh_to_mps(vehicle.vmax_kmh);
  lim.brake_free_v2 = 10.0 * vmax * vmax + 1.0;
  const double free = lim.brake_free_v2;
  lim.seg_brake_v2.assign(g.seg_length_m.size(), 0.0);
  std::vector<double> end_v2(n, 0.0), start_v2(n, -1.0);
  const std::size_t nt = g.transitions.size();
  std::vector<std::uint32_t> pred_begin(n + 1, 0);  // transitions into each state
  for (const Transition& t : g.transitions) ++pred_begin[t.to_state + 1];
  for (std::size_t s = 0; s < n; ++s) pred_begin[s + 1] += pred_begin[s];
  std::vector<std::uint32_t> preds(nt, 0u), from_state(nt, 0u);
  std::vector<std::uint32_t> fill(pred_begin.begin(), pred_begin.end() - 1);
  for (std::uint32_t s = 0; s < n; ++s)
    for (std::uint32_t t = g.states[s].succ_begin; t < g.states[s].succ_end; ++t) from_state[t] = s;
  for (std::uint32_t t = 0; t < g.transitions.size(); ++t)
    preds[fill[g.transitions[t].to_state]++] = t;
  for (std::uint32_t s = 0; s < n; ++s)
    if (g.nodes[g.states[s].to_node].kind == NodeKind::Crossing) end_v2[s] = free;
  auto back = [&](std::uint32_t s) {
    const DirectedState& st = g.states[s];
    double x = end_v2[s];
    for (std::uint32_t seg = st.seg_end; seg-- > st.seg_begin;) {
      if (seg + 1 != st.seg_end) x = std::min(x, lim.seg_cap2[seg]);
      lim.seg_brake_v2[seg] = x;
      x = std::min(free, x + 2.0 * kGravity_mps2 * g.seg_length_m[seg]);
    }
    return x;
  };
  std::vector<std::uint32_t> queue;
  std::vector<std::uint8_t> queued(n, 1);
  queue.reserve(n);
  for (std::uint32_t s = 0; s < n; ++s) queue.push_back(s);
  while (!queue.empty()) {
    const std::uint32_t s = queue.back();
    queue.pop_back();
    queued[s] = 0;
    const double start = back(s);
    if (start <= start_v2[s] + kEps) continue;
    start_v2[s] = start;
    if (!lim.passable[s]) continue;
    for (std::uint32_t k = pred_begin[s]; k < pred_begin[s + 1]; ++k) {
      const std::uint32_t t = preds[k];
      const std::uint32_t p = from_state[t];
      const double cand = std::min(lim.trans_cap2[t], start);
      if (cand > end_v2[p] + kEps) {
        end_v2[p] = cand;
        if (!queued[p]) {
          queued[p] = 1;
          queue.push_back(p);
        }
      }
    }
  }
}

}  // namespace

ClassLimits class_limits(const ApproachGraph& g, const VehicleClass& vehicle,
                         const AdequacyRules& rules) {
  ClassLimits lim;
  lim.vehicle = &vehicle;
  const double w = vehicle.width_m;
  lim.passable.reserve(g.states.size());
  for (const DirectedState& s : g.states) {
    const GraphEdge& e = g.edges[s.edge];
    lim.passable.push_back(e.kind == EdgeKind::Road
                               ? e.width_m >= w && e.max_height_m >= vehicle.height_m
                               : 2.0 * e.clearance_m >= w);
  }
  lim.seg_cap2.reserve(g.seg_bend.size());
  for (const Bend& b : g.seg_bend) lim.seg_cap2.push_back(cap2_of(b, w));
  lim.trans_cap2.reserve(g.transitions.size());
  for (const Transition& t : g.transitions) lim.trans_cap2.push_back(cap2_of(t.bend, w));
  lim.hold_v2.reserve(g.meetings.size());
  lim.gap.reserve(g.meetings.size());
  lim.met.reserve(g.meetings.size());
  for (const BarrierMeeting& m : g.meetings) {
    const BarrierFacts& facts = g.guards[m.guard].facts;
    // Past the end of the line by more than half the width (and the drawing tolerance): missed.
    const bool met = m.beyond_end_m <= std::max(g.barrier_snap_m, w / 2.0);
    lim.met.push_back(met);
    if (!met) {
      lim.gap.push_back(1);
      lim.hold_v2.push_back(-1.0);
      continue;
    }
    lim.gap.push_back(gap_passable(facts.clear_gap_m, w, rules));
    const auto up_to = adequate_up_to_kmh(facts, vehicle, m.angle_deg, m.standoff_m, rules);
    lim.hold_v2.push_back(up_to ? kmh_to_mps(*up_to) * kmh_to_mps(*up_to) : -1.0);
  }
  lim.outside_start = outside_starts(g, lim, g.outside_m);
  brake_limits(g, vehicle, lim);
  return lim;
}

void search_speeds(const ApproachGraph& g, const ClassLimits& lim, const SearchSetup& setup,
                   SpeedLabels& L) {
  const std::size_t n = g.states.size();
  L.end_v2.assign(n, -1.0);
  L.best_entry_v2.assign(n, -1.0);
  L.pred.assign(n, kNone);
  L.run_up_m.assign(n, 0.0);
  L.labels.clear();
  L.label_of.assign(n, kNone);
  auto set_label = [&](std::uint32_t state, std::uint32_t from) {
    L.label_of[state] = static_cast<std::uint32_t>(L.labels.size());
    L.labels.push_back({state, from == kNone ? kNone : L.label_of[from]});
  };
  L.queue.resize(n + 1);
  L.queued.assign(n, 0);
  Silent silent;
  // Ring buffer: every state at most once in the queue.
  std::size_t head = 0, tail = 0, size = 0;
  auto push = [&](std::uint32_t s) {
    if (L.queued[s]) return;
    L.queued[s] = 1;
    L.queue[tail] = s;
    tail = tail + 1 == L.queue.size() ? 0 : tail + 1;
    ++size;
  };
  // Any node outside the barrier line may be a start: every such state driven from rest.
  for (std::uint32_t s = 0; s < n; ++s) {
    if (!lim.passable[s] || !lim.outside_start[s]) continue;
    L.best_entry_v2[s] = 0.0;
    L.end_v2[s] = drive(g, lim, setup, s, 0.0, silent);
    L.run_up_m[s] = g.states[s].length_m;
    set_label(s, kNone);
    if (L.end_v2[s] >= 0.0) push(s);
  }
  const double f = setup.friction;
  while (size > 0) {
    const std::uint32_t s = L.queue[head];
    head = head + 1 == L.queue.size() ? 0 : head + 1;
    --size;
    L.queued[s] = 0;
    const double v2 = L.end_v2[s];
    const DirectedState& st = g.states[s];
    for (std::uint32_t t = st.succ_begin; t < st.succ_end; ++t) {
      const std::uint32_t next = g.transitions[t].to_state;
      if (!lim.passable[next]) continue;
      const double run_up = L.run_up_m[s] + g.states[next].length_m;
      if (run_up > setup.max_run_up_m) continue;  // the bound: no longer run-ups
      const double entry = std::min(v2, lim.trans_cap2[t] * f);
      if (entry <= L.best_entry_v2[next] + kEps) continue;  // drive() is monotone: nothing new
      L.best_entry_v2[next] = entry;
      const double out = drive(g, lim, setup, next, entry, silent);
      // A label is replaced only by a run-up at least min_gain_mps faster (a first one always).
      const double known = L.end_v2[next];
      const double needed =
          known < 0.0 ? 0.0 : std::pow(std::sqrt(known) + setup.min_gain_mps, 2.0) + kEps;
      if (out > known + kEps && out >= needed) {
        L.end_v2[next] = out;
        L.pred[next] = s;
        L.run_up_m[next] = run_up;
        set_label(next, s);
        push(next);
      }
    }
  }
}

namespace {

struct Tracer {
  static constexpr bool kObserves = true;
  const ApproachGraph& g;
  const ClassLimits& lim;
  const SearchSetup& setup;
  const DirectedState* st = nullptr;
  RunUp* run = nullptr;
  std::vector<Vec2> pts;  // of the current state
  std::size_t seg_index = 0;
  double grade = 0.0;

  void segment(std::uint32_t, double v2_in, double v2_out) {
    const double len = distance(pts[seg_index], pts[seg_index + 1]);
    run->time_s += setup.motion.time_s(v2_in, len, grade);
    run->length_m += len;
    run->line.push_back(pts[seg_index + 1]);
    run->speed_mps.push_back(std::sqrt(std::max(0.0, v2_out)));
    ++seg_index;
  }
  void bend(double v2) { run->speed_mps.back() = std::sqrt(std::max(0.0, v2)); }
  void meeting(std::uint32_t m, double v2) {
    if (lim.met[m])
      run->barriers.push_back({m, std::sqrt(std::max(0.0, v2))});
    else
      run->bypassed.push_back(m);
  }
};

}  // namespace

RunUp trace_run_up(const ApproachGraph& g, const ClassLimits& lim, const SearchSetup& setup,
                   const SpeedLabels& L, std::uint32_t final_state) {
  RunUp run;
  if (final_state == kNone || L.end_v2[final_state] < 0.0) return run;
  if (L.trace_mark.size() != g.states.size() || L.trace_generation == 0xFFFFFFFEu) {
    L.trace_mark.assign(g.states.size(), 0);
    L.trace_generation = 0;
  }
  const std::uint32_t mark = ++L.trace_generation;
  // The labels' chain is the run-up exactly as it was found; a state met twice on it is a
  // loop driven to gain speed.
  for (std::uint32_t l = L.label_of[final_state]; l != kNone; l = L.labels[l].prev) {
    const std::uint32_t s = L.labels[l].state;
    if (L.trace_mark[s] == mark) run.loops = true;
    L.trace_mark[s] = mark;
    run.states.push_back(s);
  }
  std::reverse(run.states.begin(), run.states.end());
  Tracer tracer{g, lim, setup, nullptr, &run, {}, 0, 0.0};
  double v2 = 0.0;
  for (std::size_t k = 0; k < run.states.size(); ++k) {
    const std::uint32_t s = run.states[k];
    const DirectedState& st = g.states[s];
    const GraphEdge& e = g.edges[st.edge];
    tracer.pts.assign(g.points.begin() + e.pts_begin, g.points.begin() + e.pts_end);
    if (st.reverse) std::reverse(tracer.pts.begin(), tracer.pts.end());
    tracer.pts.erase(std::unique(tracer.pts.begin(), tracer.pts.end(),
                                 [](Vec2 a, Vec2 b) { return distance(a, b) < 1e-9; }),
                     tracer.pts.end());
    if (tracer.pts.size() < 2) tracer.pts.push_back(tracer.pts.back());
    tracer.seg_index = 0;
    tracer.grade = st.sin_grade;
    if (k == 0) {
      run.line.push_back(tracer.pts.front());
      run.speed_mps.push_back(0.0);
    } else {
      v2 = std::min(v2, transition_cap2(g, lim, run.states[k - 1], s) * setup.friction);
      run.speed_mps.back() = std::sqrt(std::max(0.0, v2));
    }
    v2 = drive(g, lim, setup, s, v2, tracer);
    if (v2 < 0.0) break;  // cannot happen along a traced label; guard anyway
  }
  // A loop driven more than once (or any rounding) leaves the label at least as fast.
  run.end_speed_mps = std::sqrt(std::max(0.0, std::max(v2, L.end_v2[final_state])));
  return run;
}

std::uint32_t best_state_at(const ApproachGraph& g, const SpeedLabels& L, std::uint32_t crossing) {
  std::uint32_t best = kNone;
  double best_v2 = -1.0;
  for (std::uint32_t k = g.crossing_states_begin[crossing];
       k < g.crossing_states_begin[crossing + 1]; ++k) {
    const std::uint32_t s = g.crossing_states[k];
    if (L.end_v2[s] > best_v2) {
      best_v2 = L.end_v2[s];
      best = s;
    }
  }
  return best_v2 >= 0.0 ? best : kNone;
}

namespace {
struct Peak {
  static constexpr bool kObserves = false;
  double peak = 0.0;
  void segment(std::uint32_t, double, double v2_out) { peak = std::max(peak, v2_out); }
  void bend(double) {}
  void meeting(std::uint32_t, double) {}
};
}  // namespace

void peak_v2_per_state(const ApproachGraph& g, const ClassLimits& lim, const SearchSetup& setup,
                       const SpeedLabels& L, std::vector<double>& peak_v2) {
  peak_v2.assign(g.states.size(), -1.0);
  for (std::uint32_t s = 0; s < g.states.size(); ++s) {
    if (L.end_v2[s] < 0.0) continue;
    double entry = 0.0;
    if (L.pred[s] != kNone)
      entry = std::min(L.end_v2[L.pred[s]], transition_cap2(g, lim, L.pred[s], s) * setup.friction);
    Peak p;
    p.peak = entry;
    drive(g, lim, setup, s, entry, p);
    peak_v2[s] = std::max(p.peak, L.end_v2[s]);
  }
}

}  // namespace agora::vehicle
