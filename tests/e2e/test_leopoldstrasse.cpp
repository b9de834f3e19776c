// The second bundled scenario, on another map: a street festival on Leopoldstraße at Münchner
// Freiheit (scenarios/munchen-leopoldstrasse/README.md). What it checks is the risk picture
// holding together on a new map: the ramming analysis reaches the scorecard, the risk matrix,
// the class and the disciplines; the subway station counts as transit, not as stops.

#include <catch2/catch.hpp>

#include "app/run/scenario_run.hpp"
#include "gis/scenario_reader.hpp"
#include "sim/assess/assess.hpp"
#include "sim/vehicle/ramming_figures.hpp"
#include "tests/e2e/munchen_fixture.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

namespace {

const run::RunResult& leopoldstrasse() {
  return test::leopoldstrasse_run();
}

double number(const run::RunResult& r, std::string_view key) {
  const Value* v = r.figures.find(std::string(key));
  REQUIRE(v != nullptr);
  if (const auto* i = std::get_if<std::int64_t>(v)) return static_cast<double>(*i);
  return std::get<double>(*v);
}

std::string text(const run::RunResult& r, const std::string& key) {
  const Value* v = r.figures.find(key);
  REQUIRE(v != nullptr);
  return std::get<std::string>(*v);
}

}  // namespace

TEST_CASE("Leopoldstraße festival: every analysis reaches the scorecard and the risk matrix",
          "[e2e][assess]") {
  const run::RunResult& r = leopoldstrasse();
  REQUIRE(r.outputs.size() == 3);  // ramming, crowd, assess: in the registry's order
  const auto* assess_out = std::any_cast<assess::AssessResult>(&r.outputs[2].detail);
  REQUIRE(assess_out != nullptr);
  const assess::AssessResult& a = *assess_out;

  // The layout: a 40 × 65 m street between the façades = 2600 m² (drawn 2599.7 m² after the
  // round trip through longitude/latitude); 12 stalls of 3 × 5 m block at least 180 m².
  CHECK(number(r, "layout.perimeter_area_m2") == Approx(2600.0).margin(1.0));
  CHECK(a.capacity.blocked_area_m2 >= 180.0);
  CHECK(a.capacity.capacity ==
        Approx(2.0 * (number(r, "layout.perimeter_area_m2") - a.capacity.blocked_area_m2)));

  // Ramming in the scorecard: the criterion reads the analysis's own count of crossings not
  // adequately protected, and is rated (not "not assessed"); any such crossing is red.
  const assess::ScoreRow* ramming = a.scorecard.row("vehicle_ramming");
  REQUIRE(ramming != nullptr);
  REQUIRE(ramming->value);
  CHECK(*ramming->value == number(r, vehicle::fig::kNotAdequateCrossings.key));
  CHECK(*ramming->value >= 1.0);  // the south line is unrated water-filled barriers
  CHECK(ramming->rating == assess::Rating::kRed);

  // The risk matrix's ramming cell: likelihood 4 (red) × consequence from the people exposed
  // (flanders.json bands 1, 5, 20, 100: more than 100 people → 5) = 20, very high; the threat
  // analysis centre joins the disciplines.
  const assess::RiskRow* cell = a.risk.row("vehicle_ramming");
  REQUIRE(cell != nullptr);
  CHECK(cell->assessed);
  CHECK(number(r, vehicle::fig::kPeopleExposedMax.key) > 100.0);
  CHECK(cell->likelihood == 4);
  CHECK(cell->consequence == 5);
  CHECK(cell->score == 20);
  CHECK(text(r, "assess.class_nl") == "C");
  CHECK(text(r, "assess.disciplines").find("threat_analysis") != std::string::npos);

  // The crowd simulation ran an egress: the egress criterion judges the slower of it and the
  // macroscopic model, and the density criterion reads its peak.
  CHECK(a.egress_judged_from == "simulation");
  CHECK(a.egress_judged_s >= a.egress.total_s);
  REQUIRE(a.scorecard.row("crowd_density")->value);
  CHECK(*a.scorecard.row("crowd_density")->value == Approx(number(r, "crowd.max_density_ppm2")));

  // Transit: the subway entrance at (692295, 5337501) lies inside the perimeter's north-west
  // corner (x 692293…692333, y 5337440…5337505): a stairwell, warned; no road-served stop.
  CHECK(number(r, "assess.mobility.stairwells_inside") == 1);
  CHECK(a.mobility.stops.empty());
  // Fire access through the 4.5 m gate: 0.5 m over the Flemish 4 m, more than the 0.25 m grid
  // cell, so reached everywhere and not flagged at the limit.
  CHECK(a.access.unreachable_m2 == 0.0);
  CHECK(a.access.gates_at_limit.empty());
}
