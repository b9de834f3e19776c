// The map canvas: drawing (GL batches for the city and overlay layers, ImGui's draw list for
// the layout, sketches and decorations) and the mouse: pan, zoom at the cursor, select, drag
// vertices and features, draw new features with snapping.
#include <imgui.h>

#include <bit>
#include <cmath>
#include <cstdio>

#include "gui/app/app.hpp"
#include "gui/edit/hit_test.hpp"
#include "gui/doc/feature_properties.hpp"
#include "gui/map/decorations.hpp"
#include "gui/map/layout_geometry.hpp"
#include "gui/overlay/describe.hpp"
#include "gui/replay/agent_discs.hpp"

namespace agora::gui {

namespace {

ImVec2 iv(Vec2 v) { return {static_cast<float>(v.x), static_cast<float>(v.y)}; }

constexpr double kPickTolerancePx = 7.0;
constexpr double kSnapTolerancePx = 10.0;

Shape moved(Shape s, Vec2 delta) {
  for (Vec2& p : s.points) p += delta;
  return s;
}

}  // namespace

void App::blit_callback(const ImDrawList*, const ImDrawCmd* cmd) {
  const auto* app = static_cast<const App*>(cmd->UserCallbackData);
  const ImGuiIO& io = ImGui::GetIO();
  const Vec2 scale{io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y};
  app->map_cache_.blit(app->view_, scale,
                       {static_cast<double>(io.DisplaySize.x) * scale.x, static_cast<double>(io.DisplaySize.y) * scale.y});
}

std::uint64_t App::map_content_version() const {
  std::uint64_t h = city_gpu_version_ * 0x9E3779B97F4A7C15ull;
  auto mix = [&h](std::uint64_t v) { h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2); };
  const Visibility& v = visible_;
  for (bool b : {v.buildings, v.roads, v.open_areas, v.barriers, v.stops, v.highlight_passable}) mix(b);
  mix(layout_gpu_key_);
  mix(overlays_.signature());
  if (replay_.in_map_cache()) mix(std::bit_cast<std::uint64_t>(replay_.drawn_s()) ^ 0x5EED);
  return h;
}

void App::draw_map_content(const MapView& view, Vec2 fb) {
  const ImGuiIO& io = ImGui::GetIO();
  renderer_->begin(view, fb, {io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y}, view.canvas());
  if (visible_.open_areas) {
    renderer_->draw(city_gpu_.open_area_fills, 1.0f, /*opaque=*/true);
    renderer_->draw(city_gpu_.open_area_lines);
  }
  if (visible_.buildings) {
    renderer_->draw(city_gpu_.building_fills, 1.0f, /*opaque=*/true);
    // Below a third of a pixel per metre outlines merge into grey mush: leave them out.
    if (view.px_per_m() >= 0.33) renderer_->draw(city_gpu_.building_lines);
  }
  if (visible_.roads) renderer_->draw(city_gpu_.roads);
  if (visible_.barriers) renderer_->draw(city_gpu_.barriers);
  if (visible_.stops) renderer_->draw(city_gpu_.stops);
  overlays_.draw_rasters(*renderer_);
  overlays_.draw_layers(*renderer_);
  renderer_->draw(layout_gpu_);
  overlays_.draw_layers(*renderer_, /*on_top=*/true);
  if (replay_.in_map_cache()) renderer_->draw_discs(replay_.gpu(), kAgentLook);
  renderer_->end();
}

