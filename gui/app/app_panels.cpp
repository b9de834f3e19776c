// The tool bar and the side panel: layers, the selected feature's properties, the event
// facts, problems. Results, scorecard and compare live in app_results.cpp.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "gis/vehicle_tables.hpp"
#include "gui/app/app.hpp"
#include "gui/doc/catalogue_search.hpp"
#include "gui/doc/feature_properties.hpp"
#include "gui/edit/geometry_checks.hpp"
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
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Tools");
  ImGui::PopFont();
  const bool enabled = session_.doc != nullptr;
  if (!enabled) ImGui::BeginDisabled();
  for (Tool t : kAllTools) {
    const auto kind = tool_kind(t);
    std::string label = kind ? kind_label(*kind) : "select";
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    if (kind)
      swatch(kind_look(*kind).fill >> 24 ? kind_look(*kind).fill : kind_look(*kind).stroke);
    else
      swatch(rgba(255, 255, 255));
    const bool active = canvas_.tool == t;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.26f, 0.45f, 0.75f, 0.55f));
    if (ImGui::Button(label.c_str(), {-1, 0})) canvas_.set_tool(t);
    if (active) ImGui::PopStyleColor();
  }
  ImGui::Separator();
  ImGui::Checkbox("Snapping", &canvas_.snapping);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("to layout vertices, building corners and roads; hold Alt to place freely");
  ImGui::Separator();
  if (ImGui::Button("Fit to scenario", {-1, 0})) canvas_.fit_to_scenario();
  if (!enabled) ImGui::EndDisabled();
  ImGui::Spacing();
  if (canvas_.sketch) {
    ImGui::TextWrapped(
        "Click to add points (%zu so far). Enter or double-click finishes, Backspace removes the "
        "last "
        "point, Escape cancels.",
        canvas_.sketch->points().size());
  } else if (canvas_.tool != Tool::Select) {
    ImGui::TextWrapped("Click on the map to start a %s.",
                       kind_label(*tool_kind(canvas_.tool)).c_str());
  } else if (session_.doc) {
    ImGui::TextWrapped(
        "Click a feature to select it; drag it or its corners to move them. Double-click an edge "
        "to "
        "add a corner, right-click a corner to remove it. Drag the map to pan, wheel to zoom.");
  }
  ImGui::End();
}

