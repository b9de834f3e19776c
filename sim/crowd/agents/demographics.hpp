#pragma once
// Who the agents are: desired walking speed by Weidmann's age groups (the table RiMEA test 7
// checks against; data/crowd/weidmann_speeds.csv), body size, speeds on stairs and the
// pre-movement time before an agent starts to walk. Each agent's traits are drawn from these
// distributions with the run's seeded generator.

#include <string>
#include <vector>

#include "sim/crowd/agents/random.hpp"

namespace agora::crowd::agents {

// One age group of the speed table: desired speeds are normal(mean, sd) cut to [min, max].
struct SpeedGroup {
  std::string name;
  double age_min = 0.0;
  double age_max = 0.0;
  double speed_min_ms = 0.0;
  double speed_max_ms = 0.0;
  double speed_mean_ms = 0.0;
  double speed_sd_ms = 0.0;
  double share = 0.0;  // fraction of the crowd in this group; the shares sum to 1
};

struct Population {
  std::vector<SpeedGroup> groups;
  // Body radius. JuPedSim's default agent radius, 0.2 m; RiMEA test 1's body is 0.4 m across.
  double body_radius_m = 0.2;
  // Speed on stairs, normal(mean, sd), cut at ±3 sd. RiMEA 3.0 tests 2/3 and 13: up about
  // 0.675 m/s (sd 0.04 in test 13), down about 0.65 m/s (sd taken equal to up's: placeholder).
  double stair_up_mean_ms = 0.675;
  double stair_up_sd_ms = 0.04;
  double stair_down_mean_ms = 0.65;
  double stair_down_sd_ms = 0.04;
  // Pre-movement time, uniform in [min, max]. The run chooses it per phase.
  double premovement_min_s = 0.0;
  double premovement_max_s = 0.0;

  // Checks every group and that the shares sum to 1 (±0.001); `source` names the table.
  void validate(const std::string& source = "") const;
};

struct AgentTraits {
  int group = 0;
  double desired_speed_ms = 0.0;
  double radius_m = 0.0;
  double stair_up_ms = 0.0;
  double stair_down_ms = 0.0;
  double premovement_s = 0.0;
};

// One agent's traits: a group by share, then its speeds and pre-movement time.
AgentTraits draw_traits(const Population& population, Rng& rng);

// The fastest desired speed any agent of this population can get (sizes the neighbour search).
double max_desired_speed_ms(const Population& population);

}  // namespace agora::crowd::agents
