// Residents on a real extract whose buildings the map does not describe: Rome's centre near
// Piazza Venezia (tests/fixtures/osm/rome_centre.osm.pbf, © OpenStreetMap contributors, ODbL),
// where all 22 buildings are tagged only building=yes, without address, levels or use (one,
// the 225 m² dome, is a building:part of another outline).

#include <catch2/catch.hpp>

#include "gis/map_reader.hpp"
#include "sim/liveability/residents.hpp"
#include "sim/mobility/mobility.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

TEST_CASE("a real extract with untagged buildings: the coverage warning and a dwelling estimate",
          "[residents][real-map]") {
  const city::CityModel city = gis::read_city_model(test::fixture("osm/rome_centre.osm.pbf"));
  REQUIRE(city.buildings.size() == 22);
  // The whole extract as the zone: a perimeter over the map's extent.
  scenario::Layout L;
  scenario::Perimeter per;
  const Box e = city.extent();
  per.area.outer() = {e.min_corner(),
                      {e.min_corner().x, e.max_corner().y},
                      e.max_corner(),
                      {e.max_corner().x, e.min_corner().y},
                      e.min_corner()};
  bg::correct(per.area);
  L.perimeters.push_back(per);
  liveability::ResidentsParams p;
  const liveability::ResidentsResult r = liveability::residents_to_inform(city, L, nullptr, p);
  // 21 of the 22 buildings are of unknown use (the dome is a part): share 0.95, the warning.
  CHECK(r.buildings == 22);
  CHECK(r.buildings_unknown_use == 21);
  CHECK(r.unknown_use_share == Approx(21.0 / 22.0));
  CHECK(r.coverage_poor);
  // Counting tagged dwellings alone finds none: no building here is residential by its tags.
  int tagged = 0;
  for (const city::Building& b : city.buildings) tagged += b.residential;
  CHECK(tagged == 0);
  // The estimate: no levels, so 12 m default height ÷ 3 m = 4 floors; no land use under them,
  // so a town-centre mix: floor(3 × footprint / 100 m²), at least 1; the seven 0.7 m² ruins hold
  // none. Footprints (m², UTM 33N): 466.8 389.8 303.9 254.8 248.8 248.2 188.1 164.8 109.6 89.8 84.2
  // 83.6 51.7 40.1 → 14 + 11 + 9 + 7 + 7 + 7 + 5 + 4 + 3 + 2 + 2 + 2 + 1 + 1 = 75 (the 225.4 m²
  // dome, a building:part, holds none).
  CHECK(r.rows.size() == 14);
  CHECK(r.dwellings == Approx(75));
  CHECK(r.households == 75);
  // The mobility figure (households within the neighbour distance) now counts the estimate too.
  scenario::Scenario s;
  s.layout = L;
  const mobility::MobilityResult m = mobility::mobility_impact(city, s, {});
  CHECK(m.buildings_near == 22);
  CHECK(m.buildings_unknown_use == 21);
  CHECK(m.households_estimate == 75);
}
