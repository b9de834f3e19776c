// Saving, autosave, quitting with unsaved changes, and the dialogs: file chooser, errors,
// unsaved-changes question, recovery offer.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "gui/app/app.hpp"

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
    case 0: return ext == ".json";                      // open
    case 1: return ext == ".pbf" || ext == ".osm" || ext == ".geojson" || ext == ".gpkg" || ext == ".shp" ||
                   ext == ".json";                       // new from map
    case 2: return ext == ".json";                      // save as
    case 4: return ext == ".json";                      // add variant
    case 6: return ext == ".agtraj";                    // trajectories to replay
    default: return false;                              // export: folders only
  }
}

}  // namespace

bool App::save() {
  if (!doc_) return false;
  if (doc_->untitled()) {
    open_file_dialog(FileDialogPurpose::SaveAs);
    return false;
  }
  try {
    doc_->save();
    for (std::size_t v = 0; v < variants_.size(); ++v)
      if (v != current_variant_) variants_[v].history.mark_unsaved();
    if (autosave_enabled_) autosave_.discard(*doc_);
    status_message_ = "saved " + doc_->target().scenario_path;
    return true;
  } catch (const Error& e) {
    show_error("Cannot save", e.problems());
    return false;
  }
}

bool App::save_as(const std::string& path) {
  if (!doc_) return false;
  try {
    if (autosave_enabled_) autosave_.discard(*doc_);
    doc_->save_as(path);
    for (std::size_t v = 0; v < variants_.size(); ++v)
      if (v != current_variant_) variants_[v].history.mark_unsaved();
    status_message_ = "saved " + path;
    return true;
  } catch (const Error& e) {
    show_error("Cannot save", e.problems());
    return false;
  }
}

void App::autosave_tick(bool force) {
  if (!autosave_enabled_ || !doc_ || !doc_->dirty()) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && (doc_->revision == autosaved_revision_ || now - last_autosave_ < std::chrono::seconds(60))) return;
  try {
    autosave_.write(*doc_);
    autosaved_revision_ = doc_->revision;
    last_autosave_ = now;
  } catch (const Error& e) {
    status_message_ = "autosave failed: " + e.problems().front().message;
  }
}

void App::request_quit() {
  if (doc_ && doc_->dirty()) {
    confirm_close_open_ = true;
    after_close_confirmed_ = [this] { quit_ = true; };
    return;
  }
  quit_ = true;
}

void App::open_file_dialog(FileDialogPurpose purpose) {
  auto open = [this, purpose] {
    file_dialog_ = {};
    file_dialog_.open = true;
    file_dialog_.purpose = purpose;
    std::error_code ec;
    file_dialog_.dir = doc_ && !doc_->untitled() ? fs::path(doc_->target().scenario_path).parent_path().string()
                                                 : fs::current_path(ec).string();
    if (file_dialog_.dir.empty()) file_dialog_.dir.assign(1, '.');
    if (purpose == FileDialogPurpose::SaveAs)
      file_dialog_.path = (fs::path(file_dialog_.dir) / "scenario.json").string();
    if (purpose == FileDialogPurpose::ExportResults) file_dialog_.path = (fs::path(file_dialog_.dir) / "results").string();
    if (purpose == FileDialogPurpose::ExportReport) file_dialog_.path = (fs::path(file_dialog_.dir) / "report").string();
    if (purpose == FileDialogPurpose::OpenTrajectories && !replay_.offer.empty()) {
      file_dialog_.dir = fs::path(replay_.offer).parent_path().string();
      file_dialog_.path = replay_.offer;
    }
  };
  // Opening something else replaces the document: ask first when it has unsaved changes.
  if ((purpose == FileDialogPurpose::Open || purpose == FileDialogPurpose::NewFromMap) && doc_ && doc_->dirty()) {
    confirm_close_open_ = true;
    after_close_confirmed_ = open;
    return;
  }
  open();
}

void App::show_error(const std::string& title, const std::vector<Problem>& problems) {
  error_dialog_ = {true, title, {}};
  for (const Problem& p : problems) error_dialog_.lines.push_back(p.to_string());
  if (!options_.script.empty())
    for (const std::string& l : error_dialog_.lines) std::fprintf(stderr, "agora-gui: %s: %s\n", title.c_str(), l.c_str());
}

void App::show_error(const std::string& title, const std::string& message) { show_error(title, {Problem{"", "", "", message}}); }

bool App::dialog_button(const char* label) {
  bool clicked = ImGui::Button(label, {120, 0});
  if (script_.presses(label)) clicked = true;
  return clicked;
}

