#include "gui/map/view.hpp"

#include <algorithm>
#include <cmath>

namespace agora::gui {

void MapView::set(Vec2 centre, double px_per_m) {
  centre_ = centre;
  px_per_m_ = std::clamp(px_per_m, kMinPxPerM, kMaxPxPerM);
}

Vec2 MapView::to_screen(Vec2 w) const {
  const Vec2 c = canvas_.centre();
  return {c.x + (w.x - centre_.x) * px_per_m_, c.y - (w.y - centre_.y) * px_per_m_};
}

Vec2 MapView::to_world(Vec2 s) const {
  const Vec2 c = canvas_.centre();
  return {centre_.x + (s.x - c.x) / px_per_m_, centre_.y - (s.y - c.y) / px_per_m_};
}

Box MapView::visible_world() const {
  const Vec2 a = to_world(canvas_.min);
  const Vec2 b = to_world(canvas_.min + canvas_.size);
  return {{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}};
}

void MapView::pan_pixels(Vec2 d) {
  centre_ = {centre_.x - d.x / px_per_m_, centre_.y + d.y / px_per_m_};
}

void MapView::zoom_at(Vec2 screen, double factor) {
  const Vec2 anchor = to_world(screen);
  px_per_m_ = std::clamp(px_per_m_ * factor, kMinPxPerM, kMaxPxPerM);
  // Put the anchor back under the same pixel.
  const Vec2 c = canvas_.centre();
  centre_ = {anchor.x - (screen.x - c.x) / px_per_m_, anchor.y + (screen.y - c.y) / px_per_m_};
}

void MapView::fit(const Box& world, double margin_px) {
  const double w = std::max(world.max_corner().x - world.min_corner().x, 1.0);
  const double h = std::max(world.max_corner().y - world.min_corner().y, 1.0);
  const double avail_x = std::max(canvas_.size.x - 2.0 * margin_px, 10.0);
  const double avail_y = std::max(canvas_.size.y - 2.0 * margin_px, 10.0);
  set({(world.min_corner().x + world.max_corner().x) / 2.0,
       (world.min_corner().y + world.max_corner().y) / 2.0},
      std::min(avail_x / w, avail_y / h));
}

double nice_scale_length_m(double px_per_m, double target_px) {
  const double raw_m = target_px / px_per_m;
  const double decade = std::pow(10.0, std::floor(std::log10(raw_m)));
  double best = decade;
  for (double step : {1.0, 2.0, 5.0, 10.0})
    if (std::abs(step * decade - raw_m) < std::abs(best - raw_m)) best = step * decade;
  return best;
}

}  // namespace agora::gui
