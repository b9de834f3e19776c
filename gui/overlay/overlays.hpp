#pragma once
// Generic overlays for any analysis output: every FeatureLayer becomes a GPU batch of
// points, lines or areas coloured by one of its fields (a verdict field by the verdict
// palette, a number by a ramp between its smallest and largest value), and every raster a
// texture with a colour scale. Knows nothing about particular analyses; the specific
// overlays only choose fields, ramps and what to show by default.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gui/map/view.hpp"
#include "gui/overlay/colour_scale.hpp"
#include "gui/render/map_renderer.hpp"
#include "sim/core/analysis_output.hpp"

struct ImDrawList;

namespace agora::gui {

struct Category {
  std::string text;
  Rgba colour;
  std::size_t count = 0;
  std::string label;  // the legend's words (the report's, for a verdict); empty: text
};

struct LayerOverlay {
  std::string analysis;
  const FeatureLayer* layer = nullptr;  // owned by the run result the overlays were built from
  std::string title;                    // legend title
  bool visible = true;
  int colour_field = -1;  // -1: one colour
  bool categorical = false;
  ColourScale scale;
  std::optional<ColourScale> fixed_scale;
  std::vector<Category> categories;
  double line_half_px = 2.5;
  double point_radius_px = 5.0;
  // Shown only for what is selected in another layer (run-up paths of a crossing): the
  // features whose filter_field equals the selection's follows_key value.
  std::string follows, filter_field, follows_key;
  std::optional<std::string> filter_value;  // nullopt: nothing selected, nothing shown
  GpuBatch gpu;
  std::size_t shown = 0;  // features uploaded
  Rgba colour_of(const Feature& f) const;
  bool passes_filter(const Feature& f) const;
};

// An analysis feature the user clicked.
struct OverlaySelection {
  std::string layer;
  std::size_t feature = 0;
};

struct RasterOverlay {
  std::string analysis;
  const run::RasterLayer* raster = nullptr;
  bool visible = false;
  float opacity = 0.75f;
  ColourScale scale;
  unsigned texture = 0;
};

// A feature of an overlay found under the cursor.
struct OverlayHit {
  const LayerOverlay* overlay = nullptr;
  std::size_t feature = 0;
};

class Overlays {
 public:
  Overlays() = default;
  ~Overlays();
  Overlays(const Overlays&) = delete;
  Overlays& operator=(const Overlays&) = delete;

  // Builds overlays for every layer and raster of the outputs (which must outlive them).
  void build(const std::vector<run::AnalysisOutput>& outputs, Vec2 origin);
  void clear();
  bool empty() const { return layers_.empty() && rasters_.empty(); }

  // Re-colours one layer by another field (-1: one colour) and re-uploads it.
  void set_colour_field(std::size_t layer, int field);
  // Shows only the first layer of each analysis and no raster: a calm default.
  void show_defaults();

  std::vector<LayerOverlay>& layers() { return layers_; }
  std::vector<RasterOverlay>& rasters() { return rasters_; }
  const std::vector<LayerOverlay>& layers() const { return layers_; }
  const std::vector<RasterOverlay>& rasters() const { return rasters_; }
  LayerOverlay* find_layer(const std::string& name);
  RasterOverlay* find_raster(const std::string& name);

  // The layers under the layout (on_top false), or the crossings and their run-up paths, which
  // are drawn over the layout's exit bars (on_top true).
  void draw_layers(MapRenderer& renderer, bool on_top = false) const;
  void draw_rasters(MapRenderer& renderer) const;
  // Changes whenever what the overlays draw changes (visibility, colouring, opacity).
  std::uint64_t signature() const;
  // Legends of the visible overlays, stacked from `top_left` downwards.
  void draw_legends(ImDrawList* dl, Vec2 top_left) const;

  std::optional<OverlayHit> hit(const MapView& view, Vec2 screen, double tolerance_px) const;

  // Selects a feature (or nothing): layers that follow its layer show what belongs to it.
  void select(std::optional<OverlaySelection> selection);
  const std::optional<OverlaySelection>& selection() const { return selection_; }
  const Feature* selected_feature() const;
  // Draws a ring or outline around the selected feature.
  void draw_selection(ImDrawList* dl, const MapView& view) const;

 private:
  void upload(LayerOverlay& o);
  Vec2 origin_{};
  std::uint64_t builds_ = 0;
  std::optional<OverlaySelection> selection_;
  std::vector<LayerOverlay> layers_;
  std::vector<RasterOverlay> rasters_;
};

// A field's value as short text for tooltips and tables.
std::string value_text(const Value& v);
// The field a layer is coloured by when nothing was chosen: a verdict text field, else a
// speed, else the first number, else the first text.
int default_colour_field(const FeatureLayer& layer);

}  // namespace agora::gui
