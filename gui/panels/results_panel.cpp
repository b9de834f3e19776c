#include "gui/panels/results_panel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "app/run/analysis_registry.hpp"
#include "gui/overlay/describe.hpp"
#include "gui/run/key_figures.hpp"
#include "report/format.hpp"
#include "report/strings.hpp"

namespace agora::gui {

namespace {

ImVec4 colour_vec(Rgba c) {
  return {static_cast<float>(c & 0xFF) / 255.0f, static_cast<float>((c >> 8) & 0xFF) / 255.0f,
          static_cast<float>((c >> 16) & 0xFF) / 255.0f, 1.0f};
}

bool bold_header(const char* text, ImFont* bold) {
  ImGui::PushFont(bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  return true;
}

double barrier_cost(const scenario::Layout& layout, bool& any) {
  double total = 0.0;
  any = false;
  for (const auto& b : layout.barriers)
    if (scenario::is_set(b.cost_eur)) total += b.cost_eur, any = true;
  return total;
}

}  // namespace

void ResultsPanel::draw_results(ImFont* bold) {
  if (run::analysis_plugins().empty()) {
    ImGui::TextWrapped(
        "This build of Agora has no analyses registered yet. The scenario is still checked (see "
        "Problems) and can be edited and saved.");
  }
  if (session_.runner.busy()) {
    const auto p = session_.runner.progress();
    ImGui::Text("Running %s…", p.analysis.empty() ? "the analyses" : p.analysis.c_str());
    ImGui::ProgressBar(static_cast<float>(p.fraction), {-1, 0}, p.text.c_str());
    if (ImGui::Button("Cancel")) session_.runner.cancel();
  } else {
    if (!session_.validation_errors.empty()) ImGui::BeginDisabled();
    if (ImGui::Button("Run analyses", {160, 0})) actions.run();
    if (!session_.validation_errors.empty()) {
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::TextColored(colour_vec(rgba(185, 20, 20)), "%zu problem(s) to fix first",
                         session_.validation_errors.size());
    }
  }
  // Which of the scenario's analyses the next run does (the others are "not run").
  if (session_.doc && !session_.runner.busy()) {
    const std::vector<std::string> choices = session_.run_choices();
    if (choices.size() > 1) {
      ImGui::TextDisabled("Run:");
      for (const std::string& a : choices) {
        const report::Strings en("en");
        const std::string label =
            en.has("analysis." + a + ".name") ? en("analysis." + a + ".name") : a;
        bool on = !session_.run_skipped.contains(a);
        ImGui::SameLine();
        if (ImGui::Checkbox((label + "##run_" + a).c_str(), &on)) {
          if (on)
            session_.run_skipped.erase(a);
          else
            session_.run_skipped.insert(a);
        }
      }
    }
  }
  if (session_.first_verdict_ms >= 0)
    ImGui::TextDisabled("first results %.1f s after Run", session_.first_verdict_ms / 1000.0);
  const run::RunResult* r = session_.current_result();
  if (!r) {
    ImGui::TextDisabled("No results yet for variant %s.",
                        session_.variants[session_.current].name.c_str());
    return;
  }
  ImGui::TextDisabled("variant %s · %.1f s", session_.variants[session_.current].name.c_str(),
                      session_.variants[session_.current].run_seconds);
  if (session_.results_stale())
    ImGui::TextColored(colour_vec(rgba(190, 110, 0)),
                       "The layout changed since this run: run again to update.");
  ImGui::Separator();
  if (const Feature* f = canvas_.overlays.selected_feature()) {
    const LayerOverlay* o = canvas_.overlays.find_layer(canvas_.overlays.selection()->layer);
    const FeatureDescription d = describe_feature(*o->layer, *f);
    ImGui::PushFont(bold);
    ImGui::TextWrapped("Selected: %s", o->title.c_str());
    ImGui::PopFont();
    for (const std::string& l : d.class_lines) ImGui::BulletText("%s", l.c_str());
    if (ImGui::TreeNode("all fields")) {
      for (const std::string& l : d.lines) ImGui::TextUnformatted(l.c_str());
      ImGui::TreePop();
    }
    if (ImGui::SmallButton("Clear selection")) canvas_.overlays.select(std::nullopt);
    ImGui::Separator();
  }
  draw_scorecard(bold);
  draw_crossings();
  const report::Strings en("en");
  for (const run::AnalysisOutput& o : r->outputs) {
    const std::string title =
        (en.has("analysis." + o.analysis + ".name") ? en("analysis." + o.analysis + ".name")
                                                    : o.analysis) +
        "##" + o.analysis;
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
    if (ImGui::BeginTable(("##fig" + o.analysis).c_str(), 2,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                              ImGuiTableFlags_SizingStretchProp)) {
      for (const auto& [key, value] : o.figures.entries()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        // In words, the key for those who look it up in summary.json.
        ImGui::TextWrapped("%s", figure_name(key, en).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", key.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(figure_text(value, key, en).c_str());
      }
      ImGui::EndTable();
    }
    if (!o.assumptions.empty()) {
      bold_header("Assumptions", bold);
      for (const Statement& a : o.assumptions) ImGui::TextWrapped("• %s", en.say(a).c_str());
    }
    if (!o.warnings.empty()) {
      bold_header("Warnings", bold);
      for (const Problem& w : o.warnings)
        ImGui::TextColored(colour_vec(rgba(160, 100, 0)), "• %s", w.message.c_str());
    }
  }
}

const std::vector<VerdictRow>& ResultsPanel::verdict_rows() {
  const run::RunResult* r = session_.current_result();
  if (!verdict_rows_valid_ || r != verdict_rows_of_ ||
      (r && r->outputs.size() != verdict_rows_outputs_)) {
    verdict_rows_valid_ = true;
    verdict_rows_of_ = r;
    verdict_rows_outputs_ = r ? r->outputs.size() : 0;
    verdict_rows_ =
        r ? gui::verdict_rows(r->outputs, report::Strings("en")) : std::vector<VerdictRow>{};
    crossing_rows_ =
        r ? crossing_rows(r->outputs, report::Strings("en")) : std::vector<CrossingRow>{};
    // Worst verdict first, then the fastest approach.
    std::stable_sort(crossing_rows_.begin(), crossing_rows_.end(),
                     [](const CrossingRow& a, const CrossingRow& b) {
                       return a.severity != b.severity ? a.severity > b.severity
                                                       : a.speed_kmh > b.speed_kmh;
                     });
    highlighted_row_.reset();
  }
  return verdict_rows_;
}

void ResultsPanel::select_crossing(std::uint32_t id) {
  LayerOverlay* o = canvas_.overlays.find_layer("ramming_crossings");
  if (!o) return;
  const int k = o->layer->field_index("id");
  if (k < 0) return;
  for (std::size_t i = 0; i < o->layer->features.size(); ++i)
    if (const auto* v = std::get_if<std::int64_t>(
            &o->layer->features[i].values.at(static_cast<std::size_t>(k)));
        v && *v == static_cast<std::int64_t>(id)) {
      o->visible = true;
      canvas_.overlays.select(OverlaySelection{"ramming_crossings", i});
      // Its run-up paths follow the selection: show them.
      for (LayerOverlay& l : canvas_.overlays.layers())
        if (l.follows == "ramming_crossings") l.visible = true;
      return;
    }
}

void ResultsPanel::show_crossing(std::size_t i) {
  verdict_rows();
  if (i >= crossing_rows_.size()) return;
  const CrossingRow& c = crossing_rows_[i];
  highlighted_crossing_ = c.id;
  canvas_.zoom_to({c.where - Vec2{60, 60}, c.where + Vec2{60, 60}});
  select_crossing(c.id);
}

void ResultsPanel::draw_crossings() {
  verdict_rows();
  if (crossing_rows_.empty()) return;
  const report::Strings en("en");
  if (!ImGui::CollapsingHeader(
          (en("ramming.title") + " · " + std::to_string(crossing_rows_.size()) + "##crossings")
              .c_str()))
    return;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##crossing_list", 4, flags, {0, 260})) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("crossing", ImGuiTableColumnFlags_NoSort, 2.2f);
  ImGui::TableSetupColumn(
      "verdict", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending,
      2.0f);
  ImGui::TableSetupColumn("km/h", ImGuiTableColumnFlags_PreferSortDescending, 0.8f);
  ImGui::TableSetupColumn("people", ImGuiTableColumnFlags_PreferSortDescending, 0.8f);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs();
      sort && sort->SpecsDirty && sort->SpecsCount > 0) {
    const int col = sort->Specs[0].ColumnIndex;
    const bool desc = sort->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    std::stable_sort(crossing_rows_.begin(), crossing_rows_.end(),
                     [&](const CrossingRow& a, const CrossingRow& b) {
                       const double x = col == 2 ? a.speed_kmh : col == 3 ? a.people : a.severity;
                       const double y = col == 2 ? b.speed_kmh : col == 3 ? b.people : b.severity;
                       if (x == y) return a.speed_kmh > b.speed_kmh;
                       return desc ? x > y : x < y;
                     });
    sort->SpecsDirty = false;
  }
  for (std::size_t i = 0; i < crossing_rows_.size(); ++i) {
    const CrossingRow& c = crossing_rows_[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(c.id));
    if (ImGui::Selectable(c.label.empty() ? "—" : c.label.c_str(), highlighted_crossing_ == c.id,
                          ImGuiSelectableFlags_SpanAllColumns))
      show_crossing(i);
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::TextColored(colour_vec(c.colour), "%s", c.verdict.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%.0f", c.speed_kmh);
    ImGui::TableNextColumn();
    ImGui::Text("%.0f", c.people);
  }
  ImGui::EndTable();
}

void ResultsPanel::show_verdict_row(std::size_t i) {
  const std::vector<VerdictRow>& rows = verdict_rows();
  if (i >= rows.size()) return;
  highlighted_row_ = i;
  if (rows[i].crossing) select_crossing(*rows[i].crossing);
  if (rows[i].where) {
    canvas_.zoom_to({*rows[i].where - Vec2{40, 40}, *rows[i].where + Vec2{40, 40}});
    canvas_.flash_box = Box{*rows[i].where - Vec2{6, 6}, *rows[i].where + Vec2{6, 6}};
    canvas_.flash_frames = 90;
  } else {
    canvas_.fit_to_scenario();
  }
}

void ResultsPanel::draw_scorecard(ImFont* bold) {
  // The verdicts as the report gives them: scorecard, risk matrix, classification, ramming; each
  // coloured, named, with its value and its rule or reason; a click shows its place on the map.
  const std::vector<VerdictRow>& rows = verdict_rows();
  if (rows.empty()) return;
  const report::Strings en("en");
  std::optional<VerdictRow::Group> group;
  bool table_open = false;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const VerdictRow& row = rows[i];
    if (row.group != group) {
      if (table_open) ImGui::EndTable();
      group = row.group;
      ImGui::PushFont(bold);
      ImGui::TextUnformatted(group_title(row.group, en).c_str());
      ImGui::PopFont();
      table_open =
          ImGui::BeginTable(("##verdicts" + std::to_string(static_cast<int>(row.group))).c_str(), 3,
                            ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_SizingStretchProp);
      if (table_open) {
        ImGui::TableSetupColumn("##dot", ImGuiTableColumnFlags_WidthFixed, 18.0f);
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("##verdict", ImGuiTableColumnFlags_WidthStretch, 1.2f);
      }
    }
    if (!table_open) continue;
    const Rgba c = verdict_colour(row.tone);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled({p.x + 7, p.y + 9}, 6.0f, c | 0xFF000000u);
    ImGui::Dummy({16, 16});
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable(row.title.c_str(), highlighted_row_ == i,
                          ImGuiSelectableFlags_SpanAllColumns))
      show_verdict_row(i);
    ImGui::PopID();
    if (!row.value.empty()) ImGui::TextWrapped("%s", row.value.c_str());
    if (!row.reason.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", row.reason.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::TableNextColumn();
    ImGui::TextColored(colour_vec(row.tone == Verdict::Unknown ? rgba(110, 110, 120) : c), "%s",
                       row.verdict.c_str());
  }
  if (table_open) ImGui::EndTable();
  ImGui::Separator();
}

void ResultsPanel::draw_compare() {
  ImGui::TextWrapped(
      "Variants are layouts of the same scenario. Make one from the current layout, change it (add "
      "or "
      "rate barriers, move exits), run it, and compare the key figures here: the better variant of "
      "each figure is shaded green.");
  if (ImGui::Button("New variant from current")) actions.new_variant();
  ImGui::SameLine();
  if (session_.runner.busy()) ImGui::BeginDisabled();
  if (ImGui::Button("Run all variants")) actions.run_all_variants();
  if (session_.runner.busy()) ImGui::EndDisabled();
  ImGui::Spacing();
  for (std::size_t v = 0; v < session_.variants.size(); ++v) {
    const std::string label = session_.variants[v].name + "##variant";
    if (ImGui::RadioButton(label.c_str(), session_.current == v)) actions.switch_variant(v);
    ImGui::SameLine();
    ImGui::TextDisabled(
        "%s%s",
        session_.variants[v].source.empty() ? "as opened" : session_.variants[v].source.c_str(),
        session_.variants[v].result ? "" : " · not run");
  }
  const int columns = static_cast<int>(session_.variants.size()) + 1;
  ImGui::Checkbox("every figure", &compare_all_figures_);
  // Keys: the key figures (or all) of every variant's result, key figures in their order.
  std::vector<std::pair<int, std::string>> ranked;
  std::set<std::string> seen;
  for (const EditorSession::Variant& v : session_.variants) {
    if (!v.result) continue;
    for (const auto& [key, value] : v.result->figures.entries()) {
      const int rank = key_figure_rank(key);
      if ((rank >= 0 || compare_all_figures_) && seen.insert(key).second)
        ranked.emplace_back(rank >= 0 ? rank : 1000, key);
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> keys;
  for (auto& [rank, key] : ranked) keys.push_back(std::move(key));
  if (ImGui::BeginTable(
          "##compare", columns,
          ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("figure", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    for (const EditorSession::Variant& v : session_.variants)
      ImGui::TableSetupColumn(v.name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const report::Strings en("en");
    ImGui::TextUnformatted("barrier cost (layout)");
    for (std::size_t i = 0; i < session_.variants.size(); ++i) {
      ImGui::TableNextColumn();
      bool any = false;
      const double cost = barrier_cost(
          i == session_.current ? session_.doc->scenario.layout : session_.variants[i].layout, any);
      if (any)
        ImGui::TextUnformatted(("€ " + report::format_number(cost, 0, en)).c_str());
      else
        ImGui::TextDisabled("—");
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("barriers in the layout");
    for (std::size_t i = 0; i < session_.variants.size(); ++i) {
      ImGui::TableNextColumn();
      ImGui::Text("%zu", (i == session_.current ? session_.doc->scenario.layout
                                                : session_.variants[i].layout)
                             .barriers.size());
    }
    for (const std::string& key : keys) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", figure_name(key, en).c_str());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", key.c_str());
      std::vector<const Value*> values;
      for (const EditorSession::Variant& v : session_.variants)
        values.push_back(v.result ? v.result->figures.find(key) : nullptr);
      // The better variant of each figure that has a better way (fewer crossings, lower speeds).
      const std::vector<std::size_t> best = best_variants(key, values);
      for (std::size_t i = 0; i < values.size(); ++i) {
        ImGui::TableNextColumn();
        const Value* val = values[i];
        if (!val) {
          ImGui::TextDisabled("—");
          continue;
        }
        if (std::find(best.begin(), best.end(), i) != best.end()) {
          const Rgba good = verdict_colour(Verdict::Good);
          ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, (good & 0x00FFFFFFu) | 0x30000000u);
          ImGui::TextColored(colour_vec(good), "%s", figure_text(*val, key, en).c_str());
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("the better variant for this figure");
          continue;
        }
        const std::string text = figure_text(*val, key, en);
        const Verdict verdict =
            std::holds_alternative<std::string>(*val) ? verdict_of(text) : Verdict::Unknown;
        if (verdict != Verdict::Unknown)
          ImGui::TextColored(colour_vec(verdict_colour(verdict)), "%s", text.c_str());
        else
          ImGui::TextUnformatted(text.c_str());
      }
    }
    ImGui::EndTable();
  }
  if (keys.empty()) ImGui::TextDisabled("Run the variants to fill the table.");
}

}  // namespace agora::gui
