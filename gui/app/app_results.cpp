// Running the analyses and taking their results as they finish, the variants, and exporting
// results and the report. The Results and Compare tabs are a ResultsPanel (gui/panels).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "app/report_files.hpp"
#include "gis/scenario_reader.hpp"
#include "gui/app/app.hpp"

namespace agora::gui {

void App::start_run() {
  if (session_.doc) after_change();
  switch (session_.start_run(
      [this](const std::string& variant) { return replay_.run_trajectory_path(variant); })) {
    case EditorSession::RunStart::Busy:
      return;
    case EditorSession::RunStart::Invalid:
      dialogs_.show_error("The analyses cannot run yet", session_.validation_errors);
      side_tab_request_ = 5;
      return;
    case EditorSession::RunStart::NothingChosen:
      dialogs_.show_error("The analyses cannot run yet",
                          "no analysis is chosen: tick at least one in the Results tab");
      return;
    case EditorSession::RunStart::Started:
      break;
  }
  status_message_ = "running the analyses…";
  side_tab_request_ = 3;
}

void App::show_result(std::shared_ptr<run::RunResult> result) {
  // The overlays point into the old result until they are rebuilt: it lives to the end here.
  const std::shared_ptr<run::RunResult> old = session_.current_variant().result;
  results_.invalidate();  // a new result may reuse the old one's address
  session_.set_result(std::move(result));
  // The overlays the user switched on or off stay so (a re-run, or the next analysis's results).
  canvas_.build_overlays(session_.current_variant().result->outputs, /*keep_shown=*/true);
}

void App::poll_run() {
  // Each analysis's results as soon as it finishes (ramming in seconds, the crowd run later).
  AnalysisRunner& runner = session_.runner;
  if (auto partial = runner.take_partial()) {
    show_result(std::make_shared<run::RunResult>(std::move(*partial)));
    if (session_.first_verdict_ms < 0) session_.first_verdict_ms = session_.ms_since_run_start();
  }
  auto finished = runner.take();
  if (!finished) return;
  session_.run_errors = finished->errors;
  EditorSession::Variant& v = session_.current_variant();
  if (finished->result) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "analyses %s in %.1f s",
                  finished->cancelled ? "cancelled" : "finished", finished->seconds);
    status_message_ = buf;
    v.run_seconds = finished->seconds;
    if (!finished->cancelled) {
      show_result(std::make_shared<run::RunResult>(std::move(*finished->result)));
      if (!finished->trajectories.empty()) {
        replay_.last_run = finished->trajectories;
        replay_.offer = finished->trajectories;
        status_message_ += "; Replay > Replay the last run shows the crowd simulation";
      }
    } else if (v.result) {
      // Cancelled: the analyses that finished before the cancel stay.
      status_message_ += "; the finished analyses' results are kept";
    }
  } else {
    status_message_ = "the run failed: see Problems";
    side_tab_request_ = 5;
    session_.run_queue.clear();
  }
  std::vector<std::size_t>& queue = session_.run_queue;
  if (!queue.empty() && !finished->cancelled) {
    const std::size_t next = queue.front();
    queue.erase(queue.begin());
    switch_variant(next);
    start_run();
  }
}

bool App::add_variant_from(const std::string& path) {
  if (!session_.doc) return false;
  try {
    session_.add_variant_from(path);
    status_message_ = "variant " + session_.variants.back().name + " has the layout of " +
                      session_.variants.back().source;
    return true;
  } catch (const Error& e) {
    dialogs_.show_error("Cannot read the variant's layout", e.problems());
    return false;
  }
}

void App::new_variant() {
  const std::size_t before = session_.current;
  session_.new_variant();
  if (session_.current != before) {
    canvas_.select(std::nullopt);
    canvas_.sketch.reset();
    canvas_.overlays.clear();
  }
  status_message_ = "variant " + session_.variants.back().name +
                    " is a copy of the previous one: change it and compare";
}

void App::switch_variant(std::size_t index) {
  if (!session_.switch_variant(index)) return;
  canvas_.select(std::nullopt);
  canvas_.sketch.reset();
  canvas_.overlays.clear();
  if (const run::RunResult* r = session_.current_result())
    canvas_.overlays.build(r->outputs, canvas_.city_origin);
}

void App::export_report(const std::string& dir) {
  const run::RunResult* r = session_.current_result();
  if (!r) return;
  std::vector<const run::RunResult*> others;
  std::vector<std::string> labels{session_.variants[session_.current].name};
  for (std::size_t v = 0; v < session_.variants.size(); ++v)
    if (v != session_.current && session_.variants[v].result) {
      others.push_back(session_.variants[v].result.get());
      labels.push_back(session_.variants[v].name);
    }
  try {
    const app::ReportFiles files = app::write_report_files(*r, dir, others, labels);
    status_message_ = "report written: " + files.html_path + " and " + files.pdf_path + " (" +
                      std::to_string(files.pdf_pages) + " pages)";
  } catch (const Error& e) {
    dialogs_.show_error("Cannot write the report", e.problems());
  }
}

void App::export_results(const std::string& dir) {
  const run::RunResult* r = session_.current_result();
  if (!r) return;
  try {
    run::write_run_outputs(*r, dir);
    status_message_ = "results written to " + dir;
  } catch (const Error& e) {
    dialogs_.show_error("Cannot export the results", e.problems());
  }
}

}  // namespace agora::gui
