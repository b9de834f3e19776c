#include "sim/crowd/egress.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

#include "sim/field/fast_marching.hpp"
#include "sim/field/rasterize.hpp"

namespace agora::crowd {

void EgressParams::validate() const {
  require_in_range("egress.walking_speed_mps", walking_speed_mps, 0.1, 3.0, "m/s");
  require_in_range("egress.flow_ppmm", flow_ppmm, 1.0, 200.0, "persons/m/min");
  require_in_range("egress.premovement_s", premovement_s, 0.0, 3600.0, "s");
}

Field persons_per_cell(const Mask& crowd, const scenario::Layout& layout, double attendance,
                       double default_density_ppm2) {
  Field density(crowd.origin(), crowd.cell_m(), crowd.nx(), crowd.ny(),
                static_cast<float>(default_density_ppm2));
  for (const auto& z : layout.crowd_zones)
    if (scenario::is_set(z.density_ppm2))
      fill_polygon(density, z.area, static_cast<float>(z.density_ppm2));
  Field persons(crowd.origin(), crowd.cell_m(), crowd.nx(), crowd.ny(), 0.0f);
  persons.values() = density.values() * crowd.values().cast<float>();
  const double total = persons.values().cast<double>().sum();
  if (total > 0.0) persons.values() *= static_cast<float>(attendance / total);
  return persons;
}

namespace {

struct Group {
  double persons;
  std::vector<float> walk_s;  // per exit; infinity when unreachable
  std::size_t nearest;
};

}  // namespace

EgressResult egress(const ExitFields& fields, const std::vector<double>& exit_width_m,
                    const Field& persons, const EgressParams& params) {
  params.validate();
  const std::size_t n_exits = fields.distance_m.size();
  if (exit_width_m.size() != n_exits)
    throw Error("", "egress", "exit_width_m", "needs one width per exit field");
  EgressResult r;
  r.exits.resize(n_exits);
  for (std::size_t e = 0; e < n_exits; ++e) {
    r.exits[e].exit_index = fields.exit_index[e];
    r.exits[e].width_m = exit_width_m[e];
    r.exits[e].flow_pps = exit_width_m[e] * params.flow_ppmm / 60.0;
  }

  // One group per occupied cell, with its walking time to every exit.
  std::vector<Group> groups;
  const float inf = std::numeric_limits<float>::infinity();
  for (int iy = 0; iy < persons.ny(); ++iy)
    for (int ix = 0; ix < persons.nx(); ++ix) {
      const double p = persons(ix, iy);
      if (p <= 0.0) continue;
      r.persons += p;
      Group g{p, std::vector<float>(n_exits, inf), n_exits};
      float best = inf;
      for (std::size_t e = 0; e < n_exits; ++e) {
        const float d = fields.distance_m[e](ix, iy);
        if (d == kUnreachable || !(r.exits[e].flow_pps > 0.0)) continue;
        g.walk_s[e] = static_cast<float>(params.premovement_s +
                                         static_cast<double>(d) / params.walking_speed_mps);
        if (g.walk_s[e] < best) {
          best = g.walk_s[e];
          g.nearest = e;
        }
      }
      if (g.nearest == n_exits)
        r.persons_unreachable += p;
      else
        groups.push_back(std::move(g));
    }

  // Assignment: groups in order of their walk to the nearest exit each take the exit that gets
  // them out soonest given the queues formed so far (first come, first served at each exit).
  std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    return a.walk_s[a.nearest] < b.walk_s[b.nearest];
  });
  std::vector<double> free_at(n_exits, 0.0);
  std::vector<std::vector<std::pair<double, double>>> arrivals(n_exits);  // (time, persons)
  for (const Group& g : groups) {
    std::size_t pick = g.nearest;
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t e = 0; e < n_exits; ++e) {
      if (g.walk_s[e] == inf) continue;
      const double out =
          std::max<double>(g.walk_s[e], free_at[e]) + g.persons / r.exits[e].flow_pps;
      if (out < best - 1e-9) {
        best = out;
        pick = e;
      }
    }
    free_at[pick] = best;
    arrivals[pick].push_back({g.walk_s[pick], g.persons});
    r.exits[pick].persons += g.persons;
    if (pick == g.nearest)
      r.exits[pick].nearest_persons += g.persons;
    else
      r.persons_rebalanced += g.persons;
  }

  // Each exit as a fluid queue: served in order of arrival at the exit's flow.
  for (std::size_t e = 0; e < n_exits; ++e) {
    auto& a = arrivals[e];
    ExitLoad& x = r.exits[e];
    if (a.empty()) continue;
    std::sort(a.begin(), a.end());
    x.first_arrival_s = a.front().first;
    x.last_arrival_s = a.back().first;
    double free = 0.0;
    for (const auto& [t, n] : a) {
      const double start = std::max(free, t);
      free = start + n / x.flow_pps;
      // The last person of the group waits for the whole group ahead of them too.
      x.longest_wait_s = std::max(x.longest_wait_s, free - t);
    }
    x.clear_s = free;
    r.total_s = std::max(r.total_s, x.clear_s);
  }
  return r;
}

}  // namespace agora::crowd
