#include "report/map/cairo_painter.hpp"

#include <pango/pangocairo.h>

#include <memory>

#include "report/escape.hpp"

namespace agora::report {

namespace {

void set_colour(cairo_t* cr, const Colour& c) {
  cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.alpha);
}

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

// A one-line layout of text in DejaVu Sans at an absolute size in user units (millimetres).
LayoutPtr make_layout(cairo_t* cr, const std::string& text, const TextStyle& s) {
  LayoutPtr layout(pango_cairo_create_layout(cr));
  // User units are millimetres: Pango's default rounding of glyph positions to whole units
  // would space letters a millimetre apart.
  pango_context_set_round_glyph_positions(pango_layout_get_context(layout.get()), FALSE);
  pango_layout_context_changed(layout.get());
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
  pango_font_description_set_absolute_size(font, s.size_mm * PANGO_SCALE);
  if (s.bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  if (s.italic) pango_font_description_set_style(font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  const std::string clean = clean_utf8(text);  // plain text, never markup: nothing to escape
  pango_layout_set_text(layout.get(), clean.c_str(), static_cast<int>(clean.size()));
  return layout;
}

}  // namespace

cairo_surface_t* make_raster_surface(const MapRaster& raster) {
  cairo_surface_t* surface =
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, raster.width, raster.height);
  cairo_surface_flush(surface);
  unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < raster.height; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
    for (int x = 0; x < raster.width; ++x) {
      const std::uint8_t* p = &raster.rgba[(static_cast<std::size_t>(y) * raster.width + x) * 4];
      const std::uint32_t a = p[3];
      // Cairo wants premultiplied ARGB in native byte order.
      row[x] = (a << 24) | ((p[0] * a / 255) << 16) | ((p[1] * a / 255) << 8) | (p[2] * a / 255);
    }
  }
  cairo_surface_mark_dirty(surface);
  return surface;
}

void CairoPainter::path(const std::vector<std::vector<Pt>>& parts, bool closed,
                        const std::optional<Colour>& fill, const std::optional<PenStroke>& stroke) {
  cairo_new_path(cr_);
  for (const auto& part : parts) {
    if (part.empty()) continue;
    cairo_move_to(cr_, part[0].x, part[0].y);
    for (std::size_t i = 1; i < part.size(); ++i) cairo_line_to(cr_, part[i].x, part[i].y);
    if (closed) cairo_close_path(cr_);
  }
  if (fill && closed) {
    set_colour(cr_, *fill);
    cairo_set_fill_rule(cr_, CAIRO_FILL_RULE_EVEN_ODD);
    if (stroke)
      cairo_fill_preserve(cr_);
    else
      cairo_fill(cr_);
  }
  if (stroke) {
    set_colour(cr_, stroke->colour);
    cairo_set_line_width(cr_, stroke->width_mm);
    cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr_, CAIRO_LINE_CAP_ROUND);
    cairo_set_dash(cr_, stroke->dash_mm.data(), static_cast<int>(stroke->dash_mm.size()), 0.0);
    cairo_stroke(cr_);
    cairo_set_dash(cr_, nullptr, 0, 0.0);
  }
  cairo_new_path(cr_);
}

void CairoPainter::text(Pt pos, const std::string& text, const TextStyle& s) {
  LayoutPtr layout = make_layout(cr_, text, s);
  PangoRectangle logical;
  pango_layout_get_extents(layout.get(), nullptr, &logical);
  const double width = logical.width / double(PANGO_SCALE);
  const double baseline = pango_layout_get_baseline(layout.get()) / double(PANGO_SCALE);
  double x = pos.x;
  if (s.anchor == Anchor::kMiddle) x -= width / 2;
  if (s.anchor == Anchor::kEnd) x -= width;
  cairo_move_to(cr_, x, pos.y - baseline);
  if (s.halo) {
    pango_cairo_layout_path(cr_, layout.get());
    cairo_set_source_rgb(cr_, 1, 1, 1);
    cairo_set_line_width(cr_, s.size_mm * 0.28);
    cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr_);
    cairo_move_to(cr_, x, pos.y - baseline);
  }
  set_colour(cr_, s.colour);
  pango_cairo_show_layout(cr_, layout.get());
  cairo_new_path(cr_);
}

void CairoPainter::image(Pt tl, double w, double h, const MapRaster& raster) {
  if (raster.width <= 0 || raster.height <= 0) return;
  cairo_surface_t* surface = make_raster_surface(raster);
  cairo_save(cr_);
  cairo_translate(cr_, tl.x, tl.y);
  cairo_scale(cr_, w / raster.width, h / raster.height);
  cairo_set_source_surface(cr_, surface, 0, 0);
  // Cells stay crisp squares, as in the HTML (image-rendering: pixelated).
  cairo_pattern_set_filter(cairo_get_source(cr_), CAIRO_FILTER_NEAREST);
  cairo_paint(cr_);
  cairo_restore(cr_);
  cairo_surface_destroy(surface);
}

void CairoPainter::push_clip(Pt tl, double w, double h) {
  cairo_save(cr_);
  cairo_rectangle(cr_, tl.x, tl.y, w, h);
  cairo_clip(cr_);
}

void CairoPainter::pop_clip() {
  cairo_restore(cr_);
}

double CairoPainter::text_width_mm(const std::string& text, const TextStyle& s) {
  LayoutPtr layout = make_layout(cr_, text, s);
  PangoRectangle logical;
  pango_layout_get_extents(layout.get(), nullptr, &logical);
  return logical.width / double(PANGO_SCALE);
}

}  // namespace agora::report
