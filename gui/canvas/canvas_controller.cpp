// The map canvas: drawing (GL batches for the city and overlay layers, ImGui's draw list for
// the layout, sketches and decorations) and the mouse: pan, zoom at the cursor, select, drag
// vertices and features, draw new features with snapping.
#include "gui/canvas/canvas_controller.hpp"

#include <imgui.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>

#include "gui/doc/feature_properties.hpp"
#include "gui/edit/hit_test.hpp"
#include "gui/map/city_geometry.hpp"
#include "gui/map/decorations.hpp"
#include "gui/map/layout_geometry.hpp"
#include "gui/overlay/describe.hpp"
#include "gui/replay/agent_discs.hpp"

namespace agora::gui {

namespace {

ImVec2 iv(Vec2 v) {
  return {static_cast<float>(v.x), static_cast<float>(v.y)};
}

constexpr double kPickTolerancePx = 7.0;
constexpr double kSnapTolerancePx = 10.0;

Shape moved(Shape s, Vec2 delta) {
  for (Vec2& p : s.points) p += delta;
  return s;
}

}  // namespace

void CanvasController::blit_callback(const ImDrawList*, const ImDrawCmd* cmd) {
  const auto* self = static_cast<const CanvasController*>(cmd->UserCallbackData);
  const ImGuiIO& io = ImGui::GetIO();
  const Vec2 scale{io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y};
  self->map_cache.blit(self->view, scale,
                       {static_cast<double>(io.DisplaySize.x) * scale.x,
                        static_cast<double>(io.DisplaySize.y) * scale.y});
}

std::uint64_t CanvasController::map_content_version() const {
  std::uint64_t h = city_gpu_version_ * 0x9E3779B97F4A7C15ull;
  auto mix = [&h](std::uint64_t v) { h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2); };
  const Visibility& v = visible;
  for (bool b : {v.buildings, v.roads, v.open_areas, v.barriers, v.stops, v.highlight_passable})
    mix(b);
  mix(layout_gpu_key_);
  mix(overlays.signature());
  if (replay_.in_map_cache()) mix(std::bit_cast<std::uint64_t>(replay_.drawn_s()) ^ 0x5EED);
  return h;
}

void CanvasController::draw_map_content(const MapView& v, Vec2 fb) {
  const ImGuiIO& io = ImGui::GetIO();
  renderer_->begin(v, fb, {io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y}, v.canvas());
  if (visible.open_areas) {
    renderer_->draw(city_gpu_.open_area_fills, 1.0f, /*opaque=*/true);
    renderer_->draw(city_gpu_.open_area_lines);
  }
  if (visible.buildings) {
    renderer_->draw(city_gpu_.building_fills, 1.0f, /*opaque=*/true);
    // Below a third of a pixel per metre outlines merge into grey mush: leave them out.
    if (v.px_per_m() >= 0.33) renderer_->draw(city_gpu_.building_lines);
  }
  if (visible.roads) renderer_->draw(city_gpu_.roads);
  if (visible.barriers) renderer_->draw(city_gpu_.barriers);
  if (visible.stops) renderer_->draw(city_gpu_.stops);
  overlays.draw_rasters(*renderer_);
  overlays.draw_layers(*renderer_);
  renderer_->draw(layout_gpu_);
  overlays.draw_layers(*renderer_, /*on_top=*/true);
  if (replay_.in_map_cache()) renderer_->draw_discs(replay_.gpu(), kAgentLook);
  renderer_->end();
}

