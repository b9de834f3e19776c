#include "gui/dialogs/file_dialogs.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

namespace agora::gui {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool wanted_file(const fs::path& p, int purpose) {
  const std::string ext = lower(p.extension().string());
  switch (purpose) {
    case 0:
      return ext == ".json";  // open
    case 1:
      return ext == ".pbf" || ext == ".osm" || ext == ".geojson" || ext == ".gpkg" ||
             ext == ".shp" || ext == ".json";  // new from map
    case 2:
      return ext == ".json";  // save as
    case 4:
      return ext == ".json";  // add variant
    case 6:
      return ext == ".agtraj";  // trajectories to replay
    default:
      return false;  // export: folders only
  }
}

}  // namespace

void FileDialogs::open(FileDialogPurpose purpose, std::string dir, std::string path) {
  file = {};
  file.open = true;
  file.purpose = purpose;
  file.dir = std::move(dir);
  file.path = std::move(path);
}

void FileDialogs::show_error(const std::string& title, const std::vector<Problem>& problems) {
  error = {true, title, {}};
  for (const Problem& p : problems) error.lines.push_back(p.to_string());
  if (echo_errors)
    for (const std::string& l : error.lines)
      std::fprintf(stderr, "agora-gui: %s: %s\n", title.c_str(), l.c_str());
}

void FileDialogs::show_error(const std::string& title, const std::string& message) {
  show_error(title, {Problem{"", "", "", message}});
}

bool FileDialogs::button(const char* label) {
  bool clicked = ImGui::Button(label, {120, 0});
  if (scripted_press && scripted_press(label)) clicked = true;
  return clicked;
}

void FileDialogs::draw_file_dialog(
    const std::function<bool(FileDialogPurpose, const std::string&)>& accept) {
  static const char* titles[] = {"Open scenario",
                                 "New scenario from a map",
                                 "Save scenario as",
                                 "Export results to a folder",
                                 "Add a variant from a scenario file",
                                 "Export the permit report to a folder",
                                 "Replay a crowd run's trajectories"};
  const int purpose = static_cast<int>(file.purpose);
  const char* title = titles[purpose];
  if (file.open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  ImGui::SetNextWindowSize({720, 520}, ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextDisabled("%s", file.dir.c_str());
  ImGui::BeginChild("##entries", {0, -ImGui::GetFrameHeightWithSpacing() * 3}, true);
  std::error_code ec;
  if (ImGui::Selectable("..", false, ImGuiSelectableFlags_DontClosePopups))
    file.dir = fs::absolute(file.dir, ec).parent_path().string();
  std::vector<fs::directory_entry> entries;
  for (const auto& e :
       fs::directory_iterator(file.dir, fs::directory_options::skip_permission_denied, ec))
    if (e.path().filename().string()[0] != '.') entries.push_back(e);
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    if (a.is_directory() != b.is_directory()) return a.is_directory();
    return a.path().filename() < b.path().filename();
  });
  for (const auto& e : entries) {
    const bool dir = e.is_directory(ec);
    if (!dir && !wanted_file(e.path(), purpose)) continue;
    const std::string label = e.path().filename().string() + (dir ? "/" : "");
    if (ImGui::Selectable(
            label.c_str(), file.path == e.path().string(),
            ImGuiSelectableFlags_DontClosePopups | ImGuiSelectableFlags_AllowDoubleClick)) {
      if (dir) {
        file.dir = e.path().string();
        if (file.purpose == FileDialogPurpose::ExportResults ||
            file.purpose == FileDialogPurpose::ExportReport)
          file.path = e.path().string();
      } else {
        file.path = e.path().string();
      }
    }
  }
  ImGui::EndChild();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##path", &file.path);
  if (!file.error.empty()) ImGui::TextColored({0.75f, 0.1f, 0.1f, 1}, "%s", file.error.c_str());
  const bool exporting = file.purpose == FileDialogPurpose::ExportResults ||
                         file.purpose == FileDialogPurpose::ExportReport;
  const char* ok_label = file.purpose == FileDialogPurpose::SaveAs ? "Save"
                         : exporting                               ? "Export"
                                                                   : "Open";
  bool close = false;
  if (button(ok_label)) {
    const std::string path = file.path;
    if (path.empty())
      file.error = "choose a file";
    else
      close = accept(file.purpose, path);
  }
  ImGui::SameLine();
  if (button("Cancel")) close = true;
  if (close) {
    file.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void FileDialogs::draw_error(ImFont* bold) {
  if (error.open && !ImGui::IsPopupOpen("##error")) ImGui::OpenPopup("##error");
  ImGui::SetNextWindowSizeConstraints({420, 0}, {900, 600});
  if (ImGui::BeginPopupModal("##error", nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::PushFont(bold);
    ImGui::TextUnformatted(error.title.c_str());
    ImGui::PopFont();
    ImGui::Separator();
    for (const std::string& l : error.lines) ImGui::TextWrapped("• %s", l.c_str());
    if (button("OK")) {
      error.open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace agora::gui
