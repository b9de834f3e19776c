// The PDF back end: the same document drawn with Cairo and Pango onto A4 pages, without a
// browser. A small flow layout: blocks stack down the page; a block that does not fit starts
// a new page; tables break between rows and repeat their header rows; figures and badges are
// never split; every section starts a page. Laid out twice: once to count the pages ("Page 3
// of 12"), once to draw. The bytes go to the caller's sink (cairo_pdf_surface_create_for_stream).

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>

#include "report/escape.hpp"
#include "report/map/cairo_painter.hpp"
#include "report/map/map_render.hpp"
#include "report/report.hpp"
#include "sim/core/error.hpp"

namespace agora::report {

namespace {

constexpr double kPageW = 210.0, kPageH = 297.0;
constexpr double kLeft = 16.0, kRight = 16.0, kTop = 20.0, kBottom = 20.0;
constexpr double kWidth = kPageW - kLeft - kRight;
constexpr double kPt = 25.4 / 72.0;  // one point in millimetres

const Colour kInk = rgb(0x1d2733), kMuted = rgb(0x5d6b78), kRule = rgb(0xc9d1d9),
             kBand = rgb(0x12355b);

struct ToneColours {
  Colour fg, bg;
};
ToneColours tone_colours(Tone t) {
  switch (t) {
    case Tone::kGood:
      return {rgb(0x1e8449), rgb(0xe3f4e8)};
    case Tone::kCaution:
      return {rgb(0xa35400), rgb(0xfdf0dc)};
    case Tone::kBad:
      return {rgb(0xb03a2e), rgb(0xfbe3e0)};
    case Tone::kInfo:
      return {rgb(0x1f5f8b), rgb(0xe4eef6)};
    case Tone::kMuted:
      return {kMuted, rgb(0xeef1f4)};
    case Tone::kNeutral:
      return {kInk, rgb(0xeef1f4)};
  }
  return {kInk, rgb(0xffffff)};
}

struct Font {
  double size_pt = 9.5;
  bool bold = false;
  bool mono = false;
  bool italic = false;
};

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

std::string markup_of(const Inline& spans) {
  std::string m;
  for (const Span& s : spans) {
    std::string open, close;
    if (s.bold) open += "<b>", close = "</b>" + close;
    if (s.italic) open += "<i>", close = "</i>" + close;
    if (s.mono) open += "<tt>", close = "</tt>" + close;
    m += open + escape_markup(s.text) + close;
  }
  return m;
}

class PdfFlow {
 public:
  PdfFlow(cairo_t* cr, const Document& doc, bool draw, int total_pages)
      : cr_(cr), doc_(doc), draw_(draw), total_(total_pages), painter_(cr) {}

  int run() {
    cover();
    for (const Section& s : doc_.sections) section(s);
    finish_page();
    return page_;
  }

 private:
  cairo_t* cr_;
  const Document& doc_;
  bool draw_;
  int total_;
  CairoPainter painter_;
  int page_ = 0;
  double y_ = kTop;
  bool page_open_ = false;
  bool on_cover_ = false;

