#include "report/map/map_render.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace agora::report {

namespace {

constexpr double kLegendRowMm = 5.0;
constexpr double kLegendPadMm = 2.5;
constexpr double kRampRowMm = 11.0;
constexpr double kSwatchMm = 4.0;
constexpr double kLegendTextMm = 2.5;
const Colour kInk = rgb(0x1d2733);
const Colour kLand = rgb(0xf2efe9);
const Colour kWhite = rgb(0xffffff);

int legend_columns(double width_mm) {
  return width_mm >= 120.0 ? 3 : 2;
}

std::size_t legend_entries(const Map& map) {
  return static_cast<std::size_t>(std::count_if(
      map.layers.begin(), map.layers.end(), [](const MapLayer& l) { return !l.legend.empty(); }));
}

class Projector {
 public:
  Projector(const MapGeometry& g, Pt origin)
      : s_(g.scale_mm_per_m),
        c_(g.centre),
        ox_(origin.x + g.width_mm / 2),
        oy_(origin.y + g.frame_height_mm / 2) {}
  Pt operator()(Vec2 p) const { return {ox_ + (p.x - c_.x) * s_, oy_ - (p.y - c_.y) * s_}; }
  double mm(double metres) const { return metres * s_; }

 private:
  double s_;
  Vec2 c_;
  double ox_, oy_;
};

std::vector<Pt> project(const auto& points, const Projector& P) {
  std::vector<Pt> out;
  out.reserve(points.size());
  for (const Vec2& p : points) out.push_back(P(p));
  return out;
}

std::optional<PenStroke> pen(const std::optional<Stroke>& s, const Projector& P) {
  if (!s) return std::nullopt;
  return PenStroke{s->colour, std::max(s->width_mm, P.mm(s->width_m)), s->dash_mm};
}

// A point symbol as a closed path around c.
std::vector<Pt> marker_path(Marker m, Pt c, double size_mm) {
  const double r = size_mm / 2;
  std::vector<Pt> out;
  switch (m) {
    case Marker::kSquare:
      return {{c.x - r, c.y - r}, {c.x + r, c.y - r}, {c.x + r, c.y + r}, {c.x - r, c.y + r}};
    case Marker::kDiamond:
      return {
          {c.x, c.y - r * 1.2}, {c.x + r * 1.2, c.y}, {c.x, c.y + r * 1.2}, {c.x - r * 1.2, c.y}};
    case Marker::kTriangle:
      return {{c.x, c.y - r * 1.2}, {c.x + r * 1.1, c.y + r * 0.8}, {c.x - r * 1.1, c.y + r * 0.8}};
    case Marker::kCircle:
      for (int i = 0; i < 16; ++i) {
        const double a = 2 * M_PI * i / 16;
        out.push_back({c.x + r * std::cos(a), c.y + r * std::sin(a)});
      }
      return out;
  }
  return out;
}

bool box_overlaps(const Box& a, const Box& b) {
  return a.min_corner().x <= b.max_corner().x && b.min_corner().x <= a.max_corner().x &&
         a.min_corner().y <= b.max_corner().y && b.min_corner().y <= a.max_corner().y;
}

void draw_layer(const MapLayer& layer, Painter& painter, const Projector& P, const Box& view) {
  if (layer.raster) {
    const MapRaster& r = *layer.raster;
    const Pt tl = P({r.extent.min_corner().x, r.extent.max_corner().y});
    const Pt br = P({r.extent.max_corner().x, r.extent.min_corner().y});
    painter.image(tl, br.x - tl.x, br.y - tl.y, r);
  }
  const auto stroke = pen(layer.style.stroke, P);
  for (const MultiPolygon& mp : layer.polygons) {
    Box b;
    bg::envelope(mp, b);
    if (!box_overlaps(b, view)) continue;
    std::vector<std::vector<Pt>> parts;
    for (const Polygon& poly : mp) {
      parts.push_back(project(poly.outer(), P));
      for (const Ring& inner : poly.inners()) parts.push_back(project(inner, P));
    }
    painter.path(parts, true, layer.style.fill, stroke);
  }
  for (const Polyline& line : layer.lines) {
    if (line.size() < 2) continue;
    Box b;
    bg::envelope(line, b);
    if (!box_overlaps(b, view)) continue;
    painter.path({project(line, P)}, false, std::nullopt, stroke);
  }
  for (const Vec2& p : layer.points) {
    if (!bg::covered_by(p, view)) continue;
    painter.path({marker_path(layer.style.marker, P(p), layer.style.marker_mm)}, true,
                 layer.style.fill, stroke);
  }
  const TextStyle label{layer.label_mm, true, false, kInk, Anchor::kMiddle, true};
  for (const MapLabel& l : layer.labels)
    if (bg::covered_by(l.pos, view)) painter.text(P(l.pos), l.text, label);
}

std::string metres_text(double m) {
  char buf[32];
  if (m >= 1000.0)
    std::snprintf(buf, sizeof buf, "%g km", m / 1000.0);
  else
    std::snprintf(buf, sizeof buf, "%g m", m);
  return buf;
}

void draw_scale_bar(const Map& map, Painter& painter, const MapGeometry& g, Pt origin) {
  const double len_m = scale_bar_length_m(g.scale_mm_per_m, 35.0);
  const double len_mm = len_m * g.scale_mm_per_m;
  const double x0 = origin.x + 4.0, y0 = origin.y + g.frame_height_mm - 5.0;
  const double bar_h = 1.4;
  painter.path({{{x0 - 2.0, y0 - 6.0},
                 {x0 + len_mm + 14.0, y0 - 6.0},
                 {x0 + len_mm + 14.0, y0 + 2.5},
                 {x0 - 2.0, y0 + 2.5}}},
               true, rgb(0xffffff, 0.85), std::nullopt);
  for (int i = 0; i < 4; ++i) {
    const double a = x0 + len_mm * i / 4, b = x0 + len_mm * (i + 1) / 4;
    painter.path({{{a, y0 - bar_h}, {b, y0 - bar_h}, {b, y0}, {a, y0}}}, true,
                 i % 2 ? kWhite : kInk, PenStroke{kInk, 0.2, {}});
  }
  const TextStyle t{2.2, false, false, kInk, Anchor::kMiddle, false};
  painter.text({x0, y0 - bar_h - 1.0}, "0", t);
  painter.text({x0 + len_mm, y0 - bar_h - 1.0}, metres_text(len_m), t);
  if (!map.crs.empty()) {
    TextStyle small = t;
    small.size_mm = 1.8;
    small.anchor = Anchor::kStart;
    painter.text({x0 + len_mm + 2.0, y0}, map.crs, small);
  }
}

void draw_north_arrow(const Map& map, Painter& painter, const MapGeometry& g, Pt origin) {
  const double cx = origin.x + g.width_mm - 8.0, top = origin.y + 4.0;
  painter.path({marker_path(Marker::kCircle, {cx, top + 6.5}, 11.0)}, true, rgb(0xffffff, 0.85),
               std::nullopt);
  painter.path({{{cx, top + 3.0}, {cx + 2.6, top + 10.5}, {cx, top + 8.8}}}, true, kInk,
               PenStroke{kInk, 0.2, {}});
  painter.path({{{cx, top + 3.0}, {cx - 2.6, top + 10.5}, {cx, top + 8.8}}}, true, kWhite,
               PenStroke{kInk, 0.2, {}});
  painter.text({cx, top + 2.6}, map.north_label,
               TextStyle{2.6, true, false, kInk, Anchor::kMiddle, false});
}

void draw_attribution(const Map& map, Painter& painter, const MapGeometry& g, Pt origin) {
  if (map.attribution.empty()) return;
  const TextStyle t{2.0, false, false, kInk, Anchor::kEnd, false};
  const double w = painter.text_width_mm(map.attribution, t);
  const double right = origin.x + g.width_mm - 1.0, base = origin.y + g.frame_height_mm - 1.5;
  painter.path({{{right - w - 1.5, base - 2.4},
                 {right + 0.5, base - 2.4},
                 {right + 0.5, base + 1.0},
                 {right - w - 1.5, base + 1.0}}},
               true, rgb(0xffffff, 0.8), std::nullopt);
  painter.text({right - 0.5, base}, map.attribution, t);
}

void draw_swatch(const MapLayer& layer, Painter& painter, Pt at) {
  const Style& s = layer.style;
  std::optional<PenStroke> stroke;
  if (s.stroke)
    stroke =
        PenStroke{s.stroke->colour, std::clamp(s.stroke->width_mm, 0.2, 1.6), s.stroke->dash_mm};
  const double w = kSwatchMm * 1.5, h = kSwatchMm * 0.75;
  if (!layer.polygons.empty() || layer.raster) {
    painter.path(
        {{{at.x, at.y}, {at.x + w, at.y}, {at.x + w, at.y + h}, {at.x, at.y + h}}}, true,
        s.fill ? s.fill : (layer.raster ? std::optional<Colour>(rgb(0x9ecae1)) : std::nullopt),
        stroke);
  } else if (!layer.lines.empty()) {
    if (stroke) stroke->width_mm = std::clamp(stroke->width_mm, 0.6, 1.6);
    const std::vector<Pt> line{{at.x, at.y + h / 2}, {at.x + w, at.y + h / 2}};
    // A white street on white paper: draw it cased, as on the map.
    if (stroke && stroke->colour.r + stroke->colour.g + stroke->colour.b > 3 * 235)
      painter.path({line}, false, std::nullopt,
                   PenStroke{rgb(0xb9b3aa), stroke->width_mm + 0.8, {}});
    painter.path({line}, false, std::nullopt, stroke);
  } else {
    painter.path({marker_path(s.marker, {at.x + w / 2, at.y + h / 2}, std::min(s.marker_mm, 3.0))},
                 true, s.fill, stroke);
  }
}

void draw_legend(const Map& map, Painter& painter, const MapGeometry& g, Pt origin) {
  const int cols = legend_columns(g.width_mm);
  const double col_w = g.width_mm / cols;
  const TextStyle t{kLegendTextMm, false, false, kInk, Anchor::kStart, false};
  double y = origin.y + g.frame_height_mm + kLegendPadMm;
  int i = 0;
  for (const MapLayer& layer : map.layers) {
    if (layer.legend.empty()) continue;
    const Pt at{origin.x + (i % cols) * col_w, y + (i / cols) * kLegendRowMm};
    draw_swatch(layer, painter, at);
    painter.text({at.x + kSwatchMm * 1.5 + 1.8, at.y + 2.6}, layer.legend, t);
    ++i;
  }
  y += ((i + cols - 1) / cols) * kLegendRowMm;
  for (const ColourRamp& ramp : map.ramps) {
    if (ramp.stops.size() < 2) continue;
    painter.text({origin.x, y + 2.6}, ramp.title, t);
    const double bar_x = origin.x, bar_y = y + 4.0, bar_w = std::min(90.0, g.width_mm * 0.6),
                 bar_h = 2.6;
    const double lo = ramp.stops.front().first, hi = ramp.stops.back().first;
    constexpr int kSteps = 48;
    for (int k = 0; k < kSteps; ++k) {
      const double a = bar_x + bar_w * k / kSteps, b = bar_x + bar_w * (k + 1) / kSteps + 0.05;
      painter.path({{{a, bar_y}, {b, bar_y}, {b, bar_y + bar_h}, {a, bar_y + bar_h}}}, true,
                   ramp_colour(ramp, lo + (hi - lo) * (k + 0.5) / kSteps), std::nullopt);
    }
    painter.path({{{bar_x, bar_y},
                   {bar_x + bar_w, bar_y},
                   {bar_x + bar_w, bar_y + bar_h},
                   {bar_x, bar_y + bar_h}}},
                 true, std::nullopt, PenStroke{kInk, 0.15, {}});
    TextStyle tick{2.1, false, false, kInk, Anchor::kMiddle, false};
    for (const auto& [v, c] : ramp.stops) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", std::round(v * 10.0) / 10.0);
      painter.text({bar_x + bar_w * (hi > lo ? (v - lo) / (hi - lo) : 0.0), bar_y + bar_h + 2.6},
                   buf, tick);
    }
    y += kRampRowMm;
  }
}

}  // namespace

