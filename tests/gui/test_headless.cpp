// The real agora-gui, headless under Xvfb with Mesa's software OpenGL: it draws the city,
// replays editing sessions from scripts, saves, asks before losing work, and recovers it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "gis/scenario_reader.hpp"
#include "gis/text_file.hpp"
#include "tests/gui/gui_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using namespace agora::test;
namespace fs = std::filesystem;

namespace {

// The canvas at 1600×1000: right of the 172 px tool bar, left of the 440 px side panel,
// under the 23 px menu bar and over the 28 px status line.
constexpr int kCanvasLeft = 172, kCanvasRight = 1160, kCanvasTop = 23, kCanvasBottom = 972;
// The map's land colour (MapPalette::background).
constexpr std::array<int, 3> kBackground{242, 239, 233};

int max_channel_difference(std::array<int, 3> a, std::array<int, 3> b) {
  return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

}  // namespace

TEST_CASE("agora-gui draws the München map headless: the screenshot is not all background",
          "[gui][headless]") {
  const std::string dir = scratch_dir("gui_map_frames");
  const std::string png = dir + "/map.png";
  const GuiResult r = run_gui("'" + munchen_map() + "' --frames 5 --screenshot '" + png + "'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const Image img = read_png(png);
  REQUIRE(img.width == 1600);
  REQUIRE(img.height == 1000);
  // The Altstadt is dense: buildings, streets and squares cover most of the canvas. Count the
  // canvas pixels that are not the bare land colour.
  std::size_t drawn = 0, total = 0;
  for (int y = kCanvasTop; y < kCanvasBottom; y += 2)
    for (int x = kCanvasLeft; x < kCanvasRight; x += 2, ++total)
      if (max_channel_difference(img.at(x, y), kBackground) > 8) ++drawn;
  // Measured: 49 % of the canvas (the fitted Altstadt is roughly round, the corners are land).
  CHECK(static_cast<double>(drawn) / static_cast<double>(total) > 0.4);
}

TEST_CASE("the bundled scenario's screenshot has the map and the layout where they belong",
          "[gui][headless][munchen]") {
  const std::string dir = scratch_dir("gui_scenario_shot");
  const std::string png = dir + "/scenario.png";
  // Places worked out from the map (EPSG:25832 points at least 4 m inside a footprint,
  // converted with gdaltransform) and the layout file (the centroid of stall-01):
  //   Neues Rathaus, Altes Rathaus, St. Peter: building fill #d9d0c9 (MapPalette::building)
  //   Rindermarkt, a pedestrian square outside the event: #dddde8 (MapPalette::pedestrian_area)
  //   stall-01: the stall (181,131,90, alpha 235) over the market crowd zone
  //   (255,150,40, alpha 70) over the pedestrian square (221,221,232):
  //     zone  = 221 + (255-221)·70/255 = 230.3, 221 + (150-221)·0.2745 = 201.5, 232 +
  //     (40-232)·0.2745 = 179.3 stall = 230.3 + (181-230.3)·235/255 = 184.9, 201.5 +
  //     (131-201.5)·0.9216 = 136.5, 179.3 + (90-179.3)·0.9216 = 97.0
  const std::string script =
      "fit\n"
      "assert_pixel @11.5753151,48.1378023 #d9d0c9 6   # Neues Rathaus\n"
      "assert_pixel @11.5770581,48.1368160 #d9d0c9 6   # Altes Rathaus\n"
      "assert_pixel @11.5760286,48.1364533 #d9d0c9 6   # St. Peter\n"
      "assert_pixel @11.5738440,48.1361349 #dddde8 6   # Rindermarkt\n"
      "assert_pixel @11.5748688,48.1372518 #b98961 6   # stall-01\n"
      "screenshot " +
      png + "\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const Image img = read_png(png);
  REQUIRE(img.width == 1600);
  // The attribution sits in the canvas's bottom-right corner on a white box: some of its
  // pixels are dark text.
  std::size_t dark = 0;
  for (int y = kCanvasBottom - 22; y < kCanvasBottom - 4; ++y)
    for (int x = kCanvasRight - 220; x < kCanvasRight - 10; ++x)
      if (img.at(x, y)[0] < 120) ++dark;
  CHECK(dark > 100);
}

TEST_CASE("an edit undone saves back to what the scenario was", "[gui][headless][munchen]") {
  const std::string dir = scratch_dir("gui_undo_save");
  // Save untouched (a), draw a rated barrier across Kaufingerstraße west of the square and
  // save (b), undo both steps (rating, barrier) with the keyboard and save again (c).
  const std::string script = "save " + dir +
                             "/a/scenario.json\n"
                             "tool barrier\n"
                             "click @11.5741000,48.1372400\n"
                             "click @11.5742300,48.1374300\n"
                             "key enter\n"
                             "assert_count barrier 16\n"
                             "prop rating V/7500[N3]/80/90:0.4/15.4\n"
                             "save " +
                             dir +
                             "/b/scenario.json\n"
                             "key ctrl+z\n"
                             "key ctrl+z\n"
                             "assert_count barrier 15\n"
                             "assert_dirty true\n"
                             "save " +
                             dir +
                             "/c/scenario.json\n"
                             "assert_dirty false\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  // (b) holds the new barrier with its rating, in the first layout file (new features go there).
  const gis::LoadedScenario b = gis::load_scenario(dir + "/b/scenario.json");
  REQUIRE(b.scenario.layout.barriers.size() == 16);
  // layout.geojson is read first, so the new barrier comes before the 15 rated ones.
  const auto& added = b.scenario.layout.barriers.front();
  CHECK(added.info.id == "barrier-1");
  CHECK(added.rating == "V/7500[N3]/80/90:0.4/15.4");
  CHECK(fs::path(added.info.file).filename() == "layout.geojson");
  REQUIRE(added.line.size() == 2);
  // (c) is (a), byte for byte, in both layout files.
  for (const char* f : {"/layout.geojson", "/barriers/rated.geojson"})
    CHECK(gis::read_text_file(dir + "/c" + f) == gis::read_text_file(dir + "/a" + f));
  // And (a) is the bundled scenario: every feature in place to a millimetre.
  const gis::LoadedScenario a = gis::load_scenario(dir + "/a/scenario.json");
  const gis::LoadedScenario original = gis::load_scenario(munchen_scenario());
  REQUIRE(a.scenario.layout.feature_count() == original.scenario.layout.feature_count());
  const auto& pa = a.scenario.layout.perimeters[0].area.outer();
  const auto& po = original.scenario.layout.perimeters[0].area.outer();
  REQUIRE(pa.size() == po.size());
  double worst = 0.0;
  for (std::size_t i = 0; i < pa.size(); ++i) worst = std::max(worst, distance(pa[i], po[i]));
  CHECK(worst < 1e-3);
  for (std::size_t i = 0; i < a.scenario.layout.barriers.size(); ++i) {
    CHECK(a.scenario.layout.barriers[i].info.id == original.scenario.layout.barriers[i].info.id);
    CHECK(a.scenario.layout.barriers[i].rating == original.scenario.layout.barriers[i].rating);
    CHECK(a.scenario.layout.barriers[i].cost_eur == original.scenario.layout.barriers[i].cost_eur);
  }
}

TEST_CASE("closing with unsaved changes asks first", "[gui][headless][munchen]") {
  const std::string dir = scratch_dir("gui_close_prompt");
  // Delete a stall, try to quit, cancel: still open and dirty. Quit again, don't save: gone,
  // and the scenario file is untouched.
  const std::string before =
      gis::read_text_file(fs::path(munchen_scenario()).parent_path() / "layout.geojson");
  const std::string script =
      "select stall 1\n"
      "key delete\n"
      "assert_count stall 37\n"
      "menu File/Quit\n"
      "dialog Cancel\n"
      "assert_dirty true\n"
      "assert_count stall 37\n"
      "menu File/Quit\n"
      "dialog \"Don't save\"\n"
      "wait_frames 5\n"
      "assert_count stall 999   # never reached: the program has left\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("never reached") == std::string::npos);
  CHECK(gis::read_text_file(fs::path(munchen_scenario()).parent_path() / "layout.geojson") ==
        before);
}

TEST_CASE("work lost in a crash is offered back on the next start", "[gui][headless][munchen]") {
  const std::string dir = scratch_dir("gui_recovery");
  const std::string autosave = dir + "/autosave";
  // First session: delete two stalls, autosave, die.
  GuiResult r =
      run_gui_script(munchen_scenario(),
                     "select stall 1\nkey delete\nselect stall 1\nkey delete\nautosave\ncrash\n",
                     dir, "--autosave-dir '" + autosave + "'", "crash.txt");
  INFO(r.out);
  REQUIRE(r.exit_code == 3);  // the crash step's exit status
  // Second session: the recovery dialog comes up; recover and check.
  r = run_gui_script(munchen_scenario(),
                     "dialog Recover\nassert_count stall 36\nassert_dirty true\n", dir,
                     "--autosave-dir '" + autosave + "'", "recover.txt");
  INFO(r.out);
  CHECK(r.exit_code == 0);
}

TEST_CASE("work offered back and not taken is kept: Later, or closing without an answer",
          "[gui][headless][munchen]") {
  const std::string dir = scratch_dir("gui_recovery_later");
  const std::string autosave = "--autosave-dir '" + dir + "/autosave'";
  // 1: delete one stall (38 -> 37), autosave, die.
  GuiResult r = run_gui_script(munchen_scenario(), "select stall 1\nkey delete\nautosave\ncrash\n",
                               dir, autosave, "crash.txt");
  INFO(r.out);
  REQUIRE(r.exit_code == 3);
  // 2: the question comes up; the editor is closed without an answer.
  r = run_gui_script(munchen_scenario(), "wait_frames 3\n", dir, autosave, "unanswered.txt");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  // 3: Later; then other work (two stalls deleted: 36), autosaved, and closed without saving.
  // Neither this session's autosave nor its close may touch the kept work.
  r = run_gui_script(munchen_scenario(),
                     "dialog Later\nassert_count stall 38\nselect stall 1\nkey delete\nselect "
                     "stall 1\nkey delete\n"
                     "autosave\nmenu File/Quit\ndialog \"Don't save\"\n",
                     dir, autosave, "later.txt");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  // 4: still offered, and it is the first session's work: 37 stalls.
  r = run_gui_script(munchen_scenario(),
                     "dialog Recover\nassert_count stall 37\nassert_dirty true\n", dir, autosave,
                     "recover.txt");
  INFO(r.out);
  CHECK(r.exit_code == 0);
}

TEST_CASE("work recovered in another folder is saved to its own files",
          "[gui][headless][munchen]") {
  const fs::path dir = scratch_dir("gui_recovery_folder");
  // A copy of the bundled scenario in dir/a, its map read from the bundle by absolute path.
  const fs::path bundled = fs::path(munchen_scenario()).parent_path();
  fs::create_directories(dir / "a/barriers");
  fs::create_directories(dir / "elsewhere");
  fs::copy_file(bundled / "layout.geojson", dir / "a/layout.geojson",
                fs::copy_options::overwrite_existing);
  fs::copy_file(bundled / "barriers/rated.geojson", dir / "a/barriers/rated.geojson",
                fs::copy_options::overwrite_existing);
  nlohmann::json s = nlohmann::json::parse(gis::read_text_file(munchen_scenario()));
  s["map"] = (bundled / "map/munchen_altstadt.osm.pbf").string();
  gis::write_text_file_atomic(dir / "a/scenario.json", s.dump(2) + "\n");
  const std::string autosave = " --autosave-dir '" + (dir / "autosave").string() + "'";
  std::ofstream(dir / "crash.txt") << "select stall 1\nkey delete\nautosave\ncrash\n";
  std::ofstream(dir / "recover.txt")
      << "dialog Recover\nassert_count stall 37\nsave\nassert_dirty false\n";
  // Opened as a/scenario.json from dir: one stall deleted (37 left), autosaved, died.
  GuiResult r = run_gui(
      "a/scenario.json --script '" + (dir / "crash.txt").string() + "'" + autosave, dir.string());
  INFO(r.out);
  REQUIRE(r.exit_code == 3);
  // Recovered and saved from dir/elsewhere: the save goes to dir/a, not to dir/elsewhere/a.
  r = run_gui("--script '" + (dir / "recover.txt").string() + "'" + autosave,
              (dir / "elsewhere").string());
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(fs::exists(dir / "elsewhere/a"));
  const gis::LoadedScenario saved = gis::load_scenario((dir / "a/scenario.json").string());
  CHECK(saved.scenario.layout.stalls.size() == 37);  // 38 in the bundle, one deleted
  CHECK(saved.scenario.layout.barriers.size() == 15);
}

TEST_CASE("a scenario that cannot be opened is an error naming the file", "[gui][headless]") {
  const std::string dir = scratch_dir("gui_bad_input");
  const GuiResult r = run_gui_script(dir + "/missing.json", "wait_frames 1\n", dir);
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("missing.json") != std::string::npos);
  CHECK(r.out.find("file not found") != std::string::npos);
}
