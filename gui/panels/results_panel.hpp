#pragma once
// The side panel's Results and Compare tabs: the run button and the analyses to run, the
// verdicts as the report gives them (scorecard, risk matrix, class, ramming; each clickable to
// its place on the map), the crossings worst first, every analysis's figures, assumptions and
// warnings in words, and the variants' key figures side by side with the better one marked.
// It reads the session and shows places through the canvas; what its buttons start (a run, a
// variant) goes through `actions`.

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "gui/canvas/canvas_controller.hpp"
#include "gui/run/verdict_rows.hpp"
#include "gui/session/editor_session.hpp"

namespace agora::gui {

class ResultsPanel {
 public:
  ResultsPanel(EditorSession& session, CanvasController& canvas)
      : session_(session), canvas_(canvas) {}
  ResultsPanel(const ResultsPanel&) = delete;
  ResultsPanel& operator=(const ResultsPanel&) = delete;

  struct Actions {
    std::function<void()> run, new_variant, run_all_variants;
    std::function<void(std::size_t)> switch_variant;
  };
  Actions actions;

  void draw_results(ImFont* bold);  // the Results tab
  void draw_compare();              // the Compare tab
  // A new result may reuse the old one's address: the rows are built afresh.
  void invalidate() { verdict_rows_valid_ = false; }

  // The verdict rows of the current result (built once per result and per finished analysis),
  // and a click on row i: its place on the map.
  const std::vector<VerdictRow>& verdict_rows();
  void show_verdict_row(std::size_t i);
  // The ramming crossings in the list's order (worst verdict first until sorted otherwise), and
  // a click on row i: zoom there and show the crossing's run-up paths.
  const std::vector<CrossingRow>& crossings() {
    verdict_rows();
    return crossing_rows_;
  }
  void show_crossing(std::size_t i);

 private:
  void draw_scorecard(ImFont* bold);
  void draw_crossings();
  void select_crossing(std::uint32_t id);

  EditorSession& session_;
  CanvasController& canvas_;
  std::optional<std::size_t> highlighted_row_;
  std::vector<VerdictRow> verdict_rows_;
  const run::RunResult* verdict_rows_of_ = nullptr;
  std::size_t verdict_rows_outputs_ = 0;
  bool verdict_rows_valid_ = false;
  std::vector<CrossingRow> crossing_rows_;
  std::optional<std::uint32_t> highlighted_crossing_;
  bool compare_all_figures_ = false;
};

}  // namespace agora::gui
