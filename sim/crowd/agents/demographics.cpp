#include "sim/crowd/agents/demographics.hpp"

#include <algorithm>
#include <cmath>

#include "sim/core/error.hpp"

namespace agora::crowd::agents {

void Population::validate(const std::string& source) const {
  ProblemList problems;
  if (groups.empty()) problems.add(source, "speed table", "groups", "needs at least one age group");
  double shares = 0.0;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const SpeedGroup& g = groups[i];
    const std::string where = "group " + std::to_string(i + 1) + " (" + g.name + ")";
    if (!(g.speed_min_ms > 0.0 && g.speed_min_ms <= g.speed_max_ms && g.speed_max_ms <= 3.0))
      problems.add(source, where, "speed_min_ms/speed_max_ms", "expected 0 < min <= max <= 3 m/s");
    if (!(g.speed_mean_ms >= g.speed_min_ms && g.speed_mean_ms <= g.speed_max_ms))
      problems.add(source, where, "speed_mean_ms", "expected the mean within [min, max]");
    if (!(g.speed_sd_ms >= 0.0 && g.speed_sd_ms <= 1.0))
      problems.add(source, where, "speed_sd_ms", "expected 0 <= sd <= 1 m/s");
    if (!(g.share >= 0.0 && g.share <= 1.0))
      problems.add(source, where, "share", "expected a fraction in [0, 1]");
    shares += g.share;
  }
  if (!groups.empty() && std::abs(shares - 1.0) > 1e-3)
    problems.add(source, "speed table", "share",
                 "the shares of the groups must sum to 1, they sum to " + std::to_string(shares));
  problems.throw_if_any();
  require_in_range("population.body_radius_m", body_radius_m, 0.1, 0.4, "m");
  require_in_range("population.stair_up_mean_ms", stair_up_mean_ms, 0.1, 2.0, "m/s");
  require_in_range("population.stair_up_sd_ms", stair_up_sd_ms, 0.0, 0.5, "m/s");
  require_in_range("population.stair_down_mean_ms", stair_down_mean_ms, 0.1, 2.0, "m/s");
  require_in_range("population.stair_down_sd_ms", stair_down_sd_ms, 0.0, 0.5, "m/s");
  require_in_range("population.premovement_min_s", premovement_min_s, 0.0, 3600.0, "s");
  require_in_range("population.premovement_max_s", premovement_max_s, premovement_min_s, 3600.0,
                   "s");
}

AgentTraits draw_traits(const Population& p, Rng& rng) {
  AgentTraits t;
  const double u = uniform01(rng);
  double acc = 0.0;
  t.group = static_cast<int>(p.groups.size()) - 1;
  for (std::size_t i = 0; i < p.groups.size(); ++i) {
    acc += p.groups[i].share;
    if (u < acc) {
      t.group = static_cast<int>(i);
      break;
    }
  }
  const SpeedGroup& g = p.groups[static_cast<std::size_t>(t.group)];
  t.desired_speed_ms =
      truncated_normal(rng, g.speed_mean_ms, g.speed_sd_ms, g.speed_min_ms, g.speed_max_ms);
  t.radius_m = p.body_radius_m;
  t.stair_up_ms = truncated_normal(rng, p.stair_up_mean_ms, p.stair_up_sd_ms,
                                   p.stair_up_mean_ms - 3.0 * p.stair_up_sd_ms,
                                   p.stair_up_mean_ms + 3.0 * p.stair_up_sd_ms);
  t.stair_down_ms = truncated_normal(rng, p.stair_down_mean_ms, p.stair_down_sd_ms,
                                     p.stair_down_mean_ms - 3.0 * p.stair_down_sd_ms,
                                     p.stair_down_mean_ms + 3.0 * p.stair_down_sd_ms);
  t.premovement_s = uniform(rng, p.premovement_min_s, p.premovement_max_s);
  return t;
}

double max_desired_speed_ms(const Population& p) {
  double v = std::max(p.stair_up_mean_ms + 3.0 * p.stair_up_sd_ms,
                      p.stair_down_mean_ms + 3.0 * p.stair_down_sd_ms);
  for (const SpeedGroup& g : p.groups) v = std::max(v, g.speed_max_ms);
  return v;
}

}  // namespace agora::crowd::agents