void App::draw_canvas() {
  ImGui::SetNextWindowPos(iv(canvas_rect_.min));
  ImGui::SetNextWindowSize(iv(canvas_rect_.size));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("##canvas", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBackground |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (!doc_) {
    draw_welcome();
    ImGui::End();
    ImGui::PopStyleVar(2);
    return;
  }
  ImGui::SetCursorScreenPos(iv(canvas_rect_.min));
  ImGui::InvisibleButton("##map", iv(canvas_rect_.size),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  const bool hovered = ImGui::IsItemHovered();
  const ImGuiIO& io = ImGui::GetIO();
  const Vec2 mouse{io.MousePos.x, io.MousePos.y};
  canvas_input(mouse, hovered);

  // The layout's GPU geometry follows the document and the kinds shown.
  std::uint64_t layout_key = doc_->revision * 1024;
  for (std::size_t k = 0; k < visible_.kinds.size(); ++k) layout_key += static_cast<std::uint64_t>(visible_.kinds[k]) << k;
  if (layout_key != layout_gpu_key_) {
    layout_gpu_.upload(build_layout_geometry(doc_->scenario.layout, city_origin_, visible_.kinds.data()));
    layout_gpu_key_ = layout_key;
  }
  const std::uint64_t version = map_content_version();
  if (!map_cache_.covers(view_, version)) {
    float bg[3] = {242 / 255.0f, 239 / 255.0f, 233 / 255.0f};
    map_cache_.render(view_, version, {io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y}, bg,
                      [this](const MapView& v, Vec2 px) { draw_map_content(v, px); });
  }
  dl->PushClipRect(iv(canvas_rect_.min), iv(canvas_rect_.min + canvas_rect_.size), true);
  dl->AddCallback(&App::blit_callback, this);
  dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  // Replayed agents move every frame: drawn over the cached map, never into it.
  if (replay_.loaded() && !replay_.gpu().empty() && !replay_.in_map_cache()) {
    dl->AddCallback(&App::replay_callback, this);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  }

  const LayoutHighlight hl{selected_, hovered_, selected_vertex_};
  paint_layout_overlay(dl, doc_->scenario.layout, view_, hl, visible_.kinds.data());
  if (drag_.preview) paint_feature(dl, *drag_.preview, view_);
  overlays_.draw_selection(dl, view_);
  draw_sketch(dl, mouse);
  if (flash_box_ && flash_frames_ > 0) {
    const Vec2 a = view_.to_screen({flash_box_->min_corner().x, flash_box_->max_corner().y});
    const Vec2 b = view_.to_screen({flash_box_->max_corner().x, flash_box_->min_corner().y});
    const float pulse = 0.5f + 0.5f * std::sin(static_cast<float>(flash_frames_) * 0.25f);
    dl->AddRect({iv(a).x - 8, iv(a).y - 8}, {iv(b).x + 8, iv(b).y + 8},
                IM_COL32(255, 60, 0, static_cast<int>(120 + 135 * pulse)), 4.0f, 0, 3.0f);
    --flash_frames_;
  }
  if (visible_.legend) overlays_.draw_legends(dl, canvas_rect_.min + Vec2{16, 14});
  paint_scale_bar(dl, view_);
  paint_north_arrow(dl, view_, true_north_deg_);
  paint_attribution(dl, view_, doc_->city->stats.from_osm ? "© OpenStreetMap contributors" : doc_->city->stats.source_file);
  dl->PopClipRect();
  ImGui::End();
  ImGui::PopStyleVar(2);

  mouse_rest_s_ = (io.MouseDelta.x == 0 && io.MouseDelta.y == 0) ? mouse_rest_s_ + static_cast<double>(io.DeltaTime) : 0.0;
  if (hovered && drag_.kind == DragKind::None && mouse_rest_s_ > 0.3) draw_hover_tooltip(mouse);
}

void App::canvas_input(Vec2 mouse, bool hovered) {
  const ImGuiIO& io = ImGui::GetIO();
  if (hovered && io.MouseWheel != 0.0f) view_.zoom_at(mouse, std::pow(1.25, io.MouseWheel));
  // Middle or right button drags pan in every tool.
  if (hovered && (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) || ImGui::IsMouseClicked(ImGuiMouseButton_Right))) {
    drag_ = {};
    drag_.kind = DragKind::Pan;
    drag_.start_screen = mouse;
  }
  if (drag_.kind == DragKind::Pan && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    if (ImGui::IsMouseDown(ImGuiMouseButton_Middle) || ImGui::IsMouseDown(ImGuiMouseButton_Right)) {
      view_.pan_pixels({io.MouseDelta.x, io.MouseDelta.y});
      drag_.moved = drag_.moved || distance(mouse, drag_.start_screen) > 3.0;
      return;
    }
    // A right click that did not move: on a vertex of the selection it deletes the vertex.
    if (!drag_.moved && ImGui::IsMouseReleased(ImGuiMouseButton_Right) && selected_ && tool_ == Tool::Select) {
      const LayoutFeature f = get(doc_->scenario.layout, *selected_);
      Shape s = shape_of(f);
      const int v = vertex_at(s, view_, mouse, kPickTolerancePx);
      const std::size_t min_points = s.type == ShapeType::Polygon ? 3 : 2;
      if (v >= 0 && s.points.size() > min_points) {
        s.points.erase(s.points.begin() + v);
        LayoutFeature after = f;
        set_shape(after, s);
        doc_->perform(replace_feature(*selected_, doc_->scenario.layout, after, "delete vertex"));
        selected_vertex_ = -1;
      }
    }
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Middle) && !ImGui::IsMouseDown(ImGuiMouseButton_Right)) drag_ = {};
  }
  const Vec2 world = view_.to_world(mouse);
  if (tool_ == Tool::Select) select_input(mouse, world);
  else sketch_input(mouse, world);
  if (hovered && drag_.kind == DragKind::None) {
    const auto hit = hit_layout(doc_->scenario.layout, view_, mouse, kPickTolerancePx);
    hovered_ = hit ? std::optional(hit->id) : std::nullopt;
  } else if (!hovered) {
    hovered_.reset();
  }
  (void)hovered;
}

