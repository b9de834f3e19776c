// Adequacy verdicts (sources.md: Vehicles): exactly one of five, never an energy-only pass.

#include <catch2/catch.hpp>

#include "sim/vehicle/adequacy.hpp"
#include "sim/vehicle/kinematics.hpp"
#include "tests/sim/vehicle/domain_tables.hpp"

using namespace agora;
using namespace agora::vehicle;

namespace {

BarrierFacts rated(const char* rating) {
  BarrierFacts b;
  b.name = rating;
  b.rating = parse_rating(rating);
  const VehicleTable table = test::domain_vehicles();
  resolve_rating_vehicle(b, test::domain_rating_vehicles(), table.classes);
  return b;
}

Threat threat(const VehicleClass& v, double kmh, double angle = 90.0,
              double standoff = Threat::kNoStandoffLimit) {
  Threat t;
  t.vehicle = &v;
  t.speed_kmh = kmh;
  t.angle_deg = angle;
  t.standoff_m = standoff;
  return t;
}

}  // namespace

TEST_CASE("V/7200[N2A]/48/90:0.0 against an N2 truck", "[ramming][adequacy]") {
  const VehicleTable table = test::domain_vehicles();
  const VehicleClass& n2 = *table.find("N2");
  const BarrierFacts b = rated("V/7200[N2A]/48/90:0.0");
  CHECK(b.counts_as == "N2");
  const AdequacyRules rules;  // margin 0, angle tolerance 15°, max gap 1.2 m
  // 40 km/h head-on: same class, 40 + 0 ≤ 48, 90° covers 90°, penetration 0 ≤ any stand-off.
  const Judgement ok = judge(b, threat(n2, 40.0, 90.0, 0.0), rules);
  CHECK(ok.verdict == Verdict::Adequate);
  // 60 km/h: ½·7200·16.67² = 1000 kJ > rated 640 kJ: inadequate.
  const Judgement fast = judge(b, threat(n2, 60.0), rules);
  CHECK(fast.verdict == Verdict::Inadequate);
  CHECK(fast.threat_energy_kj == Approx(1000.0).margin(0.1));
  CHECK(fast.rated_energy_kj == Approx(640.0).margin(0.1));
  // 45° approach at 40 km/h: angle not covered, 444 kJ ≤ 640 kJ: energy-equivalent only.
  const Judgement oblique = judge(b, threat(n2, 40.0, 45.0), rules);
  CHECK(oblique.verdict == Verdict::EnergyOnly);
  CHECK(oblique.threat_energy_kj == Approx(444.4).margin(0.1));
  CHECK_THAT(oblique.reason, Catch::Contains("rated at 90°, approach at 45°"));
  // The speed limit the search uses: adequate up to 48 km/h head-on, never at 45°.
  CHECK(adequate_up_to_kmh(b, n2, 90.0, 0.0, rules).value() == 48.0);
  CHECK_FALSE(adequate_up_to_kmh(b, n2, 45.0, 0.0, rules));
  // A 5 km/h margin (profile) moves the limit to 43 km/h: 45 km/h is no longer adequate.
  AdequacyRules margin = rules;
  margin.speed_margin_kmh = 5.0;
  CHECK(judge(b, threat(n2, 45.0), margin).verdict == Verdict::EnergyOnly);  // 562 kJ ≤ 640
}