  // --- text --------------------------------------------------------------------------
  LayoutPtr layout(const std::string& text, const Font& f, double width_mm, bool markup = false) {
    LayoutPtr l(pango_cairo_create_layout(cr_));
    // User units are millimetres: Pango's default rounding of glyph positions to whole units
    // would space letters a millimetre apart.
    pango_context_set_round_glyph_positions(pango_layout_get_context(l.get()), FALSE);
    pango_layout_context_changed(l.get());
    PangoFontDescription* fd =
        pango_font_description_from_string(f.mono ? "DejaVu Sans Mono" : "DejaVu Sans");
    pango_font_description_set_absolute_size(fd, f.size_pt * kPt * PANGO_SCALE);
    if (f.bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    if (f.italic) pango_font_description_set_style(fd, PANGO_STYLE_ITALIC);
    pango_layout_set_font_description(l.get(), fd);
    pango_font_description_free(fd);
    if (width_mm > 0) {
      pango_layout_set_width(l.get(), static_cast<int>(width_mm * PANGO_SCALE));
      pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    }
    if (markup) {
      pango_layout_set_markup(l.get(), text.c_str(), static_cast<int>(text.size()));
    } else {
      const std::string clean = clean_utf8(text);
      pango_layout_set_text(l.get(), clean.c_str(), static_cast<int>(clean.size()));
    }
    return l;
  }
  static double height(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return h / double(PANGO_SCALE);
  }
  static double width(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return w / double(PANGO_SCALE);
  }
  void show(PangoLayout* l, double x, double y, const Colour& c) {
    if (!draw_) return;
    cairo_set_source_rgba(cr_, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.alpha);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
  }
  void rect(double x, double y, double w, double h, const Colour& c) {
    if (!draw_) return;
    cairo_set_source_rgba(cr_, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.alpha);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_fill(cr_);
  }
  void hline(double x0, double x1, double y, const Colour& c, double w) {
    if (!draw_) return;
    cairo_set_source_rgba(cr_, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.alpha);
    cairo_set_line_width(cr_, w);
    cairo_move_to(cr_, x0, y);
    cairo_line_to(cr_, x1, y);
    cairo_stroke(cr_);
  }

  // --- pages -------------------------------------------------------------------------
  double bottom() const { return kPageH - kBottom; }
  double room() const { return bottom() - y_; }

  void finish_page() {
    if (!page_open_) return;
    const Font small{7.5};
    auto foot = layout(doc_.running_foot, small, kWidth * 0.7);
    hline(kLeft, kPageW - kRight, kPageH - 14.0, kRule, 0.2);
    show(foot.get(), kLeft, kPageH - 13.0, kMuted);
    const std::string num = doc_.page_label + " " + std::to_string(page_) + " " + doc_.of_label +
                            " " + std::to_string(std::max(total_, page_));
    auto n = layout(num, small, 0);
    show(n.get(), kPageW - kRight - width(n.get()), kPageH - 13.0, kMuted);
    if (draw_) cairo_show_page(cr_);
    page_open_ = false;
  }

  void new_page(bool cover_page = false) {
    finish_page();
    ++page_;
    page_open_ = true;
    on_cover_ = cover_page;
    y_ = kTop;
    if (cover_page) return;
    const Font small{7.5};
    auto head = layout(doc_.running_head, small, kWidth * 0.6);
    show(head.get(), kLeft, 10.0, kMuted);
    if (!doc_.attribution.empty()) {
      auto attr = layout(doc_.attribution, small, 0);
      show(attr.get(), kPageW - kRight - width(attr.get()), 10.0, kMuted);
    }
    hline(kLeft, kPageW - kRight, 14.0, kRule, 0.2);
  }

  void ensure(double h) {
    if (h > room() && y_ > kTop + 0.1) new_page();
  }

  // --- cover and sections ------------------------------------------------------------
  void cover() {
    new_page(true);
    const Cover& c = doc_.cover;
    auto kicker = layout(c.kicker, Font{9, false}, kWidth);
    auto title = layout(c.title, Font{24, true}, kWidth);
    auto subtitle = layout(c.subtitle, Font{12}, kWidth);
    const double band_h = 22.0 + height(kicker.get()) + 4.0 + height(title.get()) + 3.0 +
                          height(subtitle.get()) + 12.0;
    rect(0, 0, kPageW, band_h, kBand);
    double y = 22.0;
    show(kicker.get(), kLeft, y, rgb(0xdfe8f2));
    y += height(kicker.get()) + 4.0;
    show(title.get(), kLeft, y, rgb(0xffffff));
    y += height(title.get()) + 3.0;
    show(subtitle.get(), kLeft, y, rgb(0xf0f4f8));
    y_ = band_h + 8.0;
    for (const Block& b : c.blocks) block(b);
  }

  void section(const Section& s) {
    new_page();
    const std::string title = "<span foreground=\"#5d6b78\">" + escape_markup(s.number) +
                              "</span>  " + escape_markup(s.title);
    auto t = layout(title, Font{17, true}, kWidth, true);
    show(t.get(), kLeft, y_, kBand);
    y_ += height(t.get()) + 1.5;
    hline(kLeft, kPageW - kRight, y_, kBand, 0.6);
    y_ += 5.0;
    for (const Block& b : s.blocks) block(b);
  }

  // --- blocks ------------------------------------------------------------------------
  void block(const Block& b) {
    std::visit([this](const auto& x) { put(x); }, b);
  }

  void put(const Heading& h) {
    const Font f{h.level <= 2 ? 12.0 : 10.5, true};
    auto l = layout(h.text, f, kWidth);
    const double top = h.level <= 2 ? 5.0 : 3.5;
    // Keep a heading with at least a few lines of what follows it.
    ensure(top + height(l.get()) + 14.0);
    if (y_ > kTop + 0.1) y_ += top;
    show(l.get(), kLeft, y_, h.level <= 2 ? kBand : kInk);
    y_ += height(l.get()) + 2.0;
  }

  void put(const Paragraph& p) {
    auto l = layout(markup_of(p.text), Font{p.small ? 8.0 : 9.5}, kWidth, true);
    ensure(height(l.get()));
    show(l.get(), kLeft, y_, p.small ? kMuted : kInk);
    y_ += height(l.get()) + 2.5;
  }

  void put(const BulletList& list) {
    for (const Inline& item : list.items) {
      auto l = layout(markup_of(item), Font{9.5}, kWidth - 5.0, true);
      ensure(height(l.get()));
      auto bullet = layout("•", Font{9.5}, 0);
      show(bullet.get(), kLeft + 1.0, y_, kInk);
      show(l.get(), kLeft + 5.0, y_, kInk);
      y_ += height(l.get()) + 1.0;
    }
    y_ += 1.5;
  }

  void put(const KeyValueList& kv) {
    constexpr double kKeyW = 52.0;
    for (const KeyValue& item : kv.items) {
      auto k = layout(item.key, Font{9.5}, kKeyW - 3.0);
      auto v = layout(item.value, Font{9.5, true}, kWidth - kKeyW);
      const double h = std::max(height(k.get()), height(v.get()));
      ensure(h);
      show(k.get(), kLeft, y_, kMuted);
      show(v.get(), kLeft + kKeyW, y_,
           item.tone == Tone::kNeutral ? kInk : tone_colours(item.tone).fg);
      y_ += h + 1.2;
    }
    y_ += 2.0;
  }

  struct RowLayout {
    std::vector<LayoutPtr> cells;
    double height = 0.0;
  };

  void put(const Table& t) {
    constexpr double kPadX = 1.8, kPadY = 1.1;
    double total = 0.0;
    for (const Column& c : t.columns) total += c.weight;
    std::vector<double> widths, xs;
    double x = kLeft;
    for (const Column& c : t.columns) {
      xs.push_back(x);
      widths.push_back(kWidth * c.weight / (total > 0 ? total : 1.0));
      x += widths.back();
    }
    auto span_width = [&](std::size_t col, int span) {
      double w = 0.0;
      for (std::size_t i = col;
           i < col + static_cast<std::size_t>(std::max(1, span)) && i < widths.size(); ++i)
        w += widths[i];
      return w;
    };
    auto align_x = [&](PangoLayout* l, std::size_t col, double w) {
      const Align a = col < t.columns.size() ? t.columns[col].align : Align::kLeft;
      if (a == Align::kLeft) return xs[col] + kPadX;
      const double lw = width(l);
      if (a == Align::kRight) return xs[col] + w - kPadX - lw;
      return xs[col] + (w - lw) / 2;
    };
    // Header rows: laid out once, drawn at the top of the table and again on each new page.
    std::vector<RowLayout> header;
    for (const auto& row : t.header) {
      RowLayout rl;
      std::size_t col = 0;
      for (const HeaderCell& h : row) {
        if (col >= widths.size()) break;
        rl.cells.push_back(layout(h.text, Font{8.5, true}, span_width(col, h.colspan) - 2 * kPadX));
        rl.height = std::max(rl.height, height(rl.cells.back().get()) + 2 * kPadY + 0.4);
        col += static_cast<std::size_t>(std::max(1, h.colspan));
      }
      header.push_back(std::move(rl));
    }
    double header_h = 0.0;
    for (const RowLayout& r : header) header_h += r.height;
    auto draw_header = [&]() {
      for (std::size_t r = 0; r < header.size(); ++r) {
        rect(kLeft, y_, kWidth, header[r].height, kBand);
        std::size_t col = 0;
        for (std::size_t i = 0; i < header[r].cells.size(); ++i) {
          const int span = t.header[r][i].colspan;
          PangoLayout* l = header[r].cells[i].get();
          show(l, align_x(l, col, span_width(col, span)), y_ + kPadY + 0.2, rgb(0xffffff));
          col += static_cast<std::size_t>(std::max(1, span));
        }
        y_ += header[r].height;
      }
    };
    LayoutPtr caption;
    double caption_h = 0.0;
    if (!t.caption.empty()) {
      caption = layout(t.caption, Font{9.5, true}, kWidth);
      caption_h = height(caption.get()) + 1.5;
    }
    auto row_layout = [&](const std::vector<Cell>& row) {
      RowLayout rl;
      for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
        const Cell& c = row[i];
        const bool strong =
            c.bold || (c.tone != Tone::kNeutral && c.tone != Tone::kMuted && c.tone != Tone::kInfo);
        rl.cells.push_back(
            layout(c.text, Font{c.mono ? 7.5 : 8.5, strong, c.mono}, widths[i] - 2 * kPadX));
        rl.height = std::max(rl.height, height(rl.cells.back().get()) + 2 * kPadY);
      }
      return rl;
    };
    // The caption, the header and the first row stay together.
    const double first_row_h = t.rows.empty() ? 0.0 : row_layout(t.rows.front()).height;
    ensure(caption_h + header_h + first_row_h);
    if (caption) {
      show(caption.get(), kLeft, y_, kInk);
      y_ += caption_h;
    }
    draw_header();
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      RowLayout rl = row_layout(t.rows[r]);
      if (rl.height > room()) {
        new_page();
        draw_header();
      }
      if (r % 2 == 1) rect(kLeft, y_, kWidth, rl.height, rgb(0xf6f8fa));
      for (std::size_t i = 0; i < rl.cells.size(); ++i) {
        const Cell& c = t.rows[r][i];
        if (c.tone == Tone::kGood || c.tone == Tone::kCaution || c.tone == Tone::kBad)
          rect(xs[i], y_, widths[i], rl.height, tone_colours(c.tone).bg);
        const Colour fg = c.tone == Tone::kNeutral ? kInk : tone_colours(c.tone).fg;
        PangoLayout* l = rl.cells[i].get();
        show(l, align_x(l, i, widths[i]), y_ + kPadY, fg);
      }
      y_ += rl.height;
      hline(kLeft, kLeft + kWidth, y_, kRule, 0.15);
    }
    y_ += 2.0;
    if (!t.note.empty()) {
      auto n = layout(t.note, Font{8.0}, kWidth);
      ensure(height(n.get()));
      show(n.get(), kLeft, y_, kMuted);
      y_ += height(n.get()) + 1.0;
    }
    y_ += 2.5;
  }

