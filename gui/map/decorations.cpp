#include "gui/map/decorations.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <numbers>

namespace agora::gui {

namespace {
ImVec2 iv(double x, double y) {
  return {static_cast<float>(x), static_cast<float>(y)};
}

void halo_text(ImDrawList* dl, ImVec2 at, ImU32 colour, const char* text) {
  for (const ImVec2 d : {ImVec2{-1, 0}, ImVec2{1, 0}, ImVec2{0, -1}, ImVec2{0, 1}})
    dl->AddText({at.x + d.x, at.y + d.y}, IM_COL32(255, 255, 255, 220), text);
  dl->AddText(at, colour, text);
}
}  // namespace

void paint_scale_bar(ImDrawList* dl, const MapView& view) {
  const double len_m = nice_scale_length_m(view.px_per_m(), 120.0);
  const double len_px = len_m * view.px_per_m();
  const ScreenRect& c = view.canvas();
  const double x0 = c.min.x + 16, y0 = c.min.y + c.size.y - 22;
  dl->AddRectFilled(iv(x0 - 8, y0 - 24), iv(x0 + len_px + 52, y0 + 12),
                    IM_COL32(255, 255, 255, 200), 3.0f);
  // Two-tone bar in halves, the way printed maps draw it.
  dl->AddRectFilled(iv(x0, y0), iv(x0 + len_px / 2, y0 + 5), IM_COL32(40, 40, 40, 255));
  dl->AddRectFilled(iv(x0 + len_px / 2, y0), iv(x0 + len_px, y0 + 5), IM_COL32(255, 255, 255, 255));
  dl->AddRect(iv(x0, y0), iv(x0 + len_px, y0 + 5), IM_COL32(40, 40, 40, 255));
  char label[32];
  if (len_m >= 1000)
    std::snprintf(label, sizeof label, "%g km", len_m / 1000);
  else
    std::snprintf(label, sizeof label, "%g m", len_m);
  dl->AddText(iv(x0, y0 - 19), IM_COL32(30, 30, 30, 255), "0");
  dl->AddText(iv(x0 + len_px - static_cast<double>(ImGui::CalcTextSize(label).x) / 2, y0 - 19),
              IM_COL32(30, 30, 30, 255), label);
}

void paint_north_arrow(ImDrawList* dl, const MapView& view, double true_north_deg) {
  const ScreenRect& c = view.canvas();
  const ImVec2 centre = iv(c.min.x + c.size.x - 40, c.min.y + 52);
  const double a = true_north_deg * std::numbers::pi / 180.0;
  auto rot = [&](double x, double y) {  // y up in arrow space
    return ImVec2{centre.x + static_cast<float>(x * std::cos(a) + y * std::sin(a)),
                  centre.y - static_cast<float>(-x * std::sin(a) + y * std::cos(a))};
  };
  dl->AddCircleFilled(centre, 24.0f, IM_COL32(255, 255, 255, 200));
  dl->AddCircle(centre, 24.0f, IM_COL32(90, 90, 90, 255), 0, 1.0f);
  dl->AddTriangleFilled(rot(0, 19), rot(-7, -11), rot(0, -5), IM_COL32(30, 30, 30, 255));
  dl->AddTriangleFilled(rot(0, 19), rot(0, -5), rot(7, -11), IM_COL32(120, 120, 120, 255));
  const ImVec2 n = rot(0, 30);
  halo_text(dl, {n.x - 5, n.y - 9}, IM_COL32(20, 20, 20, 255), "N");
}

void paint_attribution(ImDrawList* dl, const MapView& view, const std::string& text) {
  const ScreenRect& c = view.canvas();
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImVec2 at = iv(c.min.x + c.size.x - static_cast<double>(size.x) - 10,
                       c.min.y + c.size.y - static_cast<double>(size.y) - 6);
  dl->AddRectFilled({at.x - 6, at.y - 3}, {at.x + size.x + 6, at.y + size.y + 3},
                    IM_COL32(255, 255, 255, 200));
  dl->AddText(at, IM_COL32(50, 50, 50, 255), text.c_str());
}

std::string map_scale_text(double px_per_m) {
  // 96 px per inch = 3779.5 px per metre of screen.
  const double denominator = 3779.5 / px_per_m;
  const double rounded =
      denominator >= 1000 ? std::round(denominator / 100) * 100 : std::round(denominator);
  char buf[48];
  std::snprintf(buf, sizeof buf, "1:%.0f", rounded);
  return buf;
}

}  // namespace agora::gui