void App::select_input(Vec2 mouse, Vec2 world) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool over_canvas = ImGui::IsItemHovered();
  scenario::Layout& layout = doc_->scenario.layout;
  if (over_canvas && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && selected_) {
    // Double click on an edge of the selection adds a vertex there.
    const LayoutFeature f = get(layout, *selected_);
    Shape s = shape_of(f);
    Vec2 at;
    const int e = edge_at(s, view_, mouse, kPickTolerancePx, &at);
    if (e >= 0 && vertex_at(s, view_, mouse, kPickTolerancePx) < 0) {
      s.points.insert(s.points.begin() + e + 1, at);
      LayoutFeature after = f;
      set_shape(after, s);
      doc_->perform(replace_feature(*selected_, layout, after, "add vertex"));
      selected_vertex_ = e + 1;
      drag_ = {};
      return;
    }
  }
  if (over_canvas && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    drag_ = {};
    drag_.start_screen = mouse;
    drag_.start_world = world;
    if (selected_) {
      const int v = vertex_at(shape_of(get(layout, *selected_)), view_, mouse, kPickTolerancePx);
      if (v >= 0) {
        drag_.kind = DragKind::Vertex;
        drag_.vertex = v;
        selected_vertex_ = v;
        return;
      }
    }
    const auto hit = hit_layout(layout, view_, mouse, kPickTolerancePx);
    if (hit) {
      if (!selected_ || !(*selected_ == hit->id)) select(hit->id);
      selected_vertex_ = -1;
      drag_.kind = DragKind::Move;
    } else {
      select(std::nullopt);
      // A click on an analysis result selects it (a crossing shows its run-up paths).
      const auto result = overlays_.hit(view_, mouse, kPickTolerancePx);
      overlays_.select(result ? std::optional(OverlaySelection{result->overlay->layer->name, result->feature})
                              : std::nullopt);
      if (result) side_tab_request_ = 3;
      drag_.kind = DragKind::Pan;
    }
    return;
  }
  if (drag_.kind == DragKind::None) return;
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    drag_.moved = drag_.moved || distance(mouse, drag_.start_screen) > 3.0;
    if (drag_.kind == DragKind::Pan) {
      view_.pan_pixels({io.MouseDelta.x, io.MouseDelta.y});
    } else if (drag_.moved && selected_) {
      LayoutFeature f = get(layout, *selected_);
      Shape s = shape_of(f);
      if (drag_.kind == DragKind::Vertex) {
        Vec2 p = world;
        if (snapping_ && !io.KeyAlt) {
          last_snap_ = snap_point(world, view_, layout, doc_->city.get(), kSnapTolerancePx, {selected_, drag_.vertex});
          p = last_snap_.world;
        }
        s.points.at(static_cast<std::size_t>(drag_.vertex)) = p;
      } else {
        s = moved(s, world - drag_.start_world);
      }
      set_shape(f, s);
      drag_.preview = f;
    }
    return;
  }
  // Released.
  if (drag_.preview && selected_ && drag_.moved) {
    const std::string label = drag_.kind == DragKind::Vertex ? "move vertex" : "move " + kind_label(selected_->kind);
    doc_->perform(replace_feature(*selected_, layout, *drag_.preview, label));
  }
  drag_ = {};
  last_snap_ = {};
}

