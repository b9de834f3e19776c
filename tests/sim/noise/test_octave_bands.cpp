// ISO 9613-2 octave-band propagation (general method) against hand calculations with the
// standard's own formulas and tables: A_div (eq. 7), A_atm per band (eq. 8, Table 2), A_gr per
// band (eq. 9, Table 3), D_z with K_met (eqs. 14, 18), the music spectrum (ISO 717-1 No. 2).

#include <catch2/catch.hpp>
#include <cmath>

#include "sim/noise/facade_levels.hpp"
#include "sim/noise/ground.hpp"
#include "sim/noise/noise_map.hpp"
#include "sim/noise/octave_bands.hpp"
#include "tests/sim/crowd/layout_helpers.hpp"

using namespace agora;
using namespace agora::noise;
using agora::test::rect;

TEST_CASE("ISO 9613-2 ground attenuation per octave band", "[noise][iso9613]") {
  // Hard ground (G = 0, paving), h_s = h_r = 4 m, d_p = 100 m: A_s = A_r = −1.5 dB in every band
  // (Table 3: −1.5 + G·a'(h) … and −1.5·(1 − G)); 30·(4 + 4) = 240 m > 100 m, so q = 0, A_m = 0.
  // A_gr = −3 dB in every band: the paved square reflects, it does not absorb.
  const BandLevels hard = a_gr_bands_db(4.0, 4.0, 100.0, {0, 0, 0});
  for (double a : hard) CHECK(a == Approx(-3.0));

  // Porous ground (G = 1, grass), h_s = h_r = 2 m, d_p = 200 m; 1 − e^(−200/50) = 0.98168.
  //   125 Hz: a'(2) = 1.5 + 3.0·e^(−0.12·9)·0.98168 + 5.7·e^(−0.36)·(1 − e^(−2.8e-6·40000))
  //                 = 1.5 + 3.0·0.33960·0.98168 + 5.7·0.69768·0.10596 = 1.5 + 1.00014 + 0.42138
  //          A_s = −1.5 + 2.92152 = 1.4215
  //   250 Hz: b'(2) = 1.5 + 8.6·0.69768·0.98168 = 7.3901, A_s = 5.8901
  //   500 Hz: c'(2) = 1.5 + 14·e^(−1.84)·0.98168 = 1.5 + 14·0.15882·0.98168 = 3.6827, A_s = 2.1827
  //  1000 Hz: d'(2) = 1.5 + 5·e^(−3.6)·0.98168 = 1.6341, A_s = 0.1341
  //  ≥ 2 kHz: −1.5·(1 − 1) = 0
  //  A_m: q = 1 − 30·4/200 = 0.4; 63 Hz −3·0.4 = −1.2; other bands −3q·(1 − G_m) = 0.
  const BandLevels grass = a_gr_bands_db(2.0, 2.0, 200.0, {1, 1, 1});
  CHECK(grass[0] == Approx(-1.5 - 1.5 - 1.2));
  CHECK(grass[1] == Approx(2 * 1.4215).margin(1e-3));
  CHECK(grass[2] == Approx(2 * 5.8901).margin(1e-3));
  CHECK(grass[3] == Approx(2 * 2.1827).margin(1e-3));
  CHECK(grass[4] == Approx(2 * 0.1341).margin(1e-3));
  CHECK(grass[5] == Approx(0.0).margin(1e-12));
  CHECK(grass[7] == Approx(0.0).margin(1e-12));
  // The regions: 30·h_s = 60 m from the source, 30·h_r = 60 m before the receiver.
  const GroundRegions r = ground_regions(200.0, 2.0, 2.0);
  CHECK(r.source_to_m == Approx(60.0));
  CHECK(r.receiver_from_m == Approx(140.0));
}

