#pragma once
// What every map needs around the data: a scale bar, a north arrow (to true north: in a
// projected CRS grid north is off by the meridian convergence, about 1.9° in München on
// UTM zone 32), and the data attribution.

#include <string>

#include "gui/map/view.hpp"

struct ImDrawList;

namespace agora::gui {

void paint_scale_bar(ImDrawList* dl, const MapView& view);
// true_north_deg: clockwise angle from grid north (screen up) to true north.
void paint_north_arrow(ImDrawList* dl, const MapView& view, double true_north_deg);
void paint_attribution(ImDrawList* dl, const MapView& view, const std::string& text);

// "1:2 500" style map scale for a screen of ~96 pixels per inch.
std::string map_scale_text(double px_per_m);

}  // namespace agora::gui
