#pragma once
// Vector lengths for the inner loops. Vec2::norm() uses std::hypot, which guards against
// overflow that coordinates in metres never reach and costs several times a square root.

#include <cmath>

#include "sim/geometry/geometry.hpp"

namespace agora::crowd::agents {

inline double length(Vec2 v) {
  return std::sqrt(v.x * v.x + v.y * v.y);
}

inline Vec2 unit_or_zero(Vec2 v) {
  const double n = length(v);
  return n > 0.0 ? v / n : Vec2{};
}

}  // namespace agora::crowd::agents
