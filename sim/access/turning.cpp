#include "sim/access/turning.hpp"

#include <array>
#include <cmath>
#include <deque>
#include <numbers>
#include <vector>

#include "sim/core/error.hpp"

namespace agora::access {

void TurningParams::validate() const {
  require_in_range("access.turning_radius_m", radius_m, 1.0, 100.0, "m");
  require_in_range("access.turning_headings", headings, 8, 64);
  require_in_range("access.turning_lattice_m", lattice_m, 0.1, 10.0, "m");
}

namespace {

struct Pose {
  double x, y;
  int k;  // heading index
};

}  // namespace

Mask turning_reach(const Mask& ok, const Mask& starts, const TurningParams& params) {
  params.validate();
  const double h = ok.cell_m();
  const Vec2 o = ok.origin();
  const double L = std::max(params.lattice_m, h);
  const int lx = static_cast<int>(std::ceil(ok.nx() * h / L));
  const int ly = static_cast<int>(std::ceil(ok.ny() * h / L));
  const int K = params.headings;
  std::vector<std::uint8_t> seen(static_cast<std::size_t>(lx) * ly * K, 0);
  std::vector<std::uint8_t> any(static_cast<std::size_t>(lx) * ly, 0);
  auto lattice_of = [&](double x, double y, int& ix, int& iy) {
    ix = static_cast<int>(std::floor((x - o.x) / L));
    iy = static_cast<int>(std::floor((y - o.y) / L));
    return ix >= 0 && iy >= 0 && ix < lx && iy < ly;
  };
  auto fits = [&](double x, double y) {
    const int ix = static_cast<int>(std::floor((x - o.x) / h));
    const int iy = static_cast<int>(std::floor((y - o.y) / h));
    return ix >= 0 && iy >= 0 && ix < ok.nx() && iy < ok.ny() && ok(ix, iy);
  };
  std::deque<Pose> queue;
  auto visit = [&](const Pose& p) {
    int ix, iy;
    if (!lattice_of(p.x, p.y, ix, iy)) return;
    const std::size_t cell = static_cast<std::size_t>(iy) * lx + ix;
    std::uint8_t& s = seen[cell * K + static_cast<std::size_t>(p.k)];
    if (s) return;
    s = 1;
    any[cell] = 1;
    queue.push_back(p);
  };
  for (int iy = 0; iy < ok.ny(); ++iy)
    for (int ix = 0; ix < ok.nx(); ++ix)
      if (ok(ix, iy) && starts(ix, iy)) {
        const Vec2 c = ok.center(ix, iy);
        for (int k = 0; k < K; ++k) visit({c.x, c.y, k});
      }

  // Motion primitives per heading, as offsets from the pose: a straight step and an arc of one
  // heading step to either side, sampled every half cell. Precomputed: no trigonometry per state.
  const double dtheta = 2.0 * std::numbers::pi / K;
  const double r = params.radius_m;
  const double step = 1.5 * L;  // always leaves the lattice cell
  const int straight_samples = static_cast<int>(std::ceil(step / (0.5 * h)));
  const int arc_samples = std::max(2, static_cast<int>(std::ceil(r * dtheta / (0.5 * h))));
  struct Motion {
    std::vector<Vec2> samples;  // the last one is the end pose
    int heading_change;
  };
  std::vector<std::array<Motion, 3>> motions(static_cast<std::size_t>(K));
  for (int k = 0; k < K; ++k) {
    const double th = k * dtheta;
    const double c = std::cos(th), s = std::sin(th);
    Motion straight{{}, 0};
    for (int i = 1; i <= straight_samples; ++i)
      straight.samples.push_back(
          {c * step * i / straight_samples, s * step * i / straight_samples});
    motions[k][0] = std::move(straight);
    int m = 1;
    for (int turn : {1, -1}) {
      // Turning centre at r to the left (turn +1) or right of the pose.
      const Vec2 centre{-s * r * turn, c * r * turn};
      Motion arc{{}, turn};
      for (int i = 1; i <= arc_samples; ++i) {
        const double a = turn * dtheta * i / arc_samples;
        const Vec2 d = -centre;
        arc.samples.push_back(centre + Vec2{d.x * std::cos(a) - d.y * std::sin(a),
                                            d.x * std::sin(a) + d.y * std::cos(a)});
      }
      motions[k][m++] = std::move(arc);
    }
  }
  while (!queue.empty()) {
    const Pose p = queue.front();
    queue.pop_front();
    for (const Motion& m : motions[static_cast<std::size_t>(p.k)]) {
      bool clear = true;
      for (const Vec2& d : m.samples)
        if (!fits(p.x + d.x, p.y + d.y)) {
          clear = false;
          break;
        }
      if (clear)
        visit({p.x + m.samples.back().x, p.y + m.samples.back().y,
               ((p.k + m.heading_change) % K + K) % K});
    }
  }

  Mask out(ok.origin(), ok.cell_m(), ok.nx(), ok.ny(), 0);
  for (int iy = 0; iy < ok.ny(); ++iy)
    for (int ix = 0; ix < ok.nx(); ++ix) {
      const Vec2 c = ok.center(ix, iy);
      int jx, jy;
      if (lattice_of(c.x, c.y, jx, jy) && any[static_cast<std::size_t>(jy) * lx + jx])
        out(ix, iy) = 1;
    }
  return out;
}

}  // namespace agora::access
