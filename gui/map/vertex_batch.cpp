#include "gui/map/vertex_batch.hpp"

#include <cmath>
#include <numbers>

namespace agora::gui {

MapVertex VertexBatch::vertex(Vec2 p, Vec2 dir, float half_width_m, float min_half_px,
                              float extra_half_px, float side, Rgba colour) const {
  return {static_cast<float>(p.x - origin_.x),
          static_cast<float>(p.y - origin_.y),
          static_cast<float>(dir.x),
          static_cast<float>(dir.y),
          half_width_m,
          min_half_px,
          extra_half_px,
          side,
          colour};
}

void VertexBatch::add_triangles(const Triangles& t, Rgba colour) {
  const auto base = static_cast<std::uint32_t>(vertices_.size());
  for (const Vec2& p : t.points) vertices_.push_back(vertex(p, {}, 0.0f, 0.0f, 0.0f, 0.0f, colour));
  for (std::uint32_t i : t.indices) indices_.push_back(base + i);
}

void VertexBatch::add_polyline(std::span<const Vec2> pts, const LineStyle& s, bool closed) {
  const std::size_t n = pts.size();
  if (n < 2) return;
  const std::size_t segments = closed ? n : n - 1;
  const auto hw = static_cast<float>(s.half_width_m);
  const auto mp = static_cast<float>(s.min_half_px);
  const auto ex = static_cast<float>(s.extra_half_px);
  for (std::size_t i = 0; i < segments; ++i) {
    const Vec2 a = pts[i], b = pts[(i + 1) % n];
    const Vec2 t = (b - a).normalized();
    if (t == Vec2{}) continue;
    const Vec2 nrm = t.perpendicular();
    const auto base = static_cast<std::uint32_t>(vertices_.size());
    // Square caps: each corner moves out by the half width along the normal and the tangent.
    vertices_.push_back(vertex(a, nrm - t, hw, mp, ex, 1.0f, s.colour));
    vertices_.push_back(vertex(a, -nrm - t, hw, mp, ex, -1.0f, s.colour));
    vertices_.push_back(vertex(b, nrm + t, hw, mp, ex, 1.0f, s.colour));
    vertices_.push_back(vertex(b, -nrm + t, hw, mp, ex, -1.0f, s.colour));
    indices_.insert(indices_.end(), {base, base + 1, base + 2, base + 2, base + 1, base + 3});
  }
}

void VertexBatch::add_dot(Vec2 c, double radius_px, Rgba colour) {
  constexpr int kSides = 12;
  const auto base = static_cast<std::uint32_t>(vertices_.size());
  const auto r = static_cast<float>(radius_px);
  vertices_.push_back(vertex(c, {}, 0.0f, r, 0.0f, 0.0f, colour));
  for (int k = 0; k < kSides; ++k) {
    const double a = 2.0 * std::numbers::pi * k / kSides;
    vertices_.push_back(vertex(c, {std::cos(a), std::sin(a)}, 0.0f, r, 0.0f, 1.0f, colour));
  }
  for (int k = 0; k < kSides; ++k)
    indices_.insert(indices_.end(), {base, base + 1 + static_cast<std::uint32_t>(k),
                                     base + 1 + static_cast<std::uint32_t>((k + 1) % kSides)});
}

void VertexBatch::add_quad(Vec2 a, Vec2 b, Vec2 c, Vec2 d, Rgba colour) {
  const auto base = static_cast<std::uint32_t>(vertices_.size());
  for (Vec2 p : {a, b, c, d}) vertices_.push_back(vertex(p, {}, 0.0f, 0.0f, 0.0f, 0.0f, colour));
  indices_.insert(indices_.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
}

}  // namespace agora::gui
