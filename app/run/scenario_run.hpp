#pragma once
// Running a loaded scenario: every analysis it asks for, in order, and the outputs a run
// writes: summary.json (every figure and verdict under stable keys, with provenance),
// results.gpkg (the city layers, the layout and every analysis's layers) and the rasters.
// The command line, the batch runner and the GUI all run scenarios through here.

#include <atomic>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/run/analysis_registry.hpp"
#include "gis/layer_writer.hpp"
#include "gis/scenario_reader.hpp"

namespace agora::run {

struct RunOptions {
  const std::atomic<bool>* cancel = nullptr;
  // (analysis name, fraction of it done, text)
  std::function<void(const std::string&, double, std::string_view)> progress;
  // Threads an analysis may use inside one run (the crowd simulation); results do not depend
  // on it. A batch runs its variants on separate threads and leaves this at 1.
  int threads = 1;
  // Where the crowd simulation writes its trajectories for replay; empty: nowhere
  // (RunContext::crowd_trajectories_path).
  std::string crowd_trajectories_path = {};
  // Called after each analysis, with the result so far (its last output is the analysis that
  // just finished), so a caller can show results as they come (the editor).
  std::function<void(const RunResult&)> analysis_finished = {};
  // Run only these of the analyses the scenario asks for (empty: all of them); the others are
  // "not run" for the analyses that read them.
  std::vector<std::string> only = {};
};

// Every core of this machine: for a single run at the command line or in the editor.
int machine_threads();

struct RunResult {
  gis::LoadedScenario loaded;
  std::vector<AnalysisOutput> outputs;
  Figures figures;  // scenario facts, then each analysis's figures
  gis::Provenance provenance;
  bool cancelled = false;

  const AnalysisOutput* output(std::string_view analysis) const;
};

// Figures that describe the scenario itself: event facts, layout counts, map counts.
Figures scenario_figures(const scenario::Scenario& scenario, const city::CityModel& city);

// The layout as feature layers (perimeter, zones, exits, ...), for results.gpkg.
std::vector<FeatureLayer> layout_layers(const scenario::Layout& layout);

RunResult run_scenario(gis::LoadedScenario loaded, const RunOptions& options = {});

// Statements (assumptions, headlines) for JSON files: their key, the English text and the
// arguments as the text has them, so a reader can translate or check them.
nlohmann::json statements_json(const std::vector<Statement>& statements);

// summary.json's document.
nlohmann::json summary_json(const RunResult& result);

struct WriteOptions {
  bool summary = true;
  bool geopackage = true;
  bool rasters = true;
  bool city_layers = true;     // include the city model's layers in results.gpkg
  bool analysis_files = true;  // each analysis's own files (AnalysisPlugin::write_files)
};

// Writes the run's outputs into dir (created if needed), each file atomically. Returns the
// names of the files written.
std::vector<std::string> write_run_outputs(const RunResult& result, const std::string& dir,
                                           const WriteOptions& options = {});

// The files one analysis owns (AnalysisPlugin::write_files), for its own command.
std::vector<std::string> write_analysis_files(const RunResult& result, const AnalysisOutput& output,
                                              const std::string& dir);

}  // namespace agora::run