void CanvasController::draw(MapRenderer& renderer, ImFont* bold) {
  renderer_ = &renderer;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::SetCursorScreenPos(iv(canvas_rect.min));
  ImGui::InvisibleButton("##map", iv(canvas_rect.size),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  const bool hovered = ImGui::IsItemHovered();
  const ImGuiIO& io = ImGui::GetIO();
  const Vec2 mouse{io.MousePos.x, io.MousePos.y};
  input(mouse, hovered);

  // The layout's GPU geometry follows the document and the kinds shown.
  std::uint64_t layout_key = session_.doc->revision * 1024;
  for (std::size_t k = 0; k < visible.kinds.size(); ++k)
    layout_key += static_cast<std::uint64_t>(visible.kinds[k]) << k;
  if (layout_key != layout_gpu_key_) {
    layout_gpu_.upload(
        build_layout_geometry(session_.doc->scenario.layout, city_origin, visible.kinds.data()));
    layout_gpu_key_ = layout_key;
  }
  const std::uint64_t version = map_content_version();
  if (!map_cache.covers(view, version)) {
    float bg[3] = {242 / 255.0f, 239 / 255.0f, 233 / 255.0f};
    map_cache.render(view, version, {io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y},
                     bg, [this](const MapView& v, Vec2 px) { draw_map_content(v, px); });
  }
  dl->PushClipRect(iv(canvas_rect.min), iv(canvas_rect.min + canvas_rect.size), true);
  dl->AddCallback(&CanvasController::blit_callback, this);
  dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  // Replayed agents move every frame: drawn over the cached map, never into it.
  if (replay_.loaded() && !replay_.gpu().empty() && !replay_.in_map_cache()) {
    dl->AddCallback(&CanvasController::replay_callback, this);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  }

  const LayoutHighlight hl{selected, hovered_feature, selected_vertex};
  paint_layout_overlay(dl, session_.doc->scenario.layout, view, hl, visible.kinds.data());
  if (drag.preview) paint_feature(dl, *drag.preview, view);
  overlays.draw_selection(dl, view);
  draw_sketch(dl, mouse);
  if (flash_box && flash_frames > 0) {
    const Vec2 a = view.to_screen({flash_box->min_corner().x, flash_box->max_corner().y});
    const Vec2 b = view.to_screen({flash_box->max_corner().x, flash_box->min_corner().y});
    const float pulse = 0.5f + 0.5f * std::sin(static_cast<float>(flash_frames) * 0.25f);
    dl->AddRect({iv(a).x - 8, iv(a).y - 8}, {iv(b).x + 8, iv(b).y + 8},
                IM_COL32(255, 60, 0, static_cast<int>(120 + 135 * pulse)), 4.0f, 0, 3.0f);
    --flash_frames;
  }
  if (visible.legend) overlays.draw_legends(dl, canvas_rect.min + Vec2{16, 14});
  paint_scale_bar(dl, view);
  paint_north_arrow(dl, view, true_north_deg);
  paint_attribution(dl, view,
                    session_.doc->city->stats.from_osm ? "© OpenStreetMap contributors"
                                                       : session_.doc->city->stats.source_file);
  dl->PopClipRect();

  mouse_rest_s_ = (io.MouseDelta.x == 0 && io.MouseDelta.y == 0)
                      ? mouse_rest_s_ + static_cast<double>(io.DeltaTime)
                      : 0.0;
  if (hovered && drag.kind == DragKind::None && mouse_rest_s_ > 0.3)
    draw_hover_tooltip(mouse, bold);
}

void CanvasController::input(Vec2 mouse, bool hovered) {
  const ImGuiIO& io = ImGui::GetIO();
  if (hovered && io.MouseWheel != 0.0f) view.zoom_at(mouse, std::pow(1.25, io.MouseWheel));
  // Middle or right button drags pan in every tool.
  if (hovered && (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) ||
                  ImGui::IsMouseClicked(ImGuiMouseButton_Right))) {
    drag = {};
    drag.kind = DragKind::Pan;
    drag.start_screen = mouse;
  }
  if (drag.kind == DragKind::Pan && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    if (ImGui::IsMouseDown(ImGuiMouseButton_Middle) || ImGui::IsMouseDown(ImGuiMouseButton_Right)) {
      view.pan_pixels({io.MouseDelta.x, io.MouseDelta.y});
      drag.moved = drag.moved || distance(mouse, drag.start_screen) > 3.0;
      return;
    }
    // A right click that did not move: on a vertex of the selection it deletes the vertex.
    if (!drag.moved && ImGui::IsMouseReleased(ImGuiMouseButton_Right) && selected &&
        tool == Tool::Select) {
      const LayoutFeature f = get(session_.doc->scenario.layout, *selected);
      Shape s = shape_of(f);
      const int v = vertex_at(s, view, mouse, kPickTolerancePx);
      const std::size_t min_points = s.type == ShapeType::Polygon ? 3 : 2;
      if (v >= 0 && s.points.size() > min_points) {
        s.points.erase(s.points.begin() + v);
        LayoutFeature after = f;
        set_shape(after, s);
        session_.doc->perform(
            replace_feature(*selected, session_.doc->scenario.layout, after, "delete vertex"));
        selected_vertex = -1;
      }
    }
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Middle) && !ImGui::IsMouseDown(ImGuiMouseButton_Right))
      drag = {};
  }
  const Vec2 world = view.to_world(mouse);
  if (tool == Tool::Select)
    select_input(mouse, world);
  else
    sketch_input(mouse, world);
  if (hovered && drag.kind == DragKind::None) {
    const auto hit = hit_layout(session_.doc->scenario.layout, view, mouse, kPickTolerancePx);
    hovered_feature = hit ? std::optional(hit->id) : std::nullopt;
  } else if (!hovered) {
    hovered_feature.reset();
  }
  (void)hovered;
}

