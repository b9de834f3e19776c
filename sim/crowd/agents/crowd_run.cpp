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
    throw Error(x.info.file, x.info.describe(), "geometry",
                "an exit needs a line at least 0.1 m long across the opening");
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
  if (plus_inside != minus_inside)
    e.outward = plus_inside ? -n : n;  // else: the environment infers it
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
  std::stable_sort(rest.begin(), rest.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < total; ++k, ++given) ++out[rest[k % rest.size()].second];
  return out;
}

// Per crowd zone, the index of the exit its people are assigned to, or kChooseExit. An assigned
// exit must be one the phase can use: open at some time (egress), an open non-emergency
// entrance (ingress). Circulation uses no exit.
template <class Usable>
std::vector<int> assigned_exits(const scenario::Layout& layout, Phase phase, const Usable& usable,
                                ProblemList& problems) {
  std::vector<int> out(layout.crowd_zones.size(), kChooseExit);
  if (phase == Phase::kCirculation) return out;
  for (std::size_t z = 0; z < layout.crowd_zones.size(); ++z) {
    const scenario::CrowdZone& zone = layout.crowd_zones[z];
    if (zone.exit_id.empty()) continue;
    for (std::size_t e = 0; e < layout.exits.size(); ++e)
      if (layout.exits[e].info.id == zone.exit_id) out[z] = static_cast<int>(e);
    if (out[z] == kChooseExit)
      problems.add(zone.info.file, zone.info.describe(), "exit",
                   "no exit with id '" + zone.exit_id + "' in the layout");
    else if (!usable(static_cast<std::size_t>(out[z])))
      problems.add(zone.info.file, zone.info.describe(), "exit",
                   "the zone's exit '" + zone.exit_id + "' is " +
                       (phase == Phase::kIngress
                            ? "closed or for emergencies only: nobody can enter through it"
                            : "closed for the whole run: nobody can leave through it"));
  }
  return out;
}

struct Placed {
  std::vector<Vec2> positions;
  std::vector<std::size_t> zone;  // per agent
};

// An exit opening or closing during the run, by exit index.
struct ExitSwitch {
  double time_s;
  std::size_t exit;
  bool open;
};

// Ingress: an entrance, and the agents queued at it (farthest spot first).
struct Entrance {
  std::size_t exit;
  std::vector<Vec2> spawn;         // points just outside the line
  std::vector<std::size_t> queue;  // agent indices into `placed`, in spawn order
  std::size_t next = 0;
  std::vector<std::uint32_t> recent;  // sim ids spawned here, to keep the spawn points clear
};

// One run of run_crowd, as named steps in the manner of JuPedSim's Simulation::Iterate: the
// preparation (check_inputs .. add_agents) once, then iterate() once per time step until it
// reports the end, then collect_results and state_assumptions.
class CrowdRun {
 public:
  CrowdRun(const scenario::Scenario& scenario, const city::CityModel& city, const CrowdSetup& setup,
           const CrowdRunOptions& options, CrowdObserver* observer)
      : scenario_(scenario),
        layout_(scenario.layout),
        city_(city),
        setup_(setup),
        options_(options),
        observer_(observer),
        rng_(options.seed) {}

  CrowdResult run() {
    check_inputs();
    build_environment();
    read_exit_switches();
    start_result();
    plan_zones();
    place_people();
    create_simulation();
    add_agents();
    result_.estimated_end_s = estimate_end_s();
    start_clock();
    while (!iterate()) {
    }
    collect_results();
    state_assumptions();
    return std::move(result_);
  }

 private:
  // --- Preparation ----------------------------------------------------------------------------

  // Options, model parameters, the population table (pre-movement for egress only), the level
  // of service table, and a layout with zones and exits.
  void check_inputs() {
    options_.validate();
    setup_.model.validate();
    population_ = setup_.population;
    population_.premovement_min_s = egress() ? options_.premovement_min_s : 0.0;
    population_.premovement_max_s = egress() ? options_.premovement_max_s : 0.0;
    population_.validate("speed table");
    if (setup_.los_upper_ppm2.size() != 5 ||
        !std::is_sorted(setup_.los_upper_ppm2.begin(), setup_.los_upper_ppm2.end()))
      throw Error("", "level of service table", "upper bounds",
                  "expected five increasing bounds (A to E)");
    if (layout_.crowd_zones.empty())
      throw Error(scenario_.file, "layout", "crowd_zone",
                  "the agent simulation needs at least one crowd zone to place people in");
    if (layout_.exits.empty())
      throw Error(scenario_.file, "layout", "exit", "the agent simulation needs at least one exit");
  }

