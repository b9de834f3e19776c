// The assessment's speed (issue 4): the whole assessment of the München scenario (target under
// 1 s on one core) and noise at every façade within 500 m (target under 0.5 s), each part
// timed; then synthetic square sites of growing side (stall rows with 7 m aisles, four exits, a
// grid of 30 m blocks and 10 m streets around, a stage in the middle) to show how each part
// grows with the site's area; and the geodesic distance beside first-order fast marching.
// Times are CPU seconds of this process (robust when other jobs share the machine), the
// minimum over the runs; wall-clock medians are printed beside them.
//
//   build/bench/bench_assess [RUNS]

#include <cstdio>
#include <ctime>
#include <functional>
#include <string>

#include "bench/timing.hpp"
#include "gis/assess/assess_profile.hpp"
#include "gis/scenario_reader.hpp"
#include "sim/assess/assess.hpp"
#include "sim/field/fast_marching.hpp"
#include "sim/field/walkable.hpp"

using namespace agora;

namespace {

struct Measured {
  double cpu_min_s = 0.0;
  double wall_median_s = 0.0;
};

Measured measure(const std::function<void()>& body, int runs) {
  body();  // warm-up
  double cpu_min = 1e300;
  for (int i = 0; i < runs; ++i) {
    const std::clock_t c0 = std::clock();
    body();
    cpu_min = std::min(cpu_min, static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
  }
  return {cpu_min, bench::time_it(body, runs, false).median_s};
}

void row(const char* what, const Measured& m, const char* note = "") {
  std::printf("  %-44s %8.1f ms cpu  %8.1f ms wall  %s\n", what, 1e3 * m.cpu_min_s,
              1e3 * m.wall_median_s, note);
}

struct Parts {
  Measured capacity, crowd, access, noise, mobility, total;
};

Parts time_parts(const city::CityModel& city, const scenario::Scenario& s,
                 const assess::AssessParams& p, int runs) {
  Parts t;
  const scenario::Layout& L = s.layout;
  t.capacity =
      measure([&] { crowd::capacity(L, city, s.event.attendance_peak, p.capacity); }, runs);
  t.crowd = measure(
      [&] {
        WalkableOptions wo;
        wo.cell_m = p.walk_cell_m;
        const WalkableSite site = walkable_site(city, L, wo);
        const crowd::ExitFields f = crowd::exit_distance_fields(site, L);
        const Mask cells = crowd::crowd_cells(site, L);
        crowd::distance_to_exit(f.nearest_m, cells, p.distance_to_exit);
        std::vector<double> widths;
        for (std::size_t i : f.exit_index) widths.push_back(L.exits[i].width_m);
        crowd::egress(
            f, widths,
            crowd::persons_per_cell(cells, L, static_cast<double>(s.event.attendance_peak), 2.0),
            p.egress);
      },
      runs);
  t.access = measure([&] { access::emergency_access(city, L, p.access); }, runs);
  t.noise = measure([&] { noise::facade_levels(city, L, p.noise); }, runs);
  t.mobility = measure([&] { mobility::mobility_impact(city, s, p.mobility); }, runs);
  t.total = measure([&] { assess::assess(city, s, p); }, runs);
  return t;
}

Polygon rect(double x0, double y0, double x1, double y1) {
  Polygon p;
  p.outer() = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
  return p;
}

// A square site of side `side` m in a grid town: 30 m blocks, 10 m streets, 600 m all round.
void synthetic(double side, city::CityModel& city, scenario::Scenario& s) {
  const double margin = 600.0, pitch = 40.0;
  city = {};
  auto node = [&](double x, double y) {
    city::RoadNode n;
    n.pos = {x, y};
    city.nodes.push_back(n);
    return static_cast<city::NodeId>(city.nodes.size() - 1);
  };
  const int n = static_cast<int>((side + 2 * margin) / pitch) + 1;
  std::vector<city::NodeId> grid(static_cast<std::size_t>(n) * n);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i)
      grid[static_cast<std::size_t>(j) * n + i] = node(-margin + i * pitch, -margin + j * pitch);
  auto street = [&](city::NodeId a, city::NodeId b) {
    city::RoadEdge e;
    e.from = a;
    e.to = b;
    e.line = {city.nodes[a].pos, city.nodes[b].pos};
    e.length_m = distance(city.nodes[a].pos, city.nodes[b].pos);
    e.highway = "residential";
    e.width_m = 10.0;
    e.vehicle_passable = e.walkable = e.car_legal = true;
    city.edges.push_back(e);
  };
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      if (i + 1 < n) street(grid[j * n + i], grid[j * n + i + 1]);
      if (j + 1 < n) street(grid[j * n + i], grid[(j + 1) * n + i]);
    }
  for (int j = 0; j + 1 < n; ++j)
    for (int i = 0; i + 1 < n; ++i) {
      const double x0 = -margin + i * pitch + 5.0, y0 = -margin + j * pitch + 5.0;
      if (x0 + 30.0 > -10.0 && x0 < side + 10.0 && y0 + 30.0 > -10.0 && y0 < side + 10.0)
        continue;  // the square
      city::Building b;
      b.footprint = rect(x0, y0, x0 + 30.0, y0 + 30.0);
      b.height_m = 15.0;
      b.residential = (i + j) % 2 == 0;
      b.address = "Block " + std::to_string(i) + "-" + std::to_string(j);
      city.buildings.push_back(b);
    }
  city::OpenArea square;
  square.area = rect(-10, -10, side + 10, side + 10);
  square.kind = "square";
  city.open_areas.push_back(square);
  city.build_index();

