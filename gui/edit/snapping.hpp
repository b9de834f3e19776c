#pragma once
// Snapping while drawing or moving vertices: to a vertex of another layout feature first
// (so a crowd zone shares the perimeter's corners), then to a building corner, then to the
// nearest point of a road centreline (so an exit or a barrier sits on the street it closes).
// Tolerance in screen pixels; the city model's R-tree keeps the road search local.

#include <optional>

#include "gui/doc/layout_feature.hpp"
#include "gui/map/view.hpp"
#include "sim/city/city_model.hpp"

namespace agora::gui {

enum class SnapKind { None, LayoutVertex, BuildingCorner, Road };

struct Snap {
  Vec2 world;
  SnapKind kind = SnapKind::None;
};

struct SnapExclude {
  std::optional<FeatureId> feature;  // the feature being edited ...
  int vertex = -1;                   // ... and its vertex being moved (-1: the whole feature)
};

Snap snap_point(Vec2 world, const MapView& view, const scenario::Layout& layout,
                const city::CityModel* city, double tolerance_px, const SnapExclude& exclude = {});

const char* snap_label(SnapKind kind);

}  // namespace agora::gui
