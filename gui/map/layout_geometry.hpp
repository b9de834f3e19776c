#pragma once
// The event layout as GPU geometry for the map cache: areas triangulated and outlined,
// lines with a white halo, points as discs, each kind in its own look (kind_look). Rebuilt
// when the layout changes; selection, handles and labels are painted per frame on top.

#include "gui/doc/layout_feature.hpp"
#include "gui/map/vertex_batch.hpp"

namespace agora::gui {

struct KindLook {
  Rgba fill;
  Rgba stroke;
  float stroke_px;
};
KindLook kind_look(Kind kind);

// The colour a line feature is drawn in (closed exits grey, unrated barriers red).
Rgba line_colour(const LayoutFeature& feature);

// visible: one flag per kind, in scenario::Kind order; null shows all.
VertexBatch build_layout_geometry(const scenario::Layout& layout, Vec2 origin, const bool* visible);

// Draw order of the kinds: areas under lines under points.
inline constexpr Kind kPaintOrder[] = {Kind::Perimeter,   Kind::Stairs,        Kind::CrowdZone,
                                       Kind::Structure,   Kind::Stall,         Kind::Stage,
                                       Kind::Exit,        Kind::EmergencyGate, Kind::Barrier,
                                       Kind::AccessPoint, Kind::Receiver};

}  // namespace agora::gui