  void put(const Figure& f) {
    const MapGeometry g = map_geometry(f.map, kWidth);
    auto caption = layout(f.caption, Font{8.5}, kWidth);
    const double h = g.total_height_mm() + 1.5 + height(caption.get());
    ensure(h);
    if (draw_) {
      cairo_save(cr_);
      draw_map(f.map, painter_, {kLeft, y_}, kWidth);
      cairo_restore(cr_);
    }
    y_ += g.total_height_mm() + 1.5;
    show(caption.get(), kLeft, y_, kMuted);
    y_ += height(caption.get()) + 5.0;
  }

  void put(const Badge& b) {
    const auto [fg, bg] = tone_colours(b.tone);
    auto label = layout(b.label, Font{14, true}, 70.0);
    auto detail = layout(b.detail, Font{9}, kWidth - 5.0 - 6.0 - width(label.get()) - 6.0);
    const double h = std::max(height(label.get()), height(detail.get())) + 5.0;
    ensure(h);
    rect(kLeft, y_, kWidth, h, bg);
    rect(kLeft, y_, 5.0, h, fg);
    show(label.get(), kLeft + 9.0, y_ + 2.5, fg);
    show(detail.get(), kLeft + 9.0 + width(label.get()) + 6.0,
         y_ + 2.5 + (height(label.get()) - height(detail.get())) / 2 + 0.6, fg);
    y_ += h + 3.0;
  }

