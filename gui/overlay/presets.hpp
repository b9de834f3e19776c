#pragma once
// How the known analyses' results are shown by default: which layer is on, what it is
// coloured by, how wide it is drawn, what its legend says, and which layer follows a
// selection in another (the run-up paths of the selected crossing). Layers without a preset
// are shown the generic way. Names are those the analyses document (docs/ramming.md,
// docs/assessment.md).

#include <optional>
#include <string>
#include <vector>

#include "gui/overlay/colour_scale.hpp"

namespace agora::gui {

struct LayerPreset {
  std::string layer;
  std::string title;         // legend title
  std::string colour_field;  // empty: the generic choice
  bool visible = true;
  double line_half_px = 2.5;
  double point_radius_px = 5.0;
  std::optional<ColourScale> fixed_scale;  // numbers: a fixed range so variants compare
  // Shown only for the feature selected in `follows`: its features whose `filter_field`
  // equals the selected feature's `follows_key`.
  std::string follows, filter_field, follows_key;
};

struct RasterPreset {
  std::string raster;
  std::string title;
  bool visible = false;
  std::optional<ColourScale> fixed_scale;
};

const LayerPreset* layer_preset(const std::string& layer);
const RasterPreset* raster_preset(const std::string& raster);

}  // namespace agora::gui
