#include "gui/replay/agent_discs.hpp"

namespace agora::gui {

VertexBatch agent_discs(const std::vector<ReplayAgent>& agents, Vec2 origin) {
  VertexBatch b(origin);
  for (const ReplayAgent& a : agents)
    b.add_disc(a.position, AgentLook::radius_m, AgentLook::min_radius_px, AgentLook::rim_px, AgentLook::rim, AgentLook::sides);
  for (const ReplayAgent& a : agents)
    b.add_disc(a.position, AgentLook::radius_m, AgentLook::min_radius_px, 0.0, AgentLook::fill, AgentLook::sides);
  return b;
}

}  // namespace agora::gui
