#pragma once
// The analyses `agora run`, `agora batch`, the GUI and the report know about. An analysis
// plugs in by adding one entry to analysis_registry.cpp: its name, when it applies, a run
// function that loads its own tables (profile, vehicle classes, catalogue) and calls the pure
// analysis in sim/, and the extra files it owns (ramming.csv, assess.json, crowd_flow.csv).

#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/core/analysis_output.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::run {

struct RunResult;  // app/run/scenario_run.hpp

struct RunContext {
  const scenario::Scenario& scenario;
  const city::CityModel& city;
  // Set from another thread to stop a long analysis; analyses check it between steps.
  const std::atomic<bool>* cancel = nullptr;
  // Progress of the current analysis in [0, 1], with a short text.
  std::function<void(double, std::string_view)> progress;
  // The outputs of the analyses that ran before this one in the same run (the assessment reads
  // the ramming analysis's figures from here); null when run on its own.
  const std::vector<AnalysisOutput>* earlier = nullptr;
  // Threads the analysis may use; its result must not depend on the number.
  int threads = 1;
  // When set, the crowd simulation writes its agents' trajectories to this file
  // (crowd_trajectories.agtraj format; the editor records them for replay).
  std::string crowd_trajectories_path = {};
  bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
  // The earlier output of `analysis`, or null.
  const AnalysisOutput* earlier_output(std::string_view analysis) const {
    if (earlier)
      for (const AnalysisOutput& o : *earlier)
        if (o.analysis == analysis) return &o;
    return nullptr;
  }
};

struct AnalysisPlugin {
  std::string name;                                        // as listed in scenario.json "analyses"
  std::string title;                                       // for people
  std::function<bool(const scenario::Scenario&)> applies;  // when "analyses" is empty
  std::function<AnalysisOutput(const RunContext&)> run;
  // Writes the analysis's own files beside summary.json (each atomically) and returns their
  // names; `agora run`, the analysis's own command and the editor's export all call it. Empty
  // when the analysis has none.
  std::function<std::vector<std::string>(const RunResult&, const AnalysisOutput&,
                                         const std::string& dir)>
      write_files;
};

const std::vector<AnalysisPlugin>& analysis_plugins();
const AnalysisPlugin* find_analysis(std::string_view name);

// The plugins a scenario asks for: its "analyses" list (unknown names are an error naming
// the scenario file), or every plugin that applies when the list is empty; always in the
// registry's order, so an analysis that reads another's figures runs after it.
std::vector<const AnalysisPlugin*> analyses_for(const scenario::Scenario& scenario);

}  // namespace agora::run
