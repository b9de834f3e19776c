#pragma once
// A small event site drawn in code for the crowd run tests:
//
//   y 20 +------------------------------+
//        |  zone "market" 20 m x 10 m   |
//        |   (5,5) - (25,15), 1 p/m²    |
//  west  |                              |  east
//  exit  >                              <  exit    (x = 0 and x = 30, y 9-11, 2 m wide)
//        |                              |
//   y 0  +------------------------------+
//        x 0                           30
//
// around it, for ingress, an open square 10 m deep on every side.

#include "sim/city/city_model.hpp"
#include "sim/crowd/agents/domain.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::test {

inline scenario::FeatureInfo crowd_info(int index, std::string id) {
  return {"site.geojson", index, std::move(id), ""};
}

inline scenario::Scenario crowd_site() {
  using crowd::agents::rectangle;
  scenario::Scenario s;
  s.file = "site/scenario.json";
  s.layout.perimeters.push_back({crowd_info(0, "perimeter"), rectangle(0, 0, 30, 20)});
  s.layout.crowd_zones.push_back({crowd_info(1, "market"), rectangle(5, 5, 25, 15), 1.0, ""});
  scenario::Exit west, east;
  west.info = crowd_info(2, "west");
  west.line = {{0, 9}, {0, 11}};
  west.width_m = 2.0;
  east.info = crowd_info(3, "east");
  east.line = {{30, 9}, {30, 11}};
  east.width_m = 2.0;
  s.layout.exits = {west, east};
  return s;
}

// No buildings; with `square`, an open walkable square 10 m around the site.
inline city::CityModel crowd_city(bool square) {
  city::CityModel c;
  if (square) {
    city::OpenArea a;
    a.area = crowd::agents::rectangle(-10, -10, 40, 30);
    a.kind = "pedestrian";
    c.open_areas.push_back(a);
  }
  c.build_index();
  return c;
}

}  // namespace agora::test
