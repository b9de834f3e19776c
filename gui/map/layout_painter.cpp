#include "gui/map/layout_painter.hpp"

#include <imgui.h>

#include <cstdio>

#include "gui/map/layout_geometry.hpp"
#include "gui/map/triangulate.hpp"

namespace agora::gui {

using namespace agora::scenario;

namespace {

ImVec2 iv(Vec2 v) {
  return {static_cast<float>(v.x), static_cast<float>(v.y)};
}

void handle(ImDrawList* dl, Vec2 s, bool active) {
  const float r = active ? 5.0f : 4.0f;
  const ImVec2 c = iv(s);
  dl->AddRectFilled({c.x - r, c.y - r}, {c.x + r, c.y + r},
                    active ? IM_COL32(255, 140, 0, 255) : IM_COL32_WHITE);
  dl->AddRect({c.x - r, c.y - r}, {c.x + r, c.y + r}, IM_COL32(30, 30, 30, 255), 0.0f, 0, 1.2f);
}

void outline(ImDrawList* dl, const Shape& s, const MapView& view, Rgba colour, float width) {
  if (s.type == ShapeType::Point)
    dl->AddCircle(iv(view.to_screen(s.points[0])), 11.0f, colour, 0, width);
  else
    paint_polyline(dl, s.points, view, colour, width, s.type == ShapeType::Polygon);
}

void halo_text(ImDrawList* dl, ImVec2 at, ImU32 colour, const char* text) {
  for (const ImVec2 d : {ImVec2{-1, 0}, ImVec2{1, 0}, ImVec2{0, -1}, ImVec2{0, 1}})
    dl->AddText({at.x + d.x, at.y + d.y}, IM_COL32(255, 255, 255, 230), text);
  dl->AddText(at, colour, text);
}

}  // namespace

void paint_polyline(ImDrawList* dl, const std::vector<Vec2>& pts, const MapView& view, Rgba colour,
                    float width, bool closed) {
  if (pts.size() < 2) return;
  std::vector<ImVec2> s;
  s.reserve(pts.size());
  for (Vec2 p : pts) s.push_back(iv(view.to_screen(p)));
  dl->AddPolyline(s.data(), static_cast<int>(s.size()), colour,
                  closed ? ImDrawFlags_Closed : ImDrawFlags_None, width);
}

void paint_layout_overlay(ImDrawList* dl, const Layout& layout, const MapView& view,
                          const LayoutHighlight& hl, const bool* visible) {
  if (view.px_per_m() > 0.6 && (!visible || visible[static_cast<int>(Kind::Exit)])) {
    for (const Exit& e : layout.exits) {
      if (e.line.size() < 2) continue;
      const Vec2 mid = view.to_screen((e.line.front() + e.line.back()) * 0.5);
      char label[32];
      std::snprintf(label, sizeof label, "%.3g m", e.width_m);
      halo_text(dl, {static_cast<float>(mid.x) + 8, static_cast<float>(mid.y) - 18},
                IM_COL32(10, 90, 30, 255), label);
    }
  }
  if (hl.hovered && valid(layout, *hl.hovered) && !(hl.selected && *hl.selected == *hl.hovered))
    outline(dl, shape_of(get(layout, *hl.hovered)), view, rgba(255, 190, 40, 220), 3.0f);
  if (hl.selected && valid(layout, *hl.selected)) {
    const Shape s = shape_of(get(layout, *hl.selected));
    outline(dl, s, view, rgba(255, 255, 255, 230), 5.0f);
    outline(dl, s, view, rgba(255, 130, 0, 255), 2.5f);
    if (s.type != ShapeType::Point)
      for (std::size_t v = 0; v < s.points.size(); ++v)
        handle(dl, view.to_screen(s.points[v]), static_cast<int>(v) == hl.selected_vertex);
  }
}

void paint_feature(ImDrawList* dl, const LayoutFeature& f, const MapView& view) {
  const Kind k = kind_of(f);
  const KindLook look = kind_look(k);
  const Shape s = shape_of(f);
  if (s.type == ShapeType::Polygon && s.points.size() >= 3) {
    Polygon p;
    p.outer().assign(s.points.begin(), s.points.end());
    p.outer().push_back(s.points.front());
    const Triangles t = triangulate(p);
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    if (look.fill >> 24) {
      dl->PrimReserve(static_cast<int>(t.indices.size()), static_cast<int>(t.indices.size()));
      for (std::uint32_t i : t.indices) {
        dl->PrimWriteVtx(iv(view.to_screen(t.points[i])), uv, look.fill);
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(dl->_VtxCurrentIdx - 1));
      }
    }
    paint_polyline(dl, s.points, view, look.stroke, look.stroke_px, true);
  } else if (s.type == ShapeType::Line) {
    paint_polyline(dl, s.points, view, rgba(255, 255, 255, 210), look.stroke_px + 3.0f, false);
    paint_polyline(dl, s.points, view, line_colour(f), look.stroke_px, false);
  } else if (!s.points.empty()) {
    const ImVec2 c = iv(view.to_screen(s.points.front()));
    dl->AddCircleFilled(c, 8.0f, (look.fill >> 24) ? look.fill : look.stroke);
    dl->AddCircle(c, 8.0f, IM_COL32(30, 30, 30, 255), 0, 1.5f);
  }
}

}  // namespace agora::gui
