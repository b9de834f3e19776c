// app/run/crowd_plugin.*: the crowd simulation as a plugin: how many agents it simulates, and
// the progress line `agora run` prints.

#include <catch2/catch.hpp>

#include "app/run/crowd_plugin.hpp"
#include "gis/scenario_reader.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
namespace ca = agora::crowd::agents;

TEST_CASE("The crowd plugin simulates the event's peak attendance unless it gives none",
          "[crowd]") {
  gis::LoadedScenario loaded = gis::load_scenario(test::fixture("scenario/scenario.json"));
  // The fixture's event expects 400 people at its peak.
  const ca::CrowdRunOptions a = run::default_crowd_options(loaded.scenario);
  REQUIRE(a.agents.has_value());
  CHECK(*a.agents == 400);
  CHECK(a.agents_from == ca::CrowdSize::kAttendance);
  // Without an attendance, each zone's density × area decides (no total given).
  loaded.scenario.event.attendance_peak = 0;
  const ca::CrowdRunOptions b = run::default_crowd_options(loaded.scenario);
  CHECK_FALSE(b.agents.has_value());
  CHECK(b.agents_from == ca::CrowdSize::kZoneDensity);
}

TEST_CASE("The crowd progress line: agents and the estimate first, then time, speed, time left",
          "[crowd]") {
  ca::CrowdProgress p;
  p.agents_total = 9000;
  p.agents_inside = 9000;
  p.estimated_end_s = 312.4;
  CHECK(run::crowd_progress_text(p, 0.0) == "9000 agents; about 312 s to simulate (estimate)");
  // 40 s simulated in 10 s of wall time: 4x real time; the 272 s still to simulate at that
  // pace take 68 s.
  p.time_s = 40.0;
  p.agents_inside = 5123;
  CHECK(run::crowd_progress_text(p, 10.0) ==
        "t = 40 s of about 312 s, 5123 of 9000 agents to go, 4.0x real time, about 68 s left");
  // The first estimate was 141 s, but with 3877 of 9000 out by 100 s (38.8 per s) the 5123
  // inside need 132 s more: the end is put at 232 s; at 10x real time that is 13 s of wall time.
  p.estimated_end_s = 141.0;
  p.time_s = 100.0;
  p.agents_done = 3877;
  CHECK(run::crowd_progress_text(p, 10.0) ==
        "t = 100 s of about 232 s, 5123 of 9000 agents to go, 10.0x real time, about 13 s left");
  p.time_s = 40.0;
  p.agents_done = 0;
  p.estimated_end_s = 312.4;
  // Within the first half second of wall time no speed is given yet.
  CHECK(run::crowd_progress_text(p, 0.2) == "t = 40 s of about 312 s, 5123 of 9000 agents to go");
}