  void put(const Callout& c) {
    const auto [fg, bg] = tone_colours(c.tone);
    auto title = layout(c.title, Font{9.5, true}, kWidth - 10.0);
    auto text = layout(markup_of(c.text), Font{9.5}, kWidth - 10.0, true);
    const double h = height(title.get()) + 1.0 + height(text.get()) + 5.0;
    ensure(h);
    rect(kLeft, y_, kWidth, h, bg);
    rect(kLeft, y_, 1.5, h, fg);
    show(title.get(), kLeft + 5.0, y_ + 2.5, fg);
    show(text.get(), kLeft + 5.0, y_ + 2.5 + height(title.get()) + 1.0, kInk);
    y_ += h + 4.0;
  }

  void put(const PageBreak&) { new_page(); }
};

cairo_status_t to_sink(void* closure, const unsigned char* data, unsigned int length) {
  try {
    (*static_cast<const ByteSink*>(closure))(
        std::string_view(reinterpret_cast<const char*>(data), length));
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

// Text metrics in millimetres that do not depend on the surface (no hinting), so the counting
// pass and the drawing pass lay out identically.
void set_font_options(cairo_t* cr) {
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options(cr, fo);
  cairo_font_options_destroy(fo);
  cairo_scale(cr, 72.0 / 25.4, 72.0 / 25.4);
}

}  // namespace

PdfStats render_pdf(const Document& doc, const ByteSink& sink) {
  // Pass 1: count the pages on a surface that records nothing.
  int pages = 0;
  {
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
    cairo_t* cr = cairo_create(s);
    set_font_options(cr);
    pages = PdfFlow(cr, doc, false, 0).run();
    cairo_destroy(cr);
    cairo_surface_destroy(s);
  }
  // Pass 2: draw.
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
      to_sink, const_cast<ByteSink*>(&sink), kPageW / kPt, kPageH / kPt);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, clean_utf8(doc.title).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Agora " AGORA_VERSION);
  cairo_t* cr = cairo_create(surface);
  set_font_options(cr);
  const int drawn = PdfFlow(cr, doc, true, pages).run();
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw Error("", "report.pdf", "",
                std::string("PDF rendering failed: ") + cairo_status_to_string(status));
  return {drawn};
}

}  // namespace agora::report
