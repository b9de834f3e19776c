#pragma once
// The agent simulation of an event scenario: the walkable site from the city model and the
// layout, agents placed in the crowd zones (or arriving through the entrances), one phase run
// to its end or a time limit, and what an officer needs from it: evacuation times in total and
// per exit, flow per exit over time, the highest local density reached on a grid with its
// Fruin level of service, and the places and times where density passed the thresholds.
//
//   egress       everyone in the zones leaves through the open exits (their choice of exit:
//                quickest by walking cost and queue); ends when the last one is out.
//   ingress      the zones fill through the open non-emergency exits, used as entrances, as
//                fast as they admit people; ends when the last one stands in their zone.
//   circulation  people in the zones stroll between random spots of the zones for a while.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/core/statement.hpp"
#include "sim/crowd/agents/demographics.hpp"
#include "sim/crowd/agents/density_meter.hpp"
#include "sim/crowd/agents/params.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::crowd::agents {

enum class Phase { kEgress, kIngress, kCirculation };
const char* to_string(Phase phase);
// "egress", "ingress", "circulation"; nullopt otherwise.
std::optional<Phase> phase_from_string(std::string_view text);

// An exit closing or reopening during the run.
struct ExitEvent {
  double time_s = 0.0;
  std::string exit_id;  // the layout exit's id
  bool open = false;
};

struct CrowdSetup {
  ModelParams model;
  Population population;               // speeds by age group, body size, stairs
  std::vector<double> los_upper_ppm2;  // Fruin level of service: upper bounds of A..E
  std::string los_scheme = "walkway";  // which Fruin table the bounds come from
};

// Where the number of agents comes from.
enum class CrowdSize {
  kZoneDensity,  // each zone's density (or the planning density) × its walkable area
  kAttendance,   // the event's expected peak attendance, shared over the zones by capacity
  kGiven,        // a number the user gave
};
const char* to_string(CrowdSize size);  // "zone_density", "attendance", "given"

struct CrowdRunOptions {
  Phase phase = Phase::kEgress;
  std::optional<std::int64_t> agents;  // total, shared over the zones by their capacity
  CrowdSize agents_from = CrowdSize::kZoneDensity;  // what `agents` is (kZoneDensity: unset)
  std::optional<double> density_ppm2;               // every zone at this density instead of its own
  double planning_density_ppm2 = 2.0;  // zones without a density of their own (the profile's)
  std::uint64_t seed = 1;
  int threads = 1;
  double time_limit_s = 3600.0;
  double flow_bin_s = 10.0;
  DensityOptions density;
  double trajectory_interval_s = 0.0;  // 0: no trajectory frames
  double progress_interval_s = 1.0;    // simulated seconds between progress reports
  std::vector<ExitEvent> exit_events;
  // Egress: pre-movement time uniform in [min, max] (placeholder defaults: an alarm at an
  // open-air event; RiMEA leaves the distribution to the user).
  double premovement_min_s = 0.0;
  double premovement_max_s = 30.0;
  // Circulation: how long, and the dwell at each spot (uniform).
  double circulation_duration_s = 600.0;
  double dwell_min_s = 30.0;
  double dwell_max_s = 120.0;

  void validate() const;
};

struct AgentFrame {
  std::uint32_t id;
  double x;  // local CRS, metres
  double y;
};

struct CrowdProgress {
  double time_s = 0.0;
  std::size_t agents_total = 0;
  std::size_t agents_inside = 0;  // still on the site (egress) / not yet arrived (ingress)
  std::size_t agents_done = 0;    // left (egress) / arrived (ingress)
  std::uint64_t agent_steps = 0;
  // The simulated time the run is expected to take, a first-order estimate made before it
  // starts: the slowest pre-movement, then the longer of the longest walk to the nearest exit
  // and everyone through the exits at exit_specific_flow_pms (circulation: its duration).
  double estimated_end_s = 0.0;
};

// Hooks for the edges: progress on a terminal, cancelling, trajectory frames to a file.
class CrowdObserver {
 public:
  virtual ~CrowdObserver() = default;
  virtual void progress(const CrowdProgress&) {}
  virtual bool cancelled() const { return false; }
  virtual void frame(double /*time_s*/, const std::vector<AgentFrame>& /*agents*/) {}
};

struct ZoneResult {
  std::string id;
  std::string name;
  double walkable_area_m2 = 0.0;
  double density_ppm2 = 0.0;  // as placed
  std::int64_t agents = 0;
};

struct ExitResult {
  std::string id;
  std::string name;
  Polyline line;
  double width_m = 0.0;
  bool emergency_only = false;
  bool open_at_start = true;
  std::int64_t agents = 0;     // left (egress) or entered (ingress) through it
  double first_time_s = -1.0;  // -1: nobody
  double last_time_s = -1.0;
};

struct CrowdResult {
  Phase phase = Phase::kEgress;
  std::uint64_t seed = 0;
  int threads = 1;
  double time_step_s = 0.0;
  std::int64_t agents = 0;
  CrowdSize agents_from = CrowdSize::kZoneDensity;
  double estimated_end_s = 0.0;       // CrowdProgress::estimated_end_s
  std::int64_t agents_done = 0;       // left / arrived
  std::int64_t agents_remaining = 0;  // still inside / still on their way at the end
  bool completed = false;  // everyone out (egress) or in place (ingress); circulation: ran its time
  bool cancelled = false;
  double end_time_s = 0.0;  // simulated time at the end of the run
  double evacuation_time_s =
      -1.0;  // egress: last one out; ingress: last one in place; -1 if not completed
  std::vector<ZoneResult> zones;
  std::vector<ExitResult> exits;
  double flow_bin_s = 0.0;
  std::vector<std::vector<std::int64_t>>
      flow_counts;         // [exit][bin]: people through the exit in the bin
  Field max_density;       // p/m², DensityMeter::kNoData off the walkable site
  Field level_of_service;  // 1 (A) .. 6 (F), kNoData off the site
  std::string los_scheme;
  double max_density_ppm2 = 0.0;
  std::vector<double> thresholds_ppm2;
  std::vector<double> area_over_threshold_m2;  // per threshold
  std::vector<Hotspot> hotspots;
  std::uint64_t steps = 0;
  std::uint64_t agent_steps = 0;
  std::uint64_t blocked_moves = 0;
  double walkable_area_m2 = 0.0;
  std::vector<Statement> assumptions;  // keys of the report's string tables: assumption.crowd.*
  std::vector<Problem> warnings;
};

// Runs one phase. Throws agora::Error before the run starts for bad input: a zone with no
// walkable space or no reachable exit, a density beyond what bodies can fill, model
// parameters out of range (naming the zone or parameter).
CrowdResult run_crowd(const scenario::Scenario& scenario, const city::CityModel& city,
                      const CrowdSetup& setup, const CrowdRunOptions& options,
                      CrowdObserver* observer = nullptr);

}  // namespace agora::crowd::agents
