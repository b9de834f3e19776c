#pragma once
// Test maps drawn as ASCII pictures (the Valhalla style STYLE.md asks for): every letter in
// the drawing is a point at (column, row) × grid_m, rows counted from the bottom line up so
// the picture reads like a map (north up). Roads, buildings, open areas, walls, the
// perimeter, crowd zones and planned barriers are then named by their letters. Lines and
// dots in the drawing are only for the reader.

#include <map>
#include <string>
#include <string_view>

#include "sim/city/city_model.hpp"
#include "sim/city/graph_builder.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::test {

class AsciiMap {
 public:
  AsciiMap(std::string_view drawing, double grid_m);

  Vec2 at(char letter) const;

  // A way through the letters in order (split at letters other ways share, as in OSM).
  AsciiMap& road(std::string_view letters, double width_m, std::string name = "");
  AsciiMap& bollard(char letter);  // a map barrier node that stops vehicles
  AsciiMap& wall(std::string_view letters);
  AsciiMap& building(std::string_view letters);
  AsciiMap& open_area(std::string_view letters, std::string name = "square");
  AsciiMap& perimeter(std::string_view letters);
  AsciiMap& crowd_zone(std::string_view letters, double density_ppm2);
  AsciiMap& barrier(std::string_view letters, std::string rating,
                    double clear_gap_m = scenario::kUnset, std::string barrier_type = "");

  // Builds the city model (once) and returns it.
  const city::CityModel& city();
  const scenario::Layout& layout() const { return layout_; }

 private:
  Polyline line_of(std::string_view letters) const;
  Polygon polygon_of(std::string_view letters) const;

  std::map<char, Vec2> points_;
  std::vector<city::WayInput> ways_;
  std::unordered_map<city::NodeKey, city::NodeBarrier> node_barriers_;
  city::CityModel city_;
  bool built_ = false;
  scenario::Layout layout_;
};

}  // namespace agora::test
