#include "sim/crowd/agents/crowd_run.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>

#include "sim/crowd/agents/placement.hpp"
#include "sim/crowd/agents/simulation.hpp"
#include "sim/field/walkable.hpp"

namespace agora::crowd::agents {

namespace {

constexpr double kEps = 1e-9;
// Ingress: anyone inside their zone who stops getting closer to their spot stands where they are.
// Their spot is a random point of the zone; the way to it can be filled by those standing, or
// cut by a stall that the last straight stretch inside the zone runs into (the floor field
// leads to the zone, not to the spot). A 5 m radius left 78 of 300 arrivals on the München
// market walking for the whole hour against the stalls.
constexpr double kSettleAnywhere = std::numeric_limits<double>::infinity();

std::string exit_label(const scenario::Exit& x, std::size_t index) {
  return x.info.id.empty() ? "exit-" + std::to_string(index + 1) : x.info.id;
}

std::string zone_label(const scenario::CrowdZone& z, std::size_t index) {
  return z.info.id.empty() ? "zone-" + std::to_string(index + 1) : z.info.id;
}

// The exit as a segment between its first and last point, opening away from the perimeter.
ExitSpec exit_spec(const scenario::Exit& x, std::size_t index, const MultiPolygon& perimeter) {
  if (x.line.size() < 2 || distance(x.line.front(), x.line.back()) < 0.1)
    throw Error(x.info.file, x.info.describe(), "geometry", "an exit needs a line at least 0.1 m long across the opening");
  ExitSpec e;
  e.id = exit_label(x, index);
  e.a = x.line.front();
  e.b = x.line.back();
  e.width_m = x.width_m > 0.0 ? x.width_m : 0.0;
  e.open = !x.closed;
  const Vec2 n = (e.b - e.a).normalized().perpendicular();
  const Vec2 mid = (e.a + e.b) * 0.5;
  const bool plus_inside = bg::within(mid + n * 0.75, perimeter);
  const bool minus_inside = bg::within(mid - n * 0.75, perimeter);
  if (plus_inside != minus_inside) e.outward = plus_inside ? -n : n;  // else: the environment infers it
  return e;
}

// Stairs with their way up as a unit vector: bearing b clockwise from grid north is (sin b, cos b).
StairSpec stair_spec(const scenario::Stairs& s, std::size_t index) {
  StairSpec out;
  out.id = s.info.id.empty() ? "stairs-" + std::to_string(index + 1) : s.info.id;
  out.area = s.area;
  const double b = s.up_bearing_deg * std::numbers::pi / 180.0;
  out.up_direction = {std::sin(b), std::cos(b)};
  return out;
}

// Largest-remainder shares of total over weights.
std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<double>& weights) {
  std::vector<std::int64_t> out(weights.size(), 0);
  double sum = 0.0;
  for (const double w : weights) sum += w;
  if (sum <= 0.0 || total <= 0) return out;
  std::vector<std::pair<double, std::size_t>> rest;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double exact = static_cast<double>(total) * weights[i] / sum;
    out[i] = static_cast<std::int64_t>(std::floor(exact));
    given += out[i];
    rest.push_back({exact - static_cast<double>(out[i]), i});
  }
  std::stable_sort(rest.begin(), rest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < total; ++k, ++given) ++out[rest[k % rest.size()].second];
  return out;
}

