// Menu actions (one table drives the menu bar, the keyboard shortcuts and the script's
// `menu` step) and the editing operations they call.
#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cctype>

#include "gui/app/app.hpp"
#include "gui/doc/feature_properties.hpp"

namespace agora::gui {

namespace {

// "File/Save as…" and "file/save as..." name the same item.
std::string normalised(std::string s) {
  for (const char* dots : {"\xE2\x80\xA6", "..."}) {
    const auto p = s.find(dots);
    if (p != std::string::npos) s.erase(p, std::string(dots).size());
  }
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

void App::build_actions() {
  auto has_doc = [this] { return session_.doc != nullptr; };
  auto idle_doc = [this] { return session_.doc != nullptr && !session_.runner.busy(); };
  actions_ = {
      {"File/New from map…",
       "Ctrl+N",
       [this] { open_file_dialog(FileDialogPurpose::NewFromMap); },
       {}},
      {"File/Open…", "Ctrl+O", [this] { open_file_dialog(FileDialogPurpose::Open); }, {}},
      {"File/Save", "Ctrl+S", [this] { save(); }, has_doc},
      {"File/Save as…", "Ctrl+Shift+S", [this] { open_file_dialog(FileDialogPurpose::SaveAs); },
       has_doc},
      {"File/Export results…", "", [this] { open_file_dialog(FileDialogPurpose::ExportResults); },
       [this] { return session_.current_result() != nullptr; }},
      {"File/Export report…", "", [this] { open_file_dialog(FileDialogPurpose::ExportReport); },
       [this] { return session_.current_result() != nullptr; }},
      {"File/Quit", "Ctrl+Q", [this] { request_quit(); }, {}},
      {"Edit/Undo", "Ctrl+Z", [this] { session_.doc->undo(); },
       [this] {
         return session_.doc && session_.doc->history.can_undo() &&
                canvas_.drag.kind == CanvasController::DragKind::None;
       }},
      {"Edit/Redo", "Ctrl+Y", [this] { session_.doc->redo(); },
       [this] {
         return session_.doc && session_.doc->history.can_redo() &&
                canvas_.drag.kind == CanvasController::DragKind::None;
       }},
      {"Edit/Delete", "Delete", [this] { canvas_.delete_selection(); },
       [this] { return session_.doc && canvas_.selected.has_value(); }},
      {"Edit/Finish shape", "Enter", [this] { canvas_.finish_sketch(); },
       [this] { return canvas_.sketch && canvas_.sketch->can_finish(); }},
      {"Edit/Remove last point", "Backspace", [this] { canvas_.sketch->remove_last(); },
       [this] { return canvas_.sketch.has_value(); }},
      {"Edit/Cancel", "Escape", [this] { canvas_.cancel_sketch(); }, has_doc},
      {"Edit/Snapping", "", [this] { canvas_.snapping = !canvas_.snapping; }, has_doc},
      {"View/Fit to scenario", "Ctrl+0", [this] { canvas_.fit_to_scenario(); }, has_doc},
      {"View/Fit to map", "", [this] { canvas_.fit_to_map(); }, has_doc},
      {"View/Zoom in",
       "Ctrl+=", [this] { canvas_.view.zoom_at(canvas_.canvas_rect.centre(), 1.5); }, has_doc},
      {"View/Zoom out", "Ctrl+-",
       [this] { canvas_.view.zoom_at(canvas_.canvas_rect.centre(), 1 / 1.5); }, has_doc},
      {"View/Highlight vehicle-passable roads", "",
       [this] {
         canvas_.visible.highlight_passable = !canvas_.visible.highlight_passable;
         canvas_.rebuild_city_gpu();
       },
       has_doc},
      {"View/Legend", "", [this] { canvas_.visible.legend = !canvas_.visible.legend; }, has_doc},
      {"Run/Run analyses", "Ctrl+R", [this] { start_run(); }, idle_doc},
      {"Run/Cancel run", "", [this] { session_.runner.cancel(); },
       [this] { return session_.runner.busy(); }},
      {"Variants/New variant from current", "", [this] { new_variant(); }, idle_doc},
      {"Variants/Add variant from scenario file…", "",
       [this] { open_file_dialog(FileDialogPurpose::AddVariant); }, idle_doc},
      {"Variants/Run all variants", "",
       [this] {
         session_.run_queue.clear();
         for (std::size_t v = 0; v < session_.variants.size(); ++v)
           if (v != session_.current) session_.run_queue.push_back(v);
         start_run();
       },
       idle_doc},
      {"Replay/Open trajectory file…", "",
       [this] { open_file_dialog(FileDialogPurpose::OpenTrajectories); }, has_doc},
      {"Replay/Replay the last run", "", [this] { open_replay(replay_.last_run); },
       [this] { return session_.doc && !replay_.last_run.empty() && !session_.runner.busy(); }},
      {"Replay/Play or pause", "",
       [this] {
         if (replay_.clock.time_s >= replay_.current().end_s())
           replay_.clock.time_s = replay_.current().start_s();
         replay_.clock.playing = !replay_.clock.playing;
       },
       [this] { return replay_.loaded(); }},
      {"Replay/Close replay", "", [this] { replay_.close(canvas_.city_origin); },
       [this] { return replay_.loaded(); }},
  };
}

const App::Action* App::find_action(const std::string& path) const {
  const std::string want = normalised(path);
  for (const Action& a : actions_)
    if (normalised(a.path) == want) return &a;
  return nullptr;
}

bool App::invoke(const std::string& path) {
  const Action* a = find_action(path);
  if (!a || (a->enabled && !a->enabled())) return false;
  a->run();
  return true;
}

void App::draw_menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  std::string open_menu;
  bool menu_open = false;
  for (std::size_t i = 0; i < actions_.size(); ++i) {
    const Action& a = actions_[i];
    const std::string menu = a.path.substr(0, a.path.find('/'));
    if (menu != open_menu) {
      if (menu_open) ImGui::EndMenu();
      open_menu = menu;
      menu_open = ImGui::BeginMenu(menu.c_str());
      if (menu_open && menu == "Variants") {
        for (std::size_t v = 0; v < session_.variants.size(); ++v) {
          const std::string label = "Variant " + session_.variants[v].name;
          if (ImGui::MenuItem(label.c_str(), nullptr, v == session_.current,
                              !session_.runner.busy()))
            switch_variant(v);
        }
        ImGui::Separator();
      }
    }
    if (!menu_open) continue;
    const std::string item = a.path.substr(a.path.find('/') + 1);
    bool checked = false;
    const bool checkable = a.path == "Edit/Snapping" ||
                           a.path == "View/Highlight vehicle-passable roads" ||
                           a.path == "View/Legend";
    if (a.path == "Edit/Snapping") checked = canvas_.snapping;
    if (a.path == "View/Highlight vehicle-passable roads")
      checked = canvas_.visible.highlight_passable;
    if (a.path == "View/Legend") checked = canvas_.visible.legend;
    std::string label = item;
    if (a.path == "Edit/Undo" && session_.doc && session_.doc->history.can_undo())
      label.append(1, ' ').append(session_.doc->history.undo_label());
    if (a.path == "Edit/Redo" && session_.doc && session_.doc->history.can_redo())
      label.append(1, ' ').append(session_.doc->history.redo_label());
    label += "##" + a.path;
    const bool enabled = !a.enabled || a.enabled();
    if (checkable ? ImGui::MenuItem(label.c_str(), a.shortcut.c_str(), checked, enabled)
                  : ImGui::MenuItem(label.c_str(), a.shortcut.c_str(), false, enabled))
      a.run();
    if (a.path == "File/Save as…" || a.path == "Edit/Redo" || a.path == "Edit/Cancel" ||
        a.path == "View/Zoom out")
      ImGui::Separator();
  }
  if (menu_open) ImGui::EndMenu();
  ImGui::EndMainMenuBar();
}

void App::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  auto pressed = [](int key) { return ImGui::IsKeyPressed(key, false); };
  if (io.WantTextInput) return;  // typing into a field: keys belong to it
  const bool ctrl = io.KeyCtrl;
  if (ctrl && pressed(GLFW_KEY_Z) && !io.KeyShift)
    invoke("Edit/Undo");
  else if (ctrl && (pressed(GLFW_KEY_Y) || (io.KeyShift && pressed(GLFW_KEY_Z))))
    invoke("Edit/Redo");
  else if (ctrl && io.KeyShift && pressed(GLFW_KEY_S))
    invoke("File/Save as…");
  else if (ctrl && pressed(GLFW_KEY_S))
    invoke("File/Save");
  else if (ctrl && pressed(GLFW_KEY_O))
    invoke("File/Open…");
  else if (ctrl && pressed(GLFW_KEY_N))
    invoke("File/New from map…");
  else if (ctrl && pressed(GLFW_KEY_Q))
    invoke("File/Quit");
  else if (ctrl && pressed(GLFW_KEY_R))
    invoke("Run/Run analyses");
  else if (ctrl && pressed(GLFW_KEY_0))
    invoke("View/Fit to scenario");
  else if (ctrl && pressed(GLFW_KEY_EQUAL))
    invoke("View/Zoom in");
  else if (ctrl && pressed(GLFW_KEY_MINUS))
    invoke("View/Zoom out");
  else if (pressed(GLFW_KEY_DELETE))
    invoke("Edit/Delete");
  else if (pressed(GLFW_KEY_ENTER) || pressed(GLFW_KEY_KP_ENTER))
    invoke("Edit/Finish shape");
  else if (pressed(GLFW_KEY_BACKSPACE))
    invoke("Edit/Remove last point");
  else if (pressed(GLFW_KEY_ESCAPE))
    invoke("Edit/Cancel");
}

}  // namespace agora::gui
