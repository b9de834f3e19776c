#pragma once
// Draws a map onto a Cairo context whose user units are millimetres (the PDF back end sets
// that up), with Pango for the text so labels get real shaping and measurement.

#include <cairo.h>

#include "report/map/painter.hpp"

namespace agora::report {

// A Cairo image surface holding the raster (premultiplied ARGB); the caller destroys it.
cairo_surface_t* make_raster_surface(const MapRaster& raster);

class CairoPainter final : public Painter {
 public:
  explicit CairoPainter(cairo_t* cr) : cr_(cr) {}

  void path(const std::vector<std::vector<Pt>>& parts, bool closed,
            const std::optional<Colour>& fill, const std::optional<PenStroke>& stroke) override;
  void text(Pt pos, const std::string& text, const TextStyle& style) override;
  void image(Pt top_left, double width_mm, double height_mm, const MapRaster& raster) override;
  void push_clip(Pt top_left, double width_mm, double height_mm) override;
  void pop_clip() override;
  double text_width_mm(const std::string& text, const TextStyle& style) override;

 private:
  cairo_t* cr_;
};

}  // namespace agora::report
