// Running the analyses, the results panel (scorecard, figures, assumptions), the variants
// and their side-by-side comparison, and exporting results.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

#include "app/report_files.hpp"
#include "app/run/analysis_registry.hpp"
#include "gis/scenario_reader.hpp"
#include "gui/app/app.hpp"
#include "gui/overlay/describe.hpp"
#include "gui/run/key_figures.hpp"
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

run::RunResult* App::current_result() const {
  if (variants_.empty()) return nullptr;
  return variants_[current_variant_].result.get();
}

bool App::results_stale() {
  const Variant& v = variants_[current_variant_];
  if (!v.result || !doc_) return false;
  if (stale_checked_revision_ != doc_->revision) {
    stale_checked_revision_ = doc_->revision;
    stale_ = !same_layout(doc_->scenario.layout, v.result_layout);
  }
  return stale_;
}

void App::start_run() {
  if (!doc_ || runner_.busy()) return;
  after_change();
  if (!validation_errors_.empty()) {
    show_error("The analyses cannot run yet", validation_errors_);
    side_tab_request_ = 5;
    run_queue_.clear();
    return;
  }
  gis::LoadedScenario input;
  input.scenario = doc_->scenario;
  if (input.scenario.crs.empty()) input.scenario.crs = doc_->crs();
  input.city = doc_->city;
  variants_[current_variant_].result_layout = doc_->scenario.layout;
  runner_.start(std::move(input), doc_->revision, run_trajectory_path());
  run_errors_.clear();
  status_message_ = "running the analyses…";
  side_tab_request_ = 3;
}

void App::poll_run() {
  auto finished = runner_.take();
  if (!finished) return;
  run_errors_ = finished->errors;
  Variant& v = variants_[current_variant_];
  if (finished->result) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "analyses %s in %.1f s",
                  finished->cancelled ? "cancelled" : "finished", finished->seconds);
    status_message_ = buf;
    if (!finished->cancelled) {
      overlays_.clear();
      v.result = std::make_shared<run::RunResult>(std::move(*finished->result));
      v.run_seconds = finished->seconds;
      overlays_.build(v.result->outputs, city_origin_);
      stale_checked_revision_ = 0;
      if (!finished->trajectories.empty()) {
        last_run_trajectories_ = finished->trajectories;
        replay_offer_ = finished->trajectories;
        status_message_ += "; Replay > Replay the last run shows the crowd simulation";
      }
    }
  } else {
    status_message_ = "the run failed: see Problems";
    side_tab_request_ = 5;
    run_queue_.clear();
  }
  if (!run_queue_.empty() && !finished->cancelled) {
    const std::size_t next = run_queue_.front();
    run_queue_.erase(run_queue_.begin());
    switch_variant(next);
    start_run();
  }
}

bool App::add_variant_from(const std::string& path) {
  if (!doc_) return false;
  try {
    scenario::Scenario s = gis::read_scenario_file(path);
    ProblemList problems;
    std::vector<Problem> warnings;
    gis::read_layout(s, doc_->crs(), problems, warnings);
    problems.throw_if_any();
    Variant v;
    v.name = std::string(1, static_cast<char>('A' + std::min<std::size_t>(variants_.size(), 25)));
    v.source = std::filesystem::path(path).filename().string();
    v.layout = std::move(s.layout);
    v.history.mark_unsaved();  // not what the open scenario's files hold
    variants_.push_back(std::move(v));
    status_message_ =
        "variant " + variants_.back().name + " has the layout of " + variants_.back().source;
    return true;
  } catch (const Error& e) {
    show_error("Cannot read the variant's layout", e.problems());
    return false;
  }
}

void App::new_variant() {
  Variant v;
  v.name = std::string(1, static_cast<char>('A' + std::min<std::size_t>(variants_.size(), 25)));
  v.source = "copy of " + variants_[current_variant_].name;
  v.layout = doc_->scenario.layout;
  // The copy equals what is on disk only if the current variant is saved.
  if (!doc_->history.at_saved()) v.history.mark_unsaved();
  variants_.push_back(std::move(v));
  switch_variant(variants_.size() - 1);
  status_message_ =
      "variant " + variants_.back().name + " is a copy of the previous one: change it and compare";
}

void App::switch_variant(std::size_t index) {
  if (!doc_ || index >= variants_.size() || index == current_variant_ || runner_.busy()) return;
  Variant& from = variants_[current_variant_];
  from.layout = std::move(doc_->scenario.layout);
  from.history = std::move(doc_->history);
  Variant& to = variants_[index];
  doc_->scenario.layout = std::move(to.layout);
  doc_->history = std::move(to.history);
  to.layout = {};
  to.history = {};
  ++doc_->revision;
  current_variant_ = index;
  select(std::nullopt);
  sketch_.reset();
  overlays_.clear();
  if (to.result) overlays_.build(to.result->outputs, city_origin_);
  stale_checked_revision_ = 0;
}