void CanvasController::select_input(Vec2 mouse, Vec2 world) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool over_canvas = ImGui::IsItemHovered();
  scenario::Layout& layout = session_.doc->scenario.layout;
  if (over_canvas && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && selected) {
    // Double click on an edge of the selection adds a vertex there.
    const LayoutFeature f = get(layout, *selected);
    Shape s = shape_of(f);
    Vec2 at;
    const int e = edge_at(s, view, mouse, kPickTolerancePx, &at);
    if (e >= 0 && vertex_at(s, view, mouse, kPickTolerancePx) < 0) {
      s.points.insert(s.points.begin() + e + 1, at);
      LayoutFeature after = f;
      set_shape(after, s);
      session_.doc->perform(replace_feature(*selected, layout, after, "add vertex"));
      selected_vertex = e + 1;
      drag = {};
      return;
    }
  }
  if (over_canvas && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    drag = {};
    drag.start_screen = mouse;
    drag.start_world = world;
    if (selected) {
      const int v = vertex_at(shape_of(get(layout, *selected)), view, mouse, kPickTolerancePx);
      if (v >= 0) {
        drag.kind = DragKind::Vertex;
        drag.vertex = v;
        selected_vertex = v;
        return;
      }
    }
    const auto hit = hit_layout(layout, view, mouse, kPickTolerancePx);
    if (hit) {
      if (!selected || !(*selected == hit->id)) select(hit->id);
      selected_vertex = -1;
      drag.kind = DragKind::Move;
    } else {
      select(std::nullopt);
      // A click on an analysis result selects it (a crossing shows its run-up paths).
      const auto result = overlays.hit(view, mouse, kPickTolerancePx);
      overlays.select(
          result ? std::optional(OverlaySelection{result->overlay->layer->name, result->feature})
                 : std::nullopt);
      if (result && events.result_picked) events.result_picked();
      drag.kind = DragKind::Pan;
    }
    return;
  }
  if (drag.kind == DragKind::None) return;
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    drag.moved = drag.moved || distance(mouse, drag.start_screen) > 3.0;
    if (drag.kind == DragKind::Pan) {
      view.pan_pixels({io.MouseDelta.x, io.MouseDelta.y});
    } else if (drag.moved && selected) {
      LayoutFeature f = get(layout, *selected);
      Shape s = shape_of(f);
      if (drag.kind == DragKind::Vertex) {
        Vec2 p = world;
        if (snapping && !io.KeyAlt) {
          last_snap_ = snap_point(world, view, layout, session_.doc->city.get(), kSnapTolerancePx,
                                  {selected, drag.vertex});
          p = last_snap_.world;
        }
        s.points.at(static_cast<std::size_t>(drag.vertex)) = p;
      } else {
        s = moved(s, world - drag.start_world);
      }
      set_shape(f, s);
      drag.preview = f;
    }
    return;
  }
  // Released.
  if (drag.preview && selected && drag.moved) {
    const std::string label =
        drag.kind == DragKind::Vertex ? "move vertex" : "move " + kind_label(selected->kind);
    session_.doc->perform(replace_feature(*selected, layout, *drag.preview, label));
  }
  drag = {};
  last_snap_ = {};
}

