// The tool bar and the side panel: layers, the selected feature's properties, the event
// facts, problems. Results, scorecard and compare live in app_results.cpp.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "gis/vehicle_tables.hpp"
#include "gui/app/app.hpp"
#include "gui/doc/catalogue_search.hpp"
#include "gui/doc/feature_properties.hpp"
#include "gui/map/layout_geometry.hpp"

namespace agora::gui {

namespace {

ImVec4 colour_vec(Rgba c) {
  return {static_cast<float>(c & 0xFF) / 255.0f, static_cast<float>((c >> 8) & 0xFF) / 255.0f,
          static_cast<float>((c >> 16) & 0xFF) / 255.0f, 1.0f};
}

void swatch(Rgba colour) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetFrameHeight();
  dl->AddRectFilled({p.x, p.y + 4}, {p.x + 12, p.y + h - 4}, colour | 0xFF000000u, 2.0f);
  ImGui::Dummy({14, h});
  ImGui::SameLine();
}

double shape_size(const Shape& s, bool& is_area) {
  is_area = s.type == ShapeType::Polygon;
  double a = 0.0;
  const std::size_t n = s.points.size();
  if (is_area) {
    for (std::size_t i = 0; i < n; ++i) a += s.points[i].cross(s.points[(i + 1) % n]);
    return std::abs(a) / 2.0;
  }
  for (std::size_t i = 0; i + 1 < n; ++i) a += distance(s.points[i], s.points[i + 1]);
  return a;
}

}  // namespace

void App::draw_toolbar() {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos({0, menu_h_});
  ImGui::SetNextWindowSize({toolbar_w_, io.DisplaySize.y - menu_h_ - status_h_});
  ImGui::Begin("##tools", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Tools");
  ImGui::PopFont();
  const bool enabled = doc_ != nullptr;
  if (!enabled) ImGui::BeginDisabled();
  for (Tool t : kAllTools) {
    const auto kind = tool_kind(t);
    std::string label = kind ? kind_label(*kind) : "select";
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    if (kind) swatch(kind_look(*kind).fill >> 24 ? kind_look(*kind).fill : kind_look(*kind).stroke);
    else swatch(rgba(255, 255, 255));
    const bool active = tool_ == t;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.26f, 0.45f, 0.75f, 0.55f));
    if (ImGui::Button(label.c_str(), {-1, 0})) set_tool(t);
    if (active) ImGui::PopStyleColor();
  }
  ImGui::Separator();
  ImGui::Checkbox("Snapping", &snapping_);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("to layout vertices, building corners and roads; hold Alt to place freely");
  ImGui::Separator();
  if (ImGui::Button("Fit to scenario", {-1, 0})) fit_to_scenario();
  if (!enabled) ImGui::EndDisabled();
  ImGui::Spacing();
  if (sketch_) {
    ImGui::TextWrapped("Click to add points (%zu so far). Enter or double-click finishes, Backspace removes the last "
                       "point, Escape cancels.", sketch_->points().size());
  } else if (tool_ != Tool::Select) {
    ImGui::TextWrapped("Click on the map to start a %s.", kind_label(*tool_kind(tool_)).c_str());
  } else if (doc_) {
    ImGui::TextWrapped("Click a feature to select it; drag it or its corners to move them. Double-click an edge to "
                       "add a corner, right-click a corner to remove it. Drag the map to pan, wheel to zoom.");
  }
  ImGui::End();
}

