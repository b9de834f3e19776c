#include "sim/crowd/agents/simulation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "sim/crowd/agents/vec_math.hpp"

namespace agora::crowd::agents {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::string describe_agent(std::uint32_t id, Vec2 p) {
  return "agent " + std::to_string(id) + " at (" + std::to_string(p.x) + ", " +
         std::to_string(p.y) + ")";
}

}  // namespace

Simulation::Simulation(std::shared_ptr<const Environment> environment, const ModelParams& params,
                       SimulationOptions options)
    : env_(std::move(environment)), params_(params), options_(options), pool_(options.threads) {
  if (!env_) throw Error("", "simulation", "environment", "needs an environment");
  params_.validate();
  require_in_range("simulation.arrival_radius_m", options_.arrival_radius_m, 0.05, 5.0, "m");
  options_.fixed_direction = options_.fixed_direction.normalized();
  scratch_.resize(static_cast<std::size_t>(pool_.size()));
  exit_open_.resize(env_->exit_count());
  for (std::size_t e = 0; e < env_->exit_count(); ++e) exit_open_[e] = env_->exit(e).open ? 1 : 0;
}

Simulation::~Simulation() = default;

std::uint32_t Simulation::add_agent(const AgentSpec& spec) {
  const std::uint32_t id = static_cast<std::uint32_t>(pos_.size());
  const std::string who = describe_agent(id, spec.position);
  require_in_range("agent.desired_speed_ms", spec.desired_speed_ms, 0.0, 5.0, "m/s");
  require_in_range("agent.radius_m", spec.radius_m, 0.05, 1.0, "m");
  require_in_range("agent.premovement_s", spec.premovement_s, 0.0, 1e6, "s");
  require_in_range("agent.stair_up_ms", spec.stair_up_ms, 0.0, 5.0, "m/s");
  require_in_range("agent.stair_down_ms", spec.stair_down_ms, 0.0, 5.0, "m/s");
  if (spec.exit >= static_cast<int>(env_->exit_count()) || spec.exit < kFixedDirection)
    throw Error("", who, "exit", "no exit " + std::to_string(spec.exit) + " in this domain");
  for (const Waypoint& w : spec.route)
    if (w.area >= env_->area_count())
      throw Error("", who, "route", "no area " + std::to_string(w.area));
  const Vec2 p = env_->wrap(spec.position);
  if (!env_->walkable_at(p)) throw Error("", who, "position", "is not on walkable space");
  const WallContact wall = env_->walls().nearest(p);
  if (wall.distance_m < spec.radius_m - 1e-9)
    throw Error("", who, "position",
                "overlaps a wall: its centre is " + std::to_string(wall.distance_m) +
                    " m from the wall, its radius " + std::to_string(spec.radius_m) + " m");
  pos_.push_back(p);
  vel_.push_back({});
  heading_.push_back(options_.fixed_direction);
  radius_.push_back(spec.radius_m);
  v0_.push_back(spec.desired_speed_ms);
  premovement_.push_back(spec.premovement_s);
  stair_up_.push_back(spec.stair_up_ms);
  stair_down_.push_back(spec.stair_down_ms);
  dwell_until_.push_back(0.0);
  closest_m_.push_back(std::numeric_limits<double>::infinity());
  closest_s_.push_back(0.0);
  status_.push_back(AgentStatus::kWaiting);
  assigned_.push_back(spec.exit);
  target_.push_back(spec.exit == kFixedDirection ? kFixedDirection : kChooseExit);
  leaving_by_.push_back(-1);
  route_pos_.push_back(static_cast<std::uint32_t>(routes_.size()));
  routes_.insert(routes_.end(), spec.route.begin(), spec.route.end());
  route_end_.push_back(static_cast<std::uint32_t>(routes_.size()));
  leave_after_.push_back(spec.leave_after_route ? 1 : 0);
  present_.push_back(id);
  const double reach =
      2.0 * spec.radius_m +
      std::max({spec.desired_speed_ms, spec.stair_up_ms, spec.stair_down_ms}) * params_.time_gap_s;
  if (started_ && reach > cutoff_m_) started_ = false;  // re-size the neighbour grid
  return id;
}

