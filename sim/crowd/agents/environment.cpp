#include "sim/crowd/agents/environment.hpp"

#include <algorithm>
#include <cmath>

#include "sim/field/rasterize.hpp"

namespace agora::crowd::agents {

namespace {

constexpr double kNearExitM = 2.0;

// The side of an exit line with less walkable space within 2 m is the outside.
Vec2 infer_outward(const Mask& w, const ExitSpec& e) {
  const Vec2 along = (e.b - e.a).normalized();
  if (along.squared_norm() == 0.0)
    throw Error("", "exit " + e.id, "line", "an exit needs two distinct end points");
  const Vec2 n = along.perpendicular();
  const Vec2 mid = (e.a + e.b) * 0.5;
  int side[2] = {0, 0};
  for (int iy = 0; iy < w.ny(); ++iy)
    for (int ix = 0; ix < w.nx(); ++ix) {
      if (!w(ix, iy)) continue;
      const Vec2 d = w.center(ix, iy) - mid;
      if (d.squared_norm() > 4.0) continue;
      const double s = d.dot(n);
      if (s > 0.0)
        ++side[0];
      else if (s < 0.0)
        ++side[1];
    }
  return side[0] <= side[1] ? n : -n;
}

}  // namespace

Environment::Environment(Domain domain, const ModelParams& params, std::vector<AreaSpec> areas,
                         double wall_reach_m)
    : domain_(std::move(domain)), areas_(std::move(areas)) {
  params.validate();
  const Mask& w = domain_.walkable;
  if (w.nx() == 0 || w.ny() == 0)
    throw Error("", "domain", "walkable", "the walkable grid is empty");
  if (std::abs(w.cell_m() - params.field_cell_m) > 1e-9 * params.field_cell_m)
    throw Error("", "domain", "crowd_agents.field_cell_m",
                "the walkable grid's cell (" + std::to_string(w.cell_m()) +
                    " m) differs from field_cell_m (" + std::to_string(params.field_cell_m) +
                    " m)");
  walls_ = WallField(w, domain_.periodic_x, wall_reach_m);

  // Stairs.
  stair_index_ = Grid<std::uint8_t>(w.origin(), w.cell_m(), w.nx(), w.ny(), kNoStair);
  if (domain_.stairs.size() > 100) throw Error("", "domain", "stairs", "at most 100 stairs");
  for (std::size_t s = 0; s < domain_.stairs.size(); ++s) {
    StairSpec& st = domain_.stairs[s];
    if (!(st.cost_factor >= 1.0 && st.cost_factor <= 20.0))
      throw Error("", "stair " + st.id, "cost_factor", "expected a factor in [1, 20]");
    st.up_direction = st.up_direction.normalized();
    if (st.up_direction.squared_norm() == 0.0)
      throw Error("", "stair " + st.id, "up_direction", "needs a direction");
    fill_polygon(stair_index_, st.area, static_cast<std::uint8_t>(s));
  }

  // Cost per metre: 1 in the open, rising linearly to 1 + wall_clearance_cost at a wall, times
  // the stair factor.
  slowness_ = Field(w.origin(), w.cell_m(), w.nx(), w.ny(), 1.0f);
  for (int iy = 0; iy < w.ny(); ++iy)
    for (int ix = 0; ix < w.nx(); ++ix) {
      double s = 1.0;
      if (params.wall_clearance_m > 0.0) {
        const double c = static_cast<double>(walls_.clearance(ix, iy));
        s += params.wall_clearance_cost * std::max(0.0, 1.0 - c / params.wall_clearance_m);
      }
      const std::uint8_t st = stair_index_(ix, iy);
      if (st != kNoStair) s *= domain_.stairs[st].cost_factor;
      slowness_(ix, iy) = static_cast<float>(s);
    }

  // One floor field per exit, seeded along its line, and the cells near exits.
  near_exit_ = Mask(w.origin(), w.cell_m(), w.nx(), w.ny(), 0);
  for (ExitSpec& e : domain_.exits) {
    if (domain_.periodic_x)
      throw Error("", "exit " + e.id, "line", "a periodic corridor has no exits");
    e.outward = e.outward.squared_norm() > 0.0 ? e.outward.normalized() : infer_outward(w, e);
    std::vector<Seed> seeds = seeds_along_segment(w, e.a, e.b, w.cell_m());
    if (seeds.empty())
      throw Error("", "exit " + e.id, "line",
                  "no walkable cell lies on the exit line: it opens onto a wall");
    exit_fields_.emplace_back(w, seeds, slowness_);
    burn_segment(near_exit_, e.a, e.b, kNearExitM, std::uint8_t{1});
  }

  for (const AreaSpec& a : areas_) {
    Mask m(w.origin(), w.cell_m(), w.nx(), w.ny(), 0);
    fill_polygon(m, a.area, std::uint8_t{1});
    std::vector<Seed> seeds;
    for (int iy = 0; iy < w.ny(); ++iy)
      for (int ix = 0; ix < w.nx(); ++ix)
        if (m(ix, iy) && w(ix, iy)) seeds.push_back({{ix, iy}, 0.0f});
    if (seeds.empty()) throw Error("", "area " + a.id, "area", "has no walkable cell");
    area_fields_.emplace_back(w, seeds, slowness_);
    area_masks_.push_back(std::move(m));
  }
}

Vec2 Environment::wrap(Vec2 p) const {
  if (!domain_.periodic_x) return p;
  const double x0 = domain_.walkable.origin().x;
  const double L = period_x_m();
  double x = std::fmod(p.x - x0, L);
  if (x < 0.0) x += L;
  if (x >= L) x = 0.0;  // fmod of a value a hair below L can round up
  return {x0 + x, p.y};
}

bool Environment::walkable_at(Vec2 p) const {
  const auto c = domain_.walkable.cell_at(wrap(p));
  return c && domain_.walkable[*c] != 0;
}

bool Environment::in_area(std::size_t a, Vec2 p) const {
  const auto c = area_masks_[a].cell_at(p);
  return c && area_masks_[a][*c] != 0;
}

int Environment::stair_at(Vec2 p) const {
  if (domain_.stairs.empty()) return -1;
  const auto c = stair_index_.cell_at(wrap(p));
  if (!c || stair_index_[*c] == kNoStair) return -1;
  return stair_index_[*c];
}

bool Environment::near_exit(Vec2 p) const {
  const auto c = near_exit_.cell_at(p);
  return c && near_exit_[*c] != 0;
}

}  // namespace agora::crowd::agents
