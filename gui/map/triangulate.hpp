#pragma once
// Triangulation of simple polygons with holes by ear clipping (holes bridged into the outer
// ring first, after D. Eberly, "Triangulation by Ear Clipping", 2002). Building footprints
// are mostly concave, and the GPU only fills triangles, so each footprint is triangulated
// once at load. Degenerate input (collinear runs, repeated points, slight self-touching)
// still terminates and yields triangles covering the polygon as well as it allows.

#include <cstdint>
#include <vector>

#include "sim/geometry/geometry.hpp"

namespace agora::gui {

struct Triangles {
  std::vector<Vec2> points;            // the rings' vertices, closing duplicates dropped
  std::vector<std::uint32_t> indices;  // three per triangle, counter-clockwise
  std::size_t triangle_count() const { return indices.size() / 3; }
};

Triangles triangulate(const Polygon& polygon);

}  // namespace agora::gui