void Simulation::set_exit_open(std::size_t exit, bool open) {
  if (exit >= exit_open_.size())
    throw Error("", "simulation", "exit", "no exit " + std::to_string(exit));
  if ((exit_open_[exit] != 0) == open) return;
  exit_open_[exit] = open ? 1 : 0;
  reroute_ = true;
}

void Simulation::start() {
  // The interaction radius: no neighbour further than l + v0 T can lower an agent's speed, and
  // repulsion there is negligible (speed_model.hpp).
  double r_max = 0.0, v_max = 0.0;
  for (std::size_t i = 0; i < pos_.size(); ++i) {
    r_max = std::max(r_max, radius_[i]);
    v_max = std::max({v_max, v0_[i], stair_up_[i], stair_down_[i]});
  }
  cutoff_m_ = std::max(2.0 * r_max + v_max * params_.time_gap_s,
                       2.0 * r_max + kRepulsionCutoffRanges * params_.neighbour_range_m) +
              0.01;
  if (cutoff_m_ > env_->walls().reach_m())
    throw Error("", "simulation", "wall_reach_m",
                "the wall field reaches " + std::to_string(env_->walls().reach_m()) +
                    " m but agents interact up to " + std::to_string(cutoff_m_) + " m");
  grid_ = NeighbourGrid(env_->walkable().bounds(), cutoff_m_, env_->periodic_x());
  // No two agents may overlap at the start: the model keeps gaps open but cannot open them.
  if (steps_ == 0) {
    points_.resize(present_.size());
    for (std::size_t k = 0; k < present_.size(); ++k) points_[k] = pos_[present_[k]];
    grid_.build(points_);
    const auto order = grid_.order();
    const auto pts = grid_.sorted_points();
    const double L = env_->period_x_m();
    for (std::size_t k = 0; k < pts.size(); ++k) {
      const std::uint32_t a = present_[order[k]];
      grid_.for_each_near(pts[k], [&](std::uint32_t m) {
        if (m <= k) return;
        const std::uint32_t b = present_[order[m]];
        Vec2 d = pts[k] - pts[m];
        if (env_->periodic_x()) d.x -= L * std::round(d.x / L);
        if (d.norm() < radius_[a] + radius_[b] - 1e-9)
          throw Error("", describe_agent(std::min(a, b), pos_[std::min(a, b)]), "position",
                      "overlaps " + describe_agent(std::max(a, b), pos_[std::max(a, b)]) +
                          ": agents must start at least their radii apart");
      });
    }
  }
  started_ = true;
}

bool Simulation::needs_exit(std::uint32_t id) const {
  const AgentStatus s = status_[id];
  return (s == AgentStatus::kWaiting || s == AgentStatus::kWalking) &&
         route_pos_[id] == route_end_[id] && leave_after_[id] != 0 &&
         assigned_[id] != kFixedDirection;
}

void Simulation::update_statuses() {
  for (const std::uint32_t id : present_) {
    if (status_[id] == AgentStatus::kWaiting && time_s_ >= premovement_[id])
      status_[id] = AgentStatus::kWalking;
    if (status_[id] == AgentStatus::kDwelling && time_s_ >= dwell_until_[id]) after_waypoint(id);
  }
}