TEST_CASE("ISO 9613-2 barrier attenuation per band with K_met", "[noise][iso9613]") {
  // Source and receiver 2 m up, 100 m apart, a 12 m block from 49 to 51 m (two edges, e = 2 m):
  // d_ss = d_sr = √(49² + 10²) = 50.010 m, z = 2·50.010 + 2 − 100 = 2.0200 m.
  // K_met = exp(−(1/2000)·√(50.010·50.010·100 / (2·2.0200))) = exp(−0.12441) = 0.88302.
  const Diffraction d = diffraction(100.0, 2.0, 2.0, {{49.0, 51.0, 12.0}});
  CHECK(d.source_to_edge_m == Approx(50.010).margin(1e-3));
  CHECK(d.edge_to_receiver_m == Approx(50.010).margin(1e-3));
  CHECK(k_met(d.source_to_edge_m, d.edge_to_receiver_m, 100.0, d.path_difference_m) ==
        Approx(0.88302).margin(1e-4));
  PropagationParams p;
  OctaveParams o;
  // 500 Hz: λ = 0.686 m, C3 = (1 + (5·0.686/2)²)/(1/3 + (5·0.686/2)²) = 1.2036,
  //   D_z = 10·lg(3 + (20/0.686)·1.2036·2.0200·0.88302) = 10·lg(65.59) = 18.17 dB.
  CHECK(d_z_db(500.0, d, 100.0, p, o) == Approx(18.17).margin(0.01));
  // 63 Hz: λ = 5.444 m, C3 = 1.0036, D_z = 10·lg(3 + 3.6735·1.0036·2.0200·0.88302) = 9.81 dB:
  // the bass goes over the roof with half the loss, which one 500 Hz band cannot show.
  CHECK(d_z_db(63.0, d, 100.0, p, o) == Approx(9.81).margin(0.01));
  // No edge, no D_z.
  CHECK(d_z_db(500.0, Diffraction{}, 100.0, p, o) == 0.0);
}

TEST_CASE("an octave-band path over hard ground, free field", "[noise][iso9613]") {
  // The stage's 110 dB(A) spread by ISO 717-1 spectrum No. 2 (−18 −14 −10 −7 −4 −6 −11 −17):
  // Σ 10^(s/10) = 1.10387, 10·lg = 0.4292 dB, so L_W,i = 110 + s_i − 0.4292:
  // 91.571 95.571 99.571 102.571 105.571 103.571 98.571 92.571.
  const BandLevels w = band_powers(110.0, kMusicSpectrumDba);
  CHECK(w[0] == Approx(91.571).margin(1e-3));
  CHECK(w[4] == Approx(105.571).margin(1e-3));
  // Source (0,0) 3 m up, receiver (100,0) 4 m up: d = √(100² + 1²) = 100.005 m, A_div = 51.000;
  // A_atm = α_i·0.100005 with α (10 °C, 70 %) 0.1 0.4 1.0 1.9 3.7 9.7 32.8 117 dB/km:
  // 0.010 0.040 0.100 0.190 0.370 0.970 3.280 11.701; A_gr = −3 (G = 0, q = 0 as 210 m > 100 m).
  // L_i = L_W,i − 51.000 − A_atm,i + 3: 43.56 47.53 51.47 54.38 57.20 54.60 47.29 32.87;
  // Σ energetically: 61.34 dB(A). (The broadband model gave 110 − 51.00 − 0.19 − 3.40 = 55.41.)
  const BandPathLevel l = band_path_level(w, {0, 0}, 3.0, {100, 0}, 4.0, {}, {0, 0, 0}, {}, {});
  CHECK(l.a_div_db == Approx(51.000).margin(1e-3));
  CHECK(l.a_atm_db[7] == Approx(11.701).margin(1e-3));
  CHECK(l.level_dba[3] == Approx(54.38).margin(0.01));
  CHECK(l.level_dba_total == Approx(61.34).margin(0.01));
  CHECK(l.screening_db == 0.0);
}

