#pragma once
// The maps the report draws, built from the city model, the layout and the analyses' layers:
// a base of buildings, open areas and streets (at their real width), the layout over it, and
// helpers that turn an analysis's FeatureLayer or raster into styled map layers.

#include <string>

#include "report/map/map_model.hpp"
#include "report/report_input.hpp"
#include "report/strings.hpp"

namespace agora::report {

// The perimeter's bounding box grown by margin_m on every side (the city extent when the
// layout has no perimeter).
Box site_extent(const scenario::Scenario& scenario, const city::CityModel& city, double margin_m);
// box grown to contain other.
Box union_box(const Box& box, const Box& other);
Box grown(const Box& box, double margin_m);

// Buildings, open areas and streets within view (+ the attribution when OSM data went in).
Map base_map(const ReportInput& input, const Box& extent, const Strings& tr);

enum class LayoutDetail { kFull, kOutline };  // kOutline: perimeter, exits and barriers only
void add_layout_layers(Map& map, const scenario::Layout& layout, const Strings& tr,
                       LayoutDetail detail);

// A feature layer as map layers: one per category when the layer has a text field named
// verdict/status/category/class (with a palette), else one styled layer; points and lines
// labelled with their `name` or `label` field when labels is true.
std::vector<MapLayer> feature_layer_to_map(const FeatureLayer& layer, const Strings& tr,
                                           bool labels);

// A raster as a map layer (cells coloured by ramp, nodata transparent) and the ramp for the
// legend, spanning the raster's finite values.
MapLayer raster_to_map(const Field& grid, float nodata, const ColourRamp& ramp);
ColourRamp ramp_for(const Field& grid, float nodata, const std::string& title);

// Bounding box of a feature layer's geometry; nullopt when empty.
std::optional<Box> layer_extent(const FeatureLayer& layer);

// The tone and colour a verdict-like text reads as: "adequate" good, "inadequate" bad, ...
Colour category_colour(const std::string& value, std::size_t index);

}  // namespace agora::report
