// A whole agent run on a small site drawn in code: placement in the zones, egress, ingress and
// circulation, exits closing, the figures of the result, and bad input refused before the run.

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "sim/crowd/agents/crowd_run.hpp"
#include "sim/crowd/agents/placement.hpp"
#include "tests/sim/crowd/agents/crowd_site.hpp"

using namespace agora;
using namespace agora::crowd::agents;

namespace {

CrowdSetup setup() {
  CrowdSetup s;
  // Everyone alike, 1.3 m/s, so times can be checked by hand.
  s.population.groups = {{"all", 0, 0, 1.3, 1.3, 1.3, 0.0, 1.0}};
  s.los_upper_ppm2 = {1 / 3.25, 1 / 2.32, 1 / 1.39, 1 / 0.93, 1 / 0.46};
  return s;
}

CrowdRunOptions egress() {
  CrowdRunOptions o;
  o.premovement_max_s = 0.0;
  o.time_limit_s = 600.0;
  return o;
}

}  // namespace

TEST_CASE("Egress of a 200 m² zone at 1 p/m² through two 2 m exits", "[crowd-agents]") {
  const auto s = test::crowd_site();
  const auto city = test::crowd_city(false);
  const CrowdResult r = run_crowd(s, city, setup(), egress());
  REQUIRE(r.zones.size() == 1);
  CHECK(r.zones[0].walkable_area_m2 == Approx(200.0));  // 20 m × 10 m, all walkable
  CHECK(r.agents == 200);                               // 1 p/m² × 200 m²
  CHECK(r.completed);
  CHECK(r.agents_done == 200);
  CHECK(r.agents_remaining == 0);
  REQUIRE(r.exits.size() == 2);
  CHECK(r.exits[0].agents + r.exits[1].agents == 200);
  // Symmetric site: each exit takes about half (within a quarter).
  CHECK(r.exits[0].agents > 75);
  CHECK(r.exits[1].agents > 75);
  // The nearest person is 5 m from an exit: nobody out before 5 / 1.3 = 3.8 s less a body.
  CHECK(std::min(r.exits[0].first_time_s, r.exits[1].first_time_s) >= (5.0 - 1.0) / 1.3);
  // 100 people through a 2 m exit take at least 100 / (2 × 2 p/(m·s)) = 25 s.
  CHECK(r.evacuation_time_s > 25.0);
  CHECK(r.evacuation_time_s == std::max(r.exits[0].last_time_s, r.exits[1].last_time_s));
  // Flow counts add up to the people out.
  std::int64_t counted = 0;
  for (const auto& bins : r.flow_counts)
    for (const auto n : bins) counted += n;
  CHECK(counted == 200);
  CHECK(r.max_density_ppm2 > 1.0);  // at least the start density somewhere
  CHECK(r.blocked_moves == 0);
}

TEST_CASE("A given number of agents is shared over the zones, and the run's time estimated",
          "[crowd-agents]") {
  const auto s = test::crowd_site();
  const auto city = test::crowd_city(false);
  CrowdRunOptions o = egress();
  o.agents = 150;  // e.g. the event's peak attendance
  o.agents_from = CrowdSize::kAttendance;
  const CrowdResult r = run_crowd(s, city, setup(), o);
  CHECK(r.agents == 150);
  CHECK(r.zones[0].agents == 150);
  CHECK(r.zones[0].density_ppm2 == Approx(0.75));  // 150 over 200 m²
  CHECK(r.agents_from == CrowdSize::kAttendance);
  // Estimate: 150 people through two 2 m exits at 1.3 p/(m·s): 150 / 5.2 = 28.8 s; the longest
  // walk, from (15, 5) to the west exit's end (0, 9), is 15.5 m at 1.3 m/s = 11.9 s; no
  // pre-movement: 28.8 s.
  CHECK(r.estimated_end_s == Approx(150.0 / 5.2).epsilon(1e-9));
  CHECK(r.completed);
  // The crowd size is stated by key with the 150 as a number (the words are the report's).
  CHECK(std::find(r.assumptions.begin(), r.assumptions.end(),
                  say("assumption.crowd.agents_attendance", {std::int64_t{150}})) !=
        r.assumptions.end());
  // Without a total, each zone's density × area: 1 p/m² × 200 m².
  const CrowdResult z = run_crowd(s, city, setup(), egress());
  CHECK(z.agents == 200);
  CHECK(z.agents_from == CrowdSize::kZoneDensity);
}