  // The walkable site from the city and the layout, its exits, stairs and zones, and the
  // environment (floor fields, walls) over it.
  void build_environment() {
    WalkableOptions wopt;
    wopt.cell_m = setup_.model.field_cell_m;
    wopt.include_surroundings = ingress();  // people arrive from the streets
    wopt.closed_exits_block = false;        // closed exits are gates the run can open
    WalkableSite site = walkable_site(city_, layout_, wopt);
    perimeter_ = layout_.perimeter_area();
    Domain domain;
    domain.walkable = std::move(site.walkable);
    for (std::size_t i = 0; i < layout_.exits.size(); ++i)
      domain.exits.push_back(exit_spec(layout_.exits[i], i, perimeter_));
    for (std::size_t i = 0; i < layout_.stairs.size(); ++i)
      domain.stairs.push_back(stair_spec(layout_.stairs[i], i));
    std::vector<AreaSpec> areas;
    for (std::size_t z = 0; z < layout_.crowd_zones.size(); ++z)
      areas.push_back({zone_label(layout_.crowd_zones[z], z), layout_.crowd_zones[z].area});
    const double reach =
        std::max(2.5, 2.0 * population_.body_radius_m +
                          max_desired_speed_ms(population_) * setup_.model.time_gap_s + 0.5);
    try {
      env_ = std::make_shared<const Environment>(std::move(domain), setup_.model, areas, reach);
    } catch (const Error& e) {
      // Name the layout feature behind an exit or zone the environment could not use.
      ProblemList problems;
      for (Problem p : e.problems()) {
        for (std::size_t i = 0; i < layout_.exits.size(); ++i)
          if (p.where == "exit " + exit_label(layout_.exits[i], i)) {
            p.file = layout_.exits[i].info.file;
            p.where = layout_.exits[i].info.describe();
          }
        for (std::size_t z = 0; z < layout_.crowd_zones.size(); ++z)
          if (p.where == "area " + zone_label(layout_.crowd_zones[z], z)) {
            p.file = layout_.crowd_zones[z].info.file;
            p.where = layout_.crowd_zones[z].info.describe();
            p.message =
                "the crowd zone has no walkable space (it lies on buildings, stalls or outside the "
                "site)";
          }
        problems.add(p);
      }
      problems.throw_if_any();
      throw;
    }
  }

  // Exits opening and closing during the run, by exit id, in time order; which exits are open
  // at some time.
  void read_exit_switches() {
    for (const ExitEvent& ev : options_.exit_events) {
      std::optional<std::size_t> index;
      for (std::size_t e = 0; e < env_->exit_count(); ++e)
        if (env_->exit(e).id == ev.exit_id) index = e;
      if (!index)
        throw Error("", "exit events", "exit", "no exit '" + ev.exit_id + "' in the layout");
      require_in_range("exit event time_s", ev.time_s, 0.0, options_.time_limit_s, "s");
      switches_.push_back({ev.time_s, *index, ev.open});
    }
    std::stable_sort(switches_.begin(), switches_.end(),
                     [](const ExitSwitch& a, const ExitSwitch& b) { return a.time_s < b.time_s; });
    ever_open_.assign(env_->exit_count(), false);
    for (std::size_t e = 0; e < env_->exit_count(); ++e) ever_open_[e] = env_->exit(e).open;
    for (const ExitSwitch& ev : switches_)
      if (ev.open) ever_open_[ev.exit] = true;
  }

  // What the result says about the run before it starts, and the walkable area inside the
  // perimeter.
  void start_result() {
    result_.phase = options_.phase;
    result_.seed = options_.seed;
    result_.threads = options_.threads;
    result_.time_step_s = setup_.model.time_step_s;
    result_.los_scheme = setup_.los_scheme;
    const Mask& w = env_->walkable();
    std::size_t cells = 0;
    for (int iy = 0; iy < w.ny(); ++iy)
      for (int ix = 0; ix < w.nx(); ++ix)
        if (w(ix, iy) && bg::within(w.center(ix, iy), perimeter_)) ++cells;
    result_.walkable_area_m2 = static_cast<double>(cells) * w.cell_area_m2();
  }