void App::draw_side_panel() {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos({io.DisplaySize.x - panel_w_, menu_h_});
  ImGui::SetNextWindowSize({panel_w_, io.DisplaySize.y - menu_h_ - status_h_});
  ImGui::Begin("##side", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (!session_.doc) {
    ImGui::TextDisabled("No scenario open.");
    ImGui::End();
    return;
  }
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextWrapped("%s", session_.doc->scenario.event.name.empty()
                               ? session_.doc->scenario.name.c_str()
                               : session_.doc->scenario.event.name.c_str());
  ImGui::PopFont();
  ImGui::TextDisabled(
      "variant %s%s",
      session_.variants.empty() ? "A" : session_.variants[session_.current].name.c_str(),
      session_.doc->dirty() ? " · unsaved changes" : "");
  const char* tabs[] = {"Layers", "Feature", "Event", "Results", "Compare", "Problems"};
  if (ImGui::BeginTabBar("##sidetabs")) {
    for (int i = 0; i < 6; ++i) {
      std::string label = tabs[i];
      if (i == 5) {
        const std::size_t n = session_.validation_errors.size() +
                              session_.validation_warnings.size() +
                              session_.doc->load_problems.size();
        if (n) label += " (" + std::to_string(n) + ")";
      }
      label += "###tab" + std::to_string(i);
      const ImGuiTabItemFlags flags = side_tab_request_ == i ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(label.c_str(), nullptr, flags)) {
        ImGui::BeginChild("##tabbody");
        switch (i) {
          case 0:
            panel_layers();
            break;
          case 1:
            panel_feature();
            break;
          case 2:
            panel_event();
            break;
          case 3:
            results_.draw_results(window_->fonts().bold);
            break;
          case 4:
            results_.draw_compare();
            break;
          case 5:
            panel_problems();
            break;
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
  ImGui::Checkbox("Buildings", &canvas_.visible.buildings);
  ImGui::SameLine(200);
  ImGui::Checkbox("Roads and paths", &canvas_.visible.roads);
  ImGui::Checkbox("Squares and open areas", &canvas_.visible.open_areas);
  ImGui::SameLine(200);
  ImGui::Checkbox("Bollards, walls", &canvas_.visible.barriers);
  ImGui::Checkbox("Stops", &canvas_.visible.stops);
  ImGui::SameLine(200);
  if (ImGui::Checkbox("Vehicle-passable in red", &canvas_.visible.highlight_passable))
    canvas_.rebuild_city_gpu();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped(
      "Wide roads with a dark edge: a car can drive them. Thin salmon lines: steps and narrow "
      "paths "
      "it cannot.");
  ImGui::PopStyleColor();
  ImGui::TextDisabled("%zu roads, %zu buildings, %zu open areas, %zu map barriers",
                      session_.doc->city->edges.size(), session_.doc->city->buildings.size(),
                      session_.doc->city->open_areas.size(), session_.doc->city->barriers.size());

  ImGui::Separator();
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Layout");
  ImGui::PopFont();
  for (Kind k : kAllKinds) {
    const KindLook look = kind_look(k);
    swatch((look.fill >> 24) ? look.fill : look.stroke);
    std::string label =
        kind_label(k) + " (" + std::to_string(count(session_.doc->scenario.layout, k)) + ")";
    ImGui::Checkbox(label.c_str(), &canvas_.visible.kinds[static_cast<std::size_t>(k)]);
  }

  ImGui::Separator();
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Results");
  ImGui::PopFont();
  if (canvas_.overlays.empty()) {
    ImGui::TextDisabled(session_.current_result() ? "The analyses returned no map layers."
                                                  : "Run the analyses to see their layers here.");
    return;
  }
  ImGui::Checkbox("Legend on the map", &canvas_.visible.legend);
  for (std::size_t i = 0; i < canvas_.overlays.layers().size(); ++i) {
    LayerOverlay& o = canvas_.overlays.layers()[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::Checkbox(o.layer->name.c_str(), &o.visible);
    ImGui::SameLine();
    ImGui::TextDisabled("(%zu)", o.layer->features.size());
    if (o.visible) {
      ImGui::Indent();
      const std::string current =
          o.colour_field >= 0 ? o.layer->fields[static_cast<std::size_t>(o.colour_field)].name
                              : "one colour";
      ImGui::SetNextItemWidth(220);
      if (ImGui::BeginCombo("colour by", current.c_str())) {
        if (ImGui::Selectable("one colour", o.colour_field < 0))
          canvas_.overlays.set_colour_field(i, -1);
        for (std::size_t f = 0; f < o.layer->fields.size(); ++f)
          if (ImGui::Selectable(o.layer->fields[f].name.c_str(),
                                o.colour_field == static_cast<int>(f)))
            canvas_.overlays.set_colour_field(i, static_cast<int>(f));
        ImGui::EndCombo();
      }
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  for (std::size_t i = 0; i < canvas_.overlays.rasters().size(); ++i) {
    RasterOverlay& r = canvas_.overlays.rasters()[i];
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

bool App::pick_product(FeatureId id, const vehicle::CatalogueEntry& entry) {
  // The product by its catalogue id, and the rating it was tested to (a product without one
  // leaves the barrier unrated: it is never counted as protection).
  if (!session_.apply_property(id, "product", entry.id)) return false;
  return session_.apply_property(id, "rating", catalogue_rating(entry));
}

void App::panel_catalogue(FeatureId id, const LayoutFeature& f) {
  const vehicle::BarrierCatalogue* cat = session_.barrier_catalogue();
  if (!cat) return;
  ImGui::Separator();
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Product from the catalogue");
  ImGui::PopFont();
  if (!session_.catalogue_error.empty()) ImGui::TextWrapped("%s", session_.catalogue_error.c_str());
  const std::string product = property_text(f, "product");
  if (const vehicle::CatalogueEntry* e = product.empty() ? nullptr : cat->find(product)) {
    ImGui::TextWrapped("%s · %s (%s)", e->manufacturer.c_str(), e->product.c_str(),
                       e->type.c_str());
    const std::string rating = catalogue_rating(*e);
    ImGui::TextWrapped("rating %s · %s · %s", rating.empty() ? "none" : rating.c_str(),
                       e->standard.c_str(), e->status_text.c_str());
    if (property_text(f, "rating") != rating)
      ImGui::TextColored(colour_vec(rgba(190, 110, 0)),
                         "the rating entered differs from the product's");
    if (!e->source.empty()) ImGui::TextDisabled("%s", e->source.c_str());
    if (const barriers::PricedProduct* price = priced(session_.price_list(), e->id)) {
      // What the drawn line takes: whole units along it, at the list's (illustrative) price.
      const Shape s = shape_of(f);
      double drawn = 0.0;
      for (std::size_t i = 0; i + 1 < s.points.size(); ++i)
        drawn += distance(s.points[i], s.points[i + 1]);
      const double units = std::max(1.0, std::ceil(drawn / price->unit_width_m - 1e-9));
      ImGui::TextWrapped("%s; this line: %.0f × %s, about %.0f EUR", price_text(*price).c_str(),
                         units, price->unit.c_str(), units * price->unit_price_eur);
      if (!price->price_source.empty()) ImGui::TextDisabled("%s", price->price_source.c_str());
    }
  } else if (!product.empty()) {
    ImGui::TextColored(colour_vec(rgba(190, 110, 0)), "'%s' is not in the catalogue (%s)",
                       product.c_str(), cat->origin.c_str());
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##catalogue_search", "search: name, type, rating, standard",
                           &catalogue_search_);
  const std::vector<const vehicle::CatalogueEntry*> found =
      search_catalogue(*cat, catalogue_search_, &session_.price_list());
  if (ImGui::BeginListBox("##catalogue", {-1, 150})) {
    for (const vehicle::CatalogueEntry* e : found) {
      const std::string rating = catalogue_rating(*e);
      // The rating before the manufacturer: one product tested to several standards reads as
      // several lines that differ only there, and a narrow panel cuts the end of the line.
      const std::string line =
          e->product + " · " + (rating.empty() ? "unrated" : rating) + " · " + e->manufacturer;
      if (ImGui::Selectable((line + "##" + e->id).c_str(), e->id == product)) pick_product(id, *e);
      if (ImGui::IsItemHovered()) {
        const barriers::PricedProduct* price = priced(session_.price_list(), e->id);
        ImGui::SetTooltip("%s\n%s, %s\n%s\n%s", e->type.c_str(), e->standard.c_str(),
                          e->status_text.c_str(), e->note.c_str(),
                          price ? price_text(*price).c_str() : "not in the price list");
      }
    }
    ImGui::EndListBox();
  }
}

void App::panel_feature() {
  if (!canvas_.selected || !valid(session_.doc->scenario.layout, *canvas_.selected)) {
    panel_feature_list();
    return;
  }
  const FeatureId id = *canvas_.selected;
  const LayoutFeature f = get(session_.doc->scenario.layout, id);
  std::string title = kind_label(id.kind);
  title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  ImGui::PushFont(window_->fonts().bold);
  ImGui::Text("%s %zu of %zu", title.c_str(), id.index + 1,
              count(session_.doc->scenario.layout, id.kind));
  ImGui::PopFont();
  const Shape s = shape_of(f);
  bool is_area = false;
  const double size = shape_size(s, is_area);
  if (s.type == ShapeType::Point)
    ImGui::TextDisabled("a point");
  else
    ImGui::TextDisabled(is_area ? "%zu corners, %.0f m²" : "%zu points, %.1f m long",
                        s.points.size(), size);
  if (ImGui::Button("Zoom to")) {
    Box b;
    bg::assign_inverse(b);
    for (Vec2 p : s.points) bg::expand(b, p);
    canvas_.zoom_to(b);
  }
  ImGui::SameLine();
  if (ImGui::Button("Delete")) {
    canvas_.delete_selection();
    return;
  }
  ImGui::SameLine();
  if (ImGui::Button("Deselect")) {
    canvas_.select(std::nullopt);
    return;
  }
  ImGui::Separator();
  if (edit_buffers_revision_ != session_.doc->revision && !ImGui::IsAnyItemActive()) {
    edit_buffers_.clear();
    edit_buffers_revision_ = session_.doc->revision;
  }
  if (ImGui::BeginTable("##props", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("property", ImGuiTableColumnFlags_WidthFixed, 150.0f);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    for (const PropertyDef& d : property_defs(id.kind)) {
      ImGui::PushID(d.key.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      const std::string label =
          d.key + (d.unit.empty() ? "" : " (" + d.unit + ")") + (d.required ? " *" : "");
      ImGui::TextUnformatted(label.c_str());
      if (!d.help.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.help.c_str());
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      if (d.type == PropertyType::Flag) {
        bool v = property_text(f, d.key) == "true";
        if (ImGui::Checkbox("##v", &v)) session_.apply_property(id, d.key, v ? "true" : "false");
      } else {
        auto it = edit_buffers_.find(d.key);
        if (it == edit_buffers_.end())
          it = edit_buffers_.emplace(d.key, property_text(f, d.key)).first;
        ImGui::InputText("##v", &it->second);
        if (ImGui::IsItemDeactivatedAfterEdit()) session_.apply_property(id, d.key, it->second);
      }
      if (!d.help.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.help.c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (!session_.property_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour_vec(rgba(190, 20, 20)));
    ImGui::TextWrapped("%s", session_.property_error.c_str());
    ImGui::PopStyleColor();
  }
  if (id.kind == Kind::Barrier || id.kind == Kind::EmergencyGate) panel_catalogue(id, f);
  // Problems the validation finds with this feature.
  for (const Problem& p : session_.validation_errors)
    if (!info_of(f).id.empty() && p.where.find(info_of(f).id) != std::string::npos) {
      ImGui::PushStyleColor(ImGuiCol_Text, colour_vec(rgba(190, 20, 20)));
      ImGui::TextWrapped("%s", (p.field.empty() ? p.message : p.field + ": " + p.message).c_str());
      ImGui::PopStyleColor();
    }
}

void App::panel_feature_list() {
  ImGui::TextDisabled("Nothing selected. Click a feature on the map or in this list.");
  for (Kind k : kAllKinds) {
    const std::size_t n = count(session_.doc->scenario.layout, k);
    if (n == 0) continue;
    std::string header = kind_label(k) + " (" + std::to_string(n) + ")";
    if (!ImGui::CollapsingHeader(header.c_str())) continue;
    for (std::size_t i = 0; i < n; ++i) {
      const scenario::FeatureInfo& info = info_of(get(session_.doc->scenario.layout, {k, i}));
      std::string label =
          info.name.empty()
              ? (info.id.empty() ? kind_label(k) + " " + std::to_string(i + 1) : info.id)
              : info.name;
      label += "##" + std::to_string(static_cast<int>(k)) + "-" + std::to_string(i);
      if (ImGui::Selectable(label.c_str(), false)) {
        canvas_.select(FeatureId{k, i});
        Box b;
        bg::assign_inverse(b);
        for (Vec2 p : shape_of(get(session_.doc->scenario.layout, {k, i})).points) bg::expand(b, p);
        canvas_.zoom_to(b);
      }
    }
  }
}

void App::panel_event() {
  const scenario::EventFacts& ev = session_.doc->scenario.event;
  scenario::EventFacts& edit = event_edit_;
  if (event_edit_revision_ != session_.doc->revision && !ImGui::IsAnyItemActive()) {
    edit = ev;
    event_edit_revision_ = session_.doc->revision;
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
    if (ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemEdited() && !ImGui::IsItemActive()))
      commit = true;
    v = std::clamp<std::int64_t>(x, lo, hi);
  };
  text("name", edit.name);
  text("organiser", edit.organiser);
  text("location", edit.location);
  static const char* types[] = {"market",     "concert",  "festival",  "sports", "fair",
                                "procession", "fun_fair", "gathering", "other"};
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
    edit.days.push_back(edit.days.empty() ? scenario::EventDay{"2026-12-01", "10:00", "21:00"}
                                          : edit.days.back());
    commit = true;
  }
  if (commit) {
    session_.doc->perform(replace_event(session_.doc->scenario.event, edit));
    event_edit_revision_ = session_.doc->revision;
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
  list(session_.validation_errors, rgba(185, 20, 20), "none");
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Warnings");
  ImGui::PopFont();
  list(session_.validation_warnings, rgba(160, 100, 0), "none");
  if (!session_.doc->load_problems.empty()) {
    ImGui::PushFont(window_->fonts().bold);
    ImGui::TextUnformatted("When the scenario was opened");
    ImGui::PopFont();
    list(session_.doc->load_problems, rgba(120, 80, 0), "");
  }
  if (!session_.run_errors.empty()) {
    ImGui::PushFont(window_->fonts().bold);
    ImGui::TextUnformatted("Last run");
    ImGui::PopFont();
    list(session_.run_errors, rgba(185, 20, 20), "");
  }
}

}  // namespace agora::gui