TEST_CASE("Runs repeat exactly for a seed, whatever the thread count", "[crowd-agents]") {
  const auto s = test::crowd_site();
  const auto city = test::crowd_city(false);
  CrowdRunOptions o = egress();
  o.agents = 150;
  o.seed = 9;
  const CrowdResult a = run_crowd(s, city, setup(), o);
  o.threads = 2;
  const CrowdResult b = run_crowd(s, city, setup(), o);
  CHECK(a.agents == 150);
  CHECK(a.evacuation_time_s == b.evacuation_time_s);
  CHECK(a.exits[0].agents == b.exits[0].agents);
  CHECK(a.max_density_ppm2 == b.max_density_ppm2);
  o.seed = 10;
  const CrowdResult c = run_crowd(s, city, setup(), o);
  CHECK(c.agents == 150);
  // Another seed, other positions: the last one out leaves at another time. (The split over
  // the two exits can tie by chance, 75/75 for seeds 9 and 10; a time to the bit does not.)
  CHECK(c.evacuation_time_s != a.evacuation_time_s);
}

TEST_CASE("A closed exit takes nobody until it reopens", "[crowd-agents]") {
  const auto s = test::crowd_site();
  const auto city = test::crowd_city(false);
  CrowdRunOptions o = egress();
  o.exit_events = {{0.0, "west", false}};
  const CrowdResult closed = run_crowd(s, city, setup(), o);
  CHECK(closed.exits[0].agents == 0);
  CHECK(closed.exits[1].agents == 200);
  o.exit_events.push_back({20.0, "west", true});
  const CrowdResult reopened = run_crowd(s, city, setup(), o);
  CHECK(reopened.exits[0].agents > 0);
  CHECK(reopened.exits[0].first_time_s >= 20.0);
  CHECK(reopened.evacuation_time_s < closed.evacuation_time_s);
  o.exit_events = {{5.0, "north", false}};
  CHECK_THROWS_WITH(run_crowd(s, city, setup(), o), Catch::Contains("no exit 'north'"));
}

TEST_CASE("Ingress fills the zone through the entrances", "[crowd-agents]") {
  const auto s = test::crowd_site();
  const auto city = test::crowd_city(true);
  CrowdRunOptions o;
  o.phase = Phase::kIngress;
  o.agents = 60;
  o.time_limit_s = 600.0;
  const CrowdResult r = run_crowd(s, city, setup(), o);
  CHECK(r.agents == 60);
  CHECK(r.completed);
  CHECK(r.agents_done == 60);
  CHECK(r.exits[0].agents + r.exits[1].agents == 60);
  // The farthest spot is about 12 m inside: at least 12 / 1.3 = 9 s.
  CHECK(r.evacuation_time_s > 9.0);
  // The flow table counts the arrivals: as many as came in, each in the bin of its time.
  std::int64_t counted = 0;
  for (const auto& bins : r.flow_counts)
    for (const auto n : bins) counted += n;
  CHECK(counted == 60);
  REQUIRE(r.exits[0].agents > 0);
  CHECK(r.flow_counts[0][static_cast<std::size_t>(r.exits[0].first_time_s / r.flow_bin_s)] > 0);
  // No street outside: nobody can come in.
  CHECK_THROWS_WITH(run_crowd(s, test::crowd_city(false), setup(), o),
                    Catch::Contains("ingress needs"));
}

// The closest two agents come to each other in any frame, centre to centre.
class ClosestPair : public CrowdObserver {
 public:
  void frame(double, const std::vector<AgentFrame>& agents) override {
    for (std::size_t i = 0; i < agents.size(); ++i)
      for (std::size_t j = i + 1; j < agents.size(); ++j)
        closest_m =
            std::min(closest_m, std::hypot(agents[i].x - agents[j].x, agents[i].y - agents[j].y));
  }
  double closest_m = 1e9;
};

