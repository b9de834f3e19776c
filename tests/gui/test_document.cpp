// Opening, saving and recovering the bundled scenario through the editor's document: the
// files it writes read back as the same scenario, a save without changes changes nothing,
// and an autosave brings unsaved work back.
#include <catch2/catch.hpp>
#include <filesystem>

#include "gis/scenario_reader.hpp"
#include "gis/text_file.hpp"
#include "gui/doc/autosave.hpp"
#include "gui/doc/document.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using namespace agora::gui;
using scenario::Kind;
namespace fs = std::filesystem;

namespace {

const Document& munchen() {
  // Loaded once: the map import takes about a second.
  static const Document doc = Document::open_scenario(test::munchen_scenario());
  return doc;
}

Document copy_of_munchen() {
  Document d = Document::open_scenario(test::munchen_scenario());
  return d;
}

}  // namespace

TEST_CASE("the bundled scenario opens with its 60 layout features and 15 rated barriers",
          "[document][munchen]") {
  const Document& d = munchen();
  // Counts from scenarios/munchen-christkindlmarkt/README.md.
  const scenario::Layout& L = d.scenario.layout;
  CHECK(L.perimeters.size() == 1);
  CHECK(L.crowd_zones.size() == 2);
  CHECK(L.stalls.size() == 38);
  CHECK(L.structures.size() == 3);
  CHECK(L.stages.size() == 1);
  CHECK(L.exits.size() == 7);
  CHECK(L.emergency_gates.size() == 2);
  CHECK(L.access_points.size() == 2);
  CHECK(L.receivers.size() == 4);
  CHECK(L.barriers.size() == 15);
  CHECK(d.crs() == "EPSG:25832");
  CHECK(d.load_problems.empty());
  CHECK_FALSE(d.dirty());
  // Features remember their file: the barriers come from barriers/rated.geojson (layer 1).
  CHECK(d.layout_file_of(L.barriers[0].info) == 1);
  CHECK(d.layout_file_of(L.stalls[0].info) == 0);
}

TEST_CASE("save as keeps the layout files' names relative to the scenario", "[document][munchen]") {
  const Document& d = munchen();
  const SaveTarget t = d.target_for("/srv/permits/2026/scenario.json");
  REQUIRE(t.layout_paths.size() == 2);
  CHECK(t.layout_paths[0] == "/srv/permits/2026/layout.geojson");
  CHECK(t.layout_paths[1] == "/srv/permits/2026/barriers/rated.geojson");
}

TEST_CASE("a saved copy reads back as the same scenario, and saving again changes no byte",
          "[document][munchen]") {
  Document d = copy_of_munchen();
  const std::string dir = test::scratch_dir("document_save_as");
  d.save_as(dir + "/scenario.json");
  CHECK_FALSE(d.dirty());
  REQUIRE(fs::exists(dir + "/layout.geojson"));
  REQUIRE(fs::exists(dir + "/barriers/rated.geojson"));
  // The copy names the bundled map by a relative path and loads through the ordinary reader.
  const gis::LoadedScenario back = gis::load_scenario(dir + "/scenario.json");
  CHECK(back.scenario.layout.feature_count() == 75);
  CHECK(back.scenario.layout.barriers.size() == 15);
  CHECK(back.scenario.event.attendance_peak == 9000);
  REQUIRE(back.scenario.layout.stalls.size() == 38);
  // Same stall corners in EPSG:25832 to a millimetre.
  const auto& a = d.scenario.layout.stalls[5].area.outer();
  const auto& b = back.scenario.layout.stalls[5].area.outer();
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(distance(a[i], b[i]) < 1e-3);

  const std::string layout_before = gis::read_text_file(dir + "/layout.geojson");
  const std::string scenario_before = gis::read_text_file(dir + "/scenario.json");
  d.save();
  CHECK(gis::read_text_file(dir + "/layout.geojson") == layout_before);
  CHECK(gis::read_text_file(dir + "/scenario.json") == scenario_before);
}

TEST_CASE("an edit undone saves as the file it was", "[document][munchen]") {
  Document d = copy_of_munchen();
  const std::string dir = test::scratch_dir("document_undo");
  d.save_as(dir + "/scenario.json");
  const std::string barriers_saved = gis::read_text_file(dir + "/barriers/rated.geojson");
  const std::string layout_saved = gis::read_text_file(dir + "/layout.geojson");
  // A new barrier goes to the first layout file; then it is undone.
  d.perform(insert_feature(
      {Kind::Barrier, 15},
      make_feature(Kind::Barrier, {ShapeType::Line, {{691000, 5334700}, {691006, 5334700}}},
                   "new")));
  CHECK(d.dirty());
  d.save();
  CHECK(gis::read_text_file(dir + "/layout.geojson") != layout_saved);
  d.undo();
  CHECK(d.dirty());
  d.save();
  CHECK(gis::read_text_file(dir + "/layout.geojson") == layout_saved);
  CHECK(gis::read_text_file(dir + "/barriers/rated.geojson") == barriers_saved);
}

TEST_CASE("an autosave recovers unsaved work as the original document, still unsaved",
          "[document][autosave][munchen]") {
  const std::string root = test::scratch_dir("autosave");
  const Autosave autosave(root);
  Document d = copy_of_munchen();
  d.perform(erase_feature({Kind::Stall, 0}, d.scenario.layout));
  autosave.write(d);
  const auto slots = autosave.slots();
  REQUIRE(slots.size() == 1);
  CHECK(fs::equivalent(slots[0].original.scenario_path, test::munchen_scenario()));
  REQUIRE(autosave.slot_for(test::munchen_scenario()).has_value());

  Document r = Document::recover(slots[0].scenario_path, slots[0].original);
  CHECK(r.scenario.layout.stalls.size() == 37);  // the deletion survived
  CHECK(r.scenario.layout.barriers.size() == 15);
  CHECK(r.dirty());
  CHECK(r.target().scenario_path == slots[0].original.scenario_path);
  // Saving it would write the original files (not the autosave's): check the targets only.
  CHECK(fs::path(r.target().layout_paths[1]).filename() == "rated.geojson");
  CHECK(r.layout_file_of(r.scenario.layout.barriers[0].info) == 1);

  autosave.discard(slots[0]);
  CHECK(autosave.slots().empty());
}
