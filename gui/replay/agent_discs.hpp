#pragma once
// How replayed agents look on the map: small filled discs in a bright cyan, lighter than every
// blue of the map (stops), the layout (gates, access points) and the colour ramps, with a dark
// rim so they read on white roads, lilac squares, orange crowd zones and in packed crowds alike
// (each disc keeps its rim over its neighbours' fills). All agents are one batch of point
// sprites: one draw call however many there are.

#include "gui/render/map_renderer.hpp"

namespace agora::gui {

inline constexpr DiscStyle kAgentLook{
    rgba(0, 225, 255),  // fill
    rgba(10, 40, 90),   // rim
    0.25,               // radius, m: a person's body (shoulder width ~0.5 m)
    2.5,                // but at least 2.5 px, visible when zoomed out to the whole square
    1.0,                // rim, px
};

}  // namespace agora::gui