TEST_CASE("Ingress through a wide entrance never puts one person on another", "[crowd-agents]") {
  // The east exit widened to 16 m (y 2-18): 32 spawn points per row, most over 5 m from the
  // first. The old spawn check counted only people within 5 m of the first spawn point, so at the
  // far end a new person appeared every step on top of the last (6.5 cm on at 1.3 m/s), up to
  // 27 at one spot at a 12 m exit in München. Bodies are 0.4 m across; the model lets them
  // overlap by at most 4 cm (yield rule), so centres stay at least 0.36 m apart.
  auto s = test::crowd_site();
  s.layout.exits[1].line = {{30, 2}, {30, 18}};
  s.layout.exits[1].width_m = 16.0;
  CrowdRunOptions o;
  o.phase = Phase::kIngress;
  o.agents = 150;
  o.time_limit_s = 600.0;
  o.trajectory_interval_s = 0.05;  // every step
  ClosestPair pairs;
  const CrowdResult r = run_crowd(s, test::crowd_city(true), setup(), o, &pairs);
  CHECK(r.completed);
  CHECK(r.exits[1].agents > 75);
  CHECK(pairs.closest_m >= 0.36);
  CHECK(r.max_density_ppm2 <= max_packing_density_ppm2(0.2));
}

TEST_CASE("A zone assigned to an exit leaves and enters by it alone", "[crowd-agents]") {
  auto s = test::crowd_site();
  s.layout.crowd_zones[0].exit_id = "east";
  const CrowdResult out = run_crowd(s, test::crowd_city(false), setup(), egress());
  // All 200 by the east exit, though half stand nearer the west one.
  CHECK(out.completed);
  CHECK(out.exits[0].agents == 0);
  CHECK(out.exits[1].agents == 200);
  // 200 through one 2 m exit take longer than 100 through each of two (about 33 s, first test).
  const CrowdResult shared =
      run_crowd(test::crowd_site(), test::crowd_city(false), setup(), egress());
  CHECK(out.evacuation_time_s > shared.evacuation_time_s);

  CrowdRunOptions in;
  in.phase = Phase::kIngress;
  in.agents = 40;
  in.time_limit_s = 600.0;
  const CrowdResult r = run_crowd(s, test::crowd_city(true), setup(), in);
  CHECK(r.completed);
  CHECK(r.exits[0].agents == 0);
  CHECK(r.exits[1].agents == 40);
}

TEST_CASE("A zone's exit must exist, open at some time and be reachable", "[crowd-agents]") {
  const auto city = test::crowd_city(false);
  auto s = test::crowd_site();
  SECTION("unknown") {
    s.layout.crowd_zones[0].exit_id = "north";
    CHECK_THROWS_WITH(run_crowd(s, city, setup(), egress()),
                      Catch::Contains("id 'market'") && Catch::Contains("exit") &&
                          Catch::Contains("no exit with id 'north'"));
  }
  SECTION("closed for the whole run") {
    s.layout.crowd_zones[0].exit_id = "west";
    s.layout.exits[0].closed = true;
    CHECK_THROWS_WITH(run_crowd(s, city, setup(), egress()),
                      Catch::Contains("'west' is closed for the whole run"));
    // Reopened at 30 s it is allowed. Until then its people take the open exit, as a steward
    // would send them; from 30 s those still inside go back to theirs.
    CrowdRunOptions o = egress();
    o.exit_events = {{30.0, "west", true}};
    const CrowdResult r = run_crowd(s, city, setup(), o);
    CHECK(r.completed);
    CHECK(r.exits[0].agents > 0);
    CHECK(r.exits[0].first_time_s >= 30.0);
    CHECK(r.exits[0].agents + r.exits[1].agents == 200);
  }
  SECTION("walled off from the zone") {
    // A fence from the top wall to the bottom wall at x = 27 parts the zone from the east exit.
    s.layout.crowd_zones[0].exit_id = "east";
    scenario::PlannedBarrier fence;
    fence.info = test::crowd_info(5, "fence");
    fence.line = {{27, 0}, {27, 20}};
    s.layout.barriers.push_back(fence);
    CHECK_THROWS_WITH(
        run_crowd(s, city, setup(), egress()),
        Catch::Contains("id 'market'") && Catch::Contains("'east' cannot be reached"));
  }
}