  // An exit the phase can use: open at some time (egress, circulation), an open non-emergency
  // entrance (ingress).
  bool usable(std::size_t e) const {
    return ingress() ? env_->exit(e).open && !layout_.exits[e].emergency_only
                     : static_cast<bool>(ever_open_[e]);
  }

  // People stand only where they can walk out (egress, circulation) or in (ingress) from:
  // through any usable exit, or through the one their zone is assigned to.
  PlaceFilter reachable_from(std::size_t z) const {
    return [this, z](Vec2 p) {
      const auto c = env_->walkable().cell_at(p);
      if (!c) return false;
      if (zone_exit_[z] != kChooseExit)
        return env_->exit_field(static_cast<std::size_t>(zone_exit_[z])).reaches(*c);
      for (const std::size_t e : gates_)
        if (env_->exit_field(e).reaches(*c)) return true;
      return false;
    };
  }

  // Each zone's exit, walkable area reachable from an exit, density and number of people; every
  // zone that cannot hold anyone is an error naming it.
  void plan_zones() {
    for (std::size_t e = 0; e < env_->exit_count(); ++e)
      if (usable(e)) gates_.push_back(e);
    ProblemList zone_problems;
    zone_exit_ = assigned_exits(
        layout_, options_.phase, [this](std::size_t e) { return usable(e); }, zone_problems);
    for (std::size_t z = 0; z < layout_.crowd_zones.size(); ++z) {
      const scenario::CrowdZone& zone = layout_.crowd_zones[z];
      const double all_area = walkable_area_m2(*env_, zone.area);
      const double area = walkable_area_m2(*env_, zone.area, reachable_from(z));
      double density = options_.density_ppm2                 ? *options_.density_ppm2
                       : scenario::is_set(zone.density_ppm2) ? zone.density_ppm2
                                                             : options_.planning_density_ppm2;
      zone_area_.push_back(area);
      zone_density_.push_back(density);
      if (all_area <= 0.0) {
        zone_problems.add(zone.info.file, zone.info.describe(), "geometry",
                          "the crowd zone has no walkable space (it lies on buildings, stalls or "
                          "outside the site)");
        continue;
      }
      if (area <= 0.0) {
        if (zone_exit_[z] != kChooseExit)
          zone_problems.add(zone.info.file, zone.info.describe(), "exit",
                            "the zone's exit '" + zone.exit_id +
                                "' cannot be reached from it over walkable space");
        else
          zone_problems.add(
              zone.info.file, zone.info.describe(), "geometry",
              ingress() ? "no open entrance can reach the crowd zone over walkable space"
                        : "no open exit can be reached from the crowd zone over walkable space");
        continue;
      }
      if (all_area - area > 1.0) {
        const long walled = std::lround(all_area - area);
        warnings_.push_back(
            {zone.info.file, zone.info.describe(), "geometry",
             std::to_string(walled) +
                 " m² of the zone are walled in (no way to an exit): nobody is placed there",
             say("warning.crowd.walled_in",
                 {StatementArg(static_cast<std::int64_t>(walled), "m²")})});
      }
      const double max_density = max_packing_density_ppm2(population_.body_radius_m);
      if (density > max_density)
        zone_problems.add(zone.info.file, zone.info.describe(), "density_ppm2",
                          std::to_string(density) +
                              " p/m² is beyond what fits physically: bodies " +
                              std::to_string(2.0 * population_.body_radius_m) +
                              " m across pack at most " + std::to_string(max_density) + " p/m²");
    }
    zone_problems.throw_if_any();
    zone_count_.assign(layout_.crowd_zones.size(), 0);
    if (options_.agents) {
      std::vector<double> capacity;
      for (std::size_t z = 0; z < zone_area_.size(); ++z)
        capacity.push_back(zone_area_[z] * zone_density_[z]);
      zone_count_ = apportion(*options_.agents, capacity);
    } else {
      for (std::size_t z = 0; z < zone_area_.size(); ++z)
        zone_count_[z] = static_cast<std::int64_t>(std::llround(zone_area_[z] * zone_density_[z]));
    }
  }

