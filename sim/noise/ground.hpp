#pragma once
// The ground under a sound path (ISO 9613-2 7.3.1): the share of each ground region (source,
// middle, receiver) that lies over mapped land cover, weighted by its ground factor G; ground
// the map says nothing about takes the default (0: a paved town centre).

#include <boost/geometry/index/rtree.hpp>
#include <utility>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/noise/octave_bands.hpp"

namespace agora::noise {

// The stretches of segment a→b inside the polygon, as parameters [t0, t1] ⊂ [0, 1].
std::vector<std::pair<double, double>> inside_stretches(Vec2 a, Vec2 b, const Polygon& polygon);

class GroundMap {
 public:
  GroundMap(const std::vector<city::LandArea>& land, double default_ground_factor);
  GroundFactors factors(Vec2 source, Vec2 receiver, double source_height_m,
                        double receiver_height_m) const;
  // Mean ground factor over [from_m, to_m] of the segment a→b.
  double mean_factor(Vec2 a, Vec2 b, double from_m, double to_m) const;

 private:
  using Entry = std::pair<Box, std::size_t>;
  const std::vector<city::LandArea>* land_;
  double default_g_;
  boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>> index_;
};

}  // namespace agora::noise
