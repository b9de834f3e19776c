// app/run/assess_plugin.*: the assessment as a plugin, reading the figures of the analyses
// that ran before it.

#include <catch2/catch.hpp>

#include "app/run/assess_plugin.hpp"
#include "gis/scenario_reader.hpp"
#include "sim/vehicle/ramming_figures.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

TEST_CASE(
    "the assess plugin uses the ramming figures of an earlier output, and marks them not assessed "
    "without",
    "[assess]") {
  const gis::LoadedScenario loaded = gis::load_scenario(test::fixture("scenario/scenario.json"));
  const run::AnalysisPlugin plugin = run::assess_plugin();
  const run::RunContext alone{loaded.scenario, *loaded.city, nullptr, {}, nullptr};
  const run::AnalysisOutput a = plugin.run(alone);
  CHECK(std::get<std::string>(*a.figures.find("assess.score.vehicle_ramming")) == "not assessed");
  CHECK(std::get<bool>(*a.figures.find("assess.risk.vehicle_ramming.assessed")) == false);
  CHECK(std::get<std::string>(*a.figures.find("assess.profile")) == "flanders");

  // An earlier output carrying the two figures the profile names: 3 crossings not adequately
  // protected → red; 40 people exposed → consequence 4 (20 < 40 ≤ 100).
  // The keys are the ramming analysis's own declarations, as the analysis writes them.
  std::vector<run::AnalysisOutput> earlier(1);
  earlier[0].analysis = "ramming";
  earlier[0].figures.set(std::string(vehicle::fig::kNotAdequateCrossings.key), std::int64_t{3});
  earlier[0].figures.set(std::string(vehicle::fig::kPeopleExposedMax.key), 40.0);
  const run::RunContext after{loaded.scenario, *loaded.city, nullptr, {}, &earlier};
  const run::AnalysisOutput b = plugin.run(after);
  const Value* score = b.figures.find("assess.score.vehicle_ramming");
  const Value* consequence = b.figures.find("assess.risk.vehicle_ramming.consequence");
  const Value* likelihood = b.figures.find("assess.risk.vehicle_ramming.likelihood");
  REQUIRE(score);
  REQUIRE(consequence);
  REQUIRE(likelihood);
  CHECK(std::get<std::string>(*score) == "red");
  CHECK(std::get<std::int64_t>(*consequence) == 4);
  CHECK(std::get<std::int64_t>(*likelihood) == 4);
}
