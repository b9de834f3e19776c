#pragma once
// Draws VertexBatches with one small shader: positions in metres go through the view
// transform on the GPU, lines are widened to max(width in metres, minimum pixels) and get a
// one-pixel anti-aliased edge. A batch is uploaded once (GpuBatch) and drawn every frame.

#include <cstdint>
#include <vector>

#include "gui/map/vertex_batch.hpp"
#include "gui/map/view.hpp"

namespace agora::gui {

class GpuBatch {
 public:
  GpuBatch() = default;
  ~GpuBatch();
  GpuBatch(const GpuBatch&) = delete;
  GpuBatch& operator=(const GpuBatch&) = delete;
  GpuBatch(GpuBatch&& other) noexcept;
  GpuBatch& operator=(GpuBatch&& other) noexcept;

  void upload(const VertexBatch& batch);
  bool empty() const { return count_ == 0; }
  std::size_t index_count() const { return count_; }
  Vec2 origin() const { return origin_; }
  unsigned vao() const { return vao_; }

 private:
  void release();
  unsigned vao_ = 0, vbo_ = 0, ibo_ = 0;
  std::size_t count_ = 0;
  Vec2 origin_{};
};

// Many small discs of one look (replayed agents): one point per disc, uploaded whenever they
// move. Drawn as point sprites whose fragment shader cuts out the disc and its rim, so a disc
// costs the rasterizer one small square instead of a polygon's worth of triangles.
class GpuDiscs {
 public:
  GpuDiscs() = default;
  ~GpuDiscs();
  GpuDiscs(const GpuDiscs&) = delete;
  GpuDiscs& operator=(const GpuDiscs&) = delete;

  void upload(const std::vector<Vec2>& centres, Vec2 origin);
  bool empty() const { return count_ == 0; }
  std::size_t count() const { return count_; }
  Vec2 origin() const { return origin_; }
  unsigned vao() const { return vao_; }

 private:
  unsigned vao_ = 0, vbo_ = 0;
  std::size_t count_ = 0;
  Vec2 origin_{};
  std::vector<float> scratch_;
};

struct DiscStyle {
  Rgba fill, rim;
  double radius_m;       // the disc's radius on the ground
  double min_radius_px;  // ... but at least this many pixels
  double rim_px;         // the rim around it
};

class MapRenderer {
 public:
  MapRenderer();
  ~MapRenderer();
  MapRenderer(const MapRenderer&) = delete;
  MapRenderer& operator=(const MapRenderer&) = delete;

  // Call inside a frame before drawing: framebuffer size in pixels and the display scale.
  void begin(const MapView& view, Vec2 framebuffer_px, Vec2 display_scale, const ScreenRect& clip);
  // opaque: the batch covers what is under it (building fills), so blending is skipped.
  void draw(const GpuBatch& batch, float opacity = 1.0f, bool opaque = false);
  // A texture stretched over a world box (rasters: row 0 is the box's southern edge).
  void draw_image(unsigned texture, const Box& world, float opacity);
  // Every disc of the batch in one draw call, later ones over earlier ones.
  void draw_discs(const GpuDiscs& discs, const DiscStyle& style);
  void end();

 private:
  struct Uniforms {
    int offset = -1, ppm = -1, centre = -1, fb = -1, opacity = -1;
  };
  void use_program(bool fill);
  unsigned program_ = 0, fill_program_ = 0, image_program_ = 0, quad_vao_ = 0, quad_vbo_ = 0,
           disc_program_ = 0;
  Uniforms map_uniforms_, fill_uniforms_;
  int ui_rect_ = -1, ui_opacity_ = -1;
  const MapView* view_ = nullptr;
  Vec2 fb_{}, scale_{};
  unsigned active_program_ = 0;
};

}  // namespace agora::gui
