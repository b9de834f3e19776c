#pragma once
// Rasters back to vector polygons: the cells of a mask as polygons along cell edges, one
// polygon per 4-connected region, with holes. Unreachable areas and other raster verdicts
// become GeoPackage features this way.

#include "sim/field/grid.hpp"

namespace agora {

// Every cell with mask != 0, outlined along cell edges. Outer rings are counter-clockwise,
// holes clockwise (Agora's orientation); collinear vertices are dropped. Cells touching only
// at a corner end up in separate polygons.
MultiPolygon polygons_of(const Mask& mask);

}  // namespace agora
