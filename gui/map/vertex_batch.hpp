#pragma once
// Geometry ready for the GPU: triangles whose vertices carry a position in metres (relative
// to the batch's origin, so floats keep millimetre precision), a colour, and for lines an
// extrusion direction and width. Lines are widened in the vertex shader, so one batch serves
// every zoom: a road keeps its width in metres but never gets thinner than a minimum number
// of pixels. Built once per data change on the CPU; drawn every frame without CPU work.

#include <cstdint>
#include <span>
#include <vector>

#include "gui/map/triangulate.hpp"
#include "sim/geometry/geometry.hpp"

namespace agora::gui {

using Rgba = std::uint32_t;  // bytes R, G, B, A in memory (ImGui's IM_COL32 layout)

constexpr Rgba rgba(int r, int g, int b, int a = 255) {
  return static_cast<Rgba>(r) | static_cast<Rgba>(g) << 8 | static_cast<Rgba>(b) << 16 |
         static_cast<Rgba>(a) << 24;
}
constexpr Rgba with_alpha(Rgba c, int a) {
  return (c & 0x00FFFFFFu) | static_cast<Rgba>(a) << 24;
}

struct MapVertex {
  float x, y;           // metres from the batch origin
  float dx, dy;         // extrusion direction in metres-space (y up); zero for fills
  float half_width_m;   // half the line width in metres
  float min_half_px;    // ... but at least this many pixels
  float extra_half_px;  // then this many more pixels (a casing one pixel wider than its road)
  float side;           // ±1 across a line (for its anti-aliased edge), 0 for fills
  Rgba colour;
};
static_assert(sizeof(MapVertex) == 36);

struct LineStyle {
  Rgba colour;
  double half_width_m = 0.0;
  double min_half_px = 0.5;
  double extra_half_px = 0.0;
};

class VertexBatch {
 public:
  explicit VertexBatch(Vec2 origin = {}) : origin_(origin) {}
  Vec2 origin() const { return origin_; }

  void add_triangles(const Triangles& triangles, Rgba colour);
  // A polyline as one quad per segment, each extended by half its width at both ends so
  // consecutive segments join without gaps.
  void add_polyline(std::span<const Vec2> points, const LineStyle& style, bool closed = false);
  // A disc of fixed pixel radius (points of interest, analysis points).
  void add_dot(Vec2 centre, double radius_px, Rgba colour);
  // A filled convex quad in world coordinates (raster cells).
  void add_quad(Vec2 a, Vec2 b, Vec2 c, Vec2 d, Rgba colour);

  const std::vector<MapVertex>& vertices() const { return vertices_; }
  const std::vector<std::uint32_t>& indices() const { return indices_; }
  bool empty() const { return indices_.empty(); }
  void clear() {
    vertices_.clear();
    indices_.clear();
  }

 private:
  MapVertex vertex(Vec2 p, Vec2 dir, float half_width_m, float min_half_px, float extra_half_px,
                   float side, Rgba colour) const;
  Vec2 origin_;
  std::vector<MapVertex> vertices_;
  std::vector<std::uint32_t> indices_;
};

}  // namespace agora::gui
