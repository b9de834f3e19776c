#pragma once
// What layout feature, vertex or edge lies under a screen position, measured in pixels so
// that picking feels the same at every zoom. Points and lines win over the areas they lie
// in, and a small area (a stall) wins over the large one around it (the perimeter).

#include <optional>

#include "gui/doc/layout_feature.hpp"
#include "gui/map/view.hpp"

namespace agora::gui {

struct LayoutHit {
  FeatureId id;
  double distance_px = 0.0;  // 0 inside an area
};

std::optional<LayoutHit> hit_layout(const scenario::Layout& layout, const MapView& view,
                                    Vec2 screen, double tolerance_px);

// Index of the shape vertex within tolerance_px of screen, or -1.
int vertex_at(const Shape& shape, const MapView& view, Vec2 screen, double tolerance_px);
// Index i of the edge (i, i+1) within tolerance_px of screen, and the point on it; -1 if none.
int edge_at(const Shape& shape, const MapView& view, Vec2 screen, double tolerance_px,
            Vec2* on_edge_world);

// Distance in pixels from screen to the shape (0 inside a polygon).
double screen_distance(const Shape& shape, const MapView& view, Vec2 screen);

}  // namespace agora::gui
