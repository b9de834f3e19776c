#include "gui/replay/replay.hpp"

#include <algorithm>

#include "gis/crs.hpp"
#include "sim/core/error.hpp"

namespace agora::gui {

Replay Replay::load(const std::string& path, const std::string& scenario_crs) {
  gis::TrajectoryReader reader(path);
  if (!gis::same_crs(reader.header().crs, scenario_crs))
    throw Error(path, "header", "crs",
                "the trajectories are in " +
                    (reader.header().crs.empty() ? std::string("no CRS") : reader.header().crs) +
                    ", the open scenario in " + scenario_crs +
                    ": they belong to another scenario's map");
  Replay r;
  r.path_ = path;
  r.header_ = reader.header();
  double t = 0.0;
  std::vector<gis::StoredAgent> frame;
  r.first_.push_back(0);
  while (reader.next(t, frame)) {
    std::sort(frame.begin(), frame.end(),
              [](const gis::StoredAgent& x, const gis::StoredAgent& y) { return x.id < y.id; });
    r.times_s_.push_back(t);
    r.agents_.insert(r.agents_.end(), frame.begin(), frame.end());
    r.first_.push_back(r.agents_.size());
  }
  r.agents_.shrink_to_fit();
  return r;
}

std::size_t Replay::memory_bytes() const {
  return agents_.capacity() * sizeof(gis::StoredAgent) + times_s_.capacity() * sizeof(double) +
         first_.capacity() * sizeof(std::size_t);
}

void Replay::agents_at(double time_s, std::vector<ReplayAgent>& out) const {
  out.clear();
  if (times_s_.empty()) return;
  const double t = std::clamp(time_s, times_s_.front(), times_s_.back());
  // Frame a: the last at or before t; frame b the one after it (none at the end).
  const std::size_t a =
      static_cast<std::size_t>(std::upper_bound(times_s_.begin(), times_s_.end(), t) -
                               times_s_.begin()) -
      1;
  const std::size_t b = a + 1;
  const double span_s = b < times_s_.size() ? times_s_[b] - times_s_[a] : 0.0;
  const double f = span_s > 0.0 ? (t - times_s_[a]) / span_s : 0.0;
  const Vec2 origin = header_.origin;
  const double scale = header_.scale_m;
  auto place = [&](const gis::StoredAgent& s) {
    out.push_back({s.id, {origin.x + s.x * scale, origin.y + s.y * scale}});
  };
  const gis::StoredAgent* pa = agents_.data() + first_[a];
  const gis::StoredAgent* ea = agents_.data() + first_[a + 1];
  if (span_s <= 0.0) {
    out.reserve(static_cast<std::size_t>(ea - pa));
    for (; pa != ea; ++pa) place(*pa);
    return;
  }
  const gis::StoredAgent* pb = agents_.data() + first_[b];
  const gis::StoredAgent* eb = agents_.data() + first_[b + 1];
  out.reserve(static_cast<std::size_t>(std::max(ea - pa, eb - pb)));
  const bool nearer_a = f < 0.5;
  // Both frames are sorted by id: one merge pass pairs them.
  while (pa != ea || pb != eb) {
    if (pb == eb || (pa != ea && pa->id < pb->id)) {
      if (nearer_a) place(*pa);
      ++pa;
    } else if (pa == ea || pb->id < pa->id) {
      if (!nearer_a) place(*pb);
      ++pb;
    } else {
      const double x = (1.0 - f) * pa->x + f * pb->x, y = (1.0 - f) * pa->y + f * pb->y;
      out.push_back({pa->id, {origin.x + x * scale, origin.y + y * scale}});
      ++pa;
      ++pb;
    }
  }
}

}  // namespace agora::gui
