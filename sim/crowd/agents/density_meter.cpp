#include "sim/crowd/agents/density_meter.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "sim/core/error.hpp"

namespace agora::crowd::agents {

void DensityOptions::validate() const {
  require_in_range("density.cell_m", cell_m, 0.1, 5.0, "m");
  require_in_range("density.radius_m", radius_m, cell_m, 10.0, "m");
  require_in_range("density.interval_s", interval_s, 0.01, 60.0, "s");
  for (const double t : thresholds_ppm2)
    require_in_range("density.thresholds_ppm2", t, 0.1, 10.0, "p/m²");
}

DensityMeter::DensityMeter(const Mask& walkable, const DensityOptions& options)
    : options_(options) {
  options_.validate();
  const Box b = walkable.bounds();
  const double h = options_.cell_m;
  const int nx =
      std::max(1, static_cast<int>(std::ceil((b.max_corner().x - b.min_corner().x) / h)));
  const int ny =
      std::max(1, static_cast<int>(std::ceil((b.max_corner().y - b.min_corner().y) / h)));
  max_ = Field(b.min_corner(), h, nx, ny, kNoData);
  const std::size_t n = static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny);
  disc_area_m2_.assign(n, 0.0f);
  count_.assign(n, 0.0f);
  const double R = options_.radius_m;
  // Walkable area of each cell's disc, from the (finer) walkable mask.
  const double wh = walkable.cell_m();
  const int reach = static_cast<int>(std::ceil(R / wh)) + 1;
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix) {
      const Vec2 c = max_.center(ix, iy);
      const auto home = walkable.cell_at(c);
      if (!home || !walkable[*home]) continue;
      // The walkable share of the mask cells whose centre lies in the disc, times the disc's
      // exact area: counting cells alone is off by the lattice (52 quarter-metre cells, 3.25 m²,
      // for a 1 m disc of π m²).
      std::size_t cells = 0, all = 0;
      for (int dy = -reach; dy <= reach; ++dy)
        for (int dx = -reach; dx <= reach; ++dx) {
          const Cell m{home->ix + dx, home->iy + dy};
          if ((walkable.center(m) - c).squared_norm() > R * R) continue;
          ++all;
          if (walkable.contains(m) && walkable[m]) ++cells;
        }
      const double disc = std::numbers::pi * R * R;
      // Never divide by less than half the disc: a nook of a few cells would read as a crowd.
      const double area = std::max(
          disc * static_cast<double>(cells) / static_cast<double>(std::max<std::size_t>(all, 1)),
          0.5 * disc);
      disc_area_m2_[static_cast<std::size_t>(ix) + static_cast<std::size_t>(iy) * nx] =
          static_cast<float>(area);
      max_(ix, iy) = 0.0f;
    }
  const int k = static_cast<int>(std::ceil(R / h));
  for (int dy = -k; dy <= k; ++dy)
    for (int dx = -k; dx <= k; ++dx) {
      disc_dx_.push_back(dx);
      disc_dy_.push_back(dy);
    }
  tracks_.resize(options_.thresholds_ppm2.size());
  for (Track& t : tracks_) {
    t.first.assign(n, -1.0f);
    t.last.assign(n, -1.0f);
    t.time_above.assign(n, 0.0f);
    t.run.assign(n, 0.0f);
  }
}

void DensityMeter::record(double time_s, const std::vector<Vec2>& positions) {
  const int nx = max_.nx(), ny = max_.ny();
  const double h = options_.cell_m;
  const Vec2 o = max_.origin();
  const double R2 = options_.radius_m * options_.radius_m;
  std::fill(count_.begin(), count_.end(), 0.0f);
  for (const Vec2& p : positions) {
    const int cx = static_cast<int>(std::floor((p.x - o.x) / h));
    const int cy = static_cast<int>(std::floor((p.y - o.y) / h));
    for (std::size_t k = 0; k < disc_dx_.size(); ++k) {
      const int x = cx + disc_dx_[k], y = cy + disc_dy_[k];
      if (x < 0 || y < 0 || x >= nx || y >= ny) continue;
      if ((max_.center(x, y) - p).squared_norm() > R2) continue;
      count_[static_cast<std::size_t>(x) + static_cast<std::size_t>(y) * nx] += 1.0f;
    }
  }
  const float t = static_cast<float>(time_s);
  const float dt = static_cast<float>(options_.interval_s);
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix) {
      const std::size_t i = static_cast<std::size_t>(ix) + static_cast<std::size_t>(iy) * nx;
      if (disc_area_m2_[i] <= 0.0f) continue;
      const float d = count_[i] / disc_area_m2_[i];
      if (d > max_(ix, iy)) max_(ix, iy) = d;
      for (std::size_t k = 0; k < tracks_.size(); ++k) {
        Track& tr = tracks_[k];
        if (static_cast<double>(d) > options_.thresholds_ppm2[k]) {
          if (tr.first[i] < 0.0f) tr.first[i] = t;
          tr.last[i] = t;
          tr.run[i] += dt;
          tr.time_above[i] = std::max(tr.time_above[i], tr.run[i]);
        } else {
          tr.run[i] = 0.0f;
        }
      }
    }
  ++samples_;
}

