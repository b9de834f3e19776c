// Local density, its maximum map, hotspots and Fruin's levels of service, by hand.

#include <catch2/catch.hpp>
#include <numbers>

#include "sim/crowd/agents/density_meter.hpp"
#include "sim/crowd/agents/domain.hpp"

using namespace agora;
using namespace agora::crowd::agents;

TEST_CASE("Density counts people within 1 m of each cell over the walkable disc",
          "[crowd-agents]") {
  const Domain d = make_domain(rectangle(0, 0, 20, 20), {}, 0.25);
  DensityMeter meter(d.walkable, {});
  // 20 people within 0.5 m of (10.25, 10.25), the centre of a density cell: 20 / π = 6.37 p/m²
  // there, above both thresholds.
  std::vector<Vec2> crowd;
  for (int i = 0; i < 20; ++i) {
    const double a = 2.0 * std::numbers::pi * i / 20.0;
    crowd.push_back({10.25 + 0.4 * std::cos(a), 10.25 + 0.4 * std::sin(a)});
  }
  meter.record(0.0, crowd);
  meter.record(0.5, crowd);
  meter.record(1.0, {});
  const auto c = meter.max_density().cell_at({10.25, 10.25});
  REQUIRE(c);
  // The walkable disc: the (2 r / 0.25)² mask cells whose centre is within 1 m: π less a little.
  CHECK(meter.max_density()[*c] == Approx(20.0 / std::numbers::pi).epsilon(0.03));
  CHECK(meter.max_density_ppm2() == Approx(20.0 / std::numbers::pi).epsilon(0.03));
  // Off the site: no data.
  CHECK(meter.max_density()(0, 0) == DensityMeter::kNoData);
  // One hotspot per threshold, seen at 0 s and 0.5 s, above it for 1 s at most (two samples).
  const auto hs = meter.hotspots();
  REQUIRE(hs.size() == 2);
  CHECK(hs[0].threshold_ppm2 == 4.0);
  CHECK(hs[1].threshold_ppm2 == 5.5);
  for (const Hotspot& h : hs) {
    CHECK(h.first_time_s == 0.0);
    CHECK(h.last_time_s == 0.5);
    CHECK(h.duration_s == Approx(1.0));
    CHECK(h.centre.x == Approx(10.25).margin(0.1));
    CHECK(h.centre.y == Approx(10.25).margin(0.1));
  }
  // The area above 4 p/m² is larger than that above 5.5.
  CHECK(meter.area_over_m2(0) > meter.area_over_m2(1));
  CHECK(meter.area_over_m2(1) > 0.0);
}

TEST_CASE("Fruin's walkway levels of service", "[crowd-agents]") {
  // Walkway: A below 1/3.25 = 0.308 p/m², B below 0.431, C 0.719, D 1.075, E 2.174, F above.
  const std::vector<double> walkway{1 / 3.25, 1 / 2.32, 1 / 1.39, 1 / 0.93, 1 / 0.46};
  CHECK(level_of_service(0.1, walkway) == 1);
  CHECK(level_of_service(0.5, walkway) == 3);
  CHECK(level_of_service(2.0, walkway) == 5);
  CHECK(level_of_service(4.0, walkway) == 6);
  Field density({0, 0}, 1.0, 2, 1, DensityMeter::kNoData);
  density(0, 0) = 1.0f;
  const Field los = level_of_service_map(density, walkway);
  CHECK(los(0, 0) == 4.0f);
  CHECK(los(1, 0) == DensityMeter::kNoData);
}