void App::sketch_input(Vec2 mouse, Vec2 world) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool over_canvas = ImGui::IsItemHovered();
  Vec2 p = world;
  last_snap_ = {};
  if (snapping_ && !io.KeyAlt) {
    last_snap_ = snap_point(world, view_, doc_->scenario.layout, doc_->city.get(), kSnapTolerancePx);
    p = last_snap_.world;
  }
  if (!over_canvas) return;
  if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && sketch_ && sketch_->can_finish()) {
    finish_sketch();
    return;
  }
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    if (!sketch_) sketch_.emplace(*tool_kind(tool_));
    if (sketch_->add(p)) finish_sketch();
  }
  (void)mouse;
}

void App::draw_sketch(ImDrawList* dl, Vec2 mouse) {
  if (tool_ == Tool::Select && drag_.kind != DragKind::Vertex) return;
  const Vec2 cursor = last_snap_.kind != SnapKind::None ? view_.to_screen(last_snap_.world) : mouse;
  if (sketch_ && !sketch_->points().empty()) {
    const KindLook look = kind_look(sketch_->kind());
    std::vector<ImVec2> pts;
    for (Vec2 p : sketch_->points()) pts.push_back(iv(view_.to_screen(p)));
    pts.push_back(iv(cursor));
    if (sketch_->type() == ShapeType::Polygon && pts.size() >= 3)
      dl->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), with_alpha(look.stroke, 40));
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), look.stroke,
                    sketch_->type() == ShapeType::Polygon ? ImDrawFlags_Closed : ImDrawFlags_None, 2.5f);
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
      dl->AddCircleFilled(pts[i], 4.5f, IM_COL32_WHITE);
      dl->AddCircle(pts[i], 4.5f, look.stroke, 0, 1.5f);
    }
  }
  if (canvas_rect_.contains(mouse) && last_snap_.kind != SnapKind::None) {
    dl->AddCircle(iv(cursor), 8.0f, IM_COL32(230, 0, 180, 255), 0, 2.0f);
    dl->AddText({static_cast<float>(cursor.x) + 10, static_cast<float>(cursor.y) + 6}, IM_COL32(150, 0, 120, 255),
                snap_label(last_snap_.kind));
  }
}

