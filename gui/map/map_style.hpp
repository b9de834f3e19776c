#pragma once
// How the city model looks: colours and widths by road class, buildings, open areas and map
// barriers. The palette follows OpenStreetMap Carto's conventions, muted so that layout
// features and analysis overlays stand out. Roads a hostile car can physically drive are
// drawn at their width with a casing; ways it cannot drive (steps, narrow paths) are thin
// uncased lines, so the two read apart at a glance.

#include <string>

#include "gui/map/vertex_batch.hpp"
#include "sim/city/city_model.hpp"

namespace agora::gui {

struct RoadLook {
  Rgba fill;
  Rgba casing;  // drawn 1 px wider on each side, under the fill; 0 alpha: no casing
  double min_half_px;
  int z;  // draw order: higher on top
  bool cased;
};

RoadLook road_look(const city::RoadEdge& edge, bool highlight_passable);

struct MapPalette {
  static constexpr Rgba background = rgba(242, 239, 233);
  static constexpr Rgba building = rgba(217, 208, 201);
  static constexpr Rgba building_outline = rgba(190, 176, 166);
  static constexpr Rgba pedestrian_area = rgba(221, 221, 232);
  static constexpr Rgba pedestrian_area_outline = rgba(190, 190, 206);
  static constexpr Rgba parking = rgba(232, 230, 226);
  static constexpr Rgba barrier_stop = rgba(90, 60, 50);
  static constexpr Rgba barrier_other = rgba(150, 140, 130);
  static constexpr Rgba poi = rgba(40, 100, 200);
};

Rgba open_area_fill(const city::OpenArea& area);

}  // namespace agora::gui