  // Everyone's starting spot (egress, circulation) or final spot (ingress) in their zone.
  void place_people() {
    std::vector<Vec2> taken;
    for (std::size_t z = 0; z < zone_count_.size(); ++z) {
      const scenario::CrowdZone& zone = layout_.crowd_zones[z];
      std::vector<Vec2> pts;
      try {
        pts = place_agents(*env_, zone.area, static_cast<std::size_t>(zone_count_[z]),
                           population_.body_radius_m, rng_, taken, zone.info.describe(),
                           reachable_from(z));
      } catch (const Error& e) {
        Problem p = e.problems().front();
        p.file = zone.info.file;
        throw Error({p});
      }
      for (const Vec2& p : pts) {
        placed_.positions.push_back(p);
        placed_.zone.push_back(z);
      }
      result_.zones.push_back(
          {zone_label(zone, z), zone.info.name, zone_area_[z],
           zone_area_[z] > 0.0 ? static_cast<double>(zone_count_[z]) / zone_area_[z] : 0.0,
           zone_count_[z]});
    }
    n_agents_ = placed_.positions.size();
    result_.agents = static_cast<std::int64_t>(n_agents_);
    result_.agents_from = options_.agents ? options_.agents_from : CrowdSize::kZoneDensity;
  }

  void create_simulation() {
    sim_ = std::make_unique<Simulation>(
        env_, setup_.model,
        SimulationOptions{.threads = options_.threads,
                          .fixed_direction = {1.0, 0.0},
                          .arrival_radius_m = ingress() ? 0.5 : 0.3,
                          .settle_radius_m = ingress() ? kSettleAnywhere : 0.0});
    for (std::size_t e = 0; e < env_->exit_count(); ++e) sim_->set_exit_open(e, env_->exit(e).open);
  }

  AgentSpec spec_for(std::size_t i) const {
    AgentSpec s;
    s.position = placed_.positions[i];
    s.desired_speed_ms = traits_[i].desired_speed_ms;
    s.radius_m = traits_[i].radius_m;
    s.premovement_s = traits_[i].premovement_s;
    s.stair_up_ms = traits_[i].stair_up_ms;
    s.stair_down_ms = traits_[i].stair_down_ms;
    return s;
  }

  // Everyone's traits (speed, body, pre-movement), then the agents of the phase.
  void add_agents() {
    traits_.resize(n_agents_);
    for (std::size_t i = 0; i < n_agents_; ++i) traits_[i] = draw_traits(population_, rng_);
    switch (options_.phase) {
      case Phase::kEgress:
        add_leaving_agents();
        break;
      case Phase::kCirculation:
        add_strolling_agents();
        break;
      case Phase::kIngress:
        queue_at_entrances();
        break;
    }
  }

  // Egress: everyone at their spot, heading for their zone's exit or the one they choose.
  void add_leaving_agents() {
    for (std::size_t i = 0; i < n_agents_; ++i) {
      AgentSpec s = spec_for(i);
      s.exit = zone_exit_[placed_.zone[i]];
      sim_->add_agent(s);
    }
  }

  // A free spot to walk to in the zones, drawn by zone area.
  Vec2 random_spot(double total_area, std::size_t& zone_out) {
    for (int attempt = 0; attempt < 1000; ++attempt) {
      double u = uniform(rng_, 0.0, total_area);
      std::size_t z = 0;
      while (z + 1 < zone_area_.size() && u >= zone_area_[z]) u -= zone_area_[z++];
      Box b;
      bg::envelope(layout_.crowd_zones[z].area, b);
      const Vec2 p{uniform(rng_, b.min_corner().x, b.max_corner().x),
                   uniform(rng_, b.min_corner().y, b.max_corner().y)};
      if (!env_->in_area(z, p) || !env_->walkable_at(p)) continue;
      if (env_->walls().nearest(p).distance_m < population_.body_radius_m + 0.05) continue;
      zone_out = z;
      return p;
    }
    throw Error("", "circulation", "crowd zones",
                "found no free spot to walk to in the crowd zones");
  }

  // Circulation: a long enough random walk over the zones, dwelling a uniform time at each spot.
  void add_strolling_agents() {
    double total_area = 0.0;
    for (const double a : zone_area_) total_area += a;
    const std::size_t hops =
        static_cast<std::size_t>(
            std::ceil(options_.circulation_duration_s / std::max(1.0, options_.dwell_min_s))) +
        2;
    for (std::size_t i = 0; i < n_agents_; ++i) {
      AgentSpec s = spec_for(i);
      s.leave_after_route = false;
      for (std::size_t k = 0; k < hops; ++k) {
        std::size_t z = 0;
        const Vec2 goal = random_spot(total_area, z);
        s.route.push_back({z, goal, uniform(rng_, options_.dwell_min_s, options_.dwell_max_s)});
      }
      sim_->add_agent(s);
    }
  }

