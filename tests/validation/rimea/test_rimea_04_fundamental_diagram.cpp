// RiMEA test 4: the fundamental diagram. A corridor 10 m wide filled at 0.5, 1, 2, 3, 4, 5 and
// 6 persons/m², free speeds 1.2–1.4 m/s; in a 2 m × 2 m measuring area the mean speed over 60 s
// (the first 10 s ignored) must fall strictly as density rises, and the flow (speed × density)
// must rise, then fall. A one-lane variant, too narrow to overtake in, must show the same shape.
//
// RiMEA's corridor is 1000 m long, periodic or closed; this one is periodic and 30 m long (20 m
// for the lane): far longer than the 2 m measuring area and the ~2 m interaction radius, so the
// ring behaves as an endless corridor, at a thirtieth of the cost.

#include <catch2/catch.hpp>

#include "tests/validation/rimea/rimea_support.hpp"

using namespace agora;
using namespace agora::test::rimea;

namespace {

struct Point {
  double density_ppm2;
  double speed_ms;
  double flow_ppms;  // speed × density, per metre of width
};

// Mean speed along the corridor in the measuring area [L/2 - 1, L/2 + 1] × [y0, y1], averaged
// over the steps from 10 s to 70 s.
Point measure(double length_m, double width_m, double density, double y0, double y1) {
  const ModelParams params = model_params();
  auto env = std::make_shared<const Environment>(
      make_periodic_corridor(length_m, width_m, params.field_cell_m), params);
  Rng rng(4);
  std::vector<Vec2> taken;
  const auto n = static_cast<std::size_t>(std::llround(density * length_m * width_m));
  const auto positions =
      place_agents(*env, rectangle(0, 0, length_m, width_m), n, 0.2, rng, taken, "corridor");
  Simulation sim(env, params);
  for (const Vec2& p : positions) {
    AgentSpec a;
    a.position = p;
    a.desired_speed_ms = free_speed(rng);
    a.exit = kFixedDirection;  // along +x for ever
    sim.add_agent(a);
  }
  const Box area{{0.5 * length_m - 1.0, y0}, {0.5 * length_m + 1.0, y1}};
  double sum = 0.0;
  int samples = 0;
  std::vector<Vec2> before(n);
  while (sim.time_s() < 70.0 - 1e-9) {
    for (std::uint32_t id = 0; id < n; ++id) before[id] = sim.position(id);
    const bool counting = sim.time_s() >= 10.0 - 1e-9;
    sim.step();
    if (!counting) continue;
    double v = 0.0;
    int in = 0;
    for (std::uint32_t id = 0; id < n; ++id)
      if (bg::within(before[id], area)) {
        v += sim.velocity(id).x;
        ++in;
      }
    if (in > 0) {
      sum += v / in;
      ++samples;
    }
  }
  REQUIRE(samples > 100);
  const double speed = sum / samples;
  return {density, speed, speed * density};
}

void check_shape(const std::vector<Point>& fd) {
  for (const Point& p : fd)
    INFO("density " << p.density_ppm2 << " p/m²: speed " << p.speed_ms << " m/s, flow "
                    << p.flow_ppms);
  // Speed falls strictly.
  for (std::size_t i = 0; i + 1 < fd.size(); ++i) {
    INFO("from " << fd[i].density_ppm2 << " to " << fd[i + 1].density_ppm2
                 << " p/m²: " << fd[i].speed_ms << " -> " << fd[i + 1].speed_ms);
    CHECK(fd[i + 1].speed_ms < fd[i].speed_ms);
  }
  // Flow rises to a maximum inside the range, then falls.
  std::size_t peak = 0;
  for (std::size_t i = 1; i < fd.size(); ++i)
    if (fd[i].flow_ppms > fd[peak].flow_ppms) peak = i;
  INFO("flow peaks at " << fd[peak].density_ppm2 << " p/m²");
  CHECK(peak > 0);
  CHECK(peak + 1 < fd.size());
  for (std::size_t i = 0; i < peak; ++i) CHECK(fd[i + 1].flow_ppms > fd[i].flow_ppms);
  for (std::size_t i = peak; i + 1 < fd.size(); ++i) CHECK(fd[i + 1].flow_ppms < fd[i].flow_ppms);
}

}  // namespace

TEST_CASE("RiMEA 4: speed falls and flow rises then falls with density (10 m corridor)",
          "[rimea]") {
  std::vector<Point> fd;
  for (const double rho : {0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0})
    fd.push_back(measure(30.0, 10.0, rho, 4.0, 6.0));
  for (const Point& p : fd)
    WARN("RiMEA 4, 10 m: " << p.density_ppm2 << " p/m²  " << p.speed_ms << " m/s  " << p.flow_ppms
                           << " 1/(m·s)");
  // At 0.5 p/m² people walk nearly free: the mean of 1.2–1.4 m/s less a little.
  CHECK(fd[0].speed_ms > 1.1);
  CHECK(fd[0].speed_ms < 1.3);
  // At 6 p/m² bodies 0.4 m across almost touch (hexagonal packing 7.2 p/m²): nearly at a
  // standstill.
  CHECK(fd[6].speed_ms < 0.1);
  check_shape(fd);
}

TEST_CASE("RiMEA 4: one lane too narrow to overtake in shows the same shape", "[rimea]") {
  // 0.75 m wide: two bodies of 0.4 m cannot pass. Densities per m² of the lane up to 3 p/m²
  // (2.25 per metre: 0.44 m apart, bodies 0.4 m; a lane holds at most 2.5 per metre).
  std::vector<Point> fd;
  for (const double rho : {0.5, 1.0, 2.0, 3.0}) fd.push_back(measure(20.0, 0.75, rho, 0.0, 0.75));
  for (const Point& p : fd)
    WARN("RiMEA 4, one lane: " << p.density_ppm2 << " p/m²  " << p.speed_ms << " m/s  "
                               << p.flow_ppms << " 1/(m·s)");
  check_shape(fd);
}
