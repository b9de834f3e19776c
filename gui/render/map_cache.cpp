#include "gui/render/map_cache.hpp"

#include <cmath>

#include "gui/render/gl.hpp"

namespace agora::gui {

MapCache::~MapCache() {
  if (fbo_) glDeleteFramebuffers(1, &fbo_);
  if (texture_) glDeleteTextures(1, &texture_);
}

void MapCache::allocate(int w, int h) {
  if (w == width_ && h == height_ && fbo_) return;
  if (!fbo_) {
    glGenFramebuffers(1, &fbo_);
    glGenTextures(1, &texture_);
  }
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  width_ = w;
  height_ = h;
}

bool MapCache::covers(const MapView& view, std::uint64_t version) const {
  if (!valid_ || version != version_) return false;
  if (view.px_per_m() != cached_.px_per_m()) return false;
  const ScreenRect& c = view.canvas();
  const double mx = std::round(c.size.x * kMarginFraction),
               my = std::round(c.size.y * kMarginFraction);
  if (cached_.canvas().size.x != c.size.x + 2 * mx || cached_.canvas().size.y != c.size.y + 2 * my)
    return false;
  // Where the canvas's corners fall in the cache.
  const Vec2 a = cached_.to_screen(view.to_world(c.min));
  const Vec2 b = cached_.to_screen(view.to_world(c.min + c.size));
  return a.x >= 0 && a.y >= 0 && b.x <= cached_.canvas().size.x && b.y <= cached_.canvas().size.y;
}

void MapCache::render(const MapView& view, std::uint64_t version, Vec2 scale, float bg[3],
                      const std::function<void(const MapView&, Vec2)>& draw) {
  const ScreenRect& c = view.canvas();
  const double mx = std::round(c.size.x * kMarginFraction),
               my = std::round(c.size.y * kMarginFraction);
  MapView v;
  v.set_canvas({{0, 0}, {c.size.x + 2 * mx, c.size.y + 2 * my}});
  v.set(view.centre(), view.px_per_m());
  const int w = static_cast<int>(std::lround(v.canvas().size.x * scale.x));
  const int h = static_cast<int>(std::lround(v.canvas().size.y * scale.y));
  allocate(w, h);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glViewport(0, 0, w, h);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(bg[0], bg[1], bg[2], 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  draw(v, {static_cast<double>(w), static_cast<double>(h)});
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  cached_ = v;
  version_ = version;
  valid_ = true;
  ++renders_;
}

void MapCache::blit(const MapView& view, Vec2 scale, Vec2 fb) const {
  if (!valid_) return;
  const ScreenRect& c = view.canvas();
  const Vec2 src_min =
      cached_.to_screen(view.to_world(c.min));  // top-left of the canvas, in cache pixels
  // Whole pixels only: a copy, never a resampling.
  const int sx = static_cast<int>(std::lround(src_min.x * scale.x));
  const int sy_top = static_cast<int>(std::lround(src_min.y * scale.y));
  const int w = static_cast<int>(std::lround(c.size.x * scale.x));
  const int h = static_cast<int>(std::lround(c.size.y * scale.y));
  const int dx = static_cast<int>(std::lround(c.min.x * scale.x));
  const int dy_top = static_cast<int>(std::lround(c.min.y * scale.y));
  // GL counts rows from the bottom.
  const int sy = height_ - sy_top - h;
  const int dy = static_cast<int>(fb.y) - dy_top - h;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glDisable(GL_SCISSOR_TEST);
  glBlitFramebuffer(sx, sy, sx + w, sy + h, dx, dy, dx + w, dy + h, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
}

}  // namespace agora::gui
