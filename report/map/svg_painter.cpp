#include "report/map/svg_painter.hpp"

#include <cairo.h>

#include <cstdio>

#include "report/escape.hpp"
#include "report/map/cairo_painter.hpp"
#include "report/map/map_render.hpp"

namespace agora::report {

namespace {

// Two decimals of a millimetre are far below what a printer or screen resolves.
void num(std::string& out, double v) {
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.2f", v);
  // Trim trailing zeros ("12.50" -> "12.5", "3.00" -> "3") to keep large maps small.
  while (n > 0 && buf[n - 1] == '0') --n;
  if (n > 0 && buf[n - 1] == '.') --n;
  if (n == 2 && buf[0] == '-' && buf[1] == '0') {
    buf[0] = '0';
    n = 1;
  }
  out.append(buf, static_cast<std::size_t>(n));
}

std::string colour(const Colour& c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

std::string alpha(double a) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", a);
  return buf;
}

class SvgPainter final : public Painter {
 public:
  explicit SvgPainter(std::string& out) : out_(out) {}

  void path(const std::vector<std::vector<Pt>>& parts, bool closed,
            const std::optional<Colour>& fill, const std::optional<PenStroke>& stroke) override {
    if (!fill && !stroke) return;
    out_ += "<path d=\"";
    for (const auto& part : parts) {
      if (part.empty()) continue;
      out_ += 'M';
      num(out_, part[0].x);
      out_ += ' ';
      num(out_, part[0].y);
      for (std::size_t i = 1; i < part.size(); ++i) {
        out_ += 'L';
        num(out_, part[i].x);
        out_ += ' ';
        num(out_, part[i].y);
      }
      if (closed) out_ += 'Z';
    }
    out_ += '"';
    if (fill && closed) {
      out_ += " fill=\"" + colour(*fill) + "\"";
      if (fill->alpha < 1.0) out_ += " fill-opacity=\"" + alpha(fill->alpha) + "\"";
      out_ += " fill-rule=\"evenodd\"";
    } else {
      out_ += " fill=\"none\"";
    }
    if (stroke) {
      out_ += " stroke=\"" + colour(stroke->colour) + "\" stroke-width=\"";
      num(out_, stroke->width_mm);
      out_ += "\" stroke-linejoin=\"round\" stroke-linecap=\"round\"";
      if (stroke->colour.alpha < 1.0)
        out_ += " stroke-opacity=\"" + alpha(stroke->colour.alpha) + "\"";
      if (!stroke->dash_mm.empty()) {
        out_ += " stroke-dasharray=\"";
        for (std::size_t i = 0; i < stroke->dash_mm.size(); ++i) {
          if (i) out_ += ' ';
          num(out_, stroke->dash_mm[i]);
        }
        out_ += '"';
      }
    }
    out_ += "/>";
  }

  void text(Pt pos, const std::string& text, const TextStyle& s) override {
    out_ += "<text x=\"";
    num(out_, pos.x);
    out_ += "\" y=\"";
    num(out_, pos.y);
    out_ += "\" font-size=\"";
    num(out_, s.size_mm);
    out_ += "\" fill=\"" + colour(s.colour) + "\"";
    if (s.bold) out_ += " font-weight=\"bold\"";
    if (s.italic) out_ += " font-style=\"italic\"";
    if (s.anchor == Anchor::kMiddle) out_ += " text-anchor=\"middle\"";
    if (s.anchor == Anchor::kEnd) out_ += " text-anchor=\"end\"";
    if (s.halo) {
      out_ += " stroke=\"#ffffff\" stroke-width=\"";
      num(out_, s.size_mm * 0.28);
      out_ += "\" paint-order=\"stroke\" stroke-linejoin=\"round\"";
    }
    out_ += '>' + escape_markup_marking_data(text, "tspan") + "</text>";
  }

  void image(Pt tl, double w, double h, const MapRaster& raster) override {
    out_ += "<image x=\"";
    num(out_, tl.x);
    out_ += "\" y=\"";
    num(out_, tl.y);
    out_ += "\" width=\"";
    num(out_, w);
    out_ += "\" height=\"";
    num(out_, h);
    out_ +=
        "\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" "
        "href=\"data:image/png;base64,";
    out_ += base64(encode_png(raster));
    out_ += "\"/>";
  }

  void push_clip(Pt tl, double w, double h) override {
    const std::string id = "clip" + std::to_string(++clip_ids_);
    out_ += "<clipPath id=\"" + id + "\"><rect x=\"";
    num(out_, tl.x);
    out_ += "\" y=\"";
    num(out_, tl.y);
    out_ += "\" width=\"";
    num(out_, w);
    out_ += "\" height=\"";
    num(out_, h);
    out_ += "\"/></clipPath><g clip-path=\"url(#" + id + ")\">";
  }

  void pop_clip() override { out_ += "</g>"; }

  // No text engine here: DejaVu Sans averages about 0.6 em per character (bold 0.65);
  // used only to size the background boxes behind short texts.
  double text_width_mm(const std::string& text, const TextStyle& s) override {
    std::size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    return static_cast<double>(chars) * s.size_mm * (s.bold ? 0.65 : 0.6);
  }

 private:
  std::string& out_;
  int clip_ids_ = 0;
};

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string encode_png(const MapRaster& raster) {
  if (raster.width <= 0 || raster.height <= 0) return {};
  cairo_surface_t* surface = make_raster_surface(raster);
  std::string png;
  cairo_surface_write_to_png_stream(surface, append_bytes, &png);
  cairo_surface_destroy(surface);
  return png;
}

std::string map_to_svg(const Map& map, double width_mm, const std::string& aria_label) {
  const MapGeometry g = map_geometry(map, width_mm);
  std::string body;
  body.reserve(1 << 16);
  SvgPainter painter(body);
  draw_map(map, painter, {0.0, 0.0}, width_mm);
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 ";
  num(out, width_mm);
  out += ' ';
  num(out, g.total_height_mm());
  out += "\" role=\"img\" aria-label=\"" + escape_markup(aria_label) +
         "\" font-family=\"DejaVu Sans, Verdana, sans-serif\">";
  out += body;
  out += "</svg>";
  return out;
}

}  // namespace agora::report
