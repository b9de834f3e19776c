#include "gui/map/map_style.hpp"

namespace agora::gui {

RoadLook road_look(const city::RoadEdge& e, bool highlight_passable) {
  const std::string& h = e.highway;
  RoadLook look{rgba(255, 255, 255), rgba(185, 180, 175), 1.2, 2, true};
  if (h == "motorway" || h == "trunk" || h == "motorway_link" || h == "trunk_link") {
    look = {rgba(232, 146, 162), rgba(180, 90, 110), 2.5, 7, true};
  } else if (h == "primary" || h == "primary_link") {
    look = {rgba(252, 214, 164), rgba(170, 120, 40), 2.2, 6, true};
  } else if (h == "secondary" || h == "secondary_link") {
    look = {rgba(247, 250, 191), rgba(140, 150, 60), 2.0, 5, true};
  } else if (h == "tertiary" || h == "tertiary_link") {
    look = {rgba(255, 255, 255), rgba(160, 155, 150), 1.8, 4, true};
  } else if (h == "residential" || h == "unclassified" || h == "living_street" || h == "road") {
    look = {rgba(255, 255, 255), rgba(185, 180, 175), 1.5, 3, true};
  } else if (h == "service" || h == "track" || h == "busway") {
    look = {rgba(255, 255, 255), rgba(195, 190, 185), 1.0, 2, true};
  } else if (h == "pedestrian") {
    look = {rgba(226, 226, 236), rgba(165, 165, 180), 1.4, 2, true};
  } else if (h == "footway" || h == "path" || h == "cycleway" || h == "bridleway") {
    look = {rgba(226, 226, 236), rgba(165, 165, 180), 0.9, 1, true};
  } else if (h == "steps") {
    look = {rgba(235, 120, 100), 0, 1.0, 1, false};
  }
  if (!e.vehicle_passable) {
    // A car cannot get through: a thin salmon line, no carriageway.
    look.fill = h == "steps" ? rgba(230, 100, 80) : rgba(240, 140, 120);
    look.casing = 0;
    look.cased = false;
    look.min_half_px = h == "steps" ? 1.3 : 0.8;
    look.z = 1;
  } else if (highlight_passable) {
    look.casing = rgba(200, 30, 30);
  }
  if (e.tunnel) {
    look.fill = with_alpha(look.fill, 90);
    look.casing = with_alpha(look.casing, 90);
  }
  return look;
}

Rgba open_area_fill(const city::OpenArea& a) {
  if (a.kind == "parking") return MapPalette::parking;
  return MapPalette::pedestrian_area;
}

}  // namespace agora::gui
