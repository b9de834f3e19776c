// RiMEA test 7: desired speeds drawn per Weidmann's age groups (data/crowd/weidmann_speeds.csv:
// 0.58–1.61, 1.41–1.54, 0.68–1.41 and 0.46–0.76 m/s). For 50 adults of each group every
// assigned speed must lie in its group's range and the sample must match the table; and in the
// simulation each person must then walk, unhindered, at exactly the speed assigned.

#include <catch2/catch.hpp>

#include "gis/builtin_data.hpp"
#include "gis/crowd/agent_tables.hpp"
#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

TEST_CASE("RiMEA 7: speeds per Weidmann's age groups, assigned and walked", "[rimea]") {
  const auto groups =
      gis::read_speed_table(gis::builtin_file("crowd/weidmann_speeds.csv"), "weidmann_speeds.csv");
  REQUIRE(groups.size() == 4);
  // The ranges RiMEA 3.0 tabulates for test 7.
  CHECK(groups[0].speed_min_ms == 0.58);
  CHECK(groups[0].speed_max_ms == 1.61);
  CHECK(groups[1].speed_min_ms == 1.41);
  CHECK(groups[1].speed_max_ms == 1.54);
  CHECK(groups[2].speed_min_ms == 0.68);
  CHECK(groups[2].speed_max_ms == 1.41);
  CHECK(groups[3].speed_min_ms == 0.46);
  CHECK(groups[3].speed_max_ms == 0.76);

  // 50 adults per group, drawn as the simulation draws them.
  Rng rng(7);
  std::vector<std::vector<double>> speeds(4);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    Population one;
    one.groups = {groups[g]};
    one.groups[0].share = 1.0;
    for (int i = 0; i < 50; ++i) speeds[g].push_back(draw_traits(one, rng).desired_speed_ms);
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const SpeedGroup& G = groups[g];
    const auto [lo, hi] = std::minmax_element(speeds[g].begin(), speeds[g].end());
    double mean = 0.0;
    for (const double v : speeds[g]) mean += v / 50.0;
    INFO("group " << G.name << ": min " << *lo << ", mean " << mean << ", max " << *hi);
    // Every speed in the group's range.
    CHECK(*lo >= G.speed_min_ms);
    CHECK(*hi <= G.speed_max_ms);
    // The sample mean within 3 standard errors of the table's mean (sd / √50: 0.085 m/s for
    // the 20–30 group, 0.0085 for 30–50, 0.055 for 50–80, 0.021 for the impaired).
    CHECK(std::abs(mean - G.speed_mean_ms) <= 3.0 * G.speed_sd_ms / std::sqrt(50.0));
    // The sample spreads: its range covers at least two table sd (a normal sample of 50 spans
    // about 4.5 sd; a stuck generator would span none).
    CHECK(*hi - *lo >= 2.0 * G.speed_sd_ms);
  }

  // The 200 walk side by side along +x in a periodic corridor, 1.5 m apart: no one is in
  // another's path (0.4 m) nor within repulsion range (gap 1.1 m > 8 D = 0.8 m), so each walks
  // at its own desired speed exactly.
  const ModelParams params = model_params();
  auto env = std::make_shared<const Environment>(
      make_periodic_corridor(20.0, 300.0, params.field_cell_m), params);
  Simulation sim(env, params);
  std::vector<double> assigned;
  for (std::size_t g = 0; g < 4; ++g)
    for (const double v : speeds[g]) {
      AgentSpec a;
      a.position = {1.0, 0.75 + 1.5 * static_cast<double>(assigned.size())};
      a.desired_speed_ms = v;
      a.exit = kFixedDirection;
      sim.add_agent(a);
      assigned.push_back(v);
    }
  std::vector<double> walked(assigned.size(), 0.0);
  std::vector<Vec2> last(assigned.size());
  for (std::uint32_t id = 0; id < assigned.size(); ++id) last[id] = sim.position(id);
  while (sim.time_s() < 10.0 - 1e-9) {
    sim.step();
    for (std::uint32_t id = 0; id < assigned.size(); ++id) {
      Vec2 d = sim.position(id) - last[id];
      if (d.x < -10.0) d.x += 20.0;  // wrapped round the ring
      walked[id] += d.norm();
      last[id] = sim.position(id);
    }
  }
  for (std::size_t i = 0; i < assigned.size(); ++i) {
    INFO("person " << i);
    CHECK(walked[i] / 10.0 == Approx(assigned[i]).epsilon(1e-9));
  }
}