  // Ingress: spawn points outside each entrance, and who comes in through which: their zone's
  // exit, or else where their spot is closest; farthest spots are taken first so people walk
  // past empty ground rather than through those standing.
  void queue_at_entrances() {
    for (std::size_t e = 0; e < env_->exit_count(); ++e) {
      const scenario::Exit& x = layout_.exits[e];
      if (!env_->exit(e).open || x.emergency_only) continue;
      Entrance ent;
      ent.exit = e;
      const ExitSpec& spec = env_->exit(e);
      const double len = distance(spec.a, spec.b);
      const double r = population_.body_radius_m;
      for (double depth : {0.6, 1.2})
        for (double t = r + 0.05; t <= len - r - 0.05 + kEps; t += 2.0 * r + 0.1) {
          const Vec2 p = spec.a + (spec.b - spec.a) * (t / len) + spec.outward * depth;
          if (env_->walkable_at(p) && env_->walls().nearest(p).distance_m >= r + 0.01)
            ent.spawn.push_back(p);
        }
      if (!ent.spawn.empty())
        entrances_.push_back(std::move(ent));
      else
        warnings_.push_back(
            {x.info.file, x.info.describe(), "geometry",
             "no walkable space outside this exit to enter through: not used as an entrance"});
    }
    if (entrances_.empty())
      throw Error(scenario_.file, "layout", "exit",
                  "ingress needs an open, non-emergency exit with walkable street outside it");
    std::vector<std::vector<std::pair<double, std::size_t>>> order(entrances_.size());
    for (std::size_t i = 0; i < n_agents_; ++i) {
      const int assigned = zone_exit_[placed_.zone[i]];
      std::size_t best = 0;
      double best_cost = kUnreachable;
      for (std::size_t k = 0; k < entrances_.size(); ++k) {
        if (assigned != kChooseExit && entrances_[k].exit != static_cast<std::size_t>(assigned))
          continue;
        const double c = env_->exit_field(entrances_[k].exit).cost(placed_.positions[i]);
        if (c < best_cost) {
          best_cost = c;
          best = k;
        }
      }
      if (best_cost == static_cast<double>(kUnreachable)) {
        const scenario::CrowdZone& zone = layout_.crowd_zones[placed_.zone[i]];
        if (assigned != kChooseExit)
          throw Error(zone.info.file, zone.info.describe(), "exit",
                      "the zone's exit '" + zone.exit_id +
                          "' has no walkable street outside it to enter through");
        throw Error(zone.info.file, zone.info.describe(), "geometry",
                    "no entrance can reach the crowd zone over walkable space");
      }
      order[best].push_back({-best_cost, i});
    }
    for (std::size_t k = 0; k < entrances_.size(); ++k) {
      std::stable_sort(order[k].begin(), order[k].end());
      for (const auto& [c, i] : order[k]) entrances_[k].queue.push_back(i);
    }
  }

  // CrowdProgress::estimated_end_s: the slowest pre-movement, then the longer of the longest
  // walk to the nearest usable exit (at each agent's desired speed) and everyone through the
  // usable exits at exit_specific_flow_pms × width. Ingress walks from the entrances to the
  // spots, so the same walking costs serve.
  double estimate_end_s() const {
    if (options_.phase == Phase::kCirculation) return options_.circulation_duration_s;
    double longest_walk_s = 0.0;
    for (std::size_t i = 0; i < n_agents_; ++i) {
      double cost = std::numeric_limits<double>::infinity();
      for (const std::size_t e : gates_)
        cost = std::min(cost, env_->exit_field(e).cost(placed_.positions[i]));
      if (cost < static_cast<double>(kUnreachable) && traits_[i].desired_speed_ms > 0.0)
        longest_walk_s = std::max(longest_walk_s, cost / traits_[i].desired_speed_ms);
    }
    double capacity_pps = 0.0;
    for (const std::size_t e : gates_)
      if (env_->exit(e).open)
        capacity_pps += setup_.model.exit_specific_flow_pms * env_->exit(e).effective_width_m();
    const double through_s =
        capacity_pps > 0.0 ? static_cast<double>(n_agents_) / capacity_pps : 0.0;
    return population_.premovement_max_s + std::max(longest_walk_s, through_s);
  }

