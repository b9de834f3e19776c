#pragma once
// Everything about the space that does not change while agents walk, computed once and shared
// read-only by the stepping threads: the domain, the wall field, one floor field per exit and
// per target area, where the stairs are, and which cells lie near an exit (where a step may
// cross an exit line).

#include <memory>
#include <string>
#include <vector>

#include "sim/crowd/agents/domain.hpp"
#include "sim/crowd/agents/floor_field.hpp"
#include "sim/crowd/agents/params.hpp"
#include "sim/crowd/agents/wall_field.hpp"

namespace agora::crowd::agents {

// An area agents walk to and stay in for a while (a crowd zone for ingress, a stall front
// while circulating).
struct AreaSpec {
  std::string id;
  Polygon area;
};

class Environment {
 public:
  // wall_reach_m must cover the neighbour search radius (the simulation checks).
  Environment(Domain domain, const ModelParams& params, std::vector<AreaSpec> areas = {},
              double wall_reach_m = 2.5);

  const Domain& domain() const { return domain_; }
  const Mask& walkable() const { return domain_.walkable; }
  const WallField& walls() const { return walls_; }
  bool periodic_x() const { return domain_.periodic_x; }
  double period_x_m() const { return domain_.walkable.nx() * domain_.walkable.cell_m(); }

  std::size_t exit_count() const { return domain_.exits.size(); }
  const ExitSpec& exit(std::size_t e) const { return domain_.exits[e]; }
  const FloorField& exit_field(std::size_t e) const { return exit_fields_[e]; }

  std::size_t area_count() const { return areas_.size(); }
  const AreaSpec& area(std::size_t a) const { return areas_[a]; }
  const FloorField& area_field(std::size_t a) const { return area_fields_[a]; }
  bool in_area(std::size_t a, Vec2 p) const;

  // Index of the stair p stands on, or -1.
  int stair_at(Vec2 p) const;
  // True when p's cell lies within 2 m of an exit line.
  bool near_exit(Vec2 p) const;
  // p lies in a walkable cell (wrapped in x when periodic).
  bool walkable_at(Vec2 p) const;
  // p moved into the grid's x range when periodic; p unchanged otherwise.
  Vec2 wrap(Vec2 p) const;
  // Cost per metre used by the floor fields (walls and stairs), for reports and tests.
  const Field& slowness() const { return slowness_; }

 private:
  Domain domain_;
  WallField walls_;
  Field slowness_;
  std::vector<FloorField> exit_fields_;
  std::vector<AreaSpec> areas_;
  std::vector<FloorField> area_fields_;
  std::vector<Mask> area_masks_;
  static constexpr std::uint8_t kNoStair = 255;
  Mask stair_index_;  // index of the stair on each cell, or kNoStair
  Mask near_exit_;
};

}  // namespace agora::crowd::agents