void CanvasController::sketch_input(Vec2 mouse, Vec2 world) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool over_canvas = ImGui::IsItemHovered();
  Vec2 p = world;
  last_snap_ = {};
  if (snapping && !io.KeyAlt) {
    last_snap_ = snap_point(world, view, session_.doc->scenario.layout, session_.doc->city.get(),
                            kSnapTolerancePx);
    p = last_snap_.world;
  }
  if (!over_canvas) return;
  if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && sketch && sketch->can_finish()) {
    finish_sketch();
    return;
  }
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    if (!sketch) sketch.emplace(*tool_kind(tool));
    if (sketch->add(p)) finish_sketch();
  }
  (void)mouse;
}

void CanvasController::draw_sketch(ImDrawList* dl, Vec2 mouse) {
  if (tool == Tool::Select && drag.kind != DragKind::Vertex) return;
  const Vec2 cursor = last_snap_.kind != SnapKind::None ? view.to_screen(last_snap_.world) : mouse;
  if (sketch && !sketch->points().empty()) {
    const KindLook look = kind_look(sketch->kind());
    std::vector<ImVec2> pts;
    for (Vec2 p : sketch->points()) pts.push_back(iv(view.to_screen(p)));
    pts.push_back(iv(cursor));
    if (sketch->type() == ShapeType::Polygon && pts.size() >= 3)
      dl->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()),
                              with_alpha(look.stroke, 40));
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), look.stroke,
                    sketch->type() == ShapeType::Polygon ? ImDrawFlags_Closed : ImDrawFlags_None,
                    2.5f);
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
      dl->AddCircleFilled(pts[i], 4.5f, IM_COL32_WHITE);
      dl->AddCircle(pts[i], 4.5f, look.stroke, 0, 1.5f);
    }
  }
  if (canvas_rect.contains(mouse) && last_snap_.kind != SnapKind::None) {
    dl->AddCircle(iv(cursor), 8.0f, IM_COL32(230, 0, 180, 255), 0, 2.0f);
    dl->AddText({static_cast<float>(cursor.x) + 10, static_cast<float>(cursor.y) + 6},
                IM_COL32(150, 0, 120, 255), snap_label(last_snap_.kind));
  }
}

