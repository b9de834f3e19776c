#pragma once
// How replayed agents look on the map: small filled discs in a bright cyan, lighter than every
// blue of the map (stops), the layout (gates, access points) and the colour ramps, with a dark
// rim so they read on white roads, lilac squares, orange crowd zones and in packed crowds alike.
// All agents go into one batch: one draw call however many there are.

#include <vector>

#include "gui/map/vertex_batch.hpp"
#include "gui/replay/replay.hpp"

namespace agora::gui {

struct AgentLook {
  static constexpr Rgba fill = rgba(0, 225, 255);
  static constexpr Rgba rim = rgba(10, 40, 90);
  static constexpr double radius_m = 0.25;      // a person's body (shoulder width ~0.5 m)
  static constexpr double min_radius_px = 3.0;  // visible when zoomed out to the whole square
  static constexpr double rim_px = 1.0;
  static constexpr int sides = 8;
};

// The discs of `agents`, rims first so every fill lies on top.
VertexBatch agent_discs(const std::vector<ReplayAgent>& agents, Vec2 origin);

}  // namespace agora::gui
