// Saving, autosave, quitting with unsaved changes, and the dialogs: file chooser, errors,
// unsaved-changes question, recovery offer.
#include <imgui.h>

#include <filesystem>

#include "gui/app/app.hpp"

namespace agora::gui {

namespace fs = std::filesystem;

bool App::save() {
  if (!session_.doc) return false;
  if (session_.doc->untitled()) {
    open_file_dialog(FileDialogPurpose::SaveAs);
    return false;
  }
  try {
    session_.save();
    status_message_ = "saved " + session_.doc->target().scenario_path;
    return true;
  } catch (const Error& e) {
    dialogs_.show_error("Cannot save", e.problems());
    return false;
  }
}

bool App::save_as(const std::string& path) {
  if (!session_.doc) return false;
  try {
    session_.save_as(path);
    status_message_ = "saved " + path;
    return true;
  } catch (const Error& e) {
    dialogs_.show_error("Cannot save", e.problems());
    return false;
  }
}

void App::request_quit() {
  if (session_.doc && session_.doc->dirty()) {
    confirm_close_open_ = true;
    after_close_confirmed_ = [this] { quit_ = true; };
    return;
  }
  quit_ = true;
}

void App::open_file_dialog(FileDialogPurpose purpose) {
  auto open = [this, purpose] {
    const Document* doc = session_.doc.get();
    std::error_code ec;
    std::string dir = doc && !doc->untitled()
                          ? fs::path(doc->target().scenario_path).parent_path().string()
                          : fs::current_path(ec).string();
    if (dir.empty()) dir.assign(1, '.');
    std::string path;
    if (purpose == FileDialogPurpose::SaveAs) path = (fs::path(dir) / "scenario.json").string();
    if (purpose == FileDialogPurpose::ExportResults) path = (fs::path(dir) / "results").string();
    if (purpose == FileDialogPurpose::ExportReport) path = (fs::path(dir) / "report").string();
    if (purpose == FileDialogPurpose::OpenTrajectories && !replay_.offer.empty()) {
      dir = fs::path(replay_.offer).parent_path().string();
      path = replay_.offer;
    }
    dialogs_.open(purpose, dir, path);
  };
  // Opening something else replaces the document: ask first when it has unsaved changes.
  if ((purpose == FileDialogPurpose::Open || purpose == FileDialogPurpose::NewFromMap) &&
      session_.doc && session_.doc->dirty()) {
    confirm_close_open_ = true;
    after_close_confirmed_ = open;
    return;
  }
  open();
}

bool App::accept_file(FileDialogPurpose purpose, const std::string& path) {
  switch (purpose) {
    case FileDialogPurpose::Open:
    case FileDialogPurpose::NewFromMap:
      open_path(path);
      return true;
    case FileDialogPurpose::SaveAs:
      return save_as(fs::path(path).extension() == ".json" ? path : path + ".json");
    case FileDialogPurpose::ExportResults:
      export_results(path);
      return true;
    case FileDialogPurpose::AddVariant:
      return add_variant_from(path);
    case FileDialogPurpose::ExportReport:
      export_report(path);
      return true;
    case FileDialogPurpose::OpenTrajectories:
      open_replay(path);
      return true;
  }
  return false;
}

void App::draw_dialogs() {
  if (dialogs_.file.open)
    dialogs_.draw_file_dialog([this](FileDialogPurpose purpose, const std::string& path) {
      return accept_file(purpose, path);
    });

  if (confirm_close_open_ && !ImGui::IsPopupOpen("Unsaved changes"))
    ImGui::OpenPopup("Unsaved changes");
  if (ImGui::BeginPopupModal("Unsaved changes", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text("Save the changes to %s?",
                session_.doc ? session_.doc->title().c_str() : "the scenario");
    ImGui::TextDisabled("Without saving, the changes are lost.");
    bool done = false, proceed = false;
    if (dialogs_.button("Save")) {
      done = true;
      proceed = save();
    }
    ImGui::SameLine();
    if (dialogs_.button("Don't save")) {
      done = proceed = true;
      if (session_.doc && session_.autosave_enabled) session_.autosave.discard(*session_.doc);
      if (session_.doc) session_.doc->history.mark_saved();  // the user chose to drop the changes
    }
    ImGui::SameLine();
    if (dialogs_.button("Cancel")) done = true;
    if (done) {
      confirm_close_open_ = false;
      ImGui::CloseCurrentPopup();
      auto next = std::move(after_close_confirmed_);
      after_close_confirmed_ = nullptr;
      if (proceed && next) next();
    }
    ImGui::EndPopup();
  }

  if (!recovery_offer_.empty() && !ImGui::IsPopupOpen("Recover unsaved work"))
    ImGui::OpenPopup("Recover unsaved work");
  if (ImGui::BeginPopupModal("Recover unsaved work", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    const AutosaveSlot& slot = recovery_offer_.front();
    ImGui::TextUnformatted("Agora closed without saving this work:");
    ImGui::BulletText("%s", slot.original.scenario_path.empty()
                                ? ("a new scenario on " + slot.map_path).c_str()
                                : slot.original.scenario_path.c_str());
    ImGui::BulletText("autosaved %s", slot.saved_at.c_str());
    ImGui::TextUnformatted(
        "Recover it? (Discard deletes the autosave; Later keeps it for the next start.)");
    bool done = false;
    if (dialogs_.button("Recover")) {
      session_.autosave.release(slot);
      open_recovered(slot);
      done = true;
    }
    ImGui::SameLine();
    if (dialogs_.button("Discard")) {
      session_.autosave.release(slot);
      session_.autosave.discard(slot);
      done = true;
    }
    ImGui::SameLine();
    // The slot stays kept (App::App): neither this session's autosave nor its clean exit touch it.
    if (dialogs_.button("Later")) done = true;
    if (done) {
      recovery_offer_.erase(recovery_offer_.begin());
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  dialogs_.draw_error(window_->fonts().bold);
}

}  // namespace agora::gui
