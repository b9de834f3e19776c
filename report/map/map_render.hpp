#pragma once
// Lays a map out on paper and draws it through a Painter: the frame with the layers clipped
// to it, the scale bar (a round length of 25–40 mm), the north arrow, the attribution, and
// under the frame the legend: one swatch per layer with a legend text, then the colour ramps.

#include "report/map/map_model.hpp"
#include "report/map/painter.hpp"

namespace agora::report {

struct MapGeometry {
  double width_mm = 0.0;
  double frame_height_mm = 0.0;
  double legend_height_mm = 0.0;
  double total_height_mm() const { return frame_height_mm + legend_height_mm; }
  double scale_mm_per_m = 0.0;  // paper millimetres per ground metre
  Vec2 centre;                  // ground point at the frame's centre
};

MapGeometry map_geometry(const Map& map, double width_mm);

// Draws the map with its top-left corner at origin; returns the geometry used.
MapGeometry draw_map(const Map& map, Painter& painter, Pt origin, double width_mm);

// A round scale-bar length in metres: 1, 2 or 5 × 10^k, the largest not longer than
// max_mm on paper.
double scale_bar_length_m(double scale_mm_per_m, double max_mm);

}  // namespace agora::report
