// Replaying a crowd run's trajectories: the replay model (frames as stored, interpolation
// between them, the clock) directly, and the real agora-gui loading a trajectory file written
// here with gis::TrajectoryWriter, seeking, and drawing the agents on the München map.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "gis/crowd/trajectory_file.hpp"
#include "gis/crs.hpp"
#include "gui/replay/agent_discs.hpp"
#include "gui/replay/replay.hpp"
#include "gui/replay/replay_clock.hpp"
#include "tests/gui/gui_runner.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using namespace agora::gui;
using namespace agora::test;
namespace fs = std::filesystem;

namespace {

using crowd::agents::AgentFrame;

// Four agents over two frames 10 s apart, around `at` (local CRS, metres):
//   agent 0  at + ( 0, 0)  ->  at + (20, 0)   walks 20 m east
//   agent 1  at + (30, 0)  ->  at + (30, 8)   walks  8 m north
//   agent 2  at + (40, 5)  ->  (gone)         leaves between the frames
//   (absent)               ->  at + (50, 5)   agent 3 appears between the frames
// `at` is a whole-centimetre offset from the file's origin, so the 1 cm grid stores every
// position exactly.
void write_four_agents(const std::string& path, const std::string& crs, Vec2 at) {
  const Box bounds{{at.x - 50.0, at.y - 50.0}, {at.x + 150.0, at.y + 150.0}};  // 200 m: 1 cm steps
  gis::TrajectoryWriter w(path, crs, bounds, 10.0);
  w.frame(0.0, {AgentFrame{0, at.x, at.y}, AgentFrame{1, at.x + 30, at.y},
                AgentFrame{2, at.x + 40, at.y + 5}});
  // Out of id order on purpose: the file keeps the simulation's order.
  w.frame(10.0, {AgentFrame{3, at.x + 50, at.y + 5}, AgentFrame{1, at.x + 30, at.y + 8},
                 AgentFrame{0, at.x + 20, at.y}});
  w.commit(4);
}

const ReplayAgent* find(const std::vector<ReplayAgent>& agents, std::uint32_t id) {
  for (const ReplayAgent& a : agents)
    if (a.id == id) return &a;
  return nullptr;
}

// A point of the München map (WGS84) in the scenario's CRS, rounded to whole metres.
Vec2 munchen_local(Vec2 lonlat) {
  const gis::Reprojector to_local = gis::Reprojector::from_lonlat("EPSG:25832", "test");
  const Vec2 p = to_local.transform(lonlat);
  return {std::round(p.x), std::round(p.y)};
}

std::string lonlat_arg(Vec2 local) {
  const gis::Reprojector to_lonlat = gis::Reprojector::to_lonlat("EPSG:25832", "test");
  const Vec2 ll = to_lonlat.transform(local);
  char buf[64];
  std::snprintf(buf, sizeof buf, "@%.8f,%.8f", ll.x, ll.y);
  return buf;
}

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

}  // namespace

TEST_CASE("a replay places agents between two frames by linear interpolation", "[gui][replay]") {
  const std::string dir = scratch_dir("replay_model");
  const Vec2 at{1000.0, 2000.0};
  write_four_agents(dir + "/t.agtraj", "EPSG:25832", at);
  const Replay r = Replay::load(dir + "/t.agtraj", "EPSG:25832");
  CHECK(r.frame_count() == 2);
  CHECK(r.start_s() == 0.0);
  CHECK(r.end_s() == 10.0);
  CHECK(r.header().agent_count == 4);

  std::vector<ReplayAgent> agents;
  SECTION("at 2.5 s, a quarter of the way: agents 0 and 1 moved, 2 is still there, 3 not yet") {
    r.agents_at(2.5, agents);
    REQUIRE(agents.size() == 3);
    CHECK(agents[0].id == 0);  // sorted by id
    CHECK(agents[2].id == 2);
    // agent 0: 20 m east × 2.5 / 10 = 5 m east of its start.
    CHECK(agents[0].position.x == Approx(1005.0).margin(1e-6));
    CHECK(agents[0].position.y == Approx(2000.0).margin(1e-6));
    // agent 1: 8 m north × 0.25 = 2 m north.
    CHECK(agents[1].position.x == Approx(1030.0).margin(1e-6));
    CHECK(agents[1].position.y == Approx(2002.0).margin(1e-6));
    // agent 2 is in the first frame only, the nearer one: where that frame has it.
    CHECK(agents[2].position.x == Approx(1040.0).margin(1e-6));
    CHECK(agents[2].position.y == Approx(2005.0).margin(1e-6));
  }
  SECTION("at 7.5 s, past the midpoint: agent 2 has left, agent 3 has come") {
    r.agents_at(7.5, agents);
    REQUIRE(agents.size() == 3);
    CHECK(find(agents, 2) == nullptr);
    REQUIRE(find(agents, 3) != nullptr);
    CHECK(find(agents, 3)->position.x == Approx(1050.0).margin(1e-6));
    // agent 0: 20 × 0.75 = 15 m east; agent 1: 8 × 0.75 = 6 m north.
    CHECK(find(agents, 0)->position.x == Approx(1015.0).margin(1e-6));
    CHECK(find(agents, 1)->position.y == Approx(2006.0).margin(1e-6));
  }
  SECTION("times outside the run show its first or last frame") {
    r.agents_at(-5.0, agents);
    REQUIRE(agents.size() == 3);
    CHECK(agents[0].position.x == Approx(1000.0).margin(1e-6));
    r.agents_at(99.0, agents);
    REQUIRE(agents.size() == 3);  // 0, 1, 3
    CHECK(agents[0].position.x == Approx(1020.0).margin(1e-6));
    CHECK(agents[2].id == 3);
  }
  SECTION("exactly on a frame: that frame's positions") {
    r.agents_at(10.0, agents);
    REQUIRE(agents.size() == 3);
    CHECK(agents[1].position.y == Approx(2008.0).margin(1e-6));
  }
}

