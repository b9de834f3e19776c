#pragma once
// The rendered map kept in an offscreen framebuffer. Everything static (city layers, analysis
// layers and rasters, the layout) is drawn into it only when the view or the content
// changes; every other frame copies it to the screen with one blit. The cache is rendered a
// margin larger than the canvas so a pan within the margin is a shifted copy, not a redraw.
// A software rasterizer (llvmpipe) needs this to keep the editor at interactive rates.

#include <cstdint>
#include <functional>

#include "gui/map/view.hpp"

namespace agora::gui {

class MapCache {
 public:
  MapCache() = default;
  ~MapCache();
  MapCache(const MapCache&) = delete;
  MapCache& operator=(const MapCache&) = delete;

  // True when the cache holds `content_version` at the view's zoom and canvas size, and the
  // canvas still lies inside the rendered area.
  bool covers(const MapView& view, std::uint64_t content_version) const;

  // Renders into the cache: `draw` gets the cache's own view (the canvas grown by the margin,
  // placed at the framebuffer's origin) and the cache size in framebuffer pixels.
  void render(const MapView& view, std::uint64_t content_version, Vec2 display_scale,
              float background[3],
              const std::function<void(const MapView& cache_view, Vec2 cache_px)>& draw);

  // Copies the part of the cache under the canvas to the default framebuffer.
  void blit(const MapView& view, Vec2 display_scale, Vec2 framebuffer_px) const;

  std::uint64_t renders() const { return renders_; }

  static constexpr double kMarginFraction = 0.15;  // of the canvas size, on every side

 private:
  void allocate(int width, int height);
  unsigned fbo_ = 0, texture_ = 0;
  int width_ = 0, height_ = 0;
  MapView cached_;
  std::uint64_t version_ = 0;
  bool valid_ = false;
  std::uint64_t renders_ = 0;
};

}  // namespace agora::gui