void Simulation::choose_exits(bool initial_only) {
  const std::size_t E = env_->exit_count();
  if (E == 0) return;
  if (initial_only) {  // the common case: nothing to decide
    bool any = false;
    for (const std::uint32_t id : present_)
      if (needs_exit(id) &&
          (target_[id] < 0 || !exit_open_[static_cast<std::size_t>(target_[id])])) {
        any = true;
        break;
      }
    if (!any) return;
  }
  // Walking costs to every exit, for the agents that need one.
  std::vector<std::uint32_t> deciding;
  for (const std::uint32_t id : present_)
    if (needs_exit(id)) deciding.push_back(id);
  if (deciding.empty()) return;
  std::vector<double> cost(deciding.size() * E);
  for (std::size_t i = 0; i < deciding.size(); ++i)
    for (std::size_t e = 0; e < E; ++e)
      cost[i * E + e] = exit_open_[e] ? env_->exit_field(e).cost(pos_[deciding[i]]) : kInf;
  // The queue ahead at each exit: walking agents heading there, by their cost to it.
  std::vector<std::vector<double>> queue(E);
  for (std::size_t i = 0; i < deciding.size(); ++i) {
    const std::uint32_t id = deciding[i];
    if (status_[id] == AgentStatus::kWalking && target_[id] >= 0)
      queue[static_cast<std::size_t>(target_[id])].push_back(
          cost[i * E + static_cast<std::size_t>(target_[id])]);
  }
  for (auto& q : queue) std::sort(q.begin(), q.end());
  std::vector<int> added(E, 0);
  auto time_to = [&](std::size_t i, std::size_t e) {
    const double c = cost[i * E + e];
    if (c == kInf) return kInf;
    const double ahead = static_cast<double>(std::lower_bound(queue[e].begin(), queue[e].end(), c) -
                                             queue[e].begin()) +
                         added[e];
    const double walk = v0_[deciding[i]] > 0.0 ? c / v0_[deciding[i]] : kInf;
    return walk + ahead / (params_.exit_specific_flow_pms * env_->exit(e).effective_width_m());
  };
  auto best_exit = [&](std::size_t i, double* best_time) {
    int best = kChooseExit;
    *best_time = kInf;
    for (std::size_t e = 0; e < E; ++e) {
      const double t = time_to(i, e);
      if (t < *best_time) {
        *best_time = t;
        best = static_cast<int>(e);
      }
    }
    return best;
  };
  auto assigned_usable = [&](std::size_t i) {
    const int a = assigned_[deciding[i]];
    return a >= 0 && cost[i * E + static_cast<std::size_t>(a)] != kInf;
  };

  // Agents without an exit yet: nearest first, each counting those placed before it.
  std::vector<std::size_t> fresh;
  for (std::size_t i = 0; i < deciding.size(); ++i) {
    const std::uint32_t id = deciding[i];
    if (assigned_usable(i)) {
      target_[id] = assigned_[id];
      continue;
    }
    if (target_[id] < 0 || !exit_open_[static_cast<std::size_t>(target_[id])]) fresh.push_back(i);
  }
  std::vector<double> nearest(deciding.size(), kInf);
  for (const std::size_t i : fresh)
    for (std::size_t e = 0; e < E; ++e) nearest[i] = std::min(nearest[i], cost[i * E + e]);
  std::stable_sort(fresh.begin(), fresh.end(),
                   [&](std::size_t a, std::size_t b) { return nearest[a] < nearest[b]; });
  for (const std::size_t i : fresh) {
    double t = 0.0;
    const int e = best_exit(i, &t);
    target_[deciding[i]] = e;
    if (e >= 0) ++added[static_cast<std::size_t>(e)];
  }
  if (initial_only) return;

  // Everyone else reconsiders, against the queues as they stood at the start of the decision.
  std::fill(added.begin(), added.end(), 0);
  std::vector<int> new_target(deciding.size(), kChooseExit);
  for (std::size_t i = 0; i < deciding.size(); ++i) {
    const std::uint32_t id = deciding[i];
    new_target[i] = target_[id];
    if (assigned_usable(i) || target_[id] < 0) continue;
    const double current = time_to(i, static_cast<std::size_t>(target_[id]));
    double t = 0.0;
    const int e = best_exit(i, &t);
    if (e >= 0 && e != target_[id] && t < current * (1.0 - params_.route_switch_gain))
      new_target[i] = e;
  }
  for (std::size_t i = 0; i < deciding.size(); ++i) target_[deciding[i]] = new_target[i];
}

WallContact Simulation::nearest_wall(Vec2 p) const {
  WallContact best = env_->walls().nearest(p);
  for (std::size_t e = 0; e < exit_open_.size(); ++e) {
    if (exit_open_[e]) continue;
    const ExitSpec& x = env_->exit(e);
    const Vec2 c = closest_point_on_segment(p, x.a, x.b);
    const double d = length(p - c);
    if (d < best.distance_m && d > 0.0) best = {d, (p - c) / d};
  }
  return best;
}

