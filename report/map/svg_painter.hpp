#pragma once
// Draws a map into inline SVG markup for the HTML report: one <svg> whose user units are
// millimetres (viewBox), so it prints at its true scale; rasters become embedded PNG data
// URIs; every text is escaped.

#include <string>

#include "report/map/map_model.hpp"
#include "report/map/painter.hpp"

namespace agora::report {

// The whole map as one <svg> element, width_mm wide; aria_label names it for screen readers.
std::string map_to_svg(const Map& map, double width_mm, const std::string& aria_label);

// PNG bytes of a raster (for data URIs).
std::string encode_png(const MapRaster& raster);

}  // namespace agora::report
