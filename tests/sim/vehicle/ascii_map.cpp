#include "tests/sim/vehicle/ascii_map.hpp"

#include <catch2/catch.hpp>
#include <cctype>
#include <vector>

namespace agora::test {

AsciiMap::AsciiMap(std::string_view drawing, double grid_m) {
  std::vector<std::string_view> rows;
  std::size_t start = 0;
  while (start <= drawing.size()) {
    const std::size_t end = drawing.find('\n', start);
    rows.push_back(drawing.substr(
        start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  const int n = static_cast<int>(rows.size());
  for (int r = 0; r < n; ++r)
    for (std::size_t c = 0; c < rows[static_cast<std::size_t>(r)].size(); ++c) {
      const char ch = rows[static_cast<std::size_t>(r)][c];
      if (!std::isalpha(static_cast<unsigned char>(ch))) continue;
      INFO("letter drawn twice: " << ch);
      REQUIRE(points_.count(ch) == 0);
      points_[ch] = Vec2{static_cast<double>(c) * grid_m, static_cast<double>(n - 1 - r) * grid_m};
    }
}

Vec2 AsciiMap::at(char letter) const {
  const auto it = points_.find(letter);
  INFO("no letter in the drawing: " << letter);
  REQUIRE(it != points_.end());
  return it->second;
}

Polyline AsciiMap::line_of(std::string_view letters) const {
  Polyline line;
  for (char ch : letters) line.push_back(at(ch));
  return line;
}

Polygon AsciiMap::polygon_of(std::string_view letters) const {
  Polygon p;
  for (char ch : letters) p.outer().push_back(at(ch));
  return corrected(p);
}

AsciiMap& AsciiMap::road(std::string_view letters, double width_m, std::string name) {
  city::WayInput w;
  w.line = line_of(letters);
  for (char ch : letters) w.node_keys.push_back(static_cast<city::NodeKey>(ch));
  w.attributes.highway = "residential";
  w.attributes.name = std::move(name);
  w.attributes.width_m = width_m;
  w.attributes.vehicle_passable = true;
  w.attributes.walkable = true;
  ways_.push_back(std::move(w));
  return *this;
}

AsciiMap& AsciiMap::bollard(char letter) {
  node_barriers_[static_cast<city::NodeKey>(letter)] = {"bollard", true};
  city::MapBarrier b;
  b.line = {at(letter)};
  b.barrier = "bollard";
  b.stops_vehicles = true;
  b.walkable_through = true;
  city_.barriers.push_back(std::move(b));
  return *this;
}

AsciiMap& AsciiMap::wall(std::string_view letters) {
  city::MapBarrier b;
  b.line = line_of(letters);
  b.barrier = "wall";
  b.stops_vehicles = true;
  city_.barriers.push_back(std::move(b));
  return *this;
}

AsciiMap& AsciiMap::building(std::string_view letters) {
  city::Building b;
  b.footprint = polygon_of(letters);
  b.building = "yes";
  b.height_m = 12.0;
  city_.buildings.push_back(std::move(b));
  return *this;
}

AsciiMap& AsciiMap::open_area(std::string_view letters, std::string name) {
  city::OpenArea a;
  a.area = polygon_of(letters);
  a.kind = "square";
  a.name = std::move(name);
  city_.open_areas.push_back(std::move(a));
  return *this;
}

AsciiMap& AsciiMap::perimeter(std::string_view letters) {
  scenario::Perimeter p;
  p.area = polygon_of(letters);
  p.info.name = "perimeter";
  layout_.perimeters.push_back(std::move(p));
  return *this;
}

AsciiMap& AsciiMap::crowd_zone(std::string_view letters, double density_ppm2) {
  scenario::CrowdZone z;
  z.area = polygon_of(letters);
  z.density_ppm2 = density_ppm2;
  z.info.name = "crowd";
  layout_.crowd_zones.push_back(std::move(z));
  return *this;
}

AsciiMap& AsciiMap::barrier(std::string_view letters, std::string rating, double clear_gap_m,
                            std::string barrier_type) {
  scenario::PlannedBarrier b;
  b.line = line_of(letters);
  b.rating = std::move(rating);
  b.clear_gap_m = clear_gap_m;
  b.barrier_type = std::move(barrier_type);
  b.info.index = static_cast<int>(layout_.barriers.size());
  b.info.name = "barrier " + std::string(letters);
  layout_.barriers.push_back(std::move(b));
  return *this;
}

const city::CityModel& AsciiMap::city() {
  if (!built_) {
    city::build_road_graph(ways_, node_barriers_, city_);
    city_.build_index();
    built_ = true;
  }
  return city_;
}

}  // namespace agora::test