TEST_CASE("a replay refuses a file that is not trajectories, from another CRS, or broken",
          "[gui][replay]") {
  const std::string dir = scratch_dir("replay_errors");
  write_four_agents(dir + "/t.agtraj", "EPSG:31468", {1000.0, 2000.0});
  SECTION("another scenario's CRS: the message names both") {
    try {
      (void)Replay::load(dir + "/t.agtraj", "EPSG:25832");
      FAIL("loaded trajectories in another CRS");
    } catch (const Error& e) {
      const std::string m = e.problems().front().to_string();
      CHECK(m.find("t.agtraj") != std::string::npos);
      CHECK(m.find("EPSG:31468") != std::string::npos);
      CHECK(m.find("EPSG:25832") != std::string::npos);
    }
  }
  SECTION("a text file") {
    std::ofstream(dir + "/notes.agtraj") << "not trajectories at all\n";
    CHECK_THROWS_WITH(Replay::load(dir + "/notes.agtraj", "EPSG:31468"),
                      Catch::Contains("not an Agora trajectory file"));
  }
  SECTION("a file cut short inside its second frame") {
    // Header: 8 + 4 + 16 + 8 + 8 + 4 + 4 + 10 ("EPSG:31468") = 62 bytes; each frame 8 bytes
    // (time, count) + 8 per agent: 32 and 32 bytes. 126 bytes in all; cut 3.
    REQUIRE(fs::file_size(dir + "/t.agtraj") == 126);
    fs::resize_file(dir + "/t.agtraj", 123);
    CHECK_THROWS_WITH(Replay::load(dir + "/t.agtraj", "EPSG:31468"),
                      Catch::Contains("frame 1") && Catch::Contains("truncated"));
  }
  SECTION("frames going back in time") {
    gis::TrajectoryWriter w(dir + "/back.agtraj", "EPSG:31468", Box{{0, 0}, {100, 100}}, 1.0);
    w.frame(5.0, {AgentFrame{0, 1.0, 1.0}});
    w.frame(4.0, {AgentFrame{0, 2.0, 1.0}});
    w.commit(1);
    CHECK_THROWS_WITH(Replay::load(dir + "/back.agtraj", "EPSG:31468"),
                      Catch::Contains("frame 1") && Catch::Contains("time_s"));
  }
}

TEST_CASE("the replay clock runs at its speed and stops at the end", "[gui][replay]") {
  ReplayClock c;
  c.speed = 20.0;
  c.playing = true;
  // 30 frames of 1/60 s at 20x: 30 / 60 × 20 = 10 s.
  for (int i = 0; i < 30; ++i) c.advance(1.0 / 60.0, 0.0, 100.0);
  CHECK(c.time_s == Approx(10.0));
  CHECK(c.playing);
  // Another 300 s of wall time would pass 100 s: it stops there.
  c.advance(300.0, 0.0, 100.0);
  CHECK(c.time_s == 100.0);
  CHECK_FALSE(c.playing);
  // Paused, the clock stands still.
  c.time_s = 40.0;
  c.advance(1.0, 0.0, 100.0);
  CHECK(c.time_s == 40.0);
}

