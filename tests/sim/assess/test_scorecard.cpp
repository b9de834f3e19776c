// Scorecard, risk matrix and classification against hand-worked cases (sources.md: Assessment).

#include <catch2/catch.hpp>

#include "sim/assess/classification.hpp"

using namespace agora;
using namespace agora::assess;

namespace {

Criterion crit(const std::string& name, const std::string& measure, double green, double amber,
               double weight, bool veto = false) {
  return Criterion{name, name, measure, "u", green, amber, weight, veto, "test"};
}

Hazard hazard(std::string name, std::vector<std::string> criteria, std::string measure,
              std::vector<std::string> disciplines) {
  return {std::move(name),
          "",
          std::move(criteria),
          std::move(measure),
          {500, 2000, 10000, 50000},
          std::move(disciplines),
          "test"};
}

}  // namespace

TEST_CASE("scorecard rates each criterion against its thresholds", "[assess]") {
  Figures f;
  f.set("m.noise", std::int64_t{4});  // 0 < 4 ≤ 10: amber
  f.set("m.capacity", 1.2);           // > 1.0: red
  f.set("m.egress", 300.0);           // ≤ 480: green
  f.set("m.alcohol", true);           // 1: amber (≤ 1)
  const std::vector<Criterion> cs = {
      crit("noise", "m.noise", 0, 10, 2), crit("capacity", "m.capacity", 0.85, 1.0, 3),
      crit("egress", "m.egress", 480, 600, 3), crit("order", "m.alcohol", 0, 1, 1),
      crit("ramming", "ramming.not_adequate_crossings", 0, 0, 3)};
  // The ramming analysis did not run: its criterion says so, with the reason the run gives.
  const std::vector<AbsentAnalysis> absent = {
      {"ramming", say("not_assessed.not_in_scenario", {"ramming"})}};
  const Scorecard s = scorecard(f, cs, {}, absent);
  CHECK(s.row("noise")->rating == Rating::kAmber);
  CHECK(s.row("capacity")->rating == Rating::kRed);
  CHECK(s.row("egress")->rating == Rating::kGreen);
  CHECK(s.row("order")->rating == Rating::kAmber);
  CHECK(s.row("ramming")->rating == Rating::kNotAssessed);  // no ramming figures: not assessed
  CHECK_FALSE(s.row("ramming")->value);
  CHECK(s.row("ramming")->not_assessed.key == "not_assessed.not_in_scenario");
  CHECK(s.row("noise")->not_assessed.key.empty());  // assessed: no reason
  CHECK(s.row("noise")->green_max == 0.0);
  CHECK(s.row("noise")->amber_max == 10.0);
  // Index over the assessed rows: (2·1 + 3·2 + 3·0 + 1·1) / (2 · (2 + 3 + 3 + 1)) = 9 / 18 = 0.5 →
  // red (red from 0.5; amber from 0.25).
  CHECK(s.index == Approx(0.5));
  CHECK(s.overall == Rating::kRed);
  CHECK(s.red == 1);
  CHECK(s.amber == 2);
  CHECK(s.green == 1);
  CHECK(s.not_assessed == 1);

  // With the capacity amber instead (1.0): (2 + 3 + 0 + 1) / 18 = 0.333 → amber.
  f.set("m.capacity", 1.0);
  CHECK(scorecard(f, cs, {}).overall == Rating::kAmber);
  // A veto criterion in red makes the overall red whatever the index: egress 700 s, veto.
  std::vector<Criterion> veto = cs;
  veto[2].veto = true;
  f.set("m.egress", 700.0);  // and every other criterion green
  f.set("m.noise", std::int64_t{0});
  f.set("m.capacity", 0.5);
  f.set("m.alcohol", false);
  const Scorecard v = scorecard(f, veto, {});
  CHECK(v.index == Approx(6.0 / 18.0));  // only egress red: 3·2 / 18
  CHECK(v.overall == Rating::kRed);
}

