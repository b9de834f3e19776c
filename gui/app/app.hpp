#pragma once
// The editor application: one window with a menu bar, the tool bar on the left, the map
// canvas in the middle, the side panel on the right (layers, feature, event, results,
// compare, problems) and a status line. UI state (view, tool, selection, dialogs) lives
// here; the scenario lives in the Document and changes only through its commands.
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

#include "gis/crs.hpp"
#include "gui/app/options.hpp"
#include "gui/doc/autosave.hpp"
#include "gui/doc/document.hpp"
#include "gui/edit/snapping.hpp"
#include "gui/edit/tools.hpp"
#include "gui/map/city_geometry.hpp"
#include "gui/map/layout_geometry.hpp"
#include "gui/map/layout_painter.hpp"
#include "gui/map/view.hpp"
#include "gui/overlay/overlays.hpp"
#include "gui/platform/window.hpp"
#include "gui/render/map_cache.hpp"
#include "gui/render/map_renderer.hpp"
#include "gui/replay/replay_controller.hpp"
#include "gui/run/analysis_runner.hpp"
#include "gui/run/verdict_rows.hpp"
#include "gui/script/script_player.hpp"
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
  void draw_canvas();
  void draw_dialogs();
  void draw_welcome();

  // ---- side panel tabs ----
  void panel_layers();
  void panel_feature();
  void panel_feature_list();
  // A barrier's or gate's product picked from the catalogue (search, rating shown); the pick
  // sets product and rating as one would type them.
  void panel_catalogue(FeatureId id, const LayoutFeature& f);
  const vehicle::BarrierCatalogue* barrier_catalogue();
  bool pick_product(FeatureId id, const vehicle::CatalogueEntry& entry);
  void panel_event();
  void panel_results();
  void panel_scorecard();
  // The Results tab's verdict rows of the current result (built once per result and per
  // finished analysis), and a click on row i: its place on the map.
  const std::vector<VerdictRow>& current_verdict_rows();
  void show_verdict_row(std::size_t i);
  // The ramming crossings, sortable, worst verdict first; a click zooms there and shows the
  // crossing's run-up paths.
  void panel_crossings();
  void show_crossing(std::size_t i);
  void select_crossing(std::uint32_t id);
  void panel_compare();
  void panel_problems();

  // ---- canvas ----
  void canvas_input(Vec2 mouse, bool hovered);
  void select_input(Vec2 mouse, Vec2 world);
  void sketch_input(Vec2 mouse, Vec2 world);
  void draw_hover_tooltip(Vec2 mouse);
  void draw_sketch(ImDrawList* dl, Vec2 mouse);
  void draw_map_content(const MapView& view, Vec2 framebuffer_px);
  std::uint64_t map_content_version() const;
  static void blit_callback(const ImDrawList* list, const ImDrawCmd* cmd);

  // ---- document ----
  // Opens a scenario or starts one on a map; errors go to a dialog, or are thrown when rethrow.
  void open_path(const std::string& path, bool rethrow = false);
  void open_recovered(const AutosaveSlot& slot);
  void set_document(Document doc);
  void rebuild_city_gpu();
  void fit_to_scenario();
  void fit_to_map();
  void zoom_to(const Box& world, double min_width_m = 80.0);
  std::optional<Vec2> lonlat_to_local(Vec2 lonlat) const;
  std::optional<Vec2> local_to_lonlat(Vec2 local) const;
  void after_change();  // validation, stale results, autosave timer

  // ---- editing ----
  void set_tool(Tool tool);
  void select(std::optional<FeatureId> id);
  void finish_sketch();
  void cancel_sketch();
  void delete_selection();
  bool apply_property(FeatureId id, const std::string& key, const std::string& text);
  std::string new_feature_id(Kind kind) const;

  // ---- files ----
  bool save();
  bool save_as(const std::string& path);
  void export_results(const std::string& dir);
  // report.html and report.pdf of the current variant, with every variant that has results on
  // the comparison page.
  void export_report(const std::string& dir);
  void autosave_tick(bool force);
  void request_quit();

  // ---- running ----
  void start_run();
  void poll_run();
  // Makes `result` the current variant's, keeping the overlays the user switched on or off.
  void show_result(std::shared_ptr<run::RunResult> result);
  // The analyses the scenario asks for, which the Results tab offers to run or skip.
  std::vector<std::string> run_choices() const;
  double ms_since_run_start() const;

  // ---- variants ----
  // A/B/C layouts of one scenario, each with its own undo history and last results. The
  // current variant's layout and history live in the document; the others wait here.
  struct Variant {
    std::string name;
    std::string source;  // where its layout came from, for people
    scenario::Layout layout;
    History history;
    std::shared_ptr<run::RunResult> result;
    scenario::Layout result_layout;  // the layout the result was computed for
    double run_seconds = 0.0;
  };
  void switch_variant(std::size_t index);
  void new_variant();
  // A variant with the layout of another scenario file on the same map (the bundled
  // scenario's scenario-water-filled.json, say).
  bool add_variant_from(const std::string& scenario_path);
  run::RunResult* current_result() const;
  bool results_stale();
  // ---- replay of a crowd run's trajectories (state in replay_) ----
  // Loads a trajectory file for the open scenario; errors go to a dialog (false).
  bool open_replay(const std::string& path);
  void draw_replay_bar();
  static void replay_callback(const ImDrawList* list, const ImDrawCmd* cmd);

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

  // ---- dialogs ----
  enum class FileDialogPurpose { Open, NewFromMap, SaveAs, ExportResults, AddVariant, ExportReport, OpenTrajectories };
  void open_file_dialog(FileDialogPurpose purpose);
  void file_dialog();
  void show_error(const std::string& title, const std::vector<Problem>& problems);
  void show_error(const std::string& title, const std::string& message);
  bool dialog_button(const char* label);

  // ---- state ----
  Options options_;
  std::chrono::steady_clock::time_point started_;
  std::unique_ptr<Window> window_;
  std::unique_ptr<MapRenderer> renderer_;
  std::unique_ptr<Document> doc_;
  std::unique_ptr<gis::Reprojector> to_lonlat_, from_lonlat_;
  double true_north_deg_ = 0.0;
  Autosave autosave_;
  bool autosave_enabled_ = true;
  std::chrono::steady_clock::time_point last_autosave_;
  std::uint64_t autosaved_revision_ = 0;

  // screen layout
  ScreenRect canvas_rect_;
  float menu_h_ = 0, toolbar_w_ = 172, panel_w_ = 440, status_h_ = 28;

  MapView view_;
  Vec2 city_origin_{};
  Box map_extent_{};  // of roads and buildings: stops and stray nodes far outside do not count
  struct CityGpu {
    GpuBatch open_area_fills, open_area_lines, building_fills, building_lines, roads, barriers, stops;
  } city_gpu_;
  std::uint64_t city_gpu_version_ = 0;
  GpuBatch layout_gpu_;
  std::uint64_t layout_gpu_key_ = 0;
  MapCache map_cache_;
  std::size_t city_triangles_ = 0;
  struct Visibility {
    bool buildings = true, roads = true, open_areas = true, barriers = true, stops = true;
    bool highlight_passable = false;
    // One flag per layout kind, in scenario::Kind order.
    std::array<bool, std::size(kAllKinds)> kinds = [] {
      std::array<bool, std::size(kAllKinds)> all;
      all.fill(true);
      return all;
    }();
    bool legend = true;
  } visible_;

  Tool tool_ = Tool::Select;
  std::optional<Sketch> sketch_;
  std::optional<FeatureId> selected_;
  int selected_vertex_ = -1;
  std::optional<FeatureId> hovered_;
  bool snapping_ = true;
  Snap last_snap_;
  enum class DragKind { None, Pan, Vertex, Move };
  struct Drag {
    DragKind kind = DragKind::None;
    Vec2 start_screen, start_world;
    int vertex = -1;
    bool moved = false;
    std::optional<LayoutFeature> preview;  // the dragged feature as it would become
  } drag_;
  int side_tab_request_ = -1;  // select a side-panel tab next frame

  // property editing buffers: committed when the field loses focus
  std::map<std::string, std::string> edit_buffers_;
  std::uint64_t edit_buffers_revision_ = 0;
  std::string property_error_;
  std::optional<vehicle::BarrierCatalogue> catalogue_;  // loaded when first needed
  std::string catalogue_error_;
  std::string catalogue_search_;
  scenario::EventFacts event_edit_;
  std::uint64_t event_edit_revision_ = 0;
  std::vector<Problem> validation_errors_, validation_warnings_;
  std::uint64_t validated_revision_ = 0;

  // results
  AnalysisRunner runner_;
  std::uint64_t stale_checked_revision_ = 0;
  bool stale_ = false;
  std::vector<std::size_t> run_queue_;  // variants still to run after the current run
  std::set<std::string> run_skipped_;   // analyses the user unticked for the next runs
  std::chrono::steady_clock::time_point run_started_;
  double first_verdict_ms_ = -1.0;  // from Run to the first finished analysis's results
  Overlays overlays_;
  std::vector<Problem> run_errors_;
  std::optional<std::size_t> highlighted_row_;
  std::vector<VerdictRow> verdict_rows_;
  const run::RunResult* verdict_rows_of_ = nullptr;
  std::size_t verdict_rows_outputs_ = 0;
  bool verdict_rows_valid_ = false;
  std::vector<CrossingRow> crossing_rows_;
  std::optional<std::uint32_t> highlighted_crossing_;
  std::optional<Box> flash_box_;
  int flash_frames_ = 0;

  ReplayController replay_;

  std::vector<Variant> variants_;
  std::size_t current_variant_ = 0;
  bool compare_all_figures_ = false;

  std::vector<Action> actions_;

  // dialogs
  struct FileDialog {
    bool open = false;
    FileDialogPurpose purpose = FileDialogPurpose::Open;
    std::string dir;
    std::string path;
    std::string error;
  } file_dialog_;
  struct ErrorDialog {
    bool open = false;
    std::string title;
    std::vector<std::string> lines;
  } error_dialog_;
  bool confirm_close_open_ = false;
  std::function<void()> after_close_confirmed_;
  std::vector<AutosaveSlot> recovery_offer_;
  bool quit_ = false;
  int exit_code_ = 0;
  std::string status_message_;

  // --script: the steps, their input into ImGui, screenshots and assertions
  ScriptPlayer script_{*this};

  double mouse_rest_s_ = 0.0;

  FrameStats stats_;
  int frame_index_ = 0;
  double first_frame_ms_ = -1.0;
  double load_ms_ = 0.0, geometry_ms_ = 0.0;
};

}  // namespace agora::gui