double scale_bar_length_m(double scale_mm_per_m, double max_mm) {
  if (!(scale_mm_per_m > 0.0)) return 0.0;
  const double max_m = max_mm / scale_mm_per_m;
  double best = 0.0;
  for (double decade = std::pow(10.0, std::floor(std::log10(max_m)) - 1); decade <= max_m;
       decade *= 10.0)
    for (double f : {1.0, 2.0, 5.0})
      if (f * decade <= max_m) best = f * decade;
  return best;
}

MapGeometry map_geometry(const Map& map, double width_mm) {
  MapGeometry g;
  g.width_mm = width_mm;
  g.frame_height_mm = width_mm * map.aspect;
  const double ew = std::max(1.0, map.extent.max_corner().x - map.extent.min_corner().x);
  const double eh = std::max(1.0, map.extent.max_corner().y - map.extent.min_corner().y);
  g.scale_mm_per_m = std::min(width_mm / ew, g.frame_height_mm / eh);
  g.centre = {(map.extent.min_corner().x + map.extent.max_corner().x) / 2,
              (map.extent.min_corner().y + map.extent.max_corner().y) / 2};
  const int cols = legend_columns(width_mm);
  const std::size_t rows = (legend_entries(map) + cols - 1) / cols;
  std::size_t ramps = 0;
  for (const ColourRamp& r : map.ramps) ramps += r.stops.size() >= 2;
  g.legend_height_mm = kLegendPadMm * 2 + rows * kLegendRowMm + ramps * kRampRowMm;
  return g;
}