Vec2 Simulation::constrain_step(Vec2 p, double radius, Vec2 v) const {
  const double dt = params_.time_step_s;
  const double h = env_->walls().cell_m();
  std::array<Vec2, 9> squares{};
  const int n = env_->walls().squares_near(p, squares);
  auto contact_at = [&](Vec2 q) {
    WallContact best{kInf, {}};
    for (int i = 0; i < n; ++i) {
      const WallContact c = contact_with_square(q, squares[static_cast<std::size_t>(i)], h);
      if (c.distance_m < best.distance_m) best = c;
    }
    for (std::size_t e = 0; e < exit_open_.size(); ++e) {
      if (exit_open_[e]) continue;
      const ExitSpec& x = env_->exit(e);
      const Vec2 c = closest_point_on_segment(q, x.a, x.b);
      const double d = length(q - c);
      if (d < best.distance_m)
        best = {d, d > 0.0 ? (q - c) / d : (x.b - x.a).normalized().perpendicular()};
    }
    return best;
  };
  // A step may not end closer to a wall than the agent's radius, or than it already is.
  const double limit = std::min(radius, contact_at(p).distance_m) - 1e-9;
  for (int iteration = 0; iteration < 4; ++iteration) {
    const WallContact c = contact_at(p + v * dt);
    if (c.distance_m >= limit) return v;
    const double vn = v.dot(c.normal);
    if (vn >= 0.0) break;
    v -= c.normal * vn;  // keep only the part of the step along the wall
  }
  if (contact_at(p + v * dt).distance_m >= limit) return v;
  return {0.0, 0.0};
}

bool Simulation::visible(Vec2 from, Vec2 to) const {
  // Walks the cells the segment passes through (Amanatides & Woo 1987); any blocked cell hides.
  const Mask& w = env_->walkable();
  const double h = w.cell_m();
  const Vec2 o = w.origin();
  const int nx = w.nx(), ny = w.ny();
  const bool periodic = env_->periodic_x();
  const double ax = (from.x - o.x) / h, ay = (from.y - o.y) / h;
  const double bx = (to.x - o.x) / h, by = (to.y - o.y) / h;
  int ix = static_cast<int>(std::floor(ax)), iy = static_cast<int>(std::floor(ay));
  const int ex = static_cast<int>(std::floor(bx)), ey = static_cast<int>(std::floor(by));
  const double dx = bx - ax, dy = by - ay;
  const int sx = dx > 0 ? 1 : (dx < 0 ? -1 : 0);
  const int sy = dy > 0 ? 1 : (dy < 0 ? -1 : 0);
  const double tdx = sx != 0 ? std::abs(1.0 / dx) : kInf;
  const double tdy = sy != 0 ? std::abs(1.0 / dy) : kInf;
  double tx = sx > 0 ? (ix + 1 - ax) * tdx : (sx < 0 ? (ax - ix) * tdx : kInf);
  double ty = sy > 0 ? (iy + 1 - ay) * tdy : (sy < 0 ? (ay - iy) * tdy : kInf);
  const int steps = std::abs(ex - ix) + std::abs(ey - iy);
  for (int k = 0; k <= steps; ++k) {
    int cx = ix;
    if (periodic) cx = ((cx % nx) + nx) % nx;
    if (cx < 0 || iy < 0 || cx >= nx || iy >= ny || w(cx, iy) == 0) return false;
    if (tx < ty) {
      tx += tdx;
      ix += sx;
    } else {
      ty += tdy;
      iy += sy;
    }
  }
  return true;
}

Vec2 Simulation::desired_direction(std::uint32_t id, Vec2 p) const {
  if (route_pos_[id] < route_end_[id]) {
    const Waypoint& w = routes_[route_pos_[id]];
    if (env_->in_area(w.area, p)) return unit_or_zero(w.goal - p);
    return env_->area_field(w.area).direction(p);
  }
  const int t = target_[id];
  if (t >= 0) return env_->exit_field(static_cast<std::size_t>(t)).direction(p);
  if (t == kFixedDirection) return options_.fixed_direction;
  return {0.0, 0.0};
}