  s = {};
  s.file = "synthetic";
  s.event.attendance_peak = static_cast<std::int64_t>(1.5 * side * side);
  s.event.days = {{"2026-12-05", "10:00", "21:00"}};
  scenario::Layout& L = s.layout;
  L.perimeters.push_back({{}, rect(0, 0, side, side)});
  const double w = std::min(10.0, side / 5.0);
  auto exit = [&](Vec2 a, Vec2 b) {
    scenario::Exit e;
    e.line = {a, b};
    e.width_m = w;
    L.exits.push_back(e);
  };
  exit({0, side / 2 - w / 2}, {0, side / 2 + w / 2});
  exit({side, side / 2 - w / 2}, {side, side / 2 + w / 2});
  exit({side / 2 - w / 2, 0}, {side / 2 + w / 2, 0});
  exit({side / 2 - w / 2, side}, {side / 2 + w / 2, side});
  // Stall rows 3 m deep every 10 m (7 m aisles), stalls 6 m long with 1 m between, a 6 m
  // corridor kept free through the middle each way.
  for (double y = 10.0; y + 3.0 <= side - 10.0; y += 10.0)
    for (double x = 10.0; x + 6.0 <= side - 10.0; x += 7.0) {
      if (std::abs(x + 3.0 - side / 2) < 6.0 || std::abs(y + 1.5 - side / 2) < 6.0) continue;
      L.stalls.push_back({{}, rect(x, y, x + 6.0, y + 3.0)});
    }
  scenario::Stage st;
  st.source = {side / 2, side / 2};
  st.sound_power_dba = 110.0;
  L.stages.push_back(st);
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::stoi(argv[1]) : 5;
  const assess::AssessParams params = gis::assess_params(gis::Profile::load("flanders"));

  const gis::LoadedScenario loaded = gis::load_scenario(
      std::string(AGORA_SOURCE_DIR) + "/scenarios/munchen-christkindlmarkt/scenario.json");
  const city::CityModel& city = *loaded.city;
  const scenario::Scenario& s = loaded.scenario;
  const assess::AssessResult once = assess::assess(city, s, params);
  std::printf(
      "München Christkindlmarkt (perimeter %.0f m², %zu stalls, %zu exits; map %zu buildings), %d "
      "runs\n",
      bg::area(s.layout.perimeter_area()), s.layout.stalls.size(), s.layout.exits.size(),
      city.buildings.size(), runs);
  const Parts m = time_parts(city, s, params, runs);
  row("capacity", m.capacity);
  row("distance to exit + egress (7 exit fields)", m.crowd);
  row("emergency access (width, turns, hose)", m.access);
  char note[128];
  std::snprintf(note, sizeof note, "%zu receivers on %d buildings (target < 500 ms)",
                once.noise.receivers.size(), once.noise.buildings_considered);
  row("noise at façades within 500 m", m.noise, note);
  row("mobility", m.mobility);
  row("whole assessment", m.total, "(target < 1000 ms)");

  // Geodesic distance (line of sight) beside first-order fast marching, one exit of München.
  {
    WalkableOptions wo;
    const WalkableSite site = walkable_site(city, s.layout, wo);
    std::vector<Seed> seeds;
    for (const Cell& c : site.exits.front().cells) seeds.push_back({c, 0.0f});
    const Measured g = measure([&] { geodesic_distance(site.walkable, seeds); }, runs);
    const Measured f = measure([&] { fast_marching(site.walkable, seeds); }, runs);
    std::printf("\none exit field on München's %d x %d cells of 0.5 m:\n", site.walkable.nx(),
                site.walkable.ny());
    row("geodesic_distance (line-of-sight sources)", g, "L-site error 0.011 m");
    row("fast_marching (first order)", f, "L-site error 0.81 m");
  }

  std::printf(
      "\nsynthetic square sites in a grid town (noise: every façade within 500 m of the stage):\n");
  std::printf("  %8s %9s %7s %7s | %9s %9s %9s %9s %9s  (ms cpu)\n", "side m", "area m²", "stalls",
              "recv", "crowd", "access", "noise", "mobility", "total");
  for (double side : {50.0, 100.0, 200.0, 400.0}) {
    city::CityModel c;
    scenario::Scenario sc;
    synthetic(side, c, sc);
    const assess::AssessResult r = assess::assess(c, sc, params);
    const Parts t = time_parts(c, sc, params, std::max(1, runs / 2));
    std::printf("  %8.0f %9.0f %7zu %7zu | %9.1f %9.1f %9.1f %9.1f %9.1f\n", side, side * side,
                sc.layout.stalls.size(), r.noise.receivers.size(), 1e3 * t.crowd.cpu_min_s,
                1e3 * t.access.cpu_min_s, 1e3 * t.noise.cpu_min_s, 1e3 * t.mobility.cpu_min_s,
                1e3 * t.total.cpu_min_s);
  }
  return 0;
}
