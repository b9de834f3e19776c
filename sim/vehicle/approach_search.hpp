#pragma once
// The highest speed a vehicle class reaches at the end of every directed edge, starting at
// rest anywhere in the graph: a max-label fixpoint over directed-edge states,
//   v(e') = max( drive(e', 0),  max over e → e' of drive(e', min(v(e), corner limit)) )
// where drive() accelerates along the edge (v² = v0² + 2·a·s, capped at v_max), caps the
// speed at every bend by the skid limit sqrt(f·g·r) and, before it, by what still lets the
// vehicle brake (b = f·g) to every later cap (a backward pass, ClassLimits::seg_brake_v2),
// and, depending on the mode, is stopped by planned barriers. drive() is monotone in its entry
// speed and every label is bounded by v_max, so label-correcting from a FIFO queue converges; each
// label only ever rises.
//
// Modes: Ignore (the physical maximum, barriers not there), Block (every barrier stops the
// vehicle unless it fits through a gap: "can it get here without meeting one?"), and
// HoldIfAdequate (a barrier stops the vehicle only while it is adequate by rating at the
// speed the vehicle meets it: "can it get here by defeating the barriers on the way?").
// Run-ups start at rest at any node outside the planned barrier lines (outside_start): a
// vehicle already inside the pocket between barriers and perimeter is a matter of clearing
// the zone. Without planned barriers every node is a start.

#include <cstdint>
#include <limits>
#include <vector>

#include "sim/vehicle/approach_graph.hpp"
#include "sim/vehicle/kinematics.hpp"

namespace agora::vehicle {

// Everything about one vehicle class on this graph that its searches share.
struct ClassLimits {
  const VehicleClass* vehicle = nullptr;
  std::vector<std::uint8_t>
      passable;                    // per state: wide enough (roads) / clear enough (sight lines)
  std::vector<double> seg_cap2;    // per segment: g·r at the bend after it (v² at f = 1)
  std::vector<double> trans_cap2;  // per transition, likewise
  // Braking (b = f·g): per segment, the highest v² at its end (per unit friction, like the
  // caps) from which the vehicle can still brake to every later bend and corner cap on some
  // way on to a crossing; a dead end, a wall or a map barrier node must be reached at rest.
  // The search caps the speed by it, so the speed at a barrier is one the vehicle can have
  // there and still reach the crowd. Values ≥ brake_free_v2 mean no limit.
  std::vector<double> seg_brake_v2;
  double brake_free_v2 = 0.0;
  std::vector<double> hold_v2;    // per meeting: the barrier holds while v² ≤ this; −1: never
  std::vector<std::uint8_t> gap;  // per meeting: the vehicle fits through the barrier's gaps
  std::vector<std::uint8_t> met;  // per meeting: it really meets it (not passing beyond its end)
  // per state: a start (its first node is reached from beyond graph.outside_m without
  // meeting a barrier that blocks this class)
  std::vector<std::uint8_t> outside_start;
};

ClassLimits class_limits(const ApproachGraph& graph, const VehicleClass& vehicle,
                         const AdequacyRules& rules);

enum class BarrierMode { Ignore, Block, HoldIfAdequate };

struct SearchSetup {
  Motion motion;
  double friction = 1.0;
  BarrierMode barriers = BarrierMode::Ignore;
  // Run-up bounds (RammingParams::run_up_circuity, min_gain_kmh): no label is extended past
  // max_run_up_m of run-up, and a label is replaced only by one at least min_gain_mps faster,
  // so a detour or a lap that gains a fraction of a km/h does not become the run-up.
  double max_run_up_m = std::numeric_limits<double>::infinity();
  double min_gain_mps = 0.0;
};

struct SpeedLabels {
  std::vector<double> end_v2;       // v² at the end of each state, −1 when never reached
  std::vector<std::uint32_t> pred;  // the state it was best reached from; kNone: a start
  std::vector<double> run_up_m;     // length of that run-up, start to the end of the state
  // Every label ever set, with the label it extended (kNone: a start). A state's label may
  // later rise by another way while the states after it keep theirs, so the run-up of a
  // label is followed through these (never changed once written), not through pred.
  struct Label {
    std::uint32_t state = 0, prev = 0;
  };
  std::vector<Label> labels;
  std::vector<std::uint32_t> label_of;  // per state: its current label in labels
  std::vector<double> best_entry_v2;    // internal: highest entry v² tried
  std::vector<std::uint32_t> queue;     // internal workspace, reused between runs
  std::vector<std::uint8_t> queued;
  mutable std::vector<std::uint32_t> trace_mark;  // internal: loop detection while tracing
  mutable std::uint32_t trace_generation = 0;
};

void search_speeds(const ApproachGraph& graph, const ClassLimits& limits, const SearchSetup& setup,
                   SpeedLabels& labels);

// The run-up that produced a label, traced back from `final_state` and driven again.
struct RunUp {
  struct Passed {
    std::uint32_t meeting;  // into graph.meetings
    double speed_mps;       // when the vehicle meets it
  };
  std::vector<std::uint32_t> states;    // start first
  Polyline line;                        // start .. end of final_state
  std::vector<double> speed_mps;        // at each point of line
  std::vector<Passed> barriers;         // planned barriers crossed, in order
  std::vector<std::uint32_t> bypassed;  // meetings passed round a barrier's end (not met), in order
  double length_m = 0.0;
  double time_s = 0.0;
  double end_speed_mps = 0.0;
  bool loops = false;  // the best label needs a loop driven more than once; line shows one lap
};

RunUp trace_run_up(const ApproachGraph& graph, const ClassLimits& limits, const SearchSetup& setup,
                   const SpeedLabels& labels, std::uint32_t final_state);

// The best state ending at crossing c under these labels, or kNone when none reaches it.
std::uint32_t best_state_at(const ApproachGraph& graph, const SpeedLabels& labels,
                            std::uint32_t crossing);

// Highest v² reached anywhere along each state (entering it, at its end, or before a bend).
void peak_v2_per_state(const ApproachGraph& graph, const ClassLimits& limits,
                       const SearchSetup& setup, const SpeedLabels& labels,
                       std::vector<double>& peak_v2);

}  // namespace agora::vehicle
