#pragma once
// A floor field: for every walkable cell the walking cost to one target (an exit, a zone),
// by fast marching over the walkable cells (sim/field/fast_marching.hpp), with extra cost near
// walls and on stairs; and the unit direction down that cost, which is where an agent heading
// for the target wants to walk. Built once per target and shared read-only by all threads.

#include <vector>

#include "sim/field/fast_marching.hpp"

namespace agora::crowd::agents {

class FloorField {
 public:
  FloorField() = default;
  // slowness: cost per metre of each cell (1 = level floor in the open), shaped like walkable.
  FloorField(const Mask& walkable, const std::vector<Seed>& seeds, const Field& slowness);

  // Unit direction towards the target at p, interpolated between the four nearest cell
  // centres; {0, 0} where no walkable, reached cell is near.
  Vec2 direction(Vec2 p) const;
  // Walking cost from p to the target (the value of p's cell); kUnreachable if none.
  double cost(Vec2 p) const;
  const Field& cost_field() const { return cost_; }
  bool reaches(Cell c) const { return cost_.contains(c) && cost_[c] != kUnreachable; }

 private:
  Field cost_;
  std::vector<float> dir_;  // (x, y) per cell, row-major like the grid's index ix + iy·nx
};

}  // namespace agora::crowd::agents
