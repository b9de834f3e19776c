#pragma once
// A map as a drawing description, in the scenario's metric CRS: layers of styled polygons,
// lines, points and labels (or a raster image), drawn in order over a frame that shows the
// extent, with a legend (one entry per layer, plus colour ramps), a scale bar, a north arrow
// and the data attribution. The SVG and the Cairo painters draw the same description through
// one layout routine (map_render.hpp), so the HTML and the PDF show the same map.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/geometry/geometry.hpp"

namespace agora::report {

struct Colour {
  std::uint8_t r = 0, g = 0, b = 0;
  double alpha = 1.0;
};
Colour rgb(std::uint32_t hex, double alpha = 1.0);  // rgb(0x12355b)

struct Stroke {
  Colour colour;
  double width_mm = 0.3;        // on paper
  double width_m = 0.0;         // on the ground; the wider of the two is drawn
  std::vector<double> dash_mm;  // empty: solid
};

enum class Marker { kCircle, kSquare, kTriangle, kDiamond };

struct Style {
  std::optional<Colour> fill;
  std::optional<Stroke> stroke;
  Marker marker = Marker::kCircle;
  double marker_mm = 2.0;  // point symbol size
};

struct MapLabel {
  Vec2 pos;
  std::string text;
};

// A north-up image over a box of the map, row 0 at the top (north), RGBA 8 bits per channel.
struct MapRaster {
  Box extent;
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width × height × 4
};

struct MapLayer {
  std::string legend;  // legend text; empty: not in the legend
  Style style;
  std::vector<MultiPolygon> polygons;
  std::vector<Polyline> lines;
  std::vector<Vec2> points;
  std::vector<MapLabel> labels;
  std::optional<MapRaster> raster;
  double label_mm = 2.4;  // label font size
};

// A continuous colour scale shown in the legend (raster values, speeds).
struct ColourRamp {
  std::string title;                             // "Walking distance to the nearest exit (m)"
  std::vector<std::pair<double, Colour>> stops;  // ascending values
};

struct Map {
  std::string title;
  Box extent;                    // what must be visible; widened to the frame's aspect
  double aspect = 0.72;          // frame height / width
  std::vector<MapLayer> layers;  // drawn first to last
  std::vector<ColourRamp> ramps;
  std::string attribution;  // "© OpenStreetMap contributors"
  std::string crs;          // shown beside the scale bar
  std::string north_label = "N";
  std::string scale_unit = "m";
};

// The colour a ramp gives a value (linear between stops, clamped at the ends).
Colour ramp_colour(const ColourRamp& ramp, double value);

// Total number of features (polygons + lines + points) over the layers.
std::size_t feature_count(const Map& map);

}  // namespace agora::report