double DensityMeter::max_density_ppm2() const {
  return std::max(0.0, static_cast<double>(max_.values().maxCoeff()));
}

double DensityMeter::area_over_m2(std::size_t k) const {
  std::size_t cells = 0;
  for (const float f : tracks_.at(k).first)
    if (f >= 0.0f) ++cells;
  return static_cast<double>(cells) * options_.cell_m * options_.cell_m;
}

std::vector<Hotspot> DensityMeter::hotspots() const {
  std::vector<Hotspot> out;
  const int nx = max_.nx(), ny = max_.ny();
  for (std::size_t k = 0; k < tracks_.size(); ++k) {
    const Track& tr = tracks_[k];
    std::vector<int> label(tr.first.size(), -1);
    std::vector<std::size_t> stack;
    for (std::size_t start = 0; start < tr.first.size(); ++start) {
      if (tr.first[start] < 0.0f || label[start] >= 0) continue;
      Hotspot hs;
      hs.threshold_ppm2 = options_.thresholds_ppm2[k];
      hs.first_time_s = 1e300;
      double wsum = 0.0;
      Vec2 wc{};
      std::size_t cells = 0;
      label[start] = 1;
      stack.push_back(start);
      while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        const int ix = static_cast<int>(i % static_cast<std::size_t>(nx));
        const int iy = static_cast<int>(i / static_cast<std::size_t>(nx));
        const double d = static_cast<double>(max_(ix, iy));
        ++cells;
        wsum += d;
        wc += max_.center(ix, iy) * d;
        hs.max_density_ppm2 = std::max(hs.max_density_ppm2, d);
        hs.first_time_s = std::min(hs.first_time_s, static_cast<double>(tr.first[i]));
        hs.last_time_s = std::max(hs.last_time_s, static_cast<double>(tr.last[i]));
        hs.duration_s = std::max(hs.duration_s, static_cast<double>(tr.time_above[i]));
        for (int dy = -1; dy <= 1; ++dy)
          for (int dx = -1; dx <= 1; ++dx) {
            const int jx = ix + dx, jy = iy + dy;
            if (jx < 0 || jy < 0 || jx >= nx || jy >= ny) continue;
            const std::size_t j = static_cast<std::size_t>(jx) + static_cast<std::size_t>(jy) * nx;
            if (tr.first[j] < 0.0f || label[j] >= 0) continue;
            label[j] = 1;
            stack.push_back(j);
          }
      }
      hs.centre = wc / wsum;
      hs.area_m2 = static_cast<double>(cells) * options_.cell_m * options_.cell_m;
      out.push_back(hs);
    }
  }
  return out;
}

int level_of_service(double density, const std::vector<double>& bounds) {
  for (std::size_t i = 0; i < bounds.size(); ++i)
    if (density < bounds[i]) return static_cast<int>(i) + 1;
  return static_cast<int>(bounds.size()) + 1;
}

Field level_of_service_map(const Field& density, const std::vector<double>& bounds) {
  Field out(density.origin(), density.cell_m(), density.nx(), density.ny(), DensityMeter::kNoData);
  for (int iy = 0; iy < density.ny(); ++iy)
    for (int ix = 0; ix < density.nx(); ++ix) {
      const float d = density(ix, iy);
      if (d == DensityMeter::kNoData) continue;
      out(ix, iy) = static_cast<float>(level_of_service(static_cast<double>(d), bounds));
    }
  return out;
}

}  // namespace agora::crowd::agents