void App::panel_results() {
  ImFont* bold = window_->fonts().bold;
  if (run::analysis_plugins().empty()) {
    ImGui::TextWrapped(
        "This build of Agora has no analyses registered yet. The scenario is still checked (see "
        "Problems) and can be edited and saved.");
  }
  if (runner_.busy()) {
    const auto p = runner_.progress();
    ImGui::Text("Running %s…", p.analysis.empty() ? "the analyses" : p.analysis.c_str());
    ImGui::ProgressBar(static_cast<float>(p.fraction), {-1, 0}, p.text.c_str());
    if (ImGui::Button("Cancel")) runner_.cancel();
  } else {
    if (!validation_errors_.empty()) ImGui::BeginDisabled();
    if (ImGui::Button("Run analyses", {160, 0})) start_run();
    if (!validation_errors_.empty()) {
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::TextColored(colour_vec(rgba(185, 20, 20)), "%zu problem(s) to fix first",
                         validation_errors_.size());
    }
  }
  const run::RunResult* r = current_result();
  if (!r) {
    ImGui::TextDisabled("No results yet for variant %s.", variants_[current_variant_].name.c_str());
    return;
  }
  ImGui::TextDisabled("variant %s · %.1f s", variants_[current_variant_].name.c_str(),
                      variants_[current_variant_].run_seconds);
  if (results_stale())
    ImGui::TextColored(colour_vec(rgba(190, 110, 0)),
                       "The layout changed since this run: run again to update.");
  ImGui::Separator();
  if (const Feature* f = overlays_.selected_feature()) {
    const LayerOverlay* o = overlays_.find_layer(overlays_.selection()->layer);
    const FeatureDescription d = describe_feature(*o->layer, *f);
    ImGui::PushFont(window_->fonts().bold);
    ImGui::TextWrapped("Selected: %s", o->title.c_str());
    ImGui::PopFont();
    for (const std::string& l : d.class_lines) ImGui::BulletText("%s", l.c_str());
    if (ImGui::TreeNode("all fields")) {
      for (const std::string& l : d.lines) ImGui::TextUnformatted(l.c_str());
      ImGui::TreePop();
    }
    if (ImGui::SmallButton("Clear selection")) overlays_.select(std::nullopt);
    ImGui::Separator();
  }
  panel_scorecard();
  for (const run::AnalysisOutput& o : r->outputs) {
    if (!ImGui::CollapsingHeader(o.analysis.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
    if (ImGui::BeginTable(("##fig" + o.analysis).c_str(), 2,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                              ImGuiTableFlags_SizingStretchProp)) {
      for (const auto& [key, value] : o.figures.entries()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(key.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(value_text(value).c_str());
      }
      ImGui::EndTable();
    }
    if (!o.assumptions.empty()) {
      bold_header("Assumptions", bold);
      const report::Strings en("en");
      for (const Statement& a : o.assumptions) ImGui::TextWrapped("• %s", en.say(a).c_str());
    }
    if (!o.warnings.empty()) {
      bold_header("Warnings", bold);
      for (const Problem& w : o.warnings)
        ImGui::TextColored(colour_vec(rgba(160, 100, 0)), "• %s", w.message.c_str());
    }
  }
}

void App::panel_scorecard() {
  // Generic scorecard: every figure whose key ends in ".verdict" or ".status" is a row; its
  // siblings ".value", ".rule", ".source" and ".x"/".y" (local metres) fill the columns.
  const run::RunResult* r = current_result();
  if (!r) return;
  struct Row {
    std::string criterion, verdict, value, rule, source;
    std::optional<Vec2> where;
  };
  std::vector<Row> rows;
  const Figures& f = r->figures;
  for (const auto& [key, value] : f.entries()) {
    for (const char* suffix : {".verdict", ".status"}) {
      if (!key.ends_with(suffix)) continue;
      const std::string base = key.substr(0, key.size() - std::string(suffix).size());
      Row row{base, value_text(value), "", "", "", std::nullopt};
      if (const Value* v = f.find(base + ".value")) row.value = value_text(*v);
      if (const Value* v = f.find(base + ".rule")) row.rule = value_text(*v);
      if (const Value* v = f.find(base + ".source")) row.source = value_text(*v);
      const Value* x = f.find(base + ".x");
      const Value* y = f.find(base + ".y");
      if (x && y && std::holds_alternative<double>(*x) && std::holds_alternative<double>(*y))
        row.where = Vec2{std::get<double>(*x), std::get<double>(*y)};
      rows.push_back(std::move(row));
    }
  }
  if (rows.empty()) return;
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Scorecard");
  ImGui::PopFont();
  if (ImGui::BeginTable("##scorecard", 3,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                            ImGuiTableFlags_SizingStretchProp)) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const Rgba c = verdict_colour(verdict_of(row.verdict));
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const ImVec2 p = ImGui::GetCursorScreenPos();
      dl->AddCircleFilled({p.x + 7, p.y + 9}, 6.0f, c | 0xFF000000u);
      ImGui::Dummy({16, 16});
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(row.criterion.c_str(), highlighted_row_ == i,
                            ImGuiSelectableFlags_SpanAllColumns)) {
        highlighted_row_ = i;
        if (row.where) zoom_to({*row.where - Vec2{30, 30}, *row.where + Vec2{30, 30}});
      }
      ImGui::PopID();
      if (!row.rule.empty()) ImGui::TextDisabled("%s", row.rule.c_str());
      if (!row.source.empty()) ImGui::TextDisabled("source: %s", row.source.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.value.empty() ? row.verdict.c_str() : row.value.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
}

void App::panel_compare() {
  ImGui::TextWrapped(
      "Variants are layouts of the same scenario. Make one from the current layout, change it (add "
      "or "
      "rate barriers, move exits), run it, and compare the key figures here.");
  if (ImGui::Button("New variant from current")) new_variant();
  ImGui::SameLine();
  if (runner_.busy()) ImGui::BeginDisabled();
  if (ImGui::Button("Run all variants")) invoke("Variants/Run all variants");
  if (runner_.busy()) ImGui::EndDisabled();
  ImGui::Spacing();
  for (std::size_t v = 0; v < variants_.size(); ++v) {
    const std::string label = variants_[v].name + "##variant";
    if (ImGui::RadioButton(label.c_str(), current_variant_ == v)) switch_variant(v);
    ImGui::SameLine();
    ImGui::TextDisabled("%s%s",
                        variants_[v].source.empty() ? "as opened" : variants_[v].source.c_str(),
                        variants_[v].result ? "" : " · not run");
  }
  const int columns = static_cast<int>(variants_.size()) + 1;
  ImGui::Checkbox("every figure", &compare_all_figures_);
  // Keys: the key figures (or all) of every variant's result, key figures in their order.
  std::vector<std::pair<int, std::string>> ranked;
  std::set<std::string> seen;
  for (const Variant& v : variants_) {
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
    for (const Variant& v : variants_)
      ImGui::TableSetupColumn(v.name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("barrier cost (layout), EUR");
    for (std::size_t i = 0; i < variants_.size(); ++i) {
      ImGui::TableNextColumn();
      bool any = false;
      const double cost =
          barrier_cost(i == current_variant_ ? doc_->scenario.layout : variants_[i].layout, any);
      if (any)
        ImGui::Text("%.0f", cost);
      else
        ImGui::TextDisabled("—");
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("barriers in the layout");
    for (std::size_t i = 0; i < variants_.size(); ++i) {
      ImGui::TableNextColumn();
      ImGui::Text(
          "%zu",
          (i == current_variant_ ? doc_->scenario.layout : variants_[i].layout).barriers.size());
    }
    for (const std::string& key : keys) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(key.c_str());
      for (const Variant& v : variants_) {
        ImGui::TableNextColumn();
        const Value* val = v.result ? v.result->figures.find(key) : nullptr;
        if (!val) {
          ImGui::TextDisabled("—");
          continue;
        }
        const std::string text = value_text(*val);
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

void App::export_report(const std::string& dir) {
  const run::RunResult* r = current_result();
  if (!r) return;
  std::vector<const run::RunResult*> others;
  std::vector<std::string> labels{variants_[current_variant_].name};
  for (std::size_t v = 0; v < variants_.size(); ++v)
    if (v != current_variant_ && variants_[v].result) {
      others.push_back(variants_[v].result.get());
      labels.push_back(variants_[v].name);
    }
  try {
    const app::ReportFiles files = app::write_report_files(*r, dir, others, labels);
    status_message_ = "report written: " + files.html_path + " and " + files.pdf_path + " (" +
                      std::to_string(files.pdf_pages) + " pages)";
  } catch (const Error& e) {
    show_error("Cannot write the report", e.problems());
  }
}

void App::export_results(const std::string& dir) {
  const run::RunResult* r = current_result();
  if (!r) return;
  try {
    run::write_run_outputs(*r, dir);
    status_message_ = "results written to " + dir;
  } catch (const Error& e) {
    show_error("Cannot export the results", e.problems());
  }
}

}  // namespace agora::gui
