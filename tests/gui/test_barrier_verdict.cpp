// The editor's whole loop on a real approach: run the ramming analysis on the bundled
// München layout without barriers, draw a rated barrier across Dienerstraße where it meets
// the perimeter, run again, save. The crossing's verdict changes from unprotected, the saved
// scenario holds the barrier, and the exported results say the same.
#include <ogrsf_frmts.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "gis/scenario_reader.hpp"
#include "tests/gui/gui_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using namespace agora::test;
namespace fs = std::filesystem;

namespace {

// The bundled layout without barriers, analysed for vehicle ramming only (0.3 s a run).
std::string write_ramming_scenario(const std::string& dir) {
  return write_munchen_variant(dir, "Marienplatz, no barriers (GUI test)", "none", {"ramming"});
}

struct Crossing {
  std::string label, verdict;
  Vec2 at;         // EPSG:25832
  double runup_m;  // the car's (M1) run-up
};

// The crossing points in results.gpkg's ramming_crossings layer.
std::vector<Crossing> crossings(const std::string& gpkg) {
  GDALAllRegister();
  std::vector<Crossing> out;
  auto* ds = static_cast<GDALDataset*>(
      GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
  REQUIRE(ds != nullptr);
  OGRLayer* layer = ds->GetLayerByName("ramming_crossings");
  REQUIRE(layer != nullptr);
  for (auto& f : *layer) {
    const auto* pt = f->GetGeometryRef()->toPoint();
    out.push_back({f->GetFieldAsString("label"),
                   f->GetFieldAsString("worst_verdict"),
                   {pt->getX(), pt->getY()},
                   f->GetFieldAsDouble("M1_runup_m")});
  }
  GDALClose(ds);
  return out;
}

}  // namespace

TEST_CASE("a barrier drawn across Dienerstraße changes its ramming verdict and is saved",
          "[gui][headless][munchen][ramming]") {
  const std::string dir = scratch_dir("gui_barrier_verdict");
  const std::string scenario = write_ramming_scenario(dir);
  // Dienerstraße meets the perimeter at 11.5764133 E, 48.1372626 N, the perimeter running at
  // 277.7° there (agora ramming on scenario-no-barriers.json). The barrier is drawn 12 m long
  // along the perimeter through that point: ±6 m at 277.7° is ∓5.95 m east, ±0.80 m north,
  // i.e. ∓8.0e-5° of longitude (1° = 74,300 m at 48.14° N) and ±0.7e-5° of latitude.
  // Snapping is switched off so the points land where they are given.
  // Its rating, V/7500[N3]/80/90, stops a 7.5 t lorry at 80 km/h: less than a car reaches
  // here (the crossing's M1 band tops out at the car's 180 km/h after a 965 m run), so the
  // verdict becomes "inadequate": protected, but not enough.
  const std::string script =
      "run\n"
      "export_results " +
      dir +
      "/before\n"
      "menu Edit/Snapping\n"
      "tool barrier\n"
      "click @11.5763333,48.1372698\n"
      "click @11.5764933,48.1372554\n"
      "key enter\n"
      "assert_count barrier 1\n"
      "prop rating V/7500[N3]/80/90:0.4/15.4\n"
      "run\n"
      "export_results " +
      dir +
      "/after\n"
      "save " +
      dir +
      "/saved/scenario.json\n"
      "assert_dirty false\n";
  const GuiResult r = run_gui_script(scenario, script, dir);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);

  const auto before = crossings(dir + "/before/results.gpkg");
  const auto after = crossings(dir + "/after/results.gpkg");
  auto dienerstrasse = [](const std::vector<Crossing>& all) {
    std::vector<Crossing> out;
    for (const Crossing& c : all)
      if (c.label == "Dienerstraße") out.push_back(c);
    return out;
  };
  REQUIRE(dienerstrasse(before).size() == 1);
  REQUIRE(dienerstrasse(after).size() == 1);
  CHECK(dienerstrasse(before)[0].verdict == "unprotected");
  CHECK(dienerstrasse(after)[0].verdict == "inadequate");
  // The barrier guards this approach only: every crossing point more than 15 m from it (the
  // barrier's half-length and the snapping tolerance, with room) is still there, unchanged.
  // (Nearer ones, in the mouth of Marienplatz beside Dienerstraße, are covered by the barrier.)
  // Left out: slivers where the square's edge touches the perimeter with a car run-up under
  // 5 m (three, 100-130 m away, at 12-17 km/h): the crossing search finds them without the
  // barrier and not with it, a known sensitivity of its open-area sampling to the layout.
  const Vec2 here = dienerstrasse(before)[0].at;
  std::size_t compared = 0;
  for (const Crossing& b : before) {
    if (distance(b.at, here) <= 15.0 || b.runup_m < 5.0) continue;
    const auto same = std::find_if(after.begin(), after.end(),
                                   [&](const Crossing& a) { return distance(a.at, b.at) < 0.01; });
    REQUIRE(same != after.end());
    CHECK(same->verdict == b.verdict);
    ++compared;
  }
  CHECK(compared > 40);  // of the 60 crossing points of the layout without barriers
  const gis::LoadedScenario saved = gis::load_scenario(dir + "/saved/scenario.json");
  REQUIRE(saved.scenario.layout.barriers.size() == 1);
  const auto& barrier = saved.scenario.layout.barriers.front();
  CHECK(barrier.rating == "V/7500[N3]/80/90:0.4/15.4");
  REQUIRE(barrier.line.size() == 2);
  // 12 m long as drawn, give or take the 1e-7° of the script's coordinates (1 cm).
  CHECK(distance(barrier.line[0], barrier.line[1]) == Approx(12.0).margin(0.1));
}
