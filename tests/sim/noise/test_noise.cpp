// ISO 9613-2 simplified propagation and façade receivers against hand calculations (sources.md:
// Liveability and noise).

#include <catch2/catch.hpp>
#include <cmath>

#include "sim/noise/facade_levels.hpp"
#include "sim/noise/facade_limit.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using namespace agora::noise;
using agora::test::rect;

TEST_CASE("ISO 9613-2 attenuation terms", "[noise]") {
  // sources.md: Liveability and noise check value: 200 m from a point source, A_div = 20·lg(200) +
  // 11 = 46.02 + 11 = 57.0 dB.
  CHECK(a_div_db(200.0) == Approx(57.02).margin(0.005));
  // A_atm = 1.9 dB/km × 0.2 km = 0.38 dB.
  CHECK(a_atm_db(200.0, 1.9) == Approx(0.38));
  // A_gr with h_m = 3 m at 200 m: 4.8 − (6/200)·(17 + 300/200) = 4.8 − 0.03·18.5 = 4.245 dB.
  CHECK(a_gr_db(3.0, 200.0) == Approx(4.245));
  CHECK(a_gr_db(10.0, 20.0) == 0.0);  // 4.8 − 1·32 < 0: no ground attenuation close by
  PropagationParams p;                // λ = 343 / 500 = 0.686 m
  // One edge, δ = 0.5 m: N = 2·0.5/0.686 = 1.4577, A_bar = 10·lg(3 + 20·1.4577) = 10·lg(32.155)
  // = 15.07 dB.
  CHECK(a_bar_db(0.5, 1, 0.0, p) == Approx(15.07).margin(0.01));
  // δ = 5 m: 10·lg(3 + 291.5) = 24.69 dB, capped at 20 dB over a single edge.
  CHECK(a_bar_db(5.0, 1, 0.0, p) == Approx(20.0));
  CHECK(a_bar_db(0.0, 1, 0.0, p) == 0.0);
}

TEST_CASE("path difference over a building's roof", "[noise]") {
  // Source and receiver 2 m high, 100 m apart; a 12 m building from 49 to 51 m. The taut path
  // runs over both roof edges: 2·sqrt(49² + 10²) + 2 = 2·50.010 + 2 = 102.020 m, so δ = 2.020 m.
  const Diffraction d = diffraction(100.0, 2.0, 2.0, {{49.0, 51.0, 12.0}});
  CHECK(d.path_difference_m == Approx(2.0200).margin(1e-4));
  CHECK(d.edges == 2);
  CHECK(d.edge_separation_m == Approx(2.0));
  // A building lower than the line of sight does not screen.
  CHECK(diffraction(100.0, 2.0, 2.0, {{49.0, 51.0, 1.5}}).edges == 0);

  // The whole path, L_W = 125 dB(A): d = 100 m, A_div = 51.00, A_atm = 0.19,
  // A_gr = 4.8 − (4/100)·(17 + 3) = 4.00; A_bar: N = 2·2.020/0.686 = 5.889, two edges 2 m apart:
  // C3 = (1 + (5·0.686/2)²)/(1/3 + (5·0.686/2)²) = 3.9412/3.2745 = 1.2036,
  // A_bar = 10·lg(3 + 20·5.889·1.2036) = 10·lg(144.77) = 21.61 dB (> A_gr, so it counts; < 25 cap).
  // L = 125 − 51.00 − 0.19 − 21.61 = 52.20 dB(A).
  const PathLevel l =
      path_level(125.0, {0, 0}, 2.0, {100, 0}, 2.0, {{49.0, 51.0, 12.0}}, PropagationParams{});
  CHECK(l.a_div_db == Approx(51.0));
  CHECK(l.a_gr_db == Approx(4.0));
  CHECK(l.a_bar_db == Approx(21.61).margin(0.01));
  CHECK(l.level_dba == Approx(52.20).margin(0.01));
}

namespace {

city::Building block(Polygon footprint, double height_m, bool residential, std::string name) {
  city::Building b;
  b.footprint = std::move(footprint);
  b.height_m = height_m;
  b.residential = residential;
  b.name = std::move(name);
  return b;
}

}  // namespace

