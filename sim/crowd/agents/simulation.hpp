#pragma once
// The agent simulation: agents in an Environment, moved by the collision-free speed model
// (speed_model.hpp) in steps of Δt. A step computes every walking agent's new velocity from the
// positions at the start of the step (in parallel: each thread writes only its own agents'
// velocities), then moves everyone, in agent order, checking exits and waypoints. The result
// therefore does not depend on the thread count, and repeats exactly for the same inputs.
//
// Agents wait out their pre-movement time, then walk: through a list of waypoints (areas to
// visit, with a dwell time at each) and then to an exit, either the one assigned to them or the
// one they choose: the quickest by walking cost plus the queue ahead of them, reconsidered
// every route_interval_s with hysteresis. An agent leaves when a step outwards brings its body
// onto an open exit's line. Exits can be closed and reopened during the run; a closed exit is a
// wall.

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "sim/crowd/agents/environment.hpp"
#include "sim/crowd/agents/neighbour_grid.hpp"
#include "sim/crowd/agents/speed_model.hpp"
#include "sim/crowd/agents/thread_pool.hpp"

namespace agora::crowd::agents {

inline constexpr int kChooseExit = -1;      // the agent picks its exit (and may change it)
inline constexpr int kFixedDirection = -2;  // walks in SimulationOptions::fixed_direction forever

struct Waypoint {
  std::size_t area = 0;  // index into the environment's areas
  Vec2 goal;             // where in the area to stand
  double dwell_s = 0.0;  // time spent there before moving on
};

struct AgentSpec {
  Vec2 position;
  double desired_speed_ms = 1.34;
  double radius_m = 0.2;
  double premovement_s = 0.0;
  double stair_up_ms = 0.675;
  double stair_down_ms = 0.65;
  int exit = kChooseExit;         // an exit index, kChooseExit or kFixedDirection
  std::vector<Waypoint> route;    // visited in order before heading for an exit
  bool leave_after_route = true;  // false: stays at the last waypoint
};

// kLeaving: crossed an exit line (a departure) and walks on out of the domain at its desired
// speed, still seen by those behind it, until it is out of their reach; then kLeft.
enum class AgentStatus : std::uint8_t { kWaiting, kWalking, kDwelling, kStanding, kLeaving, kLeft };

struct Departure {
  std::uint32_t agent;
  std::uint32_t exit;
  double time_s;  // end of the step that crossed the line
};

struct SimulationOptions {
  int threads = 1;
  Vec2 fixed_direction{1.0, 0.0};
  double arrival_radius_m = 0.3;  // a waypoint is reached this close to its goal
  // Settling (ingress): someone inside (or within a 1.5 m walk of) the area of the spot they stay
  // at, within settle_radius_m of it, who has come no closer to it for settle_after_s (by 0.1 m),
  // stands where they are, as people do when the way to the place they aimed for is filled by those
  // already standing. 0 switches it off.
  double settle_radius_m = 0.0;
  double settle_after_s = 10.0;
};

class Simulation {
 public:
  Simulation(std::shared_ptr<const Environment> environment, const ModelParams& params,
             SimulationOptions options = {});
  ~Simulation();
  Simulation(const Simulation&) = delete;
  Simulation& operator=(const Simulation&) = delete;

  // Adds an agent; throws agora::Error when it does not stand on walkable space clear of walls,
  // or its parameters are out of range. Returns its id (0, 1, 2, ... in order of adding).
  std::uint32_t add_agent(const AgentSpec& spec);

  void set_exit_open(std::size_t exit, bool open);
  bool exit_open(std::size_t exit) const { return exit_open_[exit] != 0; }

  // One time step. The first step checks that no two agents overlap.
  void step();

  double time_s() const { return time_s_; }
  std::uint64_t steps() const { return steps_; }
  std::uint64_t agent_steps() const { return agent_steps_; }
  std::size_t agent_count() const { return pos_.size(); }
  // Ids of the agents still simulated (including those kLeaving beyond an exit), ascending.
  std::span<const std::uint32_t> present() const { return present_; }
  // True for an agent inside the domain (not leaving, not left).
  bool inside(std::uint32_t id) const { return status_[id] < AgentStatus::kLeaving; }

  Vec2 position(std::uint32_t id) const { return pos_[id]; }
  Vec2 velocity(std::uint32_t id) const { return vel_[id]; }
  AgentStatus status(std::uint32_t id) const { return status_[id]; }
  int target_exit(std::uint32_t id) const { return target_[id]; }
  double radius(std::uint32_t id) const { return radius_[id]; }
  double desired_speed(std::uint32_t id) const { return v0_[id]; }
  const std::vector<Departure>& departures() const { return departures_; }
  // Steps refused because they would have ended in a wall cell (the safety net; stays 0 when
  // the wall constraint works).
  std::uint64_t blocked_moves() const { return blocked_moves_; }
  double interaction_radius_m() const { return cutoff_m_; }
  const Environment& environment() const { return *env_; }
  const ModelParams& params() const { return params_; }
  int threads() const { return pool_.size(); }

 private:
  struct Scratch {
    std::vector<Neighbour> neighbours;
  };
  void start();
  void update_statuses();
  void choose_exits(bool initial_only);
  void compute_velocity(std::size_t k, Scratch& scratch);
  // Inside the area, or within a 1.5 m walk of it (settling).
  bool at_area(std::size_t area, Vec2 p) const;
  void move_agents();
  Vec2 desired_direction(std::uint32_t id, Vec2 p) const;
  WallContact nearest_wall(Vec2 p) const;
  Vec2 constrain_step(Vec2 p, double radius, Vec2 velocity) const;
  bool visible(Vec2 from, Vec2 to) const;
  void arrive(std::uint32_t id);
  void after_waypoint(std::uint32_t id);
  bool needs_exit(std::uint32_t id) const;

  std::shared_ptr<const Environment> env_;
  ModelParams params_;
  SimulationOptions options_;
  ThreadPool pool_;
  std::vector<Scratch> scratch_;

  // Per agent, by id.
  std::vector<Vec2> pos_, vel_, heading_;
  std::vector<double> radius_, v0_, premovement_, stair_up_, stair_down_, dwell_until_;
  std::vector<double> closest_m_,
      closest_s_;  // settling: nearest approach to the final spot, and when
  std::vector<AgentStatus> status_;
  std::vector<int> assigned_, target_, leaving_by_;
  std::vector<std::uint32_t> route_pos_, route_end_;
  std::vector<std::uint8_t> leave_after_;
  std::vector<Waypoint> routes_;

  std::vector<std::uint32_t> present_;
  std::vector<std::uint8_t> exit_open_;
  std::vector<Departure> departures_;

  // Per step, in the neighbour grid's order.
  NeighbourGrid grid_;
  std::vector<Vec2> points_;
  std::vector<double> sorted_radius_;
  std::vector<std::uint32_t> sorted_id_;
  std::vector<WallContact> sorted_wall_;

  bool started_ = false;
  bool reroute_ = false;
  double cutoff_m_ = 0.0;
  double time_s_ = 0.0;
  double next_route_s_ = 0.0;
  std::uint64_t steps_ = 0;
  std::uint64_t agent_steps_ = 0;
  std::uint64_t blocked_moves_ = 0;
};

}  // namespace agora::crowd::agents