TEST_CASE("Circulation runs its time with everyone kept on the site", "[crowd-agents]") {
  const auto s = test::crowd_site();
  const auto city = test::crowd_city(false);
  CrowdRunOptions o;
  o.phase = Phase::kCirculation;
  o.agents = 80;
  o.circulation_duration_s = 60.0;
  o.dwell_min_s = 5.0;
  o.dwell_max_s = 10.0;
  const CrowdResult r = run_crowd(s, city, setup(), o);
  CHECK(r.completed);
  CHECK(r.end_time_s == Approx(60.0));
  CHECK(r.exits[0].agents + r.exits[1].agents == 0);
  CHECK(r.max_density_ppm2 > 0.0);
}

TEST_CASE("Bad input is refused before the run, naming the zone or parameter", "[crowd-agents]") {
  const auto city = test::crowd_city(false);
  SECTION("a density beyond what fits") {
    auto s = test::crowd_site();
    s.layout.crowd_zones[0].density_ppm2 = 8.0;
    CHECK_THROWS_WITH(run_crowd(s, city, setup(), egress()),
                      Catch::Contains("feature 1 (id 'market')") &&
                          Catch::Contains("density_ppm2") && Catch::Contains("beyond what fits"));
  }
  SECTION("a zone with no walkable space") {
    auto s = test::crowd_site();
    s.layout.stalls.push_back({test::crowd_info(4, "big stall"), rectangle(4, 4, 26, 16)});
    CHECK_THROWS_WITH(run_crowd(s, city, setup(), egress()),
                      Catch::Contains("market") && Catch::Contains("no walkable space"));
  }
  SECTION("a zone with no reachable exit") {
    auto s = test::crowd_site();
    scenario::PlannedBarrier fence;
    fence.info = test::crowd_info(5, "fence");
    fence.line = {{4, 4}, {26, 4}, {26, 16}, {4, 16}, {4, 4}};
    s.layout.barriers.push_back(fence);
    CHECK_THROWS_WITH(run_crowd(s, city, setup(), egress()),
                      Catch::Contains("market") && Catch::Contains("no open exit can be reached"));
  }
  SECTION("a time step too large for the model") {
    auto s = test::crowd_site();
    CrowdSetup bad = setup();
    bad.model.time_step_s = 0.25;
    CHECK_THROWS_WITH(run_crowd(s, city, bad, egress()),
                      Catch::Contains("crowd_agents.time_step_s"));
  }
  SECTION("a zone density overridden beyond what fits") {
    auto s = test::crowd_site();
    CrowdRunOptions o = egress();
    o.density_ppm2 = 7.5;
    CHECK_THROWS_WITH(run_crowd(s, city, setup(), o),
                      Catch::Contains("market") && Catch::Contains("7.2"));
  }
}

TEST_CASE("Stairs on the way out slow people to their stair speed, up or down", "[crowd-agents]") {
  // One person in a 1 m² zone at (5-6, 9.5-10.5) walks straight east to the east exit at x = 30;
  // a flight of stairs fills the band x = 26-29 across the whole site.
  CrowdSetup s = setup();
  s.population.stair_up_sd_ms = 0.0;
  s.population.stair_down_sd_ms = 0.0;
  auto site = test::crowd_site();
  site.layout.crowd_zones[0].area = rectangle(5, 9.5, 6, 10.5);
  site.layout.crowd_zones[0].exit_id = "east";
  CrowdRunOptions o = egress();
  o.agents = 1;
  const auto city = test::crowd_city(false);
  const CrowdResult level = run_crowd(site, city, s, o);
  REQUIRE(level.completed);

  scenario::Stairs stairs;
  stairs.info = test::crowd_info(4, "steps");
  stairs.area = rectangle(26, 0, 29, 20);
  stairs.up_bearing_deg = 90.0;  // up towards the east: the person climbs
  site.layout.stairs = {stairs};
  const CrowdResult up = run_crowd(site, city, s, o);
  // 3 m at 0.675 m/s instead of 1.3 m/s: 3 / 0.675 - 3 / 1.3 = 4.444 - 2.308 = 2.137 s longer.
  CHECK(up.evacuation_time_s - level.evacuation_time_s == Approx(2.137).margin(0.1));

  site.layout.stairs[0].up_bearing_deg = 270.0;  // up towards the west: the person goes down
  const CrowdResult down = run_crowd(site, city, s, o);
  // 3 / 0.65 - 3 / 1.3 = 4.615 - 2.308 = 2.308 s longer.
  CHECK(down.evacuation_time_s - level.evacuation_time_s == Approx(2.308).margin(0.1));
}