TEST_CASE("agora-gui replays trajectories on the map: agents counted, placed and drawn",
          "[gui][headless][munchen][replay]") {
  const std::string dir = scratch_dir("gui_replay");
  // Agent 0 starts on the Neues Rathaus (a building the headless scenario test checks is drawn
  // #d9d0c9 there) and walks 20 m east in 10 s.
  const Vec2 at = munchen_local({11.5753151, 48.1378023});
  write_four_agents(dir + "/run.agtraj", "EPSG:25832", at);
  // At 7.5 s: agent 0 is 15 m east of `at`, agent 1 6 m north of at + (30, 0); agent 2 has
  // left and agent 3 has come: 3 on site. At 2.5 s: 0, 1 and 2.
  const Vec2 agent0 = at + Vec2{15.0, 0.0};
  const std::string png = dir + "/replay.png";
  const std::string script =
      "replay " + dir +
      "/run.agtraj\n"
      "replay_seek 2.5\n"
      "assert_replay_agents 3\n"
      "assert_agent 2 " +
      fixed(at.x + 40) + " " + fixed(at.y + 5) +
      " 0.001\n"
      "replay_seek 7.5\n"
      "assert_replay_time 7.5\n"
      "assert_replay_agents 3\n"
      "assert_agent 0 " +
      fixed(agent0.x) + " " + fixed(agent0.y) +
      " 0.001\n"
      "assert_agent 1 " +
      fixed(at.x + 30) + " " + fixed(at.y + 6) +
      " 0.001\n"
      "assert_agent 3 " +
      fixed(at.x + 50) + " " + fixed(at.y + 5) +
      " 0.001\n"
      // 4 px per metre: a disc is max(0.25 m × 4, 2.5) = 2.5 px plus a 1 px rim.
      "view " +
      lonlat_arg(at + Vec2{20.0, 0.0}) +
      " 4\n"
      "assert_pixel " +
      lonlat_arg(agent0) +
      " #00e1ff 8   # agent 0's disc: kAgentLook.fill\n"
      "assert_pixel " +
      lonlat_arg(at) +
      " #d9d0c9 6   # where it started, 60 px west: the building again\n"
      "screenshot " +
      png +
      "\n"
      // Play at 200x: 1/60 s × 200 = 3.3 s per frame, past the end (10 s) within 10 frames,
      // and the clock stops there.
      "replay_play 200\n"
      "wait_frames 10\n"
      "assert_replay_time 10\n"
      "assert_replay_agents 3\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const Image img = read_png(png);
  REQUIRE(img.width == 1600);
}

TEST_CASE("agora-gui says why it cannot replay a file and keeps running",
          "[gui][headless][munchen][replay]") {
  const std::string dir = scratch_dir("gui_replay_errors");
  std::ofstream(dir + "/notes.agtraj") << "not trajectories at all\n";
  const Vec2 at = munchen_local({11.5753151, 48.1378023});
  write_four_agents(dir + "/gk.agtraj", "EPSG:31468", at);  // Gauss-Krüger: another scenario's CRS
  write_four_agents(dir + "/good.agtraj", "EPSG:25832", at);
  // Both through the menu and the file dialog, as a user would; the error dialog's message is
  // also printed in script mode. Then a good file loads in the same session.
  const std::string script =
      "menu \"Replay/Open trajectory file...\"\n"
      "dialog_path " +
      dir +
      "/notes.agtraj\n"
      "dialog Open\n"
      "dialog OK\n"
      "menu \"Replay/Open trajectory file...\"\n"
      "dialog_path " +
      dir +
      "/gk.agtraj\n"
      "dialog Open\n"
      "dialog OK\n"
      "assert_count stall 38\n"
      "replay " +
      dir +
      "/good.agtraj\n"
      "assert_replay_agents 3\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Cannot replay notes.agtraj") != std::string::npos);
  CHECK(r.out.find("not an Agora trajectory file (expected AGORATRJ)") != std::string::npos);
  CHECK(r.out.find("Cannot replay gk.agtraj") != std::string::npos);
  CHECK(r.out.find("the trajectories are in EPSG:31468, the open scenario in EPSG:25832") !=
        std::string::npos);
}

TEST_CASE("agora-gui offers the trajectories beside a scenario it opens",
          "[gui][headless][munchen][replay]") {
  const std::string dir = scratch_dir("gui_replay_offer");
  fs::create_directories(dir + "/copy/out");
  write_four_agents(dir + "/copy/out/crowd_trajectories.agtraj", "EPSG:25832",
                    munchen_local({11.5753151, 48.1378023}));
  // A copy of the scenario whose out/ folder holds a crowd run: opening it offers the replay.
  const std::string script = "save " + dir +
                             "/copy/scenario.json\n"
                             "open " +
                             dir +
                             "/copy/scenario.json\n"
                             "dialog Replay\n"
                             "assert_replay_agents 3\n";
  const GuiResult r = run_gui_script(munchen_scenario(), script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
}

TEST_CASE("a run from the editor records the crowd simulation for replay",
          "[gui][headless][munchen][replay]") {
  const std::string dir = scratch_dir("gui_replay_run");
  // The bundled layout, crowd simulation only, for an attendance of 587 so the egress takes
  // seconds: the crowd simulation places the event's peak attendance (docs/crowd-model.md).
  const std::string scenario =
      write_munchen_variant(dir, "Marienplatz, crowd only (GUI test)", "rated", {"crowd"}, 587);
  // The replay's first frame holds every agent the simulation placed, the figure crowd.agents.
  const std::string script =
      "run\n"
      "assert_figure crowd.agents 587\n"
      "menu \"Replay/Replay the last run\"\n"
      "replay_seek 0\n"
      "assert_replay_agents 587\n";
  const GuiResult r = run_gui_script(scenario, script, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
}
