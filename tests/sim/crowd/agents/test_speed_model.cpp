// The collision-free speed model's per-agent functions against hand calculations.

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "sim/crowd/agents/speed_model.hpp"

using namespace agora;
using namespace agora::crowd::agents;

namespace {

// Neighbour j at position xj seen from i at xi, both of radius 0.2 m.
Neighbour seen(Vec2 xi, Vec2 xj) {
  return {xi - xj, distance(xi, xj), 0.4};
}

const WallContact kNoWall{10.0, {0.0, 0.0}};

}  // namespace

TEST_CASE("Optimal speed V(s) = min(v0, max(0, s / T))", "[crowd-agents]") {
  ModelParams p;                                   // T = 1 s
  CHECK(csm_speed(0.5, 1.34, p) == Approx(0.5));   // 0.5 m gap / 1 s
  CHECK(csm_speed(2.0, 1.34, p) == Approx(1.34));  // capped at the desired speed
  CHECK(csm_speed(-0.1, 1.34, p) == 0.0);          // overlapping: stands
  CHECK(csm_speed(std::numeric_limits<double>::infinity(), 1.2, p) == 1.2);
  p.time_gap_s = 2.0;
  CHECK(csm_speed(0.5, 1.34, p) == Approx(0.25));  // 0.5 / 2
}

TEST_CASE("Spacing counts only neighbours ahead within the corridor of the bodies' width",
          "[crowd-agents]") {
  const Vec2 i{0, 0};
  const Vec2 east{1, 0};
  // Straight ahead 1.0 m: gap 1.0 - 0.4 = 0.6 m.
  CHECK(csm_spacing(east, east, std::vector<Neighbour>{seen(i, {1.0, 0.0})}, 0.1) == Approx(0.6));
  // Ahead but 0.39 m to the side: inside the 0.4 m corridor; gap |(1, 0.39)| - 0.4.
  CHECK(csm_spacing(east, east, std::vector<Neighbour>{seen(i, {1.0, 0.39})}, 0.1) ==
        Approx(std::hypot(1.0, 0.39) - 0.4));
  // 0.41 m to the side: outside the corridor.
  CHECK(std::isinf(csm_spacing(east, east, std::vector<Neighbour>{seen(i, {1.0, 0.41})}, 0.1)));
  // Behind: never counts.
  CHECK(std::isinf(csm_spacing(east, east, std::vector<Neighbour>{seen(i, {-1.0, 0.0})}, 0.1)));
  // The nearest of several: 0.8 m and 1.5 m ahead -> 0.4 m.
  CHECK(csm_spacing(east, east, std::vector<Neighbour>{seen(i, {1.5, 0.0}), seen(i, {0.8, 0.1})},
                    0.1) == Approx(std::hypot(0.8, 0.1) - 0.4));
}

TEST_CASE("A neighbour behind with respect to the goal yields a tenth of the contact distance",
          "[crowd-agents]") {
  const Vec2 i{0, 0};
  // i is pushed north (direction) while its goal is east; j 0.5 m north, slightly west of i, so
  // behind i with respect to the goal: gap 0.5 - 0.9 × 0.4 = 0.14 instead of 0.1.
  const Vec2 north{0, 1}, east{1, 0};
  const std::vector<Neighbour> behind{seen(i, {-0.01, 0.5})};
  CHECK(csm_spacing(north, east, behind, 0.1) == Approx(std::hypot(0.01, 0.5) - 0.36));
  CHECK(csm_spacing(north, east, behind, 0.0) == Approx(std::hypot(0.01, 0.5) - 0.4));
  // The same neighbour slightly east of i is ahead with respect to the goal: no yield.
  const std::vector<Neighbour> ahead{seen(i, {0.01, 0.5})};
  CHECK(csm_spacing(north, east, ahead, 0.1) == Approx(std::hypot(0.01, 0.5) - 0.4));
}