void Simulation::compute_velocity(std::size_t k, Scratch& scratch) {
  const std::uint32_t id = sorted_id_[k];
  if (status_[id] == AgentStatus::kLeaving) {  // walks straight out, nothing in its way
    vel_[id] = env_->exit(static_cast<std::size_t>(leaving_by_[id])).outward * v0_[id];
    return;
  }
  if (status_[id] != AgentStatus::kWalking) {
    vel_[id] = {};
    return;
  }
  const auto pts = grid_.sorted_points();
  const Vec2 p = pts[k];
  Vec2 desired = desired_direction(id, p);
  if (desired.squared_norm() == 0.0) {
    const bool has_goal = route_pos_[id] < route_end_[id] || target_[id] != kChooseExit;
    if (!has_goal) {  // no reachable exit: stand
      vel_[id] = {};
      return;
    }
    desired = heading_[id];
  }
  const double r = radius_[id];
  const WallContact wall = sorted_wall_[k];
  auto& nb = scratch.neighbours;
  nb.clear();
  const double cut2 = cutoff_m_ * cutoff_m_;
  const bool periodic = env_->periodic_x();
  const double L = env_->period_x_m();
  grid_.for_each_near(p, [&](std::uint32_t m) {
    if (m == k) return;
    Vec2 d = p - pts[m];
    if (periodic) {
      if (d.x > 0.5 * L)
        d.x -= L;
      else if (d.x < -0.5 * L)
        d.x += L;
    }
    const double s2 = d.squared_norm();
    if (s2 >= cut2 || s2 <= 1e-18) return;
    const double s = std::sqrt(s2);
    // A wall point between the two lies at least d_i from i and d_j from j: none can when the
    // two wall distances cover the gap.
    if (s > wall.distance_m + sorted_wall_[m].distance_m &&
        status_[sorted_id_[m]] != AgentStatus::kLeaving && !visible(p, p - d))
      return;
    nb.push_back({d, s, r + sorted_radius_[m]});
  });
  double v0 = v0_[id];
  const int stair = env_->domain().stairs.empty() ? -1 : env_->stair_at(p);
  if (stair >= 0) {
    const Vec2 up = env_->domain().stairs[static_cast<std::size_t>(stair)].up_direction;
    v0 = desired.dot(up) >= 0.0 ? stair_up_[id] : stair_down_[id];
  }
  const Step step = csm_step(desired, nb, wall, r, v0, params_, heading_[id]);
  const Vec2 dir = step.direction;
  const double speed = step.speed_ms;
  Vec2 v = dir * speed;
  if (wall.distance_m < r + speed * params_.time_step_s + env_->walls().cell_m())
    v = constrain_step(p, r, v);
  vel_[id] = v;
  heading_[id] = dir;
}

void Simulation::arrive(std::uint32_t id) {
  const Waypoint& w = routes_[route_pos_[id]];
  ++route_pos_[id];
  vel_[id] = {};
  const bool last = route_pos_[id] == route_end_[id];
  if (last && !leave_after_[id]) {
    status_[id] = AgentStatus::kStanding;
    return;
  }
  if (w.dwell_s > 0.0) {
    status_[id] = AgentStatus::kDwelling;
    dwell_until_[id] = time_s_ + params_.time_step_s + w.dwell_s;
    return;
  }
  after_waypoint(id);
}

void Simulation::after_waypoint(std::uint32_t id) {
  status_[id] = AgentStatus::kWalking;
  if (route_pos_[id] == route_end_[id]) target_[id] = kChooseExit;  // chosen at the next step
}

bool Simulation::at_area(std::size_t area, Vec2 p) const {
  // Within a walk of 1.5 m counts too: the last to come can be held at the edge of a zone by
  // those standing just inside (16 of 1,000 arrivals at one corner of the München market).
  constexpr double kAtAreaM = 1.5;
  return env_->in_area(area, p) || env_->area_field(area).cost(p) <= kAtAreaM;
}

