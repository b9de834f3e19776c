// The Results tab as an officer reads it: the verdicts in the report's order and words, each
// with its colour and reason and its place on the map; the results of each analysis as soon as
// it finishes, kept on cancel; a run of some analyses only; overlays that stay as the user left
// them; the crossings listed worst first, each zooming to its place with its run-up paths.
//
// Expected values are those of `agora run` on the same scenario (the bundled layout with its 15
// rated barriers; ramming and assess), read from the files the report is built from:
// assess.json (scorecard: 17 criteria, 3 red, 2 amber, 1 not assessed; risk matrix: 5 hazards,
// vehicle ramming 4 × 5 = 20, very high; class C; Belgian risk event yes) and ramming.csv (53
// crossings; the car's worst is crossing 9 on Kaufingerstraße, inadequate at 184 km/h with 754
// people exposed; no crossing is unprotected).
#include <catch2/catch.hpp>
#include <filesystem>

#include "tests/gui/gui_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using namespace agora::test;
namespace fs = std::filesystem;

namespace {

std::string rated_scenario(const std::string& dir) {
  return write_munchen_variant(dir, "Marienplatz, rated barriers (GUI test)", "rated",
                               {"ramming", "assess"});
}

}  // namespace

TEST_CASE("the Results tab lists the verdicts as the report does, each with its place",
          "[gui][headless][munchen][results]") {
  const std::string dir = scratch_dir("gui_results_verdicts");
  // Rows: 1 the scorecard overall, 2-20 the 19 criteria (the location's conditions last: this
  // scenario names no location file), 21-25 the five hazards, 26 the Dutch class, 27 the Belgian
  // risk event, 28-32 the five vehicle classes.
  // Crossing 9 is at 691532.84 E, 5334772.46 N (EPSG:25832) = 11.5745541 E, 48.1373531 N
  // (gdaltransform -s_srs EPSG:25832 -t_srs EPSG:4326).
  const std::string script =
      "run\n"
      "assert_verdict 1 red \"Scorecard overall\"\n"
      "assert_verdict 2 green \"Crowd capacity\"\n"
      "assert_verdict 3 red \"Fire-service exit rules\"\n"
      "assert_verdict 7 \"not assessed\" \"Highest crowd density\"\n"
      "assert_verdict 10 amber \"Noise at dwellings\"\n"
      "assert_verdict 20 \"not assessed\" \"The location's conditions\"\n"
      "assert_verdict 21 low \"Crowd crush\"\n"
      "assert_verdict 22 \"very high\" \"Vehicle ramming\"\n"
      "assert_verdict 23 high \"Fire and evacuation\"\n"
      "assert_verdict 26 \"Class C\"\n"
      "assert_verdict 27 yes\n"
      "assert_verdict 28 inadequate \"car (M1)\"\n"
      "assert_verdict 32 inadequate \"(N3H)\"\n"
      // A click on the car's row zooms to its crossing and draws its run-up paths.
      "verdict_row 28\n"
      "assert_view @11.5745541,48.1373531 1\n"
      "assert_shown ramming_runup_paths 1\n"
      // The crossing list: worst verdict first (the 49 inadequate ones), then the 4
      // energy-equivalent only.
      "assert_crossing 1 inadequate\n"
      "assert_crossing 49 inadequate\n"
      "assert_crossing 50 \"energy-equivalent only, needs expert check\"\n"
      "screenshot " +
      dir + "/results.png\n";
  const GuiResult r = run_gui_script(rated_scenario(dir), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
}

TEST_CASE("a run shows each analysis as it finishes, and a cancel keeps what finished",
          "[gui][headless][munchen][results]") {
  const std::string dir = scratch_dir("gui_results_streaming");
  // The bundled scenario runs ramming (about a second), then the crowd simulation (minutes),
  // then the assessment. The ramming verdicts show while the crowd simulation runs; a cancel
  // then keeps them, with no crowd or assessment figures.
  const std::string script =
      "run_start\n"
      "wait_results ramming\n"
      "assert_figure ramming.inadequate_crossings 49\n"
      "assert_verdict 1 inadequate \"car (M1)\"\n"
      "assert_no_figure assess.class_nl\n"
      "cancel\n"
      "assert_figure ramming.inadequate_crossings 49\n"
      "assert_verdict 1 inadequate \"car (M1)\"\n"
      "assert_no_figure assess.class_nl\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir, "--frame-stats");
  INFO(r.out);
  CHECK(r.exit_code == 0);
}

TEST_CASE("a run of some analyses, and a re-run keeps the overlays as the user left them",
          "[gui][headless][munchen][results]") {
  const std::string dir = scratch_dir("gui_results_choices");
  const std::string script =
      // Only the ramming analysis: no assessment figures, the ramming rows come first.
      "analyses ramming\n"
      "run\n"
      "assert_figure ramming.crossings 53\n"
      "assert_no_figure assess.class_nl\n"
      "assert_verdict 1 inadequate \"car (M1)\"\n"
      // The map starts with the few layers that answer the question: the crossings, not the
      // thousands of approach-speed lines.
      "assert_layer ramming_crossings on\n"
      "assert_layer ramming_edge_speeds off\n"
      "layer ramming_edge_speeds on\n"
      "layer ramming_crossings off\n"
      // Both analyses again: the overlays stay as they were set.
      "analyses all\n"
      "run\n"
      "assert_figure assess.class_nl C\n"
      "assert_layer ramming_edge_speeds on\n"
      "assert_layer ramming_crossings off\n";
  const GuiResult r = run_gui_script(rated_scenario(dir), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
}

TEST_CASE("the Compare tab reads figures with their units and marks the better variant",
          "[gui][headless][munchen][results][compare]") {
  const std::string dir = scratch_dir("gui_compare_better");
  // A: the bundled layout with its rated barriers; B: the same site with water-filled lines
  // (scenario-water-filled.json). tests/e2e/test_ramming_munchen.cpp freezes both: of 53
  // crossings A has 0 unprotected, 49 inadequate and 4 energy-equivalent only, B 0, 53 and 0; the
  // powerful car reaches 204 km/h (203.8) in both.
  const std::string water =
      (fs::path(munchen_scenario()).parent_path() / "scenario-water-filled.json").string();
  const std::string script =
      "analyses ramming\n"
      "run\n"
      "variant add " +
      water +
      "\n"
      "variant B\n"
      "run\n"
      "assert_compare ramming.inadequate_crossings A \"49 crossings\" better\n"
      "assert_compare ramming.inadequate_crossings B \"53 crossings\"\n"
      // Equal in both: neither is better.
      "assert_compare ramming.unprotected_crossings A \"0 crossings\"\n"
      "assert_compare ramming.M1.max_speed_kmh B \"204 km/h\"\n"
      // Fewer energy-only crossings is no improvement by itself (B has them inadequate instead).
      "assert_compare ramming.energy_only_crossings B \"0 crossings\"\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
}
