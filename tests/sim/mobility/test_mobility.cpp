// Road closures, detours, residents, parking and stops on a small drawn network.

#include <catch2/catch.hpp>

#include "sim/mobility/mobility.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using agora::test::rect;

namespace {

//   A(0,0) ------- B(100,0) ==[site]== C(200,0)
//                    |                  ^ one-way E → C
//                  D(100,-100) ------ E(200,-100)
city::CityModel network(bool oneway_ec) {
  city::CityModel c;
  for (Vec2 p : {Vec2{0, 0}, Vec2{100, 0}, Vec2{200, 0}, Vec2{100, -100}, Vec2{200, -100}}) {
    city::RoadNode n;
    n.pos = p;
    c.nodes.push_back(n);
  }
  auto edge = [&](city::NodeId a, city::NodeId b, std::string name, bool oneway) {
    city::RoadEdge e;
    e.from = a;
    e.to = b;
    e.line = {c.nodes[a].pos, c.nodes[b].pos};
    e.length_m = distance(c.nodes[a].pos, c.nodes[b].pos);
    e.name = std::move(name);
    e.highway = "residential";
    e.width_m = 6;
    e.vehicle_passable = e.car_legal = e.walkable = true;
    e.oneway = oneway;
    c.edges.push_back(e);
  };
  edge(0, 1, "Westweg", false);
  edge(1, 2, "Marktstraat", false);
  edge(1, 3, "Zuidweg", false);
  edge(3, 4, "Ring", false);
  edge(4, 2, "Oostweg", oneway_ec);  // from E to C
  auto building = [&](Polygon p, std::string address) {
    city::Building b;
    b.footprint = std::move(p);
    b.residential = true;
    b.building = "yes";  // with an address: flats above a shop, at least 1 (city/dwellings.hpp)
    b.address = std::move(address);
    b.height_m = 10;
    c.buildings.push_back(b);
  };
  building(rect(120, 20, 130, 30), "Marktstraat 1");  // 14 m from the site: near
  building(rect(155, 5, 158, 8), "Markt 2");          // inside the perimeter
  building(rect(300, 300, 310, 310), "Verweg 9");     // far away
  city::PointOfInterest stop;
  stop.pos = {170, 5};  // beside Marktstraat, 30.4 m from Oostweg
  stop.kind = "bus_stop";
  stop.name = "Markt";
  c.pois.push_back(stop);
  city::OpenArea parking;
  parking.area = rect(145, 15, 155, 25);  // reached only from Marktstraat (15 m)
  parking.kind = "parking";
  parking.name = "Marktparking";
  c.open_areas.push_back(parking);
  c.build_index();
  return c;
}

}  // namespace

TEST_CASE("a closed street: detour, residents, parking and stops", "[assess]") {
  scenario::Scenario s;
  s.layout.perimeters.push_back({test::info(0, "site"), rect(140, -10, 160, 10)});
  s.event.events_at_location_this_year = 5;
  const mobility::MobilityParams p;
  const city::CityModel two_way = network(false);
  const mobility::MobilityResult r = mobility::mobility_impact(two_way, s, p);
  // Marktstraat B–C (100 m) crosses the site: closed. B to C was 100 m, now B–D–E–C = 300 m.
  REQUIRE(r.closures.size() == 1);
  CHECK(r.closures[0].name == "Marktstraat");
  CHECK(r.closures[0].length_m == Approx(100.0));
  CHECK(r.max_detour_m == Approx(200.0));
  CHECK_FALSE(r.closures[0].cut_off);
  // Residents: one building inside, one 14 m away (≤ 50 m), one far. Dwellings estimated
  // (sim/city/dwellings.hpp: building=yes with an address is flats above a shop): 10 m high is
  // round(10 / 3) = 3 storeys; the 10 × 10 m one holds (3 − 1) × 100 / 100 = 2, the 3 × 3 m one
  // at least 1: 3 households.
  CHECK(r.residential_inside == 1);
  CHECK(r.residential_near == 1);
  CHECK(r.households_estimate == 3);
  // The bus stop's only road within 30 m is the closed Marktstraat; the parking too.
  REQUIRE(r.stops.size() == 1);
  CHECK(r.stops[0].cut_off);
  CHECK_FALSE(r.stops[0].inside);
  REQUIRE(r.parking.size() == 1);
  CHECK(r.parking[0].name == "Marktparking");
  CHECK(r.events_at_location_this_year == 5);

  // With Oostweg one-way from E to C, C cannot get back to B at all: cut off.
  const mobility::MobilityResult one = mobility::mobility_impact(network(true), s, p);
  REQUIRE(one.closures.size() == 1);
  CHECK(one.closures[0].cut_off);
  CHECK(one.closures_cut_off == 1);
  CHECK(one.max_detour_m == Approx(200.0));  // B → C still 300 m
}

TEST_CASE("a bollard line with car-wide gaps does not close the road; a continuous one does",
          "[assess]") {
  scenario::Scenario s;
  s.layout.perimeters.push_back(
      {test::info(0, "site"), rect(300, 300, 320, 320)});  // off the network
  scenario::PlannedBarrier b;
  b.line = {{50, -5}, {50, 5}};  // across Westweg
  b.clear_gap_m = 2.0;           // ≥ 1.8 m car width
  s.layout.barriers.push_back(b);
  const city::CityModel c = network(false);
  CHECK(mobility::mobility_impact(c, s, {}).closures.empty());
  s.layout.barriers[0].clear_gap_m = 1.2;
  const mobility::MobilityResult r = mobility::mobility_impact(c, s, {});
  REQUIRE(r.closures.size() == 1);
  CHECK(r.closures[0].name == "Westweg");
  // A is a dead end beyond the barrier: nothing to detour to (A has no other road).
  CHECK(r.max_detour_m == 0.0);
}

TEST_CASE("subway entrances are people's access points, not stops cut off from the roads",
          "[assess]") {
  // The site of the first test (x 140–160, y −10…10) with a subway entrance inside it, its
  // platform's stop position below it (level −2) and a station node 20 m east of the site.
  city::CityModel c = network(false);
  auto poi = [&](Vec2 pos, const char* kind, const char* name, bool underground) {
    city::PointOfInterest p;
    p.pos = pos;
    p.kind = kind;
    p.name = name;
    p.underground = underground;
    c.pois.push_back(p);
  };
  poi({150, 0}, "subway_entrance", "Markt U", false);
  poi({150, 2}, "public_transport_stop", "Markt U platform", true);
  poi({180, 0}, "station", "Markt", false);  // 20 m from the site, within the 30 m stop distance
  c.build_index();
  scenario::Scenario s;
  s.layout.perimeters.push_back({test::info(0, "site"), rect(140, -10, 160, 10)});
  const mobility::MobilityResult r = mobility::mobility_impact(c, s, mobility::MobilityParams{});
  // Only the bus stop of the first test is a road-served stop; the platform below ground is none.
  REQUIRE(r.stops.size() == 1);
  CHECK(r.stops[0].kind == "bus_stop");
  // The entrance (inside) and the station (beside) are access points, neither "cut off".
  REQUIRE(r.transit_access.size() == 2);
  int inside = 0;
  for (const mobility::Place& p : r.transit_access) {
    CHECK_FALSE(p.cut_off);
    inside += p.inside;
    if (p.inside) CHECK(p.kind == "subway_entrance");
  }
  CHECK(inside == 1);
}