void Simulation::move_agents() {
  const double dt = params_.time_step_s;
  const double t_end = static_cast<double>(steps_ + 1) * dt;
  const std::size_t E = env_->exit_count();
  bool anyone_left = false;
  for (const std::uint32_t id : present_) {
    if (status_[id] == AgentStatus::kLeaving) {
      pos_[id] += vel_[id] * dt;
      const ExitSpec& x = env_->exit(static_cast<std::size_t>(leaving_by_[id]));
      if ((pos_[id] - x.a).dot(x.outward) >= cutoff_m_) {
        status_[id] = AgentStatus::kLeft;
        anyone_left = true;
      }
      continue;
    }
    if (status_[id] != AgentStatus::kWalking) continue;
    const Vec2 p = pos_[id];
    const Vec2 q = p + vel_[id] * dt;
    if (!env_->walkable_at(q)) {
      ++blocked_moves_;
      vel_[id] = {};
      continue;
    }
    // Only someone on the way out leaves, and only stepping outwards (ingress crosses inwards).
    const bool heading_out = route_pos_[id] == route_end_[id] && leave_after_[id];
    if (E > 0 && heading_out && env_->near_exit(q)) {
      for (std::size_t e = 0; e < E; ++e) {
        if (!exit_open_[e]) continue;
        const ExitSpec& x = env_->exit(e);
        if ((q - p).dot(x.outward) <= 0.0) continue;
        // Out once the body touches the line (or the step jumps across it): a centre that must
        // cross the line itself can wedge in an acute corner at the end of an exit.
        double ta = 0.0, tb = 0.0;
        if (length(q - closest_point_on_segment(q, x.a, x.b)) <= radius_[id] ||
            (segment_intersection(p, q, x.a, x.b, &ta, &tb) && ta > 0.0)) {
          status_[id] = AgentStatus::kLeaving;
          leaving_by_[id] = static_cast<int>(e);
          departures_.push_back({id, static_cast<std::uint32_t>(e), t_end});
          break;
        }
      }
    }
    pos_[id] = env_->wrap(q);
    if (status_[id] == AgentStatus::kWalking && route_pos_[id] < route_end_[id]) {
      const Waypoint& w = routes_[route_pos_[id]];
      const double to_goal = distance(pos_[id], w.goal);
      if (to_goal <= options_.arrival_radius_m && env_->in_area(w.area, pos_[id])) {
        arrive(id);
      } else if (to_goal <= options_.settle_radius_m && route_pos_[id] + 1 == route_end_[id] &&
                 !leave_after_[id] && at_area(w.area, pos_[id])) {
        if (to_goal < closest_m_[id] - 0.1) {
          closest_m_[id] = to_goal;
          closest_s_[id] = t_end;
        } else if (t_end - closest_s_[id] >= options_.settle_after_s - 1e-9) {
          arrive(id);
        }
      }
    }
  }
  if (anyone_left)
    std::erase_if(present_, [&](std::uint32_t id) { return status_[id] == AgentStatus::kLeft; });
}

void Simulation::step() {
  if (!started_) start();
  time_s_ = static_cast<double>(steps_) * params_.time_step_s;
  update_statuses();
  const bool full = reroute_ || time_s_ >= next_route_s_;
  choose_exits(!full);
  if (full) {
    reroute_ = false;
    while (next_route_s_ <= time_s_) next_route_s_ += params_.route_interval_s;
  }

  const std::size_t n = present_.size();
  points_.resize(n);
  for (std::size_t k = 0; k < n; ++k) points_[k] = pos_[present_[k]];
  grid_.build(points_);
  const auto order = grid_.order();
  sorted_id_.resize(n);
  sorted_radius_.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    sorted_id_[k] = present_[order[k]];
    sorted_radius_[k] = radius_[sorted_id_[k]];
  }
  const std::size_t chunk =
      std::max<std::size_t>(64, n / (static_cast<std::size_t>(pool_.size()) * 8));
  sorted_wall_.resize(n);
  const auto pts = grid_.sorted_points();
  pool_.parallel_for(n, chunk, [this, pts](int, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) sorted_wall_[k] = nearest_wall(pts[k]);
  });
  pool_.parallel_for(n, chunk, [this](int worker, std::size_t begin, std::size_t end) {
    Scratch& s = scratch_[static_cast<std::size_t>(worker)];
    for (std::size_t k = begin; k < end; ++k) compute_velocity(k, s);
  });
  move_agents();
  ++steps_;
  agent_steps_ += n;
  time_s_ = static_cast<double>(steps_) * params_.time_step_s;
}

}  // namespace agora::crowd::agents
