#include "sim/noise/ground.hpp"

#include <algorithm>
#include <iterator>

namespace agora::noise {

namespace bgi = boost::geometry::index;

std::vector<std::pair<double, double>> inside_stretches(Vec2 a, Vec2 b, const Polygon& polygon) {
  std::vector<double> ts{0.0, 1.0};
  auto crossings = [&](const Ring& ring) {
    for (std::size_t i = 1; i < ring.size(); ++i) {
      double t = 0.0;
      if (segment_intersection(a, b, ring[i - 1], ring[i], &t, nullptr)) ts.push_back(t);
    }
  };
  crossings(polygon.outer());
  for (const Ring& inner : polygon.inners()) crossings(inner);
  std::sort(ts.begin(), ts.end());
  std::vector<std::pair<double, double>> out;
  for (std::size_t i = 1; i < ts.size(); ++i) {
    if (ts[i] - ts[i - 1] < 1e-9) continue;
    const Vec2 mid = a + (b - a) * (0.5 * (ts[i] + ts[i - 1]));
    if (!bg::within(mid, polygon)) continue;
    if (!out.empty() && std::abs(out.back().second - ts[i - 1]) < 1e-9)
      out.back().second = ts[i];
    else
      out.emplace_back(ts[i - 1], ts[i]);
  }
  return out;
}

GroundMap::GroundMap(const std::vector<city::LandArea>& land, double default_ground_factor)
    : land_(&land), default_g_(default_ground_factor) {
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < land.size(); ++i)
    if (land[i].ground_factor >= 0.0)
      entries.emplace_back(bg::return_envelope<Box>(land[i].area), i);
  index_ = decltype(index_)(entries.begin(), entries.end());
}

double GroundMap::mean_factor(Vec2 a, Vec2 b, double from_m, double to_m) const {
  const double len = distance(a, b);
  if (to_m - from_m <= 1e-9 || len <= 1e-9) return default_g_;
  const Vec2 p = a + (b - a) * (from_m / len), q = a + (b - a) * (to_m / len);
  std::vector<Entry> hits;
  index_.query(bgi::intersects(Segment(p, q)), std::back_inserter(hits));
  double covered = 0.0, weighted = 0.0;
  for (const auto& [box, i] : hits) {
    const city::LandArea& area = (*land_)[i];
    for (const auto& [t0, t1] : inside_stretches(p, q, area.area)) {
      covered += t1 - t0;
      weighted += (t1 - t0) * area.ground_factor;
    }
  }
  // Overlapping covers (grass inside a park) count once: scale them to the stretch.
  if (covered > 1.0) {
    weighted /= covered;
    covered = 1.0;
  }
  return std::clamp(weighted + (1.0 - covered) * default_g_, 0.0, 1.0);
}

GroundFactors GroundMap::factors(Vec2 source, Vec2 receiver, double source_height_m,
                                 double receiver_height_m) const {
  const double dp = distance(source, receiver);
  const GroundRegions r = ground_regions(dp, source_height_m, receiver_height_m);
  GroundFactors g;
  g.source = mean_factor(source, receiver, 0.0, r.source_to_m);
  g.receiver = mean_factor(source, receiver, r.receiver_from_m, dp);
  g.middle = r.receiver_from_m > r.source_to_m
                 ? mean_factor(source, receiver, r.source_to_m, r.receiver_from_m)
                 : default_g_;
  return g;
}

}  // namespace agora::noise
