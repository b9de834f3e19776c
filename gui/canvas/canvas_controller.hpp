#pragma once
// The map canvas: the view, the city's and the layout's GPU geometry and the cached map, the
// analysis overlays, the layers shown, and the mouse on the map: pan, zoom at the cursor,
// select, drag vertices and features, draw new features with snapping, the tooltip. It edits
// the session's document through its commands; what the rest of the window does about a
// selection or a picked result it hears through `events`.

#include <imgui.h>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "gui/edit/snapping.hpp"
#include "gui/edit/tools.hpp"
#include "gui/map/layout_painter.hpp"
#include "gui/map/view.hpp"
#include "gui/overlay/overlays.hpp"
#include "gui/render/map_cache.hpp"
#include "gui/render/map_renderer.hpp"
#include "gui/replay/replay_controller.hpp"
#include "gui/session/editor_session.hpp"

namespace agora::gui {

class CanvasController {
 public:
  CanvasController(EditorSession& session, ReplayController& replay)
      : session_(session), replay_(replay) {}
  CanvasController(const CanvasController&) = delete;
  CanvasController& operator=(const CanvasController&) = delete;

  struct Events {
    std::function<void(std::optional<FeatureId>)> selected;  // after the selection changed
    std::function<void()> result_picked;                     // a click picked an analysis result
    std::function<void(const std::string&)> status;          // a line for the status bar
  };
  Events events;

  // The session opened a document: the map's extent and origin, true north, the city's GPU
  // geometry; nothing selected, the Select tool, the view fitted to the scenario. canvas_rect
  // must be set.
  void on_document();
  // The map, the layout, the sketch and decorations into the current ImGui window, and the
  // mouse on it; `bold` titles the tooltip.
  void draw(MapRenderer& renderer, ImFont* bold);
  // Draws every frame for now: a flash on the map, a drag.
  bool animating() const { return flash_frames > 0 || drag.kind != DragKind::None; }

  void rebuild_city_gpu();
  void fit_to_scenario();
  void fit_to_map();
  void zoom_to(const Box& world, double min_width_m = 80.0);
  // The overlays of `outputs`, keeping the layers the user switched on or off when keep_shown.
  void build_overlays(const std::vector<run::AnalysisOutput>& outputs, bool keep_shown);

  // ---- editing ----
  void set_tool(Tool tool);
  void select(std::optional<FeatureId> id);
  void finish_sketch();
  void cancel_sketch();
  void delete_selection();

  ScreenRect canvas_rect;
  MapView view;
  Vec2 city_origin{};
  Box map_extent{};  // of roads and buildings: stops and stray nodes far outside do not count
  double true_north_deg = 0.0;
  double geometry_ms = 0.0;  // building the city's GPU geometry, last time
  MapCache map_cache;
  Overlays overlays;
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
  } visible;

  Tool tool = Tool::Select;
  std::optional<Sketch> sketch;
  std::optional<FeatureId> selected;
  int selected_vertex = -1;
  std::optional<FeatureId> hovered_feature;
  bool snapping = true;
  enum class DragKind { None, Pan, Vertex, Move };
  struct Drag {
    DragKind kind = DragKind::None;
    Vec2 start_screen, start_world;
    int vertex = -1;
    bool moved = false;
    std::optional<LayoutFeature> preview;  // the dragged feature as it would become
  } drag;
  std::optional<Box> flash_box;
  int flash_frames = 0;

 private:
  void input(Vec2 mouse, bool hovered);
  void select_input(Vec2 mouse, Vec2 world);
  void sketch_input(Vec2 mouse, Vec2 world);
  void draw_hover_tooltip(Vec2 mouse, ImFont* bold);
  void draw_sketch(ImDrawList* dl, Vec2 mouse);
  void draw_map_content(const MapView& view, Vec2 framebuffer_px);
  std::uint64_t map_content_version() const;
  static void blit_callback(const ImDrawList* list, const ImDrawCmd* cmd);
  static void replay_callback(const ImDrawList* list, const ImDrawCmd* cmd);

  EditorSession& session_;
  ReplayController& replay_;
  MapRenderer* renderer_ = nullptr;  // during draw()
  struct CityGpu {
    GpuBatch open_area_fills, open_area_lines, building_fills, building_lines, roads, barriers,
        stops;
  } city_gpu_;
  std::uint64_t city_gpu_version_ = 0;
  GpuBatch layout_gpu_;
  std::uint64_t layout_gpu_key_ = 0;
  Snap last_snap_;
  double mouse_rest_s_ = 0.0;
};

}  // namespace agora::gui