  // The density meter and the step counts between samples, frames and progress reports.
  void start_clock() {
    meter_ = std::make_unique<DensityMeter>(env_->walkable(), options_.density);
    const double dt = setup_.model.time_step_s;
    sample_every_ = std::max<std::uint64_t>(
        1, static_cast<std::uint64_t>(std::llround(options_.density.interval_s / dt)));
    frame_every_ =
        options_.trajectory_interval_s > 0.0
            ? std::max<std::uint64_t>(
                  1, static_cast<std::uint64_t>(std::llround(options_.trajectory_interval_s / dt)))
            : 0;
    progress_every_ = std::max<std::uint64_t>(
        1, static_cast<std::uint64_t>(std::llround(options_.progress_interval_s / dt)));
  }

  // --- One time step --------------------------------------------------------------------------

  // Opens and closes the exits due; lets in whom the entrances admit; counts those done;
  // measures density, sends a frame and reports progress when due; then either ends the run
  // (everyone done, the time limit, cancelled: returns true) or moves everyone one step.
  bool iterate() {
    const double t = sim_->time_s();
    switch_exits(t);
    if (ingress()) spawn_entrants(t);
    const std::size_t done = done_count();
    note_arrivals(t, done);
    if (step_ % sample_every_ == 0) record_density(t);
    if (observer_ && frame_every_ && step_ % frame_every_ == 0) send_frame(t);
    const bool finished = options_.phase == Phase::kCirculation
                              ? t >= options_.circulation_duration_s - kEps
                              : done >= n_agents_;
    if (observer_ && (step_ % progress_every_ == 0 || finished)) report_progress(t, done);
    if (finished) {
      result_.completed = true;
      return true;
    }
    if (t >= options_.time_limit_s - kEps) return true;
    if (observer_ && observer_->cancelled()) {
      result_.cancelled = true;
      return true;
    }
    sim_->step();
    ++step_;
    return false;
  }

  void switch_exits(double t) {
    while (next_switch_ < switches_.size() && switches_[next_switch_].time_s <= t + kEps) {
      sim_->set_exit_open(switches_[next_switch_].exit, switches_[next_switch_].open);
      ++next_switch_;
    }
  }

  // Ingress: a spawn point is free when nobody spawned there recently is within a body.
  void spawn_entrants(double t) {
    const double r = population_.body_radius_m;
    const double clear2 = (2.0 * r + 0.05) * (2.0 * r + 0.05);
    for (Entrance& ent : entrances_) {
      // Everyone spawned here and still within 5 m of the exit line counts, walking or not.
      // (Measured from the first spawn point instead, the far end of an exit wider than 5 m was
      // always "clear": new people appeared on top of those still standing there, up to 27 at one
      // spot.)
      const ExitSpec& line = env_->exit(ent.exit);
      std::erase_if(ent.recent, [&](std::uint32_t id) {
        const Vec2 q = sim_->position(id);
        return sim_->status(id) == AgentStatus::kLeft ||
               distance(q, closest_point_on_segment(q, line.a, line.b)) > 5.0;
      });
      for (const Vec2& p : ent.spawn) {
        if (ent.next >= ent.queue.size()) break;
        bool clear = true;
        for (const std::uint32_t id : ent.recent)
          if ((sim_->position(id) - p).squared_norm() < clear2) clear = false;
        if (!clear) continue;
        const std::size_t i = ent.queue[ent.next++];
        AgentSpec s = spec_for(i);
        s.position = p;
        s.leave_after_route = false;
        s.route.push_back({placed_.zone[i], placed_.positions[i], 0.0});
        const std::uint32_t id = sim_->add_agent(s);
        ent.recent.push_back(id);
        entries_.push_back({id, static_cast<std::uint32_t>(ent.exit), t});
      }
    }
  }

  // Left (egress) or standing in place (ingress, circulation).
  std::size_t done_count() const {
    if (egress()) return sim_->departures().size();
    std::size_t n = 0;
    for (const std::uint32_t id : sim_->present())
      if (sim_->status(id) == AgentStatus::kStanding) ++n;
    return n;
  }

  void note_arrivals(double t, std::size_t done) {
    if (ingress() && done > arrived_before_) {
      last_arrival_s_ = t;
      arrived_before_ = done;
    }
  }

  void record_density(double t) {
    positions_.clear();
    for (const std::uint32_t id : sim_->present())
      if (sim_->inside(id)) positions_.push_back(sim_->position(id));
    meter_->record(t, positions_);
  }

