// The canvas window: the map (CanvasController draws it and takes the mouse on it) or, with
// nothing open, the welcome.
#include <imgui.h>

#include "gui/app/app.hpp"

namespace agora::gui {

namespace {

ImVec2 iv(Vec2 v) {
  return {static_cast<float>(v.x), static_cast<float>(v.y)};
}

}  // namespace

void App::draw_canvas() {
  const ScreenRect& rect = canvas_.canvas_rect;
  ImGui::SetNextWindowPos(iv(rect.min));
  ImGui::SetNextWindowSize(iv(rect.size));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("##canvas", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse);
  if (session_.doc)
    canvas_.draw(*renderer_, window_->fonts().bold);
  else
    draw_welcome();
  ImGui::End();
  ImGui::PopStyleVar(2);
}

void App::draw_welcome() {
  const ImVec2 c = iv(canvas_.canvas_rect.centre());
  ImGui::SetCursorScreenPos({c.x - 220, c.y - 80});
  ImGui::BeginGroup();
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Agora: event layout safety and liveability");
  ImGui::PopFont();
  ImGui::TextWrapped(
      "Open a scenario (scenario.json) or start a new one on a map file (OSM PBF or XML, GeoJSON, "
      "GeoPackage, Shapefile) from the File menu.");
  if (ImGui::Button("Open scenario…")) open_file_dialog(FileDialogPurpose::Open);
  ImGui::SameLine();
  if (ImGui::Button("New from map…")) open_file_dialog(FileDialogPurpose::NewFromMap);
  ImGui::EndGroup();
}

}  // namespace agora::gui