TEST_CASE("the ground factor of a path comes from the land cover it crosses", "[noise]") {
  //   S(0,0) ──────────── grass from x 40 to 140 ────────────── R(200,0)
  // h_s = h_r = 2 m: source region 0–60 m (grass 40–60: G_s = 20/60 = 0.333), receiver region
  // 140–200 m (no grass: G_r = 0), middle 60–140 m (grass 60–140: G_m = 1).
  std::vector<city::LandArea> land(1);
  land[0].area = rect(40, -10, 140, 10);
  land[0].ground_factor = 1.0;
  const GroundMap map(land, 0.0);
  const GroundFactors g = map.factors({0, 0}, {200, 0}, 2.0, 2.0);
  CHECK(g.source == Approx(1.0 / 3.0));
  CHECK(g.middle == Approx(1.0));
  CHECK(g.receiver == Approx(0.0).margin(1e-12));
  // Water is hard (G = 0) however much of the path it covers; unmapped ground takes the default.
  land[0].ground_factor = 0.0;
  CHECK(GroundMap(land, 1.0).mean_factor({0, 0}, {200, 0}, 0.0, 200.0) == Approx(0.5));
}

TEST_CASE("a receiver placed inside a building is moved to its façade and warned about",
          "[noise]") {
  // House 100..120 × −10..10, 12 m; a receiver drawn at (103, 0), 3 m inside the west wall.
  // It moves to (100 − 0.5, 0): 3.5 m. Free field at (99.5, 0) 4 m up from S (0,0) 3 m up, L_W 110:
  // d = √(99.5² + 1²) = 99.505 m, A_div = 50.957; with G = 0 everything as in the path above but
  // 0.5 m closer: 61.34 + 20·lg(100.005/99.505) + 0.003 (less air) = 61.39 dB(A), plus the
  // façade reflection of 3 dB: 64.39 dB(A). Left inside, its own walls would screen it.
  city::CityModel city;
  city::Building house;
  house.footprint = rect(100, -10, 120, 10);
  house.height_m = 12.0;
  city.buildings.push_back(house);
  city.build_index();
  scenario::Layout L;
  scenario::Stage stage;
  stage.source = {0, 0};
  stage.sound_power_dba = 110.0;
  stage.source_height_m = 3.0;
  L.stages.push_back(stage);
  scenario::Receiver rcv;
  rcv.pos = {103, 0};
  rcv.height_m = 4.0;
  L.receivers.push_back(rcv);
  NoiseParams p;
  p.search_radius_m = 10.0;  // no façade receivers of the house itself (it is 100 m away)
  const NoiseResult r = facade_levels(city, L, p);
  REQUIRE(r.receivers.size() == 1);
  const Receiver& x = r.receivers[0];
  CHECK(r.receivers_moved == 1);
  CHECK(x.moved);
  CHECK(x.placed_in_building == 0);
  CHECK(x.pos.x == Approx(99.5));
  CHECK(x.pos.y == Approx(0.0).margin(1e-9));
  CHECK(x.moved_m == Approx(3.5));
  CHECK(x.reflection_db == 3.0);
  CHECK(x.level_dba == Approx(64.39).margin(0.01));
  CHECK(x.screening_db == 0.0);
}

TEST_CASE("contour lines cross the cells where the level passes", "[noise]") {
  // A 3 × 2 field of 10 m cells, levels rising west to east: 50 | 60 | 70 in both rows.
  // Cell centres at x 5, 15, 25 and y 5, 15: the 65 dB(A) line lies half-way between the
  // centres at 60 and 70, x = 20, and runs from the lower row's centre line (y 5) to the upper's (y
  // 15).
  Field f({0, 0}, 10.0, 3, 2, 0.0f);
  for (int iy = 0; iy < 2; ++iy) {
    f(0, iy) = 50;
    f(1, iy) = 60;
    f(2, iy) = 70;
  }
  const std::vector<Polyline> seg = contour_segments(f, 65.0);
  REQUIRE(seg.size() == 1);
  CHECK(seg[0][0].x == Approx(20.0));
  CHECK(seg[0][1].x == Approx(20.0));
  CHECK(std::min(seg[0][0].y, seg[0][1].y) == Approx(5.0));
  CHECK(std::max(seg[0][0].y, seg[0][1].y) == Approx(15.0));
  // 40 dB(A) nowhere: no line.
  CHECK(contour_segments(f, 40.0).empty());
}
