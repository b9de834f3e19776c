#pragma once
// Runs a scenario's analyses on a background thread through run::run_scenario, so the editor
// stays responsive: progress and cancel cross threads through a mutex and an atomic flag;
// the finished result is picked up by the UI thread with take(), and each analysis's output as
// it finishes with take_partial(), so results show as they come and a cancel keeps them.

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/run/scenario_run.hpp"

namespace agora::gui {

class AnalysisRunner {
 public:
  struct Progress {
    std::string analysis;
    double fraction = 0.0;
    std::string text;
  };
  struct Finished {
    std::optional<run::RunResult> result;  // empty when the run failed
    std::vector<Problem> errors;
    std::uint64_t revision = 0;  // document revision the run started from
    double seconds = 0.0;
    bool cancelled = false;
    std::string trajectories;  // the crowd run's trajectory file, when one was written
  };

  AnalysisRunner() = default;
  ~AnalysisRunner();
  AnalysisRunner(const AnalysisRunner&) = delete;
  AnalysisRunner& operator=(const AnalysisRunner&) = delete;

  // Starts a run of a copy of the scenario; a previous run must have finished. When the run
  // includes the crowd simulation and trajectory_path is given, its agents' positions are
  // written there (crowd_trajectories.agtraj format) for replay.
  // `only`: run just these analyses of the scenario's (empty: all).
  void start(gis::LoadedScenario input, std::uint64_t revision, std::string trajectory_path = {},
             std::vector<std::string> only = {});
  void cancel() { cancel_.store(true); }
  bool busy() const { return busy_.load(); }
  Progress progress() const;
  // The finished run, once.
  std::optional<Finished> take();
  // The run so far (the analyses that finished before any cancel), once per finished analysis.
  std::optional<run::RunResult> take_partial();

 private:
  std::thread thread_;
  std::atomic<bool> cancel_{false};
  std::atomic<bool> busy_{false};
  mutable std::mutex mutex_;
  Progress progress_;
  std::optional<Finished> finished_;
  std::optional<run::RunResult> partial_;
  bool partial_new_ = false;
};

}  // namespace agora::gui
