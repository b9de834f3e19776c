#pragma once
// What the layout needs drawn fresh every frame, on top of the cached map: the selection and
// hover outlines, vertex handles, labels (exit widths), and a feature being dragged.

#include <optional>

#include "gui/doc/layout_feature.hpp"
#include "gui/map/vertex_batch.hpp"
#include "gui/map/view.hpp"

struct ImDrawList;

namespace agora::gui {

struct LayoutHighlight {
  std::optional<FeatureId> selected;
  std::optional<FeatureId> hovered;
  int selected_vertex = -1;
};

// Selection and hover outlines, the selection's handles, and labels of visible kinds.
void paint_layout_overlay(ImDrawList* dl, const scenario::Layout& layout, const MapView& view,
                          const LayoutHighlight& highlight, const bool* visible);
// One whole feature in its kind's look (the drag preview).
void paint_feature(ImDrawList* dl, const LayoutFeature& feature, const MapView& view);

// A polyline in world coordinates with a fixed pixel width.
void paint_polyline(ImDrawList* dl, const std::vector<Vec2>& pts, const MapView& view, Rgba colour,
                    float width_px, bool closed);

}  // namespace agora::gui