MapGeometry draw_map(const Map& map, Painter& painter, Pt origin, double width_mm) {
  const MapGeometry g = map_geometry(map, width_mm);
  const Projector P(g, origin);
  const double half_w = width_mm / 2 / g.scale_mm_per_m,
               half_h = g.frame_height_mm / 2 / g.scale_mm_per_m;
  const Box view{{g.centre.x - half_w, g.centre.y - half_h},
                 {g.centre.x + half_w, g.centre.y + half_h}};
  const std::vector<Pt> frame{{origin.x, origin.y},
                              {origin.x + width_mm, origin.y},
                              {origin.x + width_mm, origin.y + g.frame_height_mm},
                              {origin.x, origin.y + g.frame_height_mm}};
  painter.push_clip(origin, width_mm, g.frame_height_mm);
  painter.path({frame}, true, kLand, std::nullopt);
  for (const MapLayer& layer : map.layers) draw_layer(layer, painter, P, view);
  draw_scale_bar(map, painter, g, origin);
  draw_north_arrow(map, painter, g, origin);
  draw_attribution(map, painter, g, origin);
  painter.pop_clip();
  painter.path({frame}, true, std::nullopt, PenStroke{rgb(0x8a949e), 0.3, {}});
  draw_legend(map, painter, g, origin);
  return g;
}

}  // namespace agora::report
