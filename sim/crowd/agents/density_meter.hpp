#pragma once
// Local density over the site while agents move: at every sample, for each cell of a grid
// (0.5 m by default) the number of agents within radius_m of its centre over the walkable
// area of that disc (persons per m²). The meter keeps the maximum per cell, and for each
// threshold (4 and 5.5 p/m² by default) when each cell first and last exceeded it and for how
// long; hotspots are the connected groups of cells that did, with where and when.

#include <vector>

#include "sim/field/grid.hpp"

namespace agora::crowd::agents {

struct DensityOptions {
  double cell_m = 0.5;      // grid of the density map
  double radius_m = 1.0;    // disc over which people are counted (π m² at 1 m)
  double interval_s = 0.5;  // sampling period
  // Thresholds for hotspots: 4 p/m² (NEN 8020-41's maximum in tents; Fruin: involuntary
  // contact from 3.57) and 5.5 p/m² (Fruin: 5.55, dangerous crowd forces), docs/sources.md, Crowd.
  std::vector<double> thresholds_ppm2{4.0, 5.5};

  void validate() const;
};

struct Hotspot {
  double threshold_ppm2 = 0.0;
  Vec2 centre;           // density-weighted centre of the cells above the threshold
  double area_m2 = 0.0;  // cells that passed the threshold
  double max_density_ppm2 = 0.0;
  double first_time_s = 0.0;  // first sample above the threshold, any cell
  double last_time_s = 0.0;   // last sample above it
  double duration_s = 0.0;    // longest time any one cell spent above it
};

class DensityMeter {
 public:
  static constexpr float kNoData = -9999.0f;

  DensityMeter(const Mask& walkable, const DensityOptions& options);

  // One sample at time_s of the agents' positions.
  void record(double time_s, const std::vector<Vec2>& positions);

  const DensityOptions& options() const { return options_; }
  // Highest density per cell, kNoData where the cell is not walkable.
  const Field& max_density() const { return max_; }
  double max_density_ppm2() const;
  // Area of the cells whose density ever exceeded the threshold (one of options().thresholds).
  double area_over_m2(std::size_t threshold_index) const;
  std::vector<Hotspot> hotspots() const;
  std::size_t samples() const { return samples_; }

 private:
  DensityOptions options_;
  Field max_;
  std::vector<float> disc_area_m2_;  // walkable area within radius of each cell centre
  std::vector<float> count_;
  struct Track {
    std::vector<float> first, last, time_above, run;  // per cell
  };
  std::vector<Track> tracks_;
  std::vector<int> disc_dx_, disc_dy_;  // cell offsets within the radius
  std::size_t samples_ = 0;
};

// Fruin level of service of a density: 1 (A) to 6 (F), given the five upper bounds of A–E.
int level_of_service(double density_ppm2, const std::vector<double>& upper_bounds_ppm2);

// The level-of-service map of a density map (kNoData kept).
Field level_of_service_map(const Field& density, const std::vector<double>& upper_bounds_ppm2);

}  // namespace agora::crowd::agents
