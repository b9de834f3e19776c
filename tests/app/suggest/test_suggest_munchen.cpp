// The barrier suggestion on the bundled München scenario (Marienplatz), checked by running the
// analyses themselves on the suggested variant: the ramming analysis judges every crossing the
// suggestion means to protect adequate by rating, and fire engines still reach the whole site.
//
// The figures rest on the ramming analysis's speeds as they are; with the catalogue's best
// rating at 80 km/h, the approaches where an N3 truck still does more than 80 km/h at every
// candidate line (up to 320 m out) cannot be protected by any catalogue product and are named
// as such. When the vehicle speed model changes, these counts change with it.

#include <catch2/catch.hpp>

#include "app/run/ramming_plugin.hpp"
#include "app/suggest/suggest_barriers.hpp"
#include "gis/assess/assess_profile.hpp"
#include "gis/profile.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

TEST_CASE("München: the suggestion for N3, judged by the ramming and fire-access analyses",
          "[suggest][munchen]") {
  const gis::LoadedScenario loaded = gis::load_scenario(test::munchen_scenario());
  suggest::SuggestRequest req;
  req.classes = {"N3"};
  const suggest::SuggestRun run = suggest::run_suggestion(loaded, req);
  const barriers::Suggestion& s = run.suggestion;
  REQUIRE_FALSE(s.barriers.empty());
  CHECK(s.verified);

  // The ramming analysis on the variant, run here on its own.
  const run::RammingSetup setup = run::ramming_setup(loaded.scenario);
  const vehicle::RammingInputs in{
      setup.vehicles, {"N3"}, setup.catalogue, setup.rating_vehicles, setup.params};
  const vehicle::RammingResult judged = vehicle::analyse_ramming(*loaded.city, s.layout, in);
  REQUIRE(judged.crossings.size() == s.crossings.size());
  std::size_t adequate = 0, unprotectable = 0;
  for (std::size_t i = 0; i < judged.crossings.size(); ++i) {
    const bool ok = judged.crossings[i].worst_verdict() == vehicle::Verdict::Adequate;
    adequate += ok ? 1 : 0;
    unprotectable += s.crossings[i].unprotectable ? 1 : 0;
    // Every crossing is either adequate by rating or one no catalogue product can protect.
    CHECK((ok || s.crossings[i].unprotectable));
  }
  CHECK(adequate + unprotectable == judged.crossings.size());
  // With the speeds of the ramming analysis at the time of writing: 34 crossings reached by
  // N3, 5 made adequate, 29 where the truck meets every candidate line above 80 km/h or at an
  // angle outside 90° ± 15° (the planner's own layout: 2 adequate).
  CHECK(judged.crossings.size() == 34);
  CHECK(adequate == 5);

  // Fire access on the variant, run here on its own: the whole event area reached, as with
  // the planner's layout.
  const access::AccessParams ap =
      gis::assess_params(gis::Profile::load(loaded.scenario.profile)).access;
  const access::AccessResult fire = access::emergency_access(*loaded.city, s.layout, ap);
  CHECK(fire.road_found);
  CHECK(fire.unreachable_m2 == Approx(0.0));
  CHECK(fire.facades_unreachable == 0);
  // Every line on a street to an emergency gate is operable where the engines pass.
  bool operable = false;
  for (const scenario::PlannedBarrier& b : s.barriers)
    operable = operable || b.barrier_type == "road_blocker";
  CHECK(operable);
  // The planner's layout: 15 lines, 1 198 000 EUR (scenarios/munchen-christkindlmarkt/README.md).
  CHECK(run.planner.barriers == 15);
  CHECK(run.planner.cost_eur == Approx(1198000.0));
  CHECK(run.planner.crossings_adequate < adequate);
}