// Per crowd zone, the index of the exit its people are assigned to, or kChooseExit. An assigned
// exit must be one the phase can use: open at some time (egress), an open non-emergency
// entrance (ingress). Circulation uses no exit.
template <class Usable>
std::vector<int> assigned_exits(const scenario::Layout& layout, Phase phase, const Usable& usable, ProblemList& problems) {
  std::vector<int> out(layout.crowd_zones.size(), kChooseExit);
  if (phase == Phase::kCirculation) return out;
  for (std::size_t z = 0; z < layout.crowd_zones.size(); ++z) {
    const scenario::CrowdZone& zone = layout.crowd_zones[z];
    if (zone.exit_id.empty()) continue;
    for (std::size_t e = 0; e < layout.exits.size(); ++e)
      if (layout.exits[e].info.id == zone.exit_id) out[z] = static_cast<int>(e);
    if (out[z] == kChooseExit)
      problems.add(zone.info.file, zone.info.describe(), "exit", "no exit with id '" + zone.exit_id + "' in the layout");
    else if (!usable(static_cast<std::size_t>(out[z])))
      problems.add(zone.info.file, zone.info.describe(), "exit",
                   "the zone's exit '" + zone.exit_id + "' is " +
                       (phase == Phase::kIngress ? "closed or for emergencies only: nobody can enter through it"
                                                 : "closed for the whole run: nobody can leave through it"));
  }
  return out;
}

struct Placed {
  std::vector<Vec2> positions;
  std::vector<std::size_t> zone;  // per agent
};

}  // namespace

const char* to_string(Phase phase) {
  switch (phase) {
    case Phase::kEgress: return "egress";
    case Phase::kIngress: return "ingress";
    case Phase::kCirculation: return "circulation";
  }
  return "egress";
}

std::optional<Phase> phase_from_string(std::string_view text) {
  if (text == "egress") return Phase::kEgress;
  if (text == "ingress") return Phase::kIngress;
  if (text == "circulation") return Phase::kCirculation;
  return std::nullopt;
}

void CrowdRunOptions::validate() const {
  if (agents && (*agents < 1 || *agents > 2'000'000))
    throw Error("", "crowd run", "agents", "expected 1 to 2,000,000 agents, got " + std::to_string(*agents));
  if (density_ppm2) require_in_range("density_ppm2", *density_ppm2, 0.01, 20.0, "p/m²");
  require_in_range("planning_density_ppm2", planning_density_ppm2, 0.01, 20.0, "p/m²");
  if (threads < 1 || threads > 256) throw Error("", "crowd run", "threads", "expected 1 to 256 threads");
  require_in_range("time_limit_s", time_limit_s, 1.0, 86400.0, "s");
  require_in_range("flow_bin_s", flow_bin_s, 0.5, 3600.0, "s");
  require_in_range("trajectory_interval_s", trajectory_interval_s, 0.0, 60.0, "s");
  require_in_range("progress_interval_s", progress_interval_s, 0.01, 3600.0, "s");
  require_in_range("premovement_min_s", premovement_min_s, 0.0, 3600.0, "s");
  require_in_range("premovement_max_s", premovement_max_s, premovement_min_s, 3600.0, "s");
  require_in_range("circulation_duration_s", circulation_duration_s, 1.0, 86400.0, "s");
  require_in_range("dwell_min_s", dwell_min_s, 0.0, 3600.0, "s");
  require_in_range("dwell_max_s", dwell_max_s, dwell_min_s, 3600.0, "s");
  density.validate();
}