  void send_frame(double t) {
    frame_.clear();
    for (const std::uint32_t id : sim_->present()) {
      const Vec2 p = sim_->position(id);
      frame_.push_back({id, p.x, p.y});
    }
    observer_->frame(t, frame_);
  }

  void report_progress(double t, std::size_t done) {
    CrowdProgress pr;
    pr.time_s = t;
    pr.agents_total = n_agents_;
    pr.agents_done = done;
    pr.agents_inside = n_agents_ - done;
    pr.agent_steps = sim_->agent_steps();
    pr.estimated_end_s = result_.estimated_end_s;
    observer_->progress(pr);
  }

  // --- Results --------------------------------------------------------------------------------

  // Counts, evacuation time, flow per exit over time, densities and hotspots.
  void collect_results() {
    const Simulation& sim = *sim_;
    result_.end_time_s = sim.time_s();
    result_.steps = sim.steps();
    result_.agent_steps = sim.agent_steps();
    result_.blocked_moves = sim.blocked_moves();
    const std::size_t done = done_count();
    result_.agents_done = static_cast<std::int64_t>(done);
    result_.agents_remaining = static_cast<std::int64_t>(n_agents_ - std::min(done, n_agents_));
    result_.flow_bin_s = options_.flow_bin_s;
    const std::size_t bins =
        static_cast<std::size_t>(std::ceil((result_.end_time_s + kEps) / options_.flow_bin_s));
    result_.flow_counts.assign(env_->exit_count(),
                               std::vector<std::int64_t>(std::max<std::size_t>(1, bins), 0));
    for (std::size_t e = 0; e < env_->exit_count(); ++e) {
      const scenario::Exit& x = layout_.exits[e];
      ExitResult er;
      er.id = env_->exit(e).id;
      er.name = x.info.name;
      er.line = x.line;
      er.width_m = x.width_m;
      er.emergency_only = x.emergency_only;
      er.open_at_start = env_->exit(e).open;
      result_.exits.push_back(er);
    }
    // Flow through the exits: people leaving (egress) or entering (ingress); circulation uses none.
    for (const Departure& d : egress() ? sim.departures() : entries_) {
      ExitResult& er = result_.exits[d.exit];
      ++er.agents;
      if (er.first_time_s < 0.0) er.first_time_s = d.time_s;
      er.last_time_s = d.time_s;
      const std::size_t bin = std::min(result_.flow_counts[d.exit].size() - 1,
                                       static_cast<std::size_t>(d.time_s / options_.flow_bin_s));
      ++result_.flow_counts[d.exit][bin];
    }
    if (egress()) {
      if (result_.completed && !sim.departures().empty())
        result_.evacuation_time_s = sim.departures().back().time_s;
      if (result_.completed && sim.departures().empty()) result_.evacuation_time_s = 0.0;
    } else if (ingress()) {
      if (result_.completed) result_.evacuation_time_s = last_arrival_s_;
    }
    result_.max_density = meter_->max_density();
    result_.level_of_service = level_of_service_map(result_.max_density, setup_.los_upper_ppm2);
    result_.max_density_ppm2 = meter_->max_density_ppm2();
    result_.thresholds_ppm2 = options_.density.thresholds_ppm2;
    for (std::size_t k = 0; k < result_.thresholds_ppm2.size(); ++k)
      result_.area_over_threshold_m2.push_back(meter_->area_over_m2(k));
    result_.hotspots = meter_->hotspots();
  }

