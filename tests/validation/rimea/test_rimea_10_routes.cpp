// RiMEA test 10: a corridor with 12 side rooms (6 a side) and two exits; 23 people, those in
// rooms 1–4 and 7–10 assigned the main exit, the rest the secondary one. Everyone must leave by
// the exit assigned.
//
//   y 12 +----+----+----+----+----+----+
//        |  7 |  8 |  9 | 10 | 11 | 12 |      rooms 5 m × 4.5 m, 1 m doors onto the corridor
//   y  7 +-  -+-  -+-  -+-  -+-  -+-  -+
//  secondary  corridor 1.5 m wide           main
//   y  5 +-  -+-  -+-  -+-  -+-  -+-  -+
//        |  1 |  2 |  3 |  4 |  5 |  6 |
//   y  0 +----+----+----+----+----+----+
//        x 0                          30
//
// The main exit is at the right end, the secondary at the left, so rooms 1–3 and 7–9 walk past
// the nearer exit and the two streams meet head on in the corridor.

#include <catch2/catch.hpp>

#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

TEST_CASE("RiMEA 10: everyone leaves by the exit assigned", "[rimea]") {
  const ModelParams params = model_params();
  MultiPolygon area{rectangle(0, 5.25, 30, 6.75)};  // the corridor
  for (int k = 0; k < 6; ++k) {
    const double x0 = 5.0 * k;
    for (const Polygon& p :
         {rectangle(x0 + 0.25, 0.25, x0 + 4.75, 4.75), rectangle(x0 + 2.0, 4.5, x0 + 3.0, 5.5),
          rectangle(x0 + 0.25, 7.25, x0 + 4.75, 11.75), rectangle(x0 + 2.0, 6.5, x0 + 3.0, 7.5)}) {
      MultiPolygon u;
      bg::union_(area, p, u);
      area = u;
    }
  }
  const int kMain = 0, kSecondary = 1;
  auto env = std::make_shared<const Environment>(
      make_domain(area, {{"main", {30, 5.25}, {30, 6.75}}, {"secondary", {0, 5.25}, {0, 6.75}}},
                  params.field_cell_m),
      params);
  Simulation sim(env, params);
  Rng rng(10);
  std::vector<int> assigned;
  for (int room = 1; room <= 12; ++room) {
    const int k = (room - 1) % 6;
    const double y = room <= 6 ? 2.5 : 9.5;
    const int exit = (room <= 4 || (room >= 7 && room <= 10)) ? kMain : kSecondary;
    for (int i = 0; i < (room == 12 ? 1 : 2); ++i) {  // 23 people: two per room, one in room 12
      AgentSpec a;
      a.position = {5.0 * k + 1.5 + 2.0 * i, y};
      a.desired_speed_ms = free_speed(rng);
      a.exit = exit;
      sim.add_agent(a);
      assigned.push_back(exit);
    }
  }
  REQUIRE(assigned.size() == 23);
  run_to_end(sim, 600.0);
  REQUIRE(sim.departures().size() == 23);
  int by_main = 0;
  for (const Departure& d : sim.departures()) {
    INFO("person " << d.agent);
    CHECK(static_cast<int>(d.exit) == assigned[d.agent]);
    by_main += d.exit == static_cast<std::uint32_t>(kMain);
  }
  CHECK(by_main == 16);  // rooms 1-4 and 7-10, two each
}