void App::file_dialog() {
  static const char* titles[] = {"Open scenario", "New scenario from a map", "Save scenario as",
                                 "Export results to a folder", "Add a variant from a scenario file",
                                 "Export the permit report to a folder", "Replay a crowd run's trajectories"};
  const int purpose = static_cast<int>(file_dialog_.purpose);
  const char* title = titles[purpose];
  if (file_dialog_.open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  ImGui::SetNextWindowSize({720, 520}, ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextDisabled("%s", file_dialog_.dir.c_str());
  ImGui::BeginChild("##entries", {0, -ImGui::GetFrameHeightWithSpacing() * 3}, true);
  std::error_code ec;
  if (ImGui::Selectable("..", false, ImGuiSelectableFlags_DontClosePopups))
    file_dialog_.dir = fs::absolute(file_dialog_.dir, ec).parent_path().string();
  std::vector<fs::directory_entry> entries;
  for (const auto& e : fs::directory_iterator(file_dialog_.dir, fs::directory_options::skip_permission_denied, ec))
    if (e.path().filename().string()[0] != '.') entries.push_back(e);
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    if (a.is_directory() != b.is_directory()) return a.is_directory();
    return a.path().filename() < b.path().filename();
  });
  for (const auto& e : entries) {
    const bool dir = e.is_directory(ec);
    if (!dir && !wanted_file(e.path(), purpose)) continue;
    const std::string label = e.path().filename().string() + (dir ? "/" : "");
    if (ImGui::Selectable(label.c_str(), file_dialog_.path == e.path().string(),
                          ImGuiSelectableFlags_DontClosePopups | ImGuiSelectableFlags_AllowDoubleClick)) {
      if (dir) {
        file_dialog_.dir = e.path().string();
        if (file_dialog_.purpose == FileDialogPurpose::ExportResults ||
            file_dialog_.purpose == FileDialogPurpose::ExportReport)
          file_dialog_.path = e.path().string();
      } else {
        file_dialog_.path = e.path().string();
      }
    }
  }
  ImGui::EndChild();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##path", &file_dialog_.path);
  if (!file_dialog_.error.empty()) ImGui::TextColored({0.75f, 0.1f, 0.1f, 1}, "%s", file_dialog_.error.c_str());
  const bool exporting = file_dialog_.purpose == FileDialogPurpose::ExportResults ||
                         file_dialog_.purpose == FileDialogPurpose::ExportReport;
  const char* ok_label = file_dialog_.purpose == FileDialogPurpose::SaveAs ? "Save" : exporting ? "Export" : "Open";
  bool close = false;
  if (dialog_button(ok_label)) {
    const std::string path = file_dialog_.path;
    if (path.empty()) {
      file_dialog_.error = "choose a file";
    } else {
      switch (file_dialog_.purpose) {
        case FileDialogPurpose::Open:
        case FileDialogPurpose::NewFromMap: open_path(path); close = true; break;
        case FileDialogPurpose::SaveAs: close = save_as(fs::path(path).extension() == ".json" ? path : path + ".json"); break;
        case FileDialogPurpose::ExportResults: export_results(path); close = true; break;
        case FileDialogPurpose::AddVariant: close = add_variant_from(path); break;
        case FileDialogPurpose::ExportReport: export_report(path); close = true; break;
        case FileDialogPurpose::OpenTrajectories: open_replay(path); close = true; break;
      }
    }
  }
  ImGui::SameLine();
  if (dialog_button("Cancel")) close = true;
  if (close) {
    file_dialog_.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void App::draw_dialogs() {
  if (file_dialog_.open) file_dialog();

  if (confirm_close_open_ && !ImGui::IsPopupOpen("Unsaved changes")) ImGui::OpenPopup("Unsaved changes");
  if (ImGui::BeginPopupModal("Unsaved changes", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text("Save the changes to %s?", doc_ ? doc_->title().c_str() : "the scenario");
    ImGui::TextDisabled("Without saving, the changes are lost.");
    bool done = false, proceed = false;
    if (dialog_button("Save")) {
      done = true;
      proceed = save();
    }
    ImGui::SameLine();
    if (dialog_button("Don't save")) {
      done = proceed = true;
      if (doc_ && autosave_enabled_) autosave_.discard(*doc_);
      if (doc_) doc_->history.mark_saved();  // the user chose to drop the changes
    }
    ImGui::SameLine();
    if (dialog_button("Cancel")) done = true;
    if (done) {
      confirm_close_open_ = false;
      ImGui::CloseCurrentPopup();
      auto next = std::move(after_close_confirmed_);
      after_close_confirmed_ = nullptr;
      if (proceed && next) next();
    }
    ImGui::EndPopup();
  }

  if (!recovery_offer_.empty() && !ImGui::IsPopupOpen("Recover unsaved work")) ImGui::OpenPopup("Recover unsaved work");
  if (ImGui::BeginPopupModal("Recover unsaved work", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    const AutosaveSlot& slot = recovery_offer_.front();
    ImGui::TextUnformatted("Agora closed without saving this work:");
    ImGui::BulletText("%s", slot.original.scenario_path.empty() ? ("a new scenario on " + slot.map_path).c_str()
                                                                : slot.original.scenario_path.c_str());
    ImGui::BulletText("autosaved %s", slot.saved_at.c_str());
    ImGui::TextUnformatted("Recover it? (Discard deletes the autosave; Later keeps it for the next start.)");
    bool done = false;
    if (dialog_button("Recover")) {
      autosave_.release(slot);
      open_recovered(slot);
      done = true;
    }
    ImGui::SameLine();
    if (dialog_button("Discard")) {
      autosave_.release(slot);
      autosave_.discard(slot);
      done = true;
    }
    ImGui::SameLine();
    // The slot stays kept (App::App): neither this session's autosave nor its clean exit touch it.
    if (dialog_button("Later")) done = true;
    if (done) {
      recovery_offer_.erase(recovery_offer_.begin());
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (error_dialog_.open && !ImGui::IsPopupOpen("##error")) ImGui::OpenPopup("##error");
  ImGui::SetNextWindowSizeConstraints({420, 0}, {900, 600});
  if (ImGui::BeginPopupModal("##error", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::PushFont(window_->fonts().bold);
    ImGui::TextUnformatted(error_dialog_.title.c_str());
    ImGui::PopFont();
    ImGui::Separator();
    for (const std::string& l : error_dialog_.lines) ImGui::TextWrapped("• %s", l.c_str());
    if (dialog_button("OK")) {
      error_dialog_.open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace agora::gui
