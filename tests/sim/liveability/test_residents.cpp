// The residents to inform: the letter zone around the perimeter, the façades over the limit,
// the estimated dwellings and the map's coverage, by hand.

#include <catch2/catch.hpp>

#include "sim/liveability/residents.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using namespace agora::liveability;
using agora::test::rect;

TEST_CASE("the letter list: zone, noise over the limit, dwellings and coverage", "[residents]") {
  //   perimeter 0..100 × 0..100
  //   A  apartments 110..130 × 0..20 (10 m off), 3 levels, Bruul 1: 3 × 400/100 = 12 dwellings
  //   B  building=yes 0..20 × 120..140 (20 m off), 4 levels, no address: 3 × 4 = 12 (town-centre
  //   mix) C  building=yes 300..320 × 0..10 (200 m off), 2 levels, no address: 1 × 2 = 2; a façade
  //   over the limit D  building=yes 400..420 × 0..10 (300 m off): neither in the zone nor loud
  city::CityModel city;
  auto add = [&](std::string type, Polygon fp, int levels, std::string street, std::string number) {
    city::Building b;
    b.building = std::move(type);
    b.footprint = std::move(fp);
    b.levels = levels;
    b.height_m = 3.0 * levels;
    b.street = street;
    b.housenumber = number;
    if (!street.empty()) b.address = street + " " + number;
    city.buildings.push_back(std::move(b));
  };
  add("apartments", rect(110, 0, 130, 20), 3, "Bruul", "1");
  add("yes", rect(0, 120, 20, 140), 4, "", "");
  add("yes", rect(300, 0, 320, 10), 2, "", "");
  add("yes", rect(400, 0, 420, 10), 2, "", "");
  city.build_index();
  scenario::Layout L;
  scenario::Perimeter per;
  per.area = rect(0, 0, 100, 100);
  L.perimeters.push_back(per);
  noise::NoiseResult n;
  noise::Receiver loud;
  loud.building = 2;
  loud.level_dba = 63.0;
  loud.limit_dba = 60.0;
  noise::Receiver quiet = loud;
  quiet.building = 3;
  quiet.level_dba = 50.0;
  n.receivers = {loud, quiet};
  ResidentsParams p;
  p.letter_radius_m = 50.0;
  const ResidentsResult r = residents_to_inform(city, L, &n, p);
  // A, B in the zone; C over the limit; D out: 3 buildings, 2 of unknown use (B, C).
  CHECK(r.buildings == 3);
  CHECK(r.buildings_unknown_use == 2);
  CHECK(r.unknown_use_share == Approx(2.0 / 3.0));
  CHECK(r.coverage_poor);  // 0.67 > 0.5
  REQUIRE(r.rows.size() == 3);
  CHECK(r.dwellings == Approx(12 + 12 + 2));
  CHECK(r.dwellings_untagged == Approx(12 + 2));
  CHECK(r.households == 26);
  CHECK(r.addresses == 1);
  CHECK(r.over_limit_buildings == 1);
  // Street order: the unnamed ones (no street nearby) first, then Bruul.
  CHECK(r.rows.back().street == "Bruul");
  CHECK(r.rows.back().dwellings == 12);
  CHECK(r.rows.back().method == "apartments");
  CHECK(r.rows.back().in_letter_zone);
  const ResidentRow* c = nullptr;
  for (const ResidentRow& row : r.rows)
    if (row.building == 2) c = &row;
  REQUIRE(c != nullptr);
  CHECK(c->over_limit);
  CHECK_FALSE(c->in_letter_zone);
  CHECK(c->facade_dba == 63.0);
  CHECK(c->distance_m == Approx(200.0));
  CHECK(c->method == "assumed_mixed");
}
