// A curve drawn as many short chords (as OSM draws it) limits speed by its total turn, not by
// the few degrees at each vertex (docs/ramming.md, "digitised curve").

#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>

#include "sim/city/graph_builder.hpp"
#include "sim/vehicle/ramming.hpp"
#include "tests/sim/vehicle/domain_tables.hpp"

using namespace agora;
using namespace agora::vehicle;

TEST_CASE("a digitised 90° curve caps the speed at its racing-line radius", "[ramming][approach]") {
  // One 6 m wide way: 100 m east along y = 0 to A0 = (0, 0), then a quarter circle of radius
  // 30 m (centre (0, 30)) drawn as 10 chords of 9°... turning north, then 40 m north to the
  // perimeter (a box whose lower edge is y = 30 + 40 = 70 at x = 30).
  const double r = 30.0, pi = std::numbers::pi;
  city::CityModel city;
  city::WayInput way;
  way.line.push_back({-100.0, 0.0});
  for (int k = 0; k <= 10; ++k) {
    const double a = pi / 2 * k / 10.0;  // angle swept from the bottom of the circle
    way.line.push_back({r * std::sin(a), r - r * std::cos(a)});
  }
  way.line.push_back({30.0, 90.0});
  for (std::size_t i = 0; i < way.line.size(); ++i) way.node_keys.push_back(1000 + i);
  way.attributes.highway = "residential";
  way.attributes.width_m = 6.0;
  way.attributes.vehicle_passable = true;
  city::build_road_graph({way}, {}, city);
  city.build_index();
  scenario::Layout layout;
  scenario::Perimeter p;
  p.area =
      corrected(Polygon{{{20.0, 70.0}, {40.0, 70.0}, {40.0, 100.0}, {20.0, 100.0}, {20.0, 70.0}}});
  layout.perimeters.push_back(p);

  const VehicleTable table = test::domain_vehicles();
  const BarrierCatalogue catalogue{{}, "test"};
  const RatingVehicleTable rating_vehicles = test::domain_rating_vehicles();
  const RammingResult res =
      analyse_ramming(city, layout, RammingInputs{table, {"M1"}, catalogue, rating_vehicles, {}});
  REQUIRE(res.crossings.size() == 1);
  const ClassAtCrossing& m1 = res.crossings[0].classes[0];
  // The bend: 11 vertices turning 90° in total (4.5° where the straights join, 9° between
  // chords), spanning S = 10 chords of 2·30·sin(4.5°) = 4.707 m = 47.07 m of centreline.
  // Racing line with h = (6 − 1.8)/2 = 2.1 m: R = max(S/Θ, h) + h·(1 + cos 45°)/(1 − cos 45°)
  //   = 47.07/1.5708 + 2.1·5.828 = 29.97 + 12.24 = 42.21 m; cap v² = 9.80665·42.21 = 413.9.
  // (Each vertex alone would allow 2h/(1 − cos 4.5°) = 1362 m: no limit at all.)
  // Arriving after 100 m at v² = 800, the car takes the bend at v² = 413.9 and gains
  // 2·4·(40 m north + the last chord... none: the bend ends at (30, 30)) over 40 m:
  // v² = 413.9 + 320 = 733.9 -> 27.09 m/s = 97.5 km/h.
  const double s_bend = 10 * 2 * r * std::sin(pi / 40);
  const double r_bend = s_bend / (pi / 2) + 2.1 * (1 + std::cos(pi / 4)) / (1 - std::cos(pi / 4));
  CHECK(r_bend == Approx(42.21).margin(0.01));
  CHECK(m1.speed.high_kmh ==
        Approx(mps_to_kmh(std::sqrt(kGravity_mps2 * r_bend + 2 * 4.0 * 40.0))).margin(0.05));
  CHECK(m1.speed.high_kmh == Approx(97.5).margin(0.1));
}
