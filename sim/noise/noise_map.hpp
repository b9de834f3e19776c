#pragma once
// The noise map: the free-field L_Aeq on a grid around the stages (cells inside buildings and
// beyond the radius empty), and its contour lines at given levels (marching squares over the
// cell centres), for the map and the report.

#include <vector>

#include "sim/field/grid.hpp"
#include "sim/noise/facade_levels.hpp"

namespace agora::noise {

struct NoiseMapParams {
  double cell_m = 10.0;   // (assumption) 10 m resolves a street from its square
  double height_m = 4.0;  // first-floor windows, as the façade receivers
  std::vector<double> contour_levels_dba = {55, 60, 65, 70, 75};
  void validate() const;
};

struct Contour {
  double level_dba = 0.0;
  std::vector<Polyline> segments;  // pieces of the line, two points each
};

struct NoiseMap {
  Field level_dba;  // NaN where empty
  std::vector<Contour> contours;
};

// Over the square of the noise search radius around every stage; empty without stages.
NoiseMap noise_map(const city::CityModel& city, const scenario::Layout& layout,
                   const NoiseParams& noise, const NoiseMapParams& params);

// The contour at `level` of a field (NaN cells left out), as segments.
std::vector<Polyline> contour_segments(const Field& field, double level);

}  // namespace agora::noise