void App::draw_hover_tooltip(Vec2 mouse) {
  const Vec2 world = view_.to_world(mouse);
  std::vector<std::pair<std::string, std::vector<std::string>>> sections;
  if (hovered_) {
    const LayoutFeature f = get(doc_->scenario.layout, *hovered_);
    const scenario::FeatureInfo& info = info_of(f);
    std::string title = kind_label(hovered_->kind);
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    if (!info.name.empty()) title += " '" + info.name + "'";
    else if (!info.id.empty()) title += " " + info.id;
    std::vector<std::string> lines;
    for (const PropertyDef& d : property_defs(hovered_->kind)) {
      if (d.key == "name") continue;
      const std::string v = property_text(f, d.key);
      if (!v.empty()) lines.push_back(d.key + ": " + v + (d.unit.empty() ? "" : " " + d.unit));
    }
    sections.push_back({title, lines});
  }
  if (const auto hit = overlays_.hit(view_, mouse, kPickTolerancePx)) {
    const FeatureLayer& l = *hit->overlay->layer;
    const FeatureDescription d = describe_feature(l, l.features[hit->feature]);
    std::vector<std::string> lines = d.class_lines;
    lines.insert(lines.end(), d.lines.begin(), d.lines.end());
    sections.push_back({hit->overlay->title + " (" + hit->overlay->analysis + ")", lines});
  }
  // The city under the cursor, through the R-tree.
  const city::CityModel& city = *doc_->city;
  const double tol_m = kPickTolerancePx / view_.px_per_m();
  const Box box{{world.x - tol_m, world.y - tol_m}, {world.x + tol_m, world.y + tol_m}};
  const city::RoadEdge* road = nullptr;
  double road_d = tol_m;
  const city::Building* building = nullptr;
  const city::OpenArea* area = nullptr;
  for (const city::FeatureRef& r : city.query(box)) {
    if (r.kind == city::FeatureKind::Edge) {
      const city::RoadEdge& e = city.edges[r.index];
      for (std::size_t i = 0; i + 1 < e.line.size(); ++i) {
        // Within the carriageway counts as on the road, however wide it is drawn.
        const double d = distance_to_segment(world, e.line[i], e.line[i + 1]) - e.width_m / 2;
        if (d <= road_d) road_d = d, road = &e;
      }
    } else if (r.kind == city::FeatureKind::Building && !building) {
      if (bg::within(world, city.buildings[r.index].footprint)) building = &city.buildings[r.index];
    } else if (r.kind == city::FeatureKind::OpenArea && !area) {
      if (bg::within(world, city.open_areas[r.index].area)) area = &city.open_areas[r.index];
    }
  }
  char buf[160];
  if (road) {
    std::vector<std::string> lines;
    std::snprintf(buf, sizeof buf, "width %.1f m (%s)", road->width_m, road->width_source.c_str());
    lines.push_back(buf);
    lines.push_back(road->vehicle_passable ? "a car can drive here (ignoring traffic law)" : "not passable for a car");
    if (road->oneway) lines.push_back("one-way for legal traffic");
    if (!road->surface.empty()) lines.push_back("surface " + road->surface);
    sections.push_back({(road->name.empty() ? std::string("Unnamed way") : road->name) + " (" + road->highway + ")", lines});
  }
  if (building) {
    std::vector<std::string> lines;
    if (!building->address.empty()) lines.push_back(building->address);
    std::snprintf(buf, sizeof buf, "height %.1f m (%s)%s", building->height_m, building->height_source.c_str(),
                  building->residential ? ", dwellings" : "");
    lines.push_back(buf);
    sections.push_back({"Building" + (building->name.empty() ? std::string() : " '" + building->name + "'") +
                            (building->building.empty() || building->building == "yes" ? "" : " (" + building->building + ")"),
                        lines});
  }
  if (area && !building)
    sections.push_back({(area->name.empty() ? std::string("Open area") : area->name) + " (" + area->kind + ")",
                        {area->vehicle_passable ? "open to vehicles" : "closed to vehicles"}});
  if (sections.empty()) return;
  ImGui::BeginTooltip();
  for (std::size_t i = 0; i < sections.size(); ++i) {
    if (i) ImGui::Separator();
    ImGui::PushFont(window_->fonts().bold);
    ImGui::TextUnformatted(sections[i].first.c_str());
    ImGui::PopFont();
    for (const std::string& l : sections[i].second) ImGui::TextUnformatted(l.c_str());
  }
  ImGui::EndTooltip();
}

void App::draw_welcome() {
  const ImVec2 c = iv(canvas_rect_.centre());
  ImGui::SetCursorScreenPos({c.x - 220, c.y - 80});
  ImGui::BeginGroup();
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Agora: event layout safety and liveability");
  ImGui::PopFont();
  ImGui::TextWrapped("Open a scenario (scenario.json) or start a new one on a map file (OSM PBF or XML, GeoJSON, "
                     "GeoPackage, Shapefile) from the File menu.");
  if (ImGui::Button("Open scenario…")) open_file_dialog(FileDialogPurpose::Open);
  ImGui::SameLine();
  if (ImGui::Button("New from map…")) open_file_dialog(FileDialogPurpose::NewFromMap);
  ImGui::EndGroup();
}

}  // namespace agora::gui
