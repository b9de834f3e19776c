// Dwellings per building where the map does not say, by hand: footprint ÷ 100 m² per floor.

#include <catch2/catch.hpp>

#include "sim/city/dwellings.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using namespace agora::city;
using agora::test::rect;

namespace {

Building building(std::string type, Polygon footprint, int levels = 0, double height = 12.0) {
  Building b;
  b.building = std::move(type);
  b.footprint = std::move(footprint);
  b.levels = levels;
  b.height_m = height;
  return b;
}

}  // namespace

TEST_CASE("dwellings from tags, type, footprint, floors and land use", "[dwellings]") {
  const DwellingParams p;  // 100 m² per dwelling, 3 m storeys, town-centre mix where unknown
  // building=yes, 20 × 10 m = 200 m², 4 levels, no address: use unknown.
  Building yes = building("yes", rect(0, 0, 20, 10), 4);
  CHECK(use_unknown(yes));
  // No land use mapped: a town-centre mix, the 3 floors above the shop: 3 × 200 / 100 = 6.
  DwellingEstimate e = estimate_dwellings(yes, "", p);
  CHECK(e.dwellings == 6);
  CHECK(e.source == DwellingSource::kAssumedMixed);
  // On residential land every floor: 4 × 2 = 8; on industrial land none.
  CHECK(estimate_dwellings(yes, "residential", p).dwellings == 8);
  CHECK(estimate_dwellings(yes, "residential", p).source == DwellingSource::kLandUse);
  CHECK(estimate_dwellings(yes, "none", p).dwellings == 0);
  // No levels tagged: 12 m default height / 3 m = 4 floors, the same 6.
  CHECK(estimate_dwellings(building("yes", rect(0, 0, 20, 10)), "", p).floors == 4);
  // With an address: known to hold flats above the shop, 3 × 2 = 6, whatever the land use.
  Building addressed = yes;
  addressed.address = "Bruul 12";
  addressed.housenumber = "12";
  CHECK_FALSE(use_unknown(addressed));
  CHECK(estimate_dwellings(addressed, "none", p).dwellings == 6);
  CHECK(estimate_dwellings(addressed, "", p).source == DwellingSource::kAddressMixed);
  // apartments 15 × 20 = 300 m², 5 levels: 5 × 3 = 15. A house: 1. building:flats 9: 9.
  CHECK(estimate_dwellings(building("apartments", rect(0, 0, 15, 20), 5), "", p).dwellings == 15);
  CHECK(estimate_dwellings(building("house", rect(0, 0, 15, 20), 2), "", p).dwellings == 1);
  Building flats = building("apartments", rect(0, 0, 15, 20), 5);
  flats.flats = 9;
  CHECK(estimate_dwellings(flats, "", p).dwellings == 9);
  // A church holds none; an untagged 5 × 5 m shed is too small.
  CHECK(estimate_dwellings(building("church", rect(0, 0, 30, 20)), "residential", p).dwellings ==
        0);
  CHECK(estimate_dwellings(building("yes", rect(0, 0, 5, 5)), "", p).source ==
        DwellingSource::kTooSmall);
  // An untagged 50 × 50 m = 2500 m² hall (over 2000 m²) holds none either.
  CHECK(estimate_dwellings(building("yes", rect(0, 0, 50, 50), 4), "", p).source ==
        DwellingSource::kTooLarge);
  // building=yes that other tags call a landmark (a name), a public building or a part: known
  // use, no dwellings.
  Building named = yes;
  named.use_hint = "named";
  CHECK_FALSE(use_unknown(named));
  CHECK(estimate_dwellings(named, "residential", p).dwellings == 0);
  CHECK(estimate_dwellings(named, "residential", p).source == DwellingSource::kOtherUse);
}

TEST_CASE("the land use under a building", "[dwellings]") {
  std::vector<LandArea> land(2);
  land[0].area = rect(0, 0, 100, 100);
  land[0].building_use = "mixed";
  land[1].area = rect(50, 50, 100, 100);
  land[1].building_use = "residential";
  const LandUseMap map(land);
  CHECK(map.use_at({10, 10}) == "mixed");
  CHECK(map.use_at({60, 60}) == "residential");  // residential wins where both lie
  CHECK(map.use_at({200, 10}).empty());
}