TEST_CASE("5 x 5 risk matrix from the scorecard and the consequence figure", "[assess]") {
  Figures f;
  f.set("m.capacity", 0.95);            // amber → likelihood 3
  f.set("m.noise", std::int64_t{0});    // green → likelihood 1
  f.set("people", std::int64_t{9000});  // ≤ 10000 → consequence 3
  f.set("households", std::int64_t{60});
  const std::vector<Criterion> cs = {crit("capacity", "m.capacity", 0.85, 1.0, 1),
                                     crit("noise", "m.noise", 0, 10, 1),
                                     crit("ramming", "ramming.x", 0, 0, 1)};
  const Scorecard s = scorecard(f, cs, {});
  RiskParams p;
  p.hazards = {
      hazard("crowd_crush", {"capacity"}, "people", {"police", "medical"}),
      hazard("noise_nuisance", {"noise"}, "households", {"police"}),
      hazard("vehicle_ramming", {"ramming"}, "ramming.exposed", {"police", "threat_analysis"})};
  const RiskMatrix m = risk_matrix(s, f, p);
  // Crowd crush: 3 × 3 = 9 → medium (4–9). Noise: likelihood 1 × consequence 1 (60 households ≤
  // 500, the first band) = 1 → low. Ramming: no figures → not assessed.
  CHECK(m.row("crowd_crush")->likelihood == 3);
  CHECK(m.row("crowd_crush")->consequence == 3);
  CHECK(m.row("crowd_crush")->score == 9);
  CHECK(m.row("crowd_crush")->band == Band::kMedium);
  CHECK(m.row("noise_nuisance")->score == 1);
  CHECK(m.row("noise_nuisance")->band == Band::kLow);
  CHECK_FALSE(m.row("vehicle_ramming")->assessed);
  REQUIRE(m.worst);
  CHECK(*m.worst == Band::kMedium);
  CHECK(m.worst_score == 9);
  // sources.md: Assessment bands: 3 low, 4 medium, 10 high, 15 very high.
  CHECK(p.band_of(3) == Band::kLow);
  CHECK(p.band_of(4) == Band::kMedium);
  CHECK(p.band_of(10) == Band::kHigh);
  CHECK(p.band_of(14) == Band::kHigh);
  CHECK(p.band_of(15) == Band::kVeryHigh);
}

TEST_CASE("Dutch class and Belgian risk event, with the officer's override", "[assess]") {
  RiskMatrix m;
  RiskRow crush{"crowd_crush", "Crowd crush",        true, 3, 3, 9, Band::kMedium, {},
                "capacity",    {"police", "medical"}};
  RiskRow fire{"fire_evacuation",  "Fire", true, 1, 3, 3, Band::kLow, {}, "egress_time",
               {"fire", "medical"}};
  m.rows = {crush, fire};
  m.worst = Band::kMedium;
  m.worst_score = 9;
  scenario::EventFacts ev;
  ev.attendance_peak = 1500;
  const ClassificationParams
      p;  // B from medium or 2000 people, C from high or 10000; BE from high or 5000
  Classification c = classify(m, ev, p, std::nullopt);
  CHECK(c.nl_class == "B");  // medium risk
  REQUIRE(c.nl_advisors.size() == 1);
  CHECK(c.nl_advisors[0] == "police");  // the highest hazard's first discipline
  CHECK_FALSE(c.belgian_risk_event);    // medium, 1500 people
  // Not a risk event: the disciplines of every hazard from medium up advise.
  CHECK(c.disciplines == std::vector<std::string>{"police", "medical"});

  ev.attendance_peak = 12000;  // C by audience size and a Belgian risk event (≥ 5000)
  c = classify(m, ev, p, std::nullopt);
  CHECK(c.nl_class == "C");
  CHECK(c.nl_advisors == std::vector<std::string>{"fire", "police", "medical"});
  CHECK(c.belgian_risk_event);
  // A risk event: the five disciplines D1–D5 and the authority's emergency planning (KB 16 Feb
  // 2006).
  CHECK(c.disciplines == std::vector<std::string>{"fire", "medical", "police", "civil_protection",
                                                  "information", "emergency_planning"});

  // The officer knows better: class B, not a risk event, reason recorded; the computed answers
  // stay.
  scenario::ClassificationOverride o{"B", false, "Same market as the last ten years, no incidents",
                                     "J. Peeters"};
  c = classify(m, ev, p, o);
  CHECK(c.nl_class == "B");
  CHECK(c.nl_class_computed == "C");
  CHECK_FALSE(c.belgian_risk_event);
  CHECK(c.belgian_risk_event_computed);
  CHECK(c.overridden);
  CHECK(c.override_reason == "Same market as the last ten years, no incidents");
  CHECK(c.override_by == "J. Peeters");

  // Low risk and few people: class A, no advice needed.
  m.rows = {fire};
  m.worst = Band::kLow;
  m.worst_score = 3;
  ev.attendance_peak = 300;
  c = classify(m, ev, p, std::nullopt);
  CHECK(c.nl_class == "A");
  CHECK(c.nl_advisors.empty());
  CHECK(c.disciplines.empty());
}