TEST_CASE("Direction: desired direction plus exponential repulsion, normalised", "[crowd-agents]") {
  const ModelParams p;  // a = 8, D = 0.1 m
  const Vec2 east{1, 0};
  // No neighbours: the desired direction.
  CHECK(csm_direction(east, {}, kNoWall, 0.2, p) == Vec2{1, 0});
  // A neighbour 0.5 m to the north: gap 0.1 m, R = 8 e^(-1) = 2.943 pushing south.
  const Vec2 e =
      csm_direction(east, std::vector<Neighbour>{seen({0, 0}, {0, 0.5})}, kNoWall, 0.2, p);
  const double r = 8.0 * std::exp(-1.0);
  CHECK(e.x == Approx(1.0 / std::hypot(1.0, r)));
  CHECK(e.y == Approx(-r / std::hypot(1.0, r)));
  // Beyond 8 D (gap 0.85 m) repulsion is cut: the direction stays east exactly.
  CHECK(csm_direction(east, std::vector<Neighbour>{seen({0, 0}, {0, 1.25})}, kNoWall, 0.2, p) ==
        Vec2{1, 0});
}

TEST_CASE("Walls deflect: the part of the direction into a touching wall is removed",
          "[crowd-agents]") {
  const ModelParams p;  // deflection range 0.1 m
  const Vec2 into{1, -1};
  // Wall to the south (normal north), the body touching it: only the eastward part is left.
  const WallContact touching{0.2, {0, 1}};
  const Vec2 e = csm_direction(into.normalized(), {}, touching, 0.2, p);
  CHECK(e.x == Approx(1.0));
  CHECK(e.y == Approx(0.0).margin(1e-12));
  // 0.05 m clear of it (half the range): half the southward part is removed.
  const WallContact half{0.25, {0, 1}};
  const Vec2 h = csm_direction(into.normalized(), {}, half, 0.2, p);
  CHECK(h.y / h.x == Approx(-0.5));
  // Moving away from a wall is untouched.
  CHECK(csm_direction(Vec2{0, 1}, {}, touching, 0.2, p) == Vec2{0, 1});
}

TEST_CASE("A stuck agent turns towards free space that still leads to its goal", "[crowd-agents]") {
  const ModelParams p;
  const Vec2 east{1, 0};
  // A at (0.42, 0.1) just ahead, B at (-0.42, -0.1) just behind: their repulsions cancel, so
  // e = east, and A, 0.1 m to the side, is in the corridor with a gap of |(0.42, 0.1)| - 0.4 =
  // 0.032 m: V = 0.032 m/s (T = 1 s), under a tenth of v0 = 1.3 m/s. Turned south by θ, A's
  // lateral offset is 0.1 cos θ + 0.42 sin θ: 0.238 m at 20°, 0.347 m at 40°, both in the 0.4 m
  // corridor, and 0.414 m at 60°, out of it, with B behind: V = v0 and the progress
  // 1.3 cos 60° = 0.65 m/s beats 0.032 and the 0.226 of a turn of 80°. Turned north, the offset
  // is |0.1 cos θ - 0.42 sin θ| <= 0.396 m up to 80°: A blocks every northern turn.
  const std::vector<Neighbour> squeezed{seen({0, 0}, {0.42, 0.1}), seen({0, 0}, {-0.42, -0.1})};
  const Step s = csm_step(east, squeezed, kNoWall, 0.2, 1.3, p, east);
  CHECK(s.direction.x == Approx(std::cos(60.0 * M_PI / 180.0)));
  CHECK(s.direction.y == Approx(-std::sin(60.0 * M_PI / 180.0)));
  CHECK(s.speed_ms == 1.3);
  // Free agents go straight at their desired speed.
  const Step free = csm_step(east, {}, kNoWall, 0.2, 1.3, p, east);
  CHECK(free.direction == Vec2{1, 0});
  CHECK(free.speed_ms == 1.3);
  // Someone touching straight ahead blocks every turn up to 80° (lateral 0.4 |sin θ| <= 0.4):
  // the agent waits rather than walks away from its goal.
  const std::vector<Neighbour> wall_of_people{seen({0, 0}, {0.4, 0.0}), seen({0, 0}, {-0.4, 0.0})};
  CHECK(csm_step(east, wall_of_people, kNoWall, 0.2, 1.3, p, east).speed_ms == 0.0);
}