TEST_CASE("façade receivers face the stage and are screened by buildings in between", "[noise]") {
  //   stage S (0,0), L_W 110 dB(A), 3 m up
  //
  //   S ·························· |screen| ··········· [house 100..120 × −10..10, 12 m]
  //                                x 50..52, 12 m
  city::CityModel city;
  city.buildings.push_back(block(rect(100, -10, 120, 10), 12.0, true, "house"));
  city.build_index();
  scenario::Layout L;
  scenario::Stage stage;
  stage.source = {0, 0};
  stage.sound_power_dba = 110.0;
  stage.source_height_m = 3.0;
  L.stages.push_back(stage);
  NoiseParams p;
  p.facade_limit_dba = 55.0;
  p.model = NoiseModel::kBroadband;  // the single 500 Hz band, free field: the hand values below
  p.limit_is_facade_level = false;
  const NoiseResult open = facade_levels(city, L, p);
  // Only the west façade (20 m) faces the stage: 20 / 5 = 4 receivers, 0.5 m in front, 4 m up.
  REQUIRE(open.receivers.size() == 4);
  const Receiver& r = open.receivers[1];
  CHECK(r.pos.x == Approx(99.5));
  CHECK(r.pos.y == Approx(2.5));
  CHECK(r.height_m == Approx(4.0));
  // To (99.5, 2.5): d = sqrt(99.5² + 2.5² + 1²) = 99.536 m; A_div = 50.96, A_atm = 0.19,
  // A_gr = 4.8 − (7/99.536)·(17 + 3.014) = 3.39. L = 110 − 50.96 − 0.19 − 3.39 = 55.46 dB(A).
  CHECK(r.level_dba == Approx(55.46).margin(0.01));
  CHECK(open.max_facade_dba == Approx(55.47).margin(0.02));
  CHECK(open.dwellings_over_limit == 1);  // 55.46 > 55
  CHECK(open.dwellings_considered == 1);

  // A 12 m block at x 50..52 across the path. For the same receiver: the path crosses it from
  // 50.016 to 52.016 m; over its roof: sqrt(50.016² + 9²) + 2 + sqrt(47.515² + 8²) = 50.819 + 2
  // + 48.184 = 101.003 m against 99.536 m straight: δ = 1.467 m, N = 4.277, C3 = 1.2036,
  // A_bar = 10·lg(3 + 20·4.277·1.2036) = 20.25 dB. L = 110 − 50.96 − 0.19 − 20.25 = 38.60 dB(A).
  city.buildings.push_back(block(rect(50, -20, 52, 20), 12.0, false, "screen"));
  city.build_index();
  const NoiseResult screened = facade_levels(city, L, p);
  REQUIRE(screened.buildings_considered == 2);
  const Receiver* s = nullptr;
  for (const Receiver& x : screened.receivers)
    if (x.building == 0 && std::abs(x.pos.y - 2.5) < 1e-9) s = &x;
  REQUIRE(s != nullptr);
  CHECK(s->screening_db == Approx(20.25).margin(0.01));
  CHECK(s->level_dba == Approx(38.60).margin(0.02));
  CHECK(screened.dwellings_over_limit == 0);
}

TEST_CASE("audience level against the VLAREM categories", "[noise]") {
  // L_W 120 dB(A) at 10 m: 120 − (20 + 11) − 0.019 = 88.98 dB(A): above 85 (cat. 1), within 95 → 2.
  city::CityModel city;
  city.build_index();
  scenario::Layout L;
  scenario::Stage stage;
  stage.sound_power_dba = 120.0;
  L.stages.push_back(stage);
  const NoiseResult r = facade_levels(city, L, {});
  CHECK(r.audience_dba == Approx(88.98).margin(0.01));
  CHECK(r.audience_category == 2);
  L.stages[0].sound_power_dba = 135.0;  // 103.98 dB(A): above category 3's 100
  CHECK(facade_levels(city, L, {}).audience_category == 4);
}

TEST_CASE("the night façade limit applies when an event day runs into the night", "[noise]") {
  FacadeLimits lim;
  lim.day_dba = 60;
  lim.night_dba = 45;
  lim.night_from = "23:00";
  lim.night_until = "07:00";
  CHECK(applicable_limit({{"2026-11-27", "10:00", "21:00"}}, lim).limit_dba == 60);
  CHECK(applicable_limit({{"2026-11-27", "10:00", "23:30"}}, lim).limit_dba == 45);
  CHECK(applicable_limit({{"2026-11-27", "18:00", "01:00"}}, lim).night);  // past midnight
  CHECK(applicable_limit({{"2026-11-27", "06:00", "12:00"}}, lim).night);  // before 07:00
  lim.night_from = "2300";
  CHECK_THROWS_WITH(applicable_limit({}, lim), Catch::Contains("noise.night_from"));
}