CrowdResult run_crowd(const scenario::Scenario& scenario, const city::CityModel& city, const CrowdSetup& setup,
                      const CrowdRunOptions& options, CrowdObserver* observer) {
  options.validate();
  setup.model.validate();
  Population population = setup.population;
  population.premovement_min_s = options.phase == Phase::kEgress ? options.premovement_min_s : 0.0;
  population.premovement_max_s = options.phase == Phase::kEgress ? options.premovement_max_s : 0.0;
  population.validate("speed table");
  if (setup.los_upper_ppm2.size() != 5 || !std::is_sorted(setup.los_upper_ppm2.begin(), setup.los_upper_ppm2.end()))
    throw Error("", "level of service table", "upper bounds", "expected five increasing bounds (A to E)");
  const scenario::Layout& layout = scenario.layout;
  if (layout.crowd_zones.empty())
    throw Error(scenario.file, "layout", "crowd_zone", "the agent simulation needs at least one crowd zone to place people in");
  if (layout.exits.empty()) throw Error(scenario.file, "layout", "exit", "the agent simulation needs at least one exit");

  // --- The site ------------------------------------------------------------------------------
  WalkableOptions wopt;
  wopt.cell_m = setup.model.field_cell_m;
  wopt.include_surroundings = options.phase == Phase::kIngress;  // people arrive from the streets
  wopt.closed_exits_block = false;  // closed exits are gates the run can open
  WalkableSite site = walkable_site(city, layout, wopt);
  const MultiPolygon perimeter = layout.perimeter_area();
  Domain domain;
  domain.walkable = std::move(site.walkable);
  for (std::size_t i = 0; i < layout.exits.size(); ++i) domain.exits.push_back(exit_spec(layout.exits[i], i, perimeter));
  for (std::size_t i = 0; i < layout.stairs.size(); ++i) domain.stairs.push_back(stair_spec(layout.stairs[i], i));
  std::vector<AreaSpec> areas;
  for (std::size_t z = 0; z < layout.crowd_zones.size(); ++z)
    areas.push_back({zone_label(layout.crowd_zones[z], z), layout.crowd_zones[z].area});
  const double reach = std::max(2.5, 2.0 * population.body_radius_m + max_desired_speed_ms(population) * setup.model.time_gap_s + 0.5);
  std::vector<Problem> warnings;
  std::shared_ptr<const Environment> env;
  try {
    env = std::make_shared<const Environment>(std::move(domain), setup.model, areas, reach);
  } catch (const Error& e) {
    // Name the layout feature behind an exit or zone the environment could not use.
    ProblemList problems;
    for (Problem p : e.problems()) {
      for (std::size_t i = 0; i < layout.exits.size(); ++i)
        if (p.where == "exit " + exit_label(layout.exits[i], i)) {
          p.file = layout.exits[i].info.file;
          p.where = layout.exits[i].info.describe();
        }
      for (std::size_t z = 0; z < layout.crowd_zones.size(); ++z)
        if (p.where == "area " + zone_label(layout.crowd_zones[z], z)) {
          p.file = layout.crowd_zones[z].info.file;
          p.where = layout.crowd_zones[z].info.describe();
          p.message = "the crowd zone has no walkable space (it lies on buildings, stalls or outside the site)";
        }
      problems.add(p);
    }
    problems.throw_if_any();
    throw;
  }

  // Exit events, by exit id.
  struct Event {
    double time_s;
    std::size_t exit;
    bool open;
  };
  std::vector<Event> events;
  for (const ExitEvent& ev : options.exit_events) {
    std::optional<std::size_t> index;
    for (std::size_t e = 0; e < env->exit_count(); ++e)
      if (env->exit(e).id == ev.exit_id) index = e;
    if (!index) throw Error("", "exit events", "exit", "no exit '" + ev.exit_id + "' in the layout");
    require_in_range("exit event time_s", ev.time_s, 0.0, options.time_limit_s, "s");
    events.push_back({ev.time_s, *index, ev.open});
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.time_s < b.time_s; });
  std::vector<bool> ever_open(env->exit_count(), false);
  for (std::size_t e = 0; e < env->exit_count(); ++e) ever_open[e] = env->exit(e).open;
  for (const Event& ev : events)
    if (ev.open) ever_open[ev.exit] = true;

  // --- Zones and how many people each holds ---------------------------------------------------
  CrowdResult result;
  result.phase = options.phase;
  result.seed = options.seed;
  result.threads = options.threads;
  result.time_step_s = setup.model.time_step_s;
  result.los_scheme = setup.los_scheme;
  const Mask& w = env->walkable();
  {
    std::size_t cells = 0;
    for (int iy = 0; iy < w.ny(); ++iy)
      for (int ix = 0; ix < w.nx(); ++ix)
        if (w(ix, iy) && bg::within(w.center(ix, iy), perimeter)) ++cells;
    result.walkable_area_m2 = static_cast<double>(cells) * w.cell_area_m2();
  }
  // People stand only where they can walk out (egress, circulation) or in (ingress) from: through
  // any usable exit, or through the one their zone is assigned to.
  auto usable = [&](std::size_t e) {
    return options.phase == Phase::kIngress ? env->exit(e).open && !layout.exits[e].emergency_only : ever_open[e];
  };
  std::vector<std::size_t> gates;
  for (std::size_t e = 0; e < env->exit_count(); ++e)
    if (usable(e)) gates.push_back(e);
  ProblemList zone_problems;
  const std::vector<int> zone_exit = assigned_exits(layout, options.phase, usable, zone_problems);
  auto reachable_from = [&](std::size_t z) -> PlaceFilter {
    return [&, z](Vec2 p) {
      const auto c = w.cell_at(p);
      if (!c) return false;
      if (zone_exit[z] != kChooseExit) return env->exit_field(static_cast<std::size_t>(zone_exit[z])).reaches(*c);
      for (const std::size_t e : gates)
        if (env->exit_field(e).reaches(*c)) return true;
      return false;
    };
  };
  std::vector<double> zone_area, zone_density;
  for (std::size_t z = 0; z < layout.crowd_zones.size(); ++z) {
    const scenario::CrowdZone& zone = layout.crowd_zones[z];
    const double all_area = walkable_area_m2(*env, zone.area);
    const double area = walkable_area_m2(*env, zone.area, reachable_from(z));
    double density = options.density_ppm2 ? *options.density_ppm2
                     : scenario::is_set(zone.density_ppm2) ? zone.density_ppm2
                                                           : options.planning_density_ppm2;
    zone_area.push_back(area);
    zone_density.push_back(density);
    if (all_area <= 0.0) {
      zone_problems.add(zone.info.file, zone.info.describe(), "geometry",
                        "the crowd zone has no walkable space (it lies on buildings, stalls or outside the site)");
      continue;
    }
    if (area <= 0.0) {
      if (zone_exit[z] != kChooseExit)
        zone_problems.add(zone.info.file, zone.info.describe(), "exit",
                          "the zone's exit '" + zone.exit_id + "' cannot be reached from it over walkable space");
      else
        zone_problems.add(zone.info.file, zone.info.describe(), "geometry",
                          options.phase == Phase::kIngress
                              ? "no open entrance can reach the crowd zone over walkable space"
                              : "no open exit can be reached from the crowd zone over walkable space");
      continue;
    }
    if (all_area - area > 1.0)
      warnings.push_back({zone.info.file, zone.info.describe(), "geometry",
                          std::to_string(static_cast<long>(std::lround(all_area - area))) +
                              " m² of the zone are walled in (no way to an exit): nobody is placed there"});
    const double max_density = max_packing_density_ppm2(population.body_radius_m);
    if (density > max_density)
      zone_problems.add(zone.info.file, zone.info.describe(), "density_ppm2",
                        std::to_string(density) + " p/m² is beyond what fits physically: bodies " +
                            std::to_string(2.0 * population.body_radius_m) + " m across pack at most " +
                            std::to_string(max_density) + " p/m²");
  }
  zone_problems.throw_if_any();
  std::vector<std::int64_t> zone_count(layout.crowd_zones.size(), 0);
  if (options.agents) {
    std::vector<double> capacity;
    for (std::size_t z = 0; z < zone_area.size(); ++z) capacity.push_back(zone_area[z] * zone_density[z]);
    zone_count = apportion(*options.agents, capacity);
  } else {
    for (std::size_t z = 0; z < zone_area.size(); ++z)
      zone_count[z] = static_cast<std::int64_t>(std::llround(zone_area[z] * zone_density[z]));
  }

  Rng rng(options.seed);
  Placed placed;
  {
    std::vector<Vec2> taken;
    for (std::size_t z = 0; z < zone_count.size(); ++z) {
      const scenario::CrowdZone& zone = layout.crowd_zones[z];
      std::vector<Vec2> pts;
      try {
        pts = place_agents(*env, zone.area, static_cast<std::size_t>(zone_count[z]), population.body_radius_m, rng, taken,
                           zone.info.describe(), reachable_from(z));
      } catch (const Error& e) {
        Problem p = e.problems().front();
        p.file = zone.info.file;
        throw Error({p});
      }
      for (const Vec2& p : pts) {
        placed.positions.push_back(p);
        placed.zone.push_back(z);
      }
      result.zones.push_back({zone_label(zone, z), zone.info.name, zone_area[z],
                              zone_area[z] > 0.0 ? static_cast<double>(zone_count[z]) / zone_area[z] : 0.0, zone_count[z]});
    }
  }
  const std::size_t n_agents = placed.positions.size();
  result.agents = static_cast<std::int64_t>(n_agents);

  // --- Agents ---------------------------------------------------------------------------------
  Simulation sim(env, setup.model, SimulationOptions{.threads = options.threads, .fixed_direction = {1.0, 0.0},
                                                      .arrival_radius_m = options.phase == Phase::kIngress ? 0.5 : 0.3,
                                                      .settle_radius_m = options.phase == Phase::kIngress ? kSettleAnywhere : 0.0});
  for (std::size_t e = 0; e < env->exit_count(); ++e) sim.set_exit_open(e, env->exit(e).open);

  // Ingress: entrances, and the agents queued at each (farthest spot first).
  struct Entrance {
    std::size_t exit;
    std::vector<Vec2> spawn;               // points just outside the line
    std::vector<std::size_t> queue;        // agent indices into `placed`, in spawn order
    std::size_t next = 0;
    std::vector<std::uint32_t> recent;     // sim ids spawned here, to keep the spawn points clear
  };
  std::vector<Entrance> entrances;
  std::vector<AgentTraits> traits(n_agents);
  for (std::size_t i = 0; i < n_agents; ++i) traits[i] = draw_traits(population, rng);

  auto spec_for = [&](std::size_t i) {
    AgentSpec s;
    s.position = placed.positions[i];
    s.desired_speed_ms = traits[i].desired_speed_ms;
    s.radius_m = traits[i].radius_m;
    s.premovement_s = traits[i].premovement_s;
    s.stair_up_ms = traits[i].stair_up_ms;
    s.stair_down_ms = traits[i].stair_down_ms;
    return s;
  };

  if (options.phase == Phase::kEgress) {
    for (std::size_t i = 0; i < n_agents; ++i) {
      AgentSpec s = spec_for(i);
      s.exit = zone_exit[placed.zone[i]];
      sim.add_agent(s);
    }
  } else if (options.phase == Phase::kCirculation) {
    // A long enough random walk over the zones: spots drawn by zone area, dwell uniform.
    double total_area = 0.0;
    for (const double a : zone_area) total_area += a;
    const std::size_t hops = static_cast<std::size_t>(std::ceil(options.circulation_duration_s / std::max(1.0, options.dwell_min_s))) + 2;
    auto random_spot = [&](std::size_t& zone_out) {
      for (int attempt = 0; attempt < 1000; ++attempt) {
        double u = uniform(rng, 0.0, total_area);
        std::size_t z = 0;
        while (z + 1 < zone_area.size() && u >= zone_area[z]) u -= zone_area[z++];
        Box b;
        bg::envelope(layout.crowd_zones[z].area, b);
        const Vec2 p{uniform(rng, b.min_corner().x, b.max_corner().x), uniform(rng, b.min_corner().y, b.max_corner().y)};
        if (!env->in_area(z, p) || !env->walkable_at(p)) continue;
        if (env->walls().nearest(p).distance_m < population.body_radius_m + 0.05) continue;
        zone_out = z;
        return p;
      }
      throw Error("", "circulation", "crowd zones", "found no free spot to walk to in the crowd zones");
    };
    for (std::size_t i = 0; i < n_agents; ++i) {
      AgentSpec s = spec_for(i);
      s.leave_after_route = false;
      for (std::size_t k = 0; k < hops; ++k) {
        std::size_t z = 0;
        const Vec2 goal = random_spot(z);
        s.route.push_back({z, goal, uniform(rng, options.dwell_min_s, options.dwell_max_s)});
      }
      sim.add_agent(s);
    }
  } else {
    for (std::size_t e = 0; e < env->exit_count(); ++e) {
      const scenario::Exit& x = layout.exits[e];
      if (!env->exit(e).open || x.emergency_only) continue;
      Entrance ent;
      ent.exit = e;
      const ExitSpec& spec = env->exit(e);
      const double len = distance(spec.a, spec.b);
      const double r = population.body_radius_m;
      for (double depth : {0.6, 1.2})
        for (double t = r + 0.05; t <= len - r - 0.05 + kEps; t += 2.0 * r + 0.1) {
          const Vec2 p = spec.a + (spec.b - spec.a) * (t / len) + spec.outward * depth;
          if (env->walkable_at(p) && env->walls().nearest(p).distance_m >= r + 0.01) ent.spawn.push_back(p);
        }
      if (!ent.spawn.empty()) entrances.push_back(std::move(ent));
      else
        warnings.push_back({x.info.file, x.info.describe(), "geometry",
                            "no walkable space outside this exit to enter through: not used as an entrance"});
    }
    if (entrances.empty())
      throw Error(scenario.file, "layout", "exit", "ingress needs an open, non-emergency exit with walkable street outside it");
    // Each agent enters through its zone's exit, or else where its spot is closest; farthest
    // spots are taken first so people walk past empty ground rather than through those standing.
    std::vector<std::vector<std::pair<double, std::size_t>>> order(entrances.size());
    for (std::size_t i = 0; i < n_agents; ++i) {
      const int assigned = zone_exit[placed.zone[i]];
      std::size_t best = 0;
      double best_cost = kUnreachable;
      for (std::size_t k = 0; k < entrances.size(); ++k) {
        if (assigned != kChooseExit && entrances[k].exit != static_cast<std::size_t>(assigned)) continue;
        const double c = env->exit_field(entrances[k].exit).cost(placed.positions[i]);
        if (c < best_cost) {
          best_cost = c;
          best = k;
        }
      }
      if (best_cost == static_cast<double>(kUnreachable)) {
        const scenario::CrowdZone& zone = layout.crowd_zones[placed.zone[i]];
        if (assigned != kChooseExit)
          throw Error(zone.info.file, zone.info.describe(), "exit",
                      "the zone's exit '" + zone.exit_id + "' has no walkable street outside it to enter through");
        throw Error(zone.info.file, zone.info.describe(), "geometry", "no entrance can reach the crowd zone over walkable space");
      }
      order[best].push_back({-best_cost, i});
    }
    for (std::size_t k = 0; k < entrances.size(); ++k) {
      std::stable_sort(order[k].begin(), order[k].end());
      for (const auto& [c, i] : order[k]) entrances[k].queue.push_back(i);
    }
  }

  // Ingress spawning: a spawn point is free when nobody spawned there recently is within a body.
  std::vector<Departure> entries;  // ingress: who came in through which exit, when
  auto spawn = [&](double t) {
    const double r = population.body_radius_m;
    const double clear2 = (2.0 * r + 0.05) * (2.0 * r + 0.05);
    for (Entrance& ent : entrances) {
      // Everyone spawned here and still within 5 m of the exit line counts, walking or not. (Measured
      // from the first spawn point instead, the far end of an exit wider than 5 m was always
      // "clear": new people appeared on top of those still standing there, up to 27 at one spot.)
      const ExitSpec& line = env->exit(ent.exit);
      std::erase_if(ent.recent, [&](std::uint32_t id) {
        const Vec2 q = sim.position(id);
        return sim.status(id) == AgentStatus::kLeft || distance(q, closest_point_on_segment(q, line.a, line.b)) > 5.0;
      });
      for (const Vec2& p : ent.spawn) {
        if (ent.next >= ent.queue.size()) break;
        bool clear = true;
        for (const std::uint32_t id : ent.recent)
          if ((sim.position(id) - p).squared_norm() < clear2) clear = false;
        if (!clear) continue;
        const std::size_t i = ent.queue[ent.next++];
        AgentSpec s = spec_for(i);
        s.position = p;
        s.leave_after_route = false;
        s.route.push_back({placed.zone[i], placed.positions[i], 0.0});
        const std::uint32_t id = sim.add_agent(s);
        ent.recent.push_back(id);
        entries.push_back({id, static_cast<std::uint32_t>(ent.exit), t});
      }
    }
  };

  // --- Run ------------------------------------------------------------------------------------
  DensityMeter meter(w, options.density);
  const double dt = setup.model.time_step_s;
  const std::uint64_t sample_every = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::llround(options.density.interval_s / dt)));
  const std::uint64_t frame_every =
      options.trajectory_interval_s > 0.0 ? std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::llround(options.trajectory_interval_s / dt))) : 0;
  const std::uint64_t progress_every = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::llround(options.progress_interval_s / dt)));
  std::size_t next_event = 0;
  std::vector<Vec2> positions;
  std::vector<AgentFrame> frame;
  auto done_count = [&]() -> std::size_t {
    if (options.phase == Phase::kEgress) return sim.departures().size();
    std::size_t n = 0;
    for (const std::uint32_t id : sim.present())
      if (sim.status(id) == AgentStatus::kStanding) ++n;
    return n;
  };
  std::uint64_t step = 0;
  double last_arrival_s = 0.0;
  std::size_t arrived_before = 0;
  while (true) {
    const double t = sim.time_s();
    while (next_event < events.size() && events[next_event].time_s <= t + kEps) {
      sim.set_exit_open(events[next_event].exit, events[next_event].open);
      ++next_event;
    }
    if (options.phase == Phase::kIngress) spawn(t);
    const std::size_t done = done_count();
    if (options.phase == Phase::kIngress && done > arrived_before) {
      last_arrival_s = t;
      arrived_before = done;
    }
    if (step % sample_every == 0) {
      positions.clear();
      for (const std::uint32_t id : sim.present())
        if (sim.inside(id)) positions.push_back(sim.position(id));
      meter.record(t, positions);
    }
    if (observer && frame_every && step % frame_every == 0) {
      frame.clear();
      for (const std::uint32_t id : sim.present()) {
        const Vec2 p = sim.position(id);
        frame.push_back({id, p.x, p.y});
      }
      observer->frame(t, frame);
    }
    const bool finished =
        options.phase == Phase::kCirculation ? t >= options.circulation_duration_s - kEps : done >= n_agents;
    if (observer && (step % progress_every == 0 || finished)) {
      CrowdProgress pr;
      pr.time_s = t;
      pr.agents_total = n_agents;
      pr.agents_done = done;
      pr.agents_inside = n_agents - done;
      pr.agent_steps = sim.agent_steps();
      observer->progress(pr);
    }
    if (finished) {
      result.completed = true;
      break;
    }
    if (t >= options.time_limit_s - kEps) break;
    if (observer && observer->cancelled()) {
      result.cancelled = true;
      break;
    }
    sim.step();
    ++step;
  }

  // --- Results --------------------------------------------------------------------------------
  result.end_time_s = sim.time_s();
  result.steps = sim.steps();
  result.agent_steps = sim.agent_steps();
  result.blocked_moves = sim.blocked_moves();
  const std::size_t done = done_count();
  result.agents_done = static_cast<std::int64_t>(done);
  result.agents_remaining = static_cast<std::int64_t>(n_agents - std::min(done, n_agents));
  result.flow_bin_s = options.flow_bin_s;
  const std::size_t bins = static_cast<std::size_t>(std::ceil((result.end_time_s + kEps) / options.flow_bin_s));
  result.flow_counts.assign(env->exit_count(), std::vector<std::int64_t>(std::max<std::size_t>(1, bins), 0));
  for (std::size_t e = 0; e < env->exit_count(); ++e) {
    const scenario::Exit& x = layout.exits[e];
    ExitResult er;
    er.id = env->exit(e).id;
    er.name = x.info.name;
    er.line = x.line;
    er.width_m = x.width_m;
    er.emergency_only = x.emergency_only;
    er.open_at_start = env->exit(e).open;
    result.exits.push_back(er);
  }
  // Flow through the exits: people leaving (egress) or entering (ingress); circulation uses none.
  for (const Departure& d : options.phase == Phase::kEgress ? sim.departures() : entries) {
    ExitResult& er = result.exits[d.exit];
    ++er.agents;
    if (er.first_time_s < 0.0) er.first_time_s = d.time_s;
    er.last_time_s = d.time_s;
    const std::size_t bin = std::min(result.flow_counts[d.exit].size() - 1, static_cast<std::size_t>(d.time_s / options.flow_bin_s));
    ++result.flow_counts[d.exit][bin];
  }
  if (options.phase == Phase::kEgress) {
    if (result.completed && !sim.departures().empty()) result.evacuation_time_s = sim.departures().back().time_s;
    if (result.completed && sim.departures().empty()) result.evacuation_time_s = 0.0;
  } else if (options.phase == Phase::kIngress) {
    if (result.completed) result.evacuation_time_s = last_arrival_s;
  }
  result.max_density = meter.max_density();
  result.level_of_service = level_of_service_map(result.max_density, setup.los_upper_ppm2);
  result.max_density_ppm2 = meter.max_density_ppm2();
  result.thresholds_ppm2 = options.density.thresholds_ppm2;
  for (std::size_t k = 0; k < result.thresholds_ppm2.size(); ++k) result.area_over_threshold_m2.push_back(meter.area_over_m2(k));
  result.hotspots = meter.hotspots();

  result.assumptions = {
      "Agents move by the collision-free speed model (Tordeux, Chraibi & Seyfried 2016) with JuPedSim's default "
      "parameters, time step " + std::to_string(setup.model.time_step_s) + " s; walls deflect rather than repel.",
      "Desired speeds by Weidmann's age groups as tabulated for RiMEA test 7; body " +
          std::to_string(2.0 * population.body_radius_m) + " m across.",
      "Walkable space: the site inside the perimeter minus buildings, stalls, structures, stages and barrier lines, on a " +
          std::to_string(setup.model.field_cell_m) + " m grid; exits are openings in the perimeter line.",
      "Local density counts people within " + std::to_string(options.density.radius_m) + " m of each " +
          std::to_string(options.density.cell_m) + " m cell, sampled every " + std::to_string(options.density.interval_s) +
          " s; level of service after Fruin (" + setup.los_scheme + ").",
  };
  if (options.phase == Phase::kEgress)
    result.assumptions.push_back("Pre-movement time uniform in [" + std::to_string(options.premovement_min_s) + ", " +
                                 std::to_string(options.premovement_max_s) +
                                 "] s; each agent takes the exit quickest by walking cost plus the queue ahead, "
                                 "reconsidered every " + std::to_string(setup.model.route_interval_s) + " s.");
  if (!result.completed && !result.cancelled)
    warnings.push_back({scenario.file, "crowd agents", "time_limit_s",
                        std::to_string(result.agents_remaining) + " of " + std::to_string(n_agents) +
                            " agents had not finished at the time limit of " + std::to_string(options.time_limit_s) + " s"});
  result.warnings = std::move(warnings);
  return result;
}

}  // namespace agora::crowd::agents