void App::draw_side_panel() {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos({io.DisplaySize.x - panel_w_, menu_h_});
  ImGui::SetNextWindowSize({panel_w_, io.DisplaySize.y - menu_h_ - status_h_});
  ImGui::Begin("##side", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (!doc_) {
    ImGui::TextDisabled("No scenario open.");
    ImGui::End();
    return;
  }
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextWrapped("%s", doc_->scenario.event.name.empty() ? doc_->scenario.name.c_str() : doc_->scenario.event.name.c_str());
  ImGui::PopFont();
  ImGui::TextDisabled("variant %s%s", variants_.empty() ? "A" : variants_[current_variant_].name.c_str(),
                      doc_->dirty() ? " · unsaved changes" : "");
  const char* tabs[] = {"Layers", "Feature", "Event", "Results", "Compare", "Problems"};
  if (ImGui::BeginTabBar("##sidetabs")) {
    for (int i = 0; i < 6; ++i) {
      std::string label = tabs[i];
      if (i == 5) {
        const std::size_t n = validation_errors_.size() + validation_warnings_.size() + doc_->load_problems.size();
        if (n) label += " (" + std::to_string(n) + ")";
      }
      label += "###tab" + std::to_string(i);
      const ImGuiTabItemFlags flags = side_tab_request_ == i ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(label.c_str(), nullptr, flags)) {
        ImGui::BeginChild("##tabbody");
        switch (i) {
          case 0: panel_layers(); break;
          case 1: panel_feature(); break;
          case 2: panel_event(); break;
          case 3: panel_results(); break;
          case 4: panel_compare(); break;
          case 5: panel_problems(); break;
        }
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  side_tab_request_ = -1;
  ImGui::End();
}

void App::panel_layers() {
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Map");
  ImGui::PopFont();
  ImGui::Checkbox("Buildings", &visible_.buildings);
  ImGui::SameLine(200);
  ImGui::Checkbox("Roads and paths", &visible_.roads);
  ImGui::Checkbox("Squares and open areas", &visible_.open_areas);
  ImGui::SameLine(200);
  ImGui::Checkbox("Bollards, walls", &visible_.barriers);
  ImGui::Checkbox("Stops", &visible_.stops);
  ImGui::SameLine(200);
  if (ImGui::Checkbox("Vehicle-passable in red", &visible_.highlight_passable)) rebuild_city_gpu();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("Wide roads with a dark edge: a car can drive them. Thin salmon lines: steps and narrow paths "
                     "it cannot.");
  ImGui::PopStyleColor();
  ImGui::TextDisabled("%zu roads, %zu buildings, %zu open areas, %zu map barriers", doc_->city->edges.size(),
                      doc_->city->buildings.size(), doc_->city->open_areas.size(), doc_->city->barriers.size());

  ImGui::Separator();
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Layout");
  ImGui::PopFont();
  for (Kind k : kAllKinds) {
    const KindLook look = kind_look(k);
    swatch((look.fill >> 24) ? look.fill : look.stroke);
    std::string label = kind_label(k) + " (" + std::to_string(count(doc_->scenario.layout, k)) + ")";
    ImGui::Checkbox(label.c_str(), &visible_.kinds[static_cast<std::size_t>(k)]);
  }

  ImGui::Separator();
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Results");
  ImGui::PopFont();
  if (overlays_.empty()) {
    ImGui::TextDisabled(current_result() ? "The analyses returned no map layers." : "Run the analyses to see their layers here.");
    return;
  }
  ImGui::Checkbox("Legend on the map", &visible_.legend);
  for (std::size_t i = 0; i < overlays_.layers().size(); ++i) {
    LayerOverlay& o = overlays_.layers()[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::Checkbox(o.layer->name.c_str(), &o.visible);
    ImGui::SameLine();
    ImGui::TextDisabled("(%zu)", o.layer->features.size());
    if (o.visible) {
      ImGui::Indent();
      const std::string current = o.colour_field >= 0 ? o.layer->fields[static_cast<std::size_t>(o.colour_field)].name : "one colour";
      ImGui::SetNextItemWidth(220);
      if (ImGui::BeginCombo("colour by", current.c_str())) {
        if (ImGui::Selectable("one colour", o.colour_field < 0)) overlays_.set_colour_field(i, -1);
        for (std::size_t f = 0; f < o.layer->fields.size(); ++f)
          if (ImGui::Selectable(o.layer->fields[f].name.c_str(), o.colour_field == static_cast<int>(f)))
            overlays_.set_colour_field(i, static_cast<int>(f));
        ImGui::EndCombo();
      }
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  for (std::size_t i = 0; i < overlays_.rasters().size(); ++i) {
    RasterOverlay& r = overlays_.rasters()[i];
    ImGui::PushID(static_cast<int>(1000 + i));
    ImGui::Checkbox(r.raster->name.c_str(), &r.visible);
    if (!r.raster->description.empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", r.raster->description.c_str());
    }
    if (r.visible) {
      ImGui::Indent();
      ImGui::SetNextItemWidth(220);
      ImGui::SliderFloat("opacity", &r.opacity, 0.1f, 1.0f, "%.2f");
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
}

const vehicle::BarrierCatalogue* App::barrier_catalogue() {
  if (!catalogue_ && doc_) {
    try {
      catalogue_ = gis::load_barrier_catalogue(doc_->scenario.barrier_catalogue_path);
    } catch (const Error& e) {
      catalogue_error_ = e.problems().front().to_string();
      catalogue_ = vehicle::BarrierCatalogue{};
    }
  }
  return catalogue_ ? &*catalogue_ : nullptr;
}

bool App::pick_product(FeatureId id, const vehicle::CatalogueEntry& entry) {
  // The product by its catalogue id, and the rating it was tested to (a product without one
  // leaves the barrier unrated: it is never counted as protection).
  if (!apply_property(id, "product", entry.id)) return false;
  return apply_property(id, "rating", catalogue_rating(entry));
}

void App::panel_catalogue(FeatureId id, const LayoutFeature& f) {
  const vehicle::BarrierCatalogue* cat = barrier_catalogue();
  if (!cat) return;
  ImGui::Separator();
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Product from the catalogue");
  ImGui::PopFont();
  if (!catalogue_error_.empty()) ImGui::TextWrapped("%s", catalogue_error_.c_str());
  const std::string product = property_text(f, "product");
  if (const vehicle::CatalogueEntry* e = product.empty() ? nullptr : cat->find(product)) {
    ImGui::TextWrapped("%s · %s (%s)", e->manufacturer.c_str(), e->product.c_str(), e->type.c_str());
    const std::string rating = catalogue_rating(*e);
    ImGui::TextWrapped("rating %s · %s · %s", rating.empty() ? "none" : rating.c_str(), e->standard.c_str(),
                       e->status_text.c_str());
    if (property_text(f, "rating") != rating)
      ImGui::TextColored(colour_vec(rgba(190, 110, 0)), "the rating entered differs from the product's");
    if (!e->source.empty()) ImGui::TextDisabled("%s", e->source.c_str());
  } else if (!product.empty()) {
    ImGui::TextColored(colour_vec(rgba(190, 110, 0)), "'%s' is not in the catalogue (%s)", product.c_str(),
                       cat->origin.c_str());
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##catalogue_search", "search: name, type, rating, standard", &catalogue_search_);
  const std::vector<const vehicle::CatalogueEntry*> found = search_catalogue(*cat, catalogue_search_);
  if (ImGui::BeginListBox("##catalogue", {-1, 150})) {
    for (const vehicle::CatalogueEntry* e : found) {
      const std::string rating = catalogue_rating(*e);
      // The rating before the manufacturer: one product tested to several standards reads as
      // several lines that differ only there, and a narrow panel cuts the end of the line.
      const std::string line = e->product + " · " + (rating.empty() ? "unrated" : rating) + " · " + e->manufacturer;
      if (ImGui::Selectable((line + "##" + e->id).c_str(), e->id == product)) pick_product(id, *e);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\n%s, %s\n%s", e->type.c_str(), e->standard.c_str(), e->status_text.c_str(),
                          e->note.c_str());
    }
    ImGui::EndListBox();
  }
}

void App::panel_feature() {
  if (!selected_ || !valid(doc_->scenario.layout, *selected_)) {
    panel_feature_list();
    return;
  }
  const FeatureId id = *selected_;
  const LayoutFeature f = get(doc_->scenario.layout, id);
  std::string title = kind_label(id.kind);
  title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  ImGui::PushFont(window_->fonts().bold);
  ImGui::Text("%s %zu of %zu", title.c_str(), id.index + 1, count(doc_->scenario.layout, id.kind));
  ImGui::PopFont();
  const Shape s = shape_of(f);
  bool is_area = false;
  const double size = shape_size(s, is_area);
  if (s.type == ShapeType::Point) ImGui::TextDisabled("a point");
  else ImGui::TextDisabled(is_area ? "%zu corners, %.0f m²" : "%zu points, %.1f m long", s.points.size(), size);
  if (ImGui::Button("Zoom to")) {
    Box b;
    bg::assign_inverse(b);
    for (Vec2 p : s.points) bg::expand(b, p);
    zoom_to(b);
  }
  ImGui::SameLine();
  if (ImGui::Button("Delete")) {
    delete_selection();
    return;
  }
  ImGui::SameLine();
  if (ImGui::Button("Deselect")) {
    select(std::nullopt);
    return;
  }
  ImGui::Separator();
  if (edit_buffers_revision_ != doc_->revision && !ImGui::IsAnyItemActive()) {
    edit_buffers_.clear();
    edit_buffers_revision_ = doc_->revision;
  }
  if (ImGui::BeginTable("##props", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("property", ImGuiTableColumnFlags_WidthFixed, 150.0f);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    for (const PropertyDef& d : property_defs(id.kind)) {
      ImGui::PushID(d.key.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      const std::string label = d.key + (d.unit.empty() ? "" : " (" + d.unit + ")") + (d.required ? " *" : "");
      ImGui::TextUnformatted(label.c_str());
      if (!d.help.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.help.c_str());
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      if (d.type == PropertyType::Flag) {
        bool v = property_text(f, d.key) == "true";
        if (ImGui::Checkbox("##v", &v)) apply_property(id, d.key, v ? "true" : "false");
      } else {
        auto it = edit_buffers_.find(d.key);
        if (it == edit_buffers_.end()) it = edit_buffers_.emplace(d.key, property_text(f, d.key)).first;
        ImGui::InputText("##v", &it->second);
        if (ImGui::IsItemDeactivatedAfterEdit()) apply_property(id, d.key, it->second);
      }
      if (!d.help.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.help.c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (!property_error_.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour_vec(rgba(190, 20, 20)));
    ImGui::TextWrapped("%s", property_error_.c_str());
    ImGui::PopStyleColor();
  }
  if (id.kind == Kind::Barrier || id.kind == Kind::EmergencyGate) panel_catalogue(id, f);
  // Problems the validation finds with this feature.
  for (const Problem& p : validation_errors_)
    if (!info_of(f).id.empty() && p.where.find(info_of(f).id) != std::string::npos) {
      ImGui::PushStyleColor(ImGuiCol_Text, colour_vec(rgba(190, 20, 20)));
      ImGui::TextWrapped("%s", (p.field.empty() ? p.message : p.field + ": " + p.message).c_str());
      ImGui::PopStyleColor();
    }
}

void App::panel_feature_list() {
  ImGui::TextDisabled("Nothing selected. Click a feature on the map or in this list.");
  for (Kind k : kAllKinds) {
    const std::size_t n = count(doc_->scenario.layout, k);
    if (n == 0) continue;
    std::string header = kind_label(k) + " (" + std::to_string(n) + ")";
    if (!ImGui::CollapsingHeader(header.c_str())) continue;
    for (std::size_t i = 0; i < n; ++i) {
      const scenario::FeatureInfo& info = info_of(get(doc_->scenario.layout, {k, i}));
      std::string label = info.name.empty() ? (info.id.empty() ? kind_label(k) + " " + std::to_string(i + 1) : info.id) : info.name;
      label += "##" + std::to_string(static_cast<int>(k)) + "-" + std::to_string(i);
      if (ImGui::Selectable(label.c_str(), false)) {
        select(FeatureId{k, i});
        Box b;
        bg::assign_inverse(b);
        for (Vec2 p : shape_of(get(doc_->scenario.layout, {k, i})).points) bg::expand(b, p);
        zoom_to(b);
      }
    }
  }
}

void App::panel_event() {
  const scenario::EventFacts& ev = doc_->scenario.event;
  scenario::EventFacts& edit = event_edit_;
  if (event_edit_revision_ != doc_->revision && !ImGui::IsAnyItemActive()) {
    edit = ev;
    event_edit_revision_ = doc_->revision;
  }
  bool commit = false;
  auto text = [&](const char* label, std::string& v) {
    ImGui::SetNextItemWidth(240);
    ImGui::InputText(label, &v);
    commit = commit || ImGui::IsItemDeactivatedAfterEdit();
  };
  auto integer = [&](const char* label, std::int64_t& v, std::int64_t lo, std::int64_t hi) {
    int x = static_cast<int>(std::clamp<std::int64_t>(v, 0, 2'000'000'000));
    ImGui::SetNextItemWidth(240);
    ImGui::InputInt(label, &x, 100, 1000);
    if (ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemEdited() && !ImGui::IsItemActive())) commit = true;
    v = std::clamp<std::int64_t>(x, lo, hi);
  };
  text("name", edit.name);
  text("organiser", edit.organiser);
  text("location", edit.location);
  static const char* types[] = {"market", "concert", "festival", "sports", "fair", "procession", "fun_fair", "gathering", "other"};
  ImGui::SetNextItemWidth(240);
  if (ImGui::BeginCombo("type", edit.type.c_str())) {
    for (const char* t : types)
      if (ImGui::Selectable(t, edit.type == t)) edit.type = t, commit = true;
    ImGui::EndCombo();
  }
  integer("peak attendance", edit.attendance_peak, 0, 100'000'000);
  integer("total attendance", edit.attendance_total, 0, 1'000'000'000);
  commit |= ImGui::Checkbox("alcohol served", &edit.alcohol);
  commit |= ImGui::Checkbox("amplified music", &edit.amplified_music);
  std::int64_t events = edit.events_at_location_this_year;
  integer("events here this year", events, 0, 366);
  edit.events_at_location_this_year = static_cast<int>(events);
  ImGui::Separator();
  ImGui::TextUnformatted("Days (date YYYY-MM-DD, start and end HH:MM)");
  for (std::size_t i = 0; i < edit.days.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    scenario::EventDay& d = edit.days[i];
    ImGui::SetNextItemWidth(110);
    ImGui::InputText("##date", &d.date);
    commit = commit || ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(60);
    ImGui::InputText("##start", &d.start);
    commit = commit || ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(60);
    ImGui::InputText("##end", &d.end);
    commit = commit || ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SameLine();
    if (ImGui::SmallButton("remove")) {
      edit.days.erase(edit.days.begin() + static_cast<std::ptrdiff_t>(i));
      commit = true;
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  if (ImGui::SmallButton("add a day")) {
    edit.days.push_back(edit.days.empty() ? scenario::EventDay{"2026-12-01", "10:00", "21:00"} : edit.days.back());
    commit = true;
  }
  if (commit) {
    doc_->perform(replace_event(doc_->scenario.event, edit));
    event_edit_revision_ = doc_->revision;
  }
}

void App::panel_problems() {
  auto list = [&](const std::vector<Problem>& problems, Rgba colour, const char* empty) {
    if (problems.empty()) {
      ImGui::TextDisabled("%s", empty);
      return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, colour_vec(colour));
    for (const Problem& p : problems) {
      std::string t = p.where.empty() ? "" : p.where + ": ";
      if (!p.field.empty()) t += p.field + ": ";
      ImGui::TextWrapped("• %s%s", t.c_str(), p.message.c_str());
    }
    ImGui::PopStyleColor();
  };
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Errors (the analyses cannot run until they are fixed)");
  ImGui::PopFont();
  list(validation_errors_, rgba(185, 20, 20), "none");
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Warnings");
  ImGui::PopFont();
  list(validation_warnings_, rgba(160, 100, 0), "none");
  if (!doc_->load_problems.empty()) {
    ImGui::PushFont(window_->fonts().bold);
    ImGui::TextUnformatted("When the scenario was opened");
    ImGui::PopFont();
    list(doc_->load_problems, rgba(120, 80, 0), "");
  }
  if (!run_errors_.empty()) {
    ImGui::PushFont(window_->fonts().bold);
    ImGui::TextUnformatted("Last run");
    ImGui::PopFont();
    list(run_errors_, rgba(185, 20, 20), "");
  }
}

}  // namespace agora::gui