void CanvasController::draw_hover_tooltip(Vec2 mouse, ImFont* bold) {
  const Vec2 world = view.to_world(mouse);
  std::vector<std::pair<std::string, std::vector<std::string>>> sections;
  if (hovered_feature) {
    const LayoutFeature f = get(session_.doc->scenario.layout, *hovered_feature);
    const scenario::FeatureInfo& info = info_of(f);
    std::string title = kind_label(hovered_feature->kind);
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    if (!info.name.empty())
      title += " '" + info.name + "'";
    else if (!info.id.empty())
      title += " " + info.id;
    std::vector<std::string> lines;
    for (const PropertyDef& d : property_defs(hovered_feature->kind)) {
      if (d.key == "name") continue;
      const std::string v = property_text(f, d.key);
      if (!v.empty()) lines.push_back(d.key + ": " + v + (d.unit.empty() ? "" : " " + d.unit));
    }
    sections.push_back({title, lines});
  }
  if (const auto hit = overlays.hit(view, mouse, kPickTolerancePx)) {
    const FeatureLayer& l = *hit->overlay->layer;
    const FeatureDescription d = describe_feature(l, l.features[hit->feature]);
    std::vector<std::string> lines = d.class_lines;
    lines.insert(lines.end(), d.lines.begin(), d.lines.end());
    sections.push_back({hit->overlay->title + " (" + hit->overlay->analysis + ")", lines});
  }
  // The city under the cursor, through the R-tree.
  const city::CityModel& city = *session_.doc->city;
  const double tol_m = kPickTolerancePx / view.px_per_m();
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
    lines.push_back(road->vehicle_passable ? "a car can drive here (ignoring traffic law)"
                                           : "not passable for a car");
    if (road->oneway) lines.push_back("one-way for legal traffic");
    if (!road->surface.empty()) lines.push_back("surface " + road->surface);
    sections.push_back({(road->name.empty() ? std::string("Unnamed way") : road->name) + " (" +
                            road->highway + ")",
                        lines});
  }
  if (building) {
    std::vector<std::string> lines;
    if (!building->address.empty()) lines.push_back(building->address);
    std::snprintf(buf, sizeof buf, "height %.1f m (%s)%s", building->height_m,
                  building->height_source.c_str(), building->residential ? ", dwellings" : "");
    lines.push_back(buf);
    sections.push_back({"Building" +
                            (building->name.empty() ? std::string() : " '" + building->name + "'") +
                            (building->building.empty() || building->building == "yes"
                                 ? ""
                                 : " (" + building->building + ")"),
                        lines});
  }
  if (area && !building)
    sections.push_back(
        {(area->name.empty() ? std::string("Open area") : area->name) + " (" + area->kind + ")",
         {area->vehicle_passable ? "open to vehicles" : "closed to vehicles"}});
  if (sections.empty()) return;
  ImGui::BeginTooltip();
  for (std::size_t i = 0; i < sections.size(); ++i) {
    if (i) ImGui::Separator();
    ImGui::PushFont(bold);
    ImGui::TextUnformatted(sections[i].first.c_str());
    ImGui::PopFont();
    for (const std::string& l : sections[i].second) ImGui::TextUnformatted(l.c_str());
  }
  ImGui::EndTooltip();
}

void CanvasController::replay_callback(const ImDrawList*, const ImDrawCmd* cmd) {
  const auto* self = static_cast<const CanvasController*>(cmd->UserCallbackData);
  const ImGuiIO& io = ImGui::GetIO();
  const Vec2 scale{io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y};
  self->renderer_->begin(self->view,
                         {static_cast<double>(io.DisplaySize.x) * scale.x,
                          static_cast<double>(io.DisplaySize.y) * scale.y},
                         scale, self->canvas_rect);
  self->renderer_->draw_discs(self->replay_.gpu(), kAgentLook);
  self->renderer_->end();
}

// ---- the document on the map -------------------------------------------------------------

void CanvasController::on_document() {
  const Document& doc = *session_.doc;
  overlays.clear();
  bg::assign_inverse(map_extent);
  for (const city::RoadEdge& r : doc.city->edges)
    bg::expand(map_extent, bg::return_envelope<Box>(r.line));
  for (const city::Building& b : doc.city->buildings)
    bg::expand(map_extent, bg::return_envelope<Box>(b.footprint));
  if (map_extent.min_corner().x > map_extent.max_corner().x) map_extent = doc.city->extent();
  const Box e = map_extent;
  city_origin = {(e.min_corner().x + e.max_corner().x) / 2,
                 (e.min_corner().y + e.max_corner().y) / 2};
  // True north against grid north at the map's centre: step 100 m north in latitude.
  if (auto ll = session_.local_to_lonlat(city_origin)) {
    if (auto north = session_.lonlat_to_local({ll->x, ll->y + 0.0009})) {
      const Vec2 d = *north - city_origin;
      true_north_deg = std::atan2(d.x, d.y) * 180.0 / 3.14159265358979323846;
    }
  }
  rebuild_city_gpu();
  select(std::nullopt);
  sketch.reset();
  tool = Tool::Select;
  view.set_canvas(canvas_rect);
  fit_to_scenario();
}