TEST_CASE("a lighter test vehicle is never adequate, only energy-equivalent",
          "[ramming][adequacy]") {
  const VehicleTable table = test::domain_vehicles();
  const AdequacyRules rules;
  // ASTM M50 (6800 kg at 80.5 km/h, 1699 kJ) counts as N2; an N3 (7500 kg) at 48 km/h carries
  // ½·7500·13.33² = 667 kJ: energy-equivalent only, never adequate by rating.
  const BarrierFacts m50 = rated("M50/P1");
  CHECK(m50.counts_as == "N2");
  CHECK(judge(m50, threat(*table.find("N3"), 48.0), rules).verdict == Verdict::EnergyOnly);
  CHECK(judge(m50, threat(*table.find("N2"), 48.0), rules).verdict == Verdict::Adequate);
  // A car-rated bollard (M1 1500 kg at 48 km/h, 133 kJ) against a van at 30 km/h
  // (½·3500·8.33² = 121.5 kJ): energy-equivalent only.
  const BarrierFacts car = rated("V/1500[M1]/48/90:0.0");
  const Judgement j = judge(car, threat(*table.find("N1"), 30.0), rules);
  CHECK(j.verdict == Verdict::EnergyOnly);
  CHECK(j.threat_energy_kj == Approx(121.5).margin(0.1));
}

TEST_CASE("penetration and PAS 68 debris must stay within the stand-off", "[ramming][adequacy]") {
  const VehicleTable table = test::domain_vehicles();
  const VehicleClass& n3 = *table.find("N3");
  const AdequacyRules rules;
  // PPG's PAS 68 bollard: penetration 0.4 m, debris 15.4 m from the datum line.
  const BarrierFacts b = rated("V/7500[N3]/80/90:0.4/15.4");
  CHECK(judge(b, threat(n3, 60.0, 90.0, 20.0), rules).verdict == Verdict::Adequate);
  // 10 m to the crowd: the debris reaches it; 60 km/h (1042 kJ) ≤ 80 km/h test (1852 kJ).
  const Judgement near = judge(b, threat(n3, 60.0, 90.0, 10.0), rules);
  CHECK(near.verdict == Verdict::EnergyOnly);
  CHECK_THAT(near.reason, Catch::Contains("exceeds the 10.0 m stand-off"));
}

TEST_CASE("gaps and unrated barriers", "[ramming][adequacy]") {
  const VehicleTable table = test::domain_vehicles();
  const VehicleClass& m1 = *table.find("M1");
  const AdequacyRules rules;  // max clear gap 1.2 m
  // A 1.0 m gap stops a 1.8 m car (1.0 < 1.8 and not > 1.2); 2.5 m does not; 1.3 m breaks
  // the 1.2 m rule even though no car fits.
  CHECK_FALSE(gap_passable(1.0, 1.8, rules));
  CHECK(gap_passable(2.5, 1.8, rules));
  CHECK(gap_passable(1.3, 1.8, rules));
  BarrierFacts bollards = rated("V/7200[N2A]/48/90:0.0");
  bollards.clear_gap_m = 2.5;
  CHECK(judge(bollards, threat(m1, 30.0), rules).verdict == Verdict::GapPassable);
  bollards.clear_gap_m = 1.0;
  CHECK(judge(bollards, threat(m1, 30.0), rules).verdict == Verdict::Adequate);
  // Water-filled barriers carry no rating: inadequate at any speed.
  BarrierFacts water;
  water.unrated_reason = "water_filled: no anti-ram rating";
  const Judgement j = judge(water, threat(m1, 10.0), rules);
  CHECK(j.verdict == Verdict::Inadequate);
  CHECK(j.reason == "water_filled: no anti-ram rating");
  CHECK_FALSE(adequate_up_to_kmh(water, m1, 90.0, 0.0, rules));
}

TEST_CASE("verdicts have keys, texts and a severity order", "[ramming][adequacy]") {
  CHECK(std::string(verdict_key(Verdict::EnergyOnly)) == "energy_only");
  CHECK(std::string(verdict_text(Verdict::EnergyOnly)) ==
        "energy-equivalent only, needs expert check");
  CHECK(verdict_severity(Verdict::Adequate) < verdict_severity(Verdict::EnergyOnly));
  CHECK(verdict_severity(Verdict::Inadequate) < verdict_severity(Verdict::GapPassable));
  CHECK(verdict_severity(Verdict::GapPassable) < verdict_severity(Verdict::Unprotected));
}
