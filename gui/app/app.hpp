#pragma once
// The editor application: one window with a menu bar, the tool bar on the left, the map
// canvas in the middle, the side panel on the right (layers, feature, event, results,
// compare, problems) and a status line. App is the frame and the wiring: the editor session
// (document, variants, runs, autosave) is an EditorSession, the map a CanvasController, the
// replay a ReplayController, the file and error dialogs FileDialogs, the Results and Compare
// tabs a ResultsPanel, --script a ScriptPlayer;
// App owns them, draws the panels and the menus, and connects what one does to the others.
// The same App runs interactively and under --script (docs/gui.md).

#include <imgui.h>

#include <array>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gui/app/options.hpp"
#include "gui/canvas/canvas_controller.hpp"
#include "gui/dialogs/file_dialogs.hpp"
#include "gui/panels/results_panel.hpp"
#include "gui/platform/window.hpp"
#include "gui/render/map_renderer.hpp"
#include "gui/replay/replay_controller.hpp"
#include "gui/run/verdict_rows.hpp"
#include "gui/script/script_player.hpp"
#include "gui/session/editor_session.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"

namespace agora::gui {

// Frame times for --frame-stats.
// Frame times for --frame-stats: wall time, and the CPU time all of the process's threads
// (ours and the software rasterizer's) spent on the frame, which a busy machine does not inflate.
struct FrameStats {
  std::vector<double> frame_ms;
  std::vector<double> cpu_ms;
  std::vector<bool> redrawn;  // the frame redrew the cached map (zoom, pan past the margin, edits)
  void add(double wall, double cpu, bool map_redrawn) {
    frame_ms.push_back(wall);
    cpu_ms.push_back(cpu);
    redrawn.push_back(map_redrawn);
  }
  std::string summary() const;
};

class App {
 public:
  explicit App(Options options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;
  int run();

 private:
  friend class ScriptPlayer;  // runs the script's steps as the menus, tools and dialogs do

  // ---- frame ----
  void frame();
  void compute_layout();
  // How long the window may wait for an event before the next frame (0: draw at once).
  double idle_wait_s() const;
  void draw_menu_bar();
  void draw_toolbar();
  void draw_side_panel();
  void draw_status_bar();
  void draw_canvas();  // the canvas window: the map (canvas_) or the welcome
  void draw_dialogs();
  void draw_welcome();

  // ---- side panel tabs ----
  void panel_layers();
  void panel_feature();
  void panel_feature_list();
  // A barrier's or gate's product picked from the catalogue (search, rating shown); the pick
  // sets product and rating as one would type them.
  void panel_catalogue(FeatureId id, const LayoutFeature& f);
  bool pick_product(FeatureId id, const vehicle::CatalogueEntry& entry);
  void panel_event();
  void panel_problems();  // Results and Compare: results_

  // ---- document ----
  // Opens a scenario or starts one on a map; errors go to a dialog, or are thrown when rethrow.
  void open_path(const std::string& path, bool rethrow = false);
  void open_recovered(const AutosaveSlot& slot);
  void set_document(Document doc);
  void after_change();  // validation (Problems), the selection still valid, the window title
  // A feature was selected or the selection cleared (the canvas, a list, a script).
  void on_selected(std::optional<FeatureId> id);

  // ---- files ----
  bool save();
  bool save_as(const std::string& path);
  void export_results(const std::string& dir);
  // report.html and report.pdf of the current variant, with every variant that has results on
  // the comparison page.
  void export_report(const std::string& dir);
  void request_quit();

  // ---- running ----
  void start_run();
  void poll_run();
  // Makes `result` the current variant's, keeping the overlays the user switched on or off.
  void show_result(std::shared_ptr<run::RunResult> result);

  // ---- variants (state in session_) ----
  void switch_variant(std::size_t index);
  void new_variant();
  bool add_variant_from(const std::string& scenario_path);
  // ---- replay of a crowd run's trajectories (state in replay_) ----
  // Loads a trajectory file for the open scenario; errors go to a dialog (false).
  bool open_replay(const std::string& path);
  void draw_replay_bar();

  // ---- actions and menus ----
  struct Action {
    std::string path;      // "File/Save"
    std::string shortcut;  // "Ctrl+S"
    std::function<void()> run;
    std::function<bool()> enabled;
  };
  void build_actions();
  const Action* find_action(const std::string& path) const;
  bool invoke(const std::string& path);
  void handle_shortcuts();

  // ---- dialogs (state in dialogs_) ----
  void open_file_dialog(FileDialogPurpose purpose);
  // The file chooser's OK: does what it was opened for; true when it may close.
  bool accept_file(FileDialogPurpose purpose, const std::string& path);

  // ---- state ----
  Options options_;
  std::chrono::steady_clock::time_point started_;
  std::unique_ptr<Window> window_;
  std::unique_ptr<MapRenderer> renderer_;
  EditorSession session_;
  ReplayController replay_;
  CanvasController canvas_{session_, replay_};
  FileDialogs dialogs_;
  ResultsPanel results_{session_, canvas_};

  // screen layout
  float menu_h_ = 0, toolbar_w_ = 172, panel_w_ = 440, status_h_ = 28;
  int side_tab_request_ = -1;  // select a side-panel tab next frame

  // property editing buffers: committed when the field loses focus
  std::map<std::string, std::string> edit_buffers_;
  std::uint64_t edit_buffers_revision_ = 0;
  std::string catalogue_search_;
  scenario::EventFacts event_edit_;
  std::uint64_t event_edit_revision_ = 0;

  std::vector<Action> actions_;

  // the unsaved-changes question and the recovery offer
  bool confirm_close_open_ = false;
  std::function<void()> after_close_confirmed_;
  std::vector<AutosaveSlot> recovery_offer_;
  bool quit_ = false;
  int exit_code_ = 0;
  std::string status_message_;

  // --script: the steps, their input into ImGui, screenshots and assertions
  ScriptPlayer script_{*this};

  FrameStats stats_;
  int frame_index_ = 0;
  double first_frame_ms_ = -1.0;
  double load_ms_ = 0.0;
};

}  // namespace agora::gui