void CanvasController::rebuild_city_gpu() {
  const auto t0 = std::chrono::steady_clock::now();
  CityGeometryOptions o;
  o.highlight_passable = visible.highlight_passable;
  const CityGeometry g = build_city_geometry(*session_.doc->city, city_origin, o);
  city_gpu_.open_area_fills.upload(g.open_area_fills);
  city_gpu_.open_area_lines.upload(g.open_area_lines);
  city_gpu_.building_fills.upload(g.building_fills);
  city_gpu_.building_lines.upload(g.building_lines);
  city_gpu_.roads.upload(g.roads);
  city_gpu_.barriers.upload(g.barriers);
  city_gpu_.stops.upload(g.stops);
  ++city_gpu_version_;
  geometry_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void CanvasController::fit_to_map() {
  if (session_.doc) view.fit(map_extent, 20.0);
}

void CanvasController::fit_to_scenario() {
  if (!session_.doc) return;
  Box box;
  bg::assign_inverse(box);
  bool any = false;
  for (const FeatureId& id : all_features(session_.doc->scenario.layout))
    for (Vec2 p : shape_of(get(session_.doc->scenario.layout, id)).points) {
      bg::expand(box, p);
      any = true;
    }
  if (!any) return fit_to_map();
  // Some context around the site: the approaches matter as much as the square.
  const double w = box.max_corner().x - box.min_corner().x,
               h = box.max_corner().y - box.min_corner().y;
  const double grow = std::max({w, h, 100.0}) * 0.35;
  box = {{box.min_corner().x - grow, box.min_corner().y - grow},
         {box.max_corner().x + grow, box.max_corner().y + grow}};
  view.fit(box, 10.0);
}

void CanvasController::zoom_to(const Box& world, double min_width_m) {
  Box b = world;
  const Vec2 c = (b.min_corner() + b.max_corner()) * 0.5;
  const double half = std::max({b.max_corner().x - b.min_corner().x,
                                b.max_corner().y - b.min_corner().y, min_width_m}) /
                      2;
  b = {{c.x - half, c.y - half}, {c.x + half, c.y + half}};
  view.fit(b, 40.0);
  flash_box = world;
  flash_frames = 90;
}

void CanvasController::build_overlays(const std::vector<run::AnalysisOutput>& outputs,
                                      bool keep_shown) {
  // The overlays the user switched on or off stay so (a re-run, or the next analysis's results).
  std::map<std::string, bool> shown;
  if (keep_shown) {
    for (const LayerOverlay& o : overlays.layers())
      if (o.layer) shown[o.layer->name] = o.visible;
    for (const RasterOverlay& o : overlays.rasters())
      if (o.raster) shown["raster:" + o.raster->name] = o.visible;
  }
  overlays.clear();
  overlays.build(outputs, city_origin);
  for (LayerOverlay& o : overlays.layers())
    if (auto it = o.layer ? shown.find(o.layer->name) : shown.end(); it != shown.end())
      o.visible = it->second;
  for (RasterOverlay& o : overlays.rasters())
    if (auto it = o.raster ? shown.find("raster:" + o.raster->name) : shown.end();
        it != shown.end())
      o.visible = it->second;
}

// ---- editing ---------------------------------------------------------------------------------

void CanvasController::set_tool(Tool t) {
  if (sketch && t != tool) sketch.reset();
  tool = t;
  last_snap_ = {};
}

void CanvasController::select(std::optional<FeatureId> id) {
  selected = id;
  selected_vertex = -1;
  if (events.selected) events.selected(id);
}

void CanvasController::finish_sketch() {
  if (!sketch || !sketch->can_finish() || !session_.doc) return;
  Document& doc = *session_.doc;
  const Kind kind = sketch->kind();
  const FeatureId at{kind, count(doc.scenario.layout, kind)};
  doc.perform(
      insert_feature(at, make_feature(kind, sketch->shape(), session_.new_feature_id(kind))));
  sketch.reset();
  select(at);
  if (events.status)
    events.status("added " + kind_label(kind) + " — set its properties in the panel on the right");
}

void CanvasController::cancel_sketch() {
  if (sketch)
    sketch.reset();
  else if (tool != Tool::Select)
    set_tool(Tool::Select);
  else if (selected)
    select(std::nullopt);
  else
    overlays.select(std::nullopt);
}

void CanvasController::delete_selection() {
  if (!session_.doc || !selected) return;
  session_.doc->perform(erase_feature(*selected, session_.doc->scenario.layout));
  select(std::nullopt);
}

}  // namespace agora::gui