  // The model's assumptions, and a warning when the time limit cut the run short.
  void state_assumptions() {
    // Sentences by key (report/strings_*.cpp: assumption.crowd.*), numbers as numbers.
    result_.assumptions = {
        say("assumption.crowd.model", {StatementArg(setup_.model.time_step_s)}),
        say("assumption.crowd.speeds", {StatementArg(2.0 * population_.body_radius_m, 2, "m")}),
        say("assumption.crowd.walkable", {StatementArg(setup_.model.field_cell_m, 2, "m")}),
        say("assumption.crowd.density",
            {StatementArg(options_.density.radius_m, -1, "m"),
             StatementArg(options_.density.cell_m, -1, "m"),
             StatementArg(options_.density.interval_s), setup_.los_scheme}),
    };
    const auto agents = static_cast<std::int64_t>(n_agents_);
    switch (result_.agents_from) {
      case CrowdSize::kAttendance:
        result_.assumptions.push_back(say("assumption.crowd.agents_attendance", {agents}));
        break;
      case CrowdSize::kGiven:
        result_.assumptions.push_back(say("assumption.crowd.agents_given", {agents}));
        break;
      case CrowdSize::kZoneDensity:
        result_.assumptions.push_back(say("assumption.crowd.agents_zone_density", {agents}));
        break;
    }
    if (egress())
      result_.assumptions.push_back(
          say("assumption.crowd.premovement",
              {StatementArg(options_.premovement_min_s), StatementArg(options_.premovement_max_s),
               StatementArg(setup_.model.route_interval_s)}));
    if (!result_.completed && !result_.cancelled)
      warnings_.push_back({scenario_.file, "crowd agents", "time_limit_s",
                           std::to_string(result_.agents_remaining) + " of " +
                               std::to_string(n_agents_) +
                               " agents had not finished at the time limit of " +
                               std::to_string(options_.time_limit_s) + " s",
                           say("warning.crowd.time_limit",
                               {result_.agents_remaining, static_cast<std::int64_t>(n_agents_),
                                StatementArg(options_.time_limit_s)})});
    result_.warnings = std::move(warnings_);
  }

  bool egress() const { return options_.phase == Phase::kEgress; }
  bool ingress() const { return options_.phase == Phase::kIngress; }

  const scenario::Scenario& scenario_;
  const scenario::Layout& layout_;
  const city::CityModel& city_;
  const CrowdSetup& setup_;
  const CrowdRunOptions& options_;
  CrowdObserver* observer_;
  Rng rng_;

  Population population_;
  MultiPolygon perimeter_;
  std::shared_ptr<const Environment> env_;
  std::vector<ExitSwitch> switches_;
  std::vector<bool> ever_open_;
  std::vector<std::size_t> gates_;
  std::vector<int> zone_exit_;
  std::vector<double> zone_area_, zone_density_;
  std::vector<std::int64_t> zone_count_;
  Placed placed_;
  std::size_t n_agents_ = 0;
  std::vector<AgentTraits> traits_;
  std::unique_ptr<Simulation> sim_;
  std::vector<Entrance> entrances_;
  std::vector<Departure> entries_;  // ingress: who came in through which exit, when
  std::unique_ptr<DensityMeter> meter_;

  std::uint64_t sample_every_ = 1, frame_every_ = 0, progress_every_ = 1;
  std::uint64_t step_ = 0;
  std::size_t next_switch_ = 0;
  double last_arrival_s_ = 0.0;
  std::size_t arrived_before_ = 0;
  std::vector<Vec2> positions_;
  std::vector<AgentFrame> frame_;
  std::vector<Problem> warnings_;
  CrowdResult result_;
};

}  // namespace

const char* to_string(Phase phase) {
  switch (phase) {
    case Phase::kEgress:
      return "egress";
    case Phase::kIngress:
      return "ingress";
    case Phase::kCirculation:
      return "circulation";
  }
  return "egress";
}

std::optional<Phase> phase_from_string(std::string_view text) {
  if (text == "egress") return Phase::kEgress;
  if (text == "ingress") return Phase::kIngress;
  if (text == "circulation") return Phase::kCirculation;
  return std::nullopt;
}

const char* to_string(CrowdSize size) {
  switch (size) {
    case CrowdSize::kZoneDensity:
      return "zone_density";
    case CrowdSize::kAttendance:
      return "attendance";
    case CrowdSize::kGiven:
      return "given";
  }
  return "zone_density";
}

void CrowdRunOptions::validate() const {
  if (agents && (*agents < 1 || *agents > 2'000'000))
    throw Error("", "crowd run", "agents",
                "expected 1 to 2,000,000 agents, got " + std::to_string(*agents));
  if (density_ppm2) require_in_range("density_ppm2", *density_ppm2, 0.01, 20.0, "p/m²");
  require_in_range("planning_density_ppm2", planning_density_ppm2, 0.01, 20.0, "p/m²");
  if (threads < 1 || threads > 256)
    throw Error("", "crowd run", "threads", "expected 1 to 256 threads");
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

CrowdResult run_crowd(const scenario::Scenario& scenario, const city::CityModel& city,
                      const CrowdSetup& setup, const CrowdRunOptions& options,
                      CrowdObserver* observer) {
  return CrowdRun(scenario, city, setup, options, observer).run();
}

}  // namespace agora::crowd::agents
