#pragma once
// Small layouts drawn in code for the crowd, access and noise tests.

#include "sim/city/city_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::test {

inline Polygon rect(double x0, double y0, double x1, double y1) {
  Polygon p;
  p.outer() = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
  return p;
}

inline scenario::FeatureInfo info(int index, std::string id) {
  return {"layout.geojson", index, std::move(id), ""};
}

inline scenario::Exit exit_line(Vec2 a, Vec2 b, double width_m, std::string id = "exit") {
  scenario::Exit e;
  e.info = info(0, std::move(id));
  e.line = {a, b};
  e.width_m = width_m;
  return e;
}

inline city::CityModel empty_city() {
  city::CityModel c;
  c.build_index();
  return c;
}

}  // namespace agora::test
