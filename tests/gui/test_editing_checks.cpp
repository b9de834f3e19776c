// Editing with the catalogue and the geometry checks: a barrier's product picked from the
// barrier catalogue brings its rating; a clear gap wider than the ramming analysis's 1.2 m rule,
// an exit drawn away from the perimeter line, an exit whose width_m is not its drawn length and
// a crowd zone over a building are named in Problems while editing.
#include <catch2/catch.hpp>

#include "tests/gui/gui_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using namespace agora::test;

TEST_CASE("a barrier's product comes from the catalogue with its rating, its gap is checked",
          "[gui][headless][munchen][editing]") {
  const std::string dir = scratch_dir("gui_catalogue_pick");
  // data/barriers/catalogue.csv: ppg-fixed-m50-pas68 is PPG's fixed bollard M50, rated
  // V/7500[N3]/80/90:0.4/15.4 (PAS 68:2013, printed).
  const std::string script =
      "menu Edit/Snapping\n"
      "tool barrier\n"
      "click @11.5763333,48.1372698\n"
      "click @11.5764933,48.1372554\n"
      "key enter\n"
      "assert_count barrier 16\n"
      "product \"ppg m50 pas 68\"\n"
      "assert_prop product ppg-fixed-m50-pas68\n"
      "assert_prop rating V/7500[N3]/80/90:0.4/15.4\n"
      "prop clear_gap_m 1.5\n"
      "assert_problem \"wider than 1.2 m\"\n"
      "prop clear_gap_m 1.2\n"
      "assert_no_problem \"clear gap\"\n"
      // data/barriers/prices.csv lays ppg-fixed-m50-pas68 at 1.2 m clear gaps: 0.9 m is not it.
      "prop clear_gap_m 0.9\n"
      "assert_problem \"the clear gap of 0.90 m differs from the 1.20 m product "
      "'ppg-fixed-m50-pas68' is laid "
      "with\"\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
}

TEST_CASE(
    "exits off the perimeter line, exits wider than drawn and zones over buildings are named while "
    "editing",
    "[gui][headless][munchen][editing]") {
  const std::string dir = scratch_dir("gui_geometry_checks");
  // An exit drawn 3 m long in Marienplatz, 15 m inside the perimeter line: 0.00004° of
  // longitude at 48.13727° N is 0.00004 × 111,320 m × cos 48.13727° = 2.97 m (2.98 m in
  // EPSG:25832, gdaltransform), drawn at 100 px/m so a pixel moves an end by 0.01 m at most and
  // the length reads 3.0 m; then its width_m set to 12 m against its 3 m; a crowd zone drawn
  // over the Neues Rathaus (about 10 m × 7 m: ±0.00007° of longitude, ±0.00003° of latitude
  // around 11.5753151 E, 48.1378023 N, all inside the building).
  const std::string script =
      "menu Edit/Snapping\n"
      "assert_no_problem \"from the perimeter line\"\n"
      "view @11.5756200,48.1372700 100\n"
      "tool exit\n"
      "click @11.5756000,48.1372700\n"
      "click @11.5756400,48.1372700\n"
      "key enter\n"
      "assert_problem \"from the perimeter line\"\n"
      "prop width_m 12\n"
      "assert_problem \"the line drawn across the opening is 3.0 m long\"\n"
      "view @11.5753151,48.1378023 20\n"
      "tool crowd_zone\n"
      "click @11.5752451,48.1377723\n"
      "click @11.5753851,48.1377723\n"
      "click @11.5753851,48.1378323\n"
      "click @11.5752451,48.1378323\n"
      "key enter\n"
      "assert_problem \"of buildings\"\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
}

TEST_CASE("a road blocker wider than the line it is drawn on is named while editing",
          "[gui][headless][munchen][editing]") {
  const std::string dir = scratch_dir("gui_product_length");
  // data/barriers/prices.csv: one optima-hrr-hs-ct blocker covers 4.5 m. The line is 0.00004° of
  // longitude at 48.13727° N: 2.98 m in EPSG:25832 (gdaltransform), drawn at 100 px/m; under
  // 0.9 × 4.5 = 4.05 m. Then 0.00006° (4.46 m) passes.
  const std::string script =
      "menu Edit/Snapping\n"
      "view @11.5756200,48.1372700 100\n"
      "tool barrier\n"
      "click @11.5756000,48.1372700\n"
      "click @11.5756400,48.1372700\n"
      "key enter\n"
      "product optima\n"
      "assert_prop product optima-hrr-hs-ct\n"
      "assert_problem \"the line is 3.0 m long, shorter than one blocker 4.5 m of product "
      "'optima-hrr-hs-ct' (4.5 m)\"\n"
      "menu Edit/Delete\n"
      "assert_no_problem \"shorter than one\"\n"
      "tool barrier\n"
      "view @11.5756300,48.1372700 100\n"
      "click @11.5756000,48.1372700\n"
      "click @11.5756600,48.1372700\n"
      "key enter\n"
      "product optima\n"
      "assert_no_problem \"shorter than one\"\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
}
