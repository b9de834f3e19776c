#pragma once
// The collision-free speed model (Tordeux, Chraibi & Seyfried 2016, "Collision-free speed model
// for pedestrian dynamics", Traffic and Granular Flow '15, arXiv:1512.05597) for one agent i:
//
//   direction  u   = e0 + Σ_j a exp((l_ij - s_ij) / D) (x_i - x_j) / s_ij
//              e_i = N( u - max(0, 1 - (d_w - r_i) / δ) min(0, u · n_w) n_w )   (walls deflect)
//   spacing    s_i = min over j ahead of i within its corridor of (s_ij - l_ij)
//              (ahead: e_i · (x_j - x_i) >= 0; corridor: |e_i⊥ · (x_j - x_i)| <= l_ij)
//   speed      V   = min(v0, max(0, s_i / T))
//   velocity   v_i = V e_i
//
// with s_ij the distance between centres, l_ij = r_i + r_j, d_w the distance to the nearest
// wall and n_w the unit vector from it, δ = wall_deflection_m, N(·) normalisation. Two
// departures from the paper, both in docs/crowd-model.md: walls deflect instead of repelling,
// and a neighbour behind i with respect to e0 yields a little in i's spacing. These are the pure
// per-agent functions; simulation.cpp gathers the neighbours and applies them to every agent.

#include <span>

#include "sim/crowd/agents/params.hpp"
#include "sim/crowd/agents/wall_field.hpp"

namespace agora::crowd::agents {

struct Neighbour {
  Vec2 offset;        // x_i - x_j
  double distance_m;  // |x_i - x_j| > 0
  double contact_m;   // r_i + r_j
};

// Repulsion beyond this many ranges D (0.8 m at D = 0.1 m) is below a e^-8 (0.3 % of the desired
// direction's weight at a = 8) and skipped: most neighbours in a dense crowd lie out there, and
// the exponential is the costliest operation of the step.
inline constexpr double kRepulsionCutoffRanges = 8.0;

// The unit direction e_i, or {0, 0} when the terms cancel exactly.
Vec2 csm_direction(Vec2 desired, std::span<const Neighbour> neighbours, const WallContact& wall,
                   double radius_m, const ModelParams& params);

// s_i: the smallest gap (s_ij - l_ij) to a neighbour ahead in the corridor; +infinity if none.
// A neighbour behind i with respect to its desired direction e0 (e0 · (x_j - x_i) < 0) yields
// by yield_fraction of l_ij: a pedestrian pushing towards an exit gains a few centimetres on
// whoever stands behind, never on whoever stands ahead. Without it the discrete model locks in
// arches at narrow exits (see docs/crowd-model.md).
double csm_spacing(Vec2 direction, Vec2 desired, std::span<const Neighbour> neighbours,
                   double yield_fraction);

// V(s) = min(v0, max(0, s / T)).
double csm_speed(double spacing_m, double desired_speed_ms, const ModelParams& params);

// A walking direction and its speed.
struct Step {
  Vec2 direction;
  double speed_ms = 0.0;
};

// An agent the model leaves (nearly) stuck (speed below kStuckFraction of v0) looks around: of
// its direction e rotated by ±20°, ±40°, ±60° and ±80° (deflected by a wall it touches like e),
// it takes the one that makes the most progress towards its goal, V(s(θ)) (θ · e0), if that
// beats e's. Two agents at the two jambs of a door, both heading for its middle, otherwise block
// each other for good. Returns {e, V(s(e))} when no turn helps.
inline constexpr double kStuckFraction = 0.1;
Step csm_step(Vec2 desired, std::span<const Neighbour> neighbours, const WallContact& wall,
              double radius_m, double desired_speed_ms, const ModelParams& params,
              Vec2 fallback_direction);

}  // namespace agora::crowd::agents
