#pragma once
// The map canvas's view: which world point sits at the canvas centre and how many screen
// pixels a metre takes. Converts between the local CRS (metres, y up) and screen pixels
// (y down); pans, zooms about a fixed screen point (the cursor), and fits a box.

#include "sim/geometry/geometry.hpp"

namespace agora::gui {

struct ScreenRect {
  Vec2 min;   // top-left, pixels
  Vec2 size;  // width, height, pixels
  Vec2 centre() const { return min + size * 0.5; }
  bool contains(Vec2 p) const {
    return p.x >= min.x && p.y >= min.y && p.x < min.x + size.x && p.y < min.y + size.y;
  }
};

class MapView {
 public:
  static constexpr double kMinPxPerM = 0.002;  // whole countries
  static constexpr double kMaxPxPerM = 200.0;  // 5 mm per pixel: finer than any map

  void set_canvas(ScreenRect canvas) { canvas_ = canvas; }
  const ScreenRect& canvas() const { return canvas_; }
  Vec2 centre() const { return centre_; }
  double px_per_m() const { return px_per_m_; }
  void set(Vec2 centre, double px_per_m);

  Vec2 to_screen(Vec2 world) const;
  Vec2 to_world(Vec2 screen) const;
  // The world box the canvas shows.
  Box visible_world() const;

  // Moves the map by a screen displacement (drag).
  void pan_pixels(Vec2 delta_px);
  // Multiplies the zoom by factor keeping the world point under `screen` where it is.
  void zoom_at(Vec2 screen, double factor);
  // Shows the whole box with margin_px free around it.
  void fit(const Box& world, double margin_px);

 private:
  ScreenRect canvas_{{0, 0}, {800, 600}};
  Vec2 centre_{0, 0};
  double px_per_m_ = 1.0;
};

// A "nice" scale-bar length (1, 2 or 5 × 10^n metres) close to target_px pixels long.
double nice_scale_length_m(double px_per_m, double target_px);

}  // namespace agora::gui
