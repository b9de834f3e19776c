#include "gui/run/analysis_runner.hpp"

#include <chrono>

namespace agora::gui {

AnalysisRunner::~AnalysisRunner() {
  cancel_.store(true);
  if (thread_.joinable()) thread_.join();
}

void AnalysisRunner::start(gis::LoadedScenario input, std::uint64_t revision,
                           std::string trajectory_path, std::vector<std::string> only) {
  if (busy_.load()) return;
  if (thread_.joinable()) thread_.join();
  cancel_.store(false);
  busy_.store(true);
  {
    std::lock_guard lock(mutex_);
    progress_ = {"", 0.0, "starting"};
    finished_.reset();
    partial_.reset();
    partial_new_ = false;
  }
  thread_ = std::thread([this, input = std::move(input), revision, trajectory_path,
                         only = std::move(only)]() mutable {
    const auto t0 = std::chrono::steady_clock::now();
    Finished f;
    f.revision = revision;
    run::RunOptions options;
    options.cancel = &cancel_;
    options.threads = run::machine_threads();
    options.progress = [this](const std::string& analysis, double fraction, std::string_view text) {
      std::lock_guard lock(mutex_);
      progress_ = {analysis, fraction, std::string(text)};
    };
    options.only = only;
    options.analysis_finished = [this](const run::RunResult& so_far) {
      // An analysis that returned after a cancel may be incomplete: it is not shown.
      if (cancel_.load()) return;
      std::lock_guard lock(mutex_);
      if (!partial_) {
        partial_.emplace();
        partial_->loaded = so_far.loaded;
        partial_->provenance = so_far.provenance;
        partial_->outputs = so_far.outputs;
      } else {
        partial_->outputs.push_back(so_far.outputs.back());
      }
      partial_->figures = so_far.figures;
      partial_->cancelled = true;  // until the whole run is done
      partial_new_ = true;
    };
    try {
      options.crowd_trajectories_path = trajectory_path;
      run::RunResult r = run::run_scenario(std::move(input), options);
      f.cancelled = r.cancelled || cancel_.load();
      // The crowd analysis wrote the file when it ran to its end.
      if (!trajectory_path.empty() && r.output("crowd") && !f.cancelled)
        f.trajectories = trajectory_path;
      f.result = std::move(r);
    } catch (const Error& e) {
      f.errors = e.problems();
    } catch (const std::exception& e) {
      f.errors.push_back({"", "run", "", e.what()});
    }
    f.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    {
      std::lock_guard lock(mutex_);
      finished_ = std::move(f);
    }
    busy_.store(false);
  });
}

AnalysisRunner::Progress AnalysisRunner::progress() const {
  std::lock_guard lock(mutex_);
  return progress_;
}

std::optional<run::RunResult> AnalysisRunner::take_partial() {
  std::lock_guard lock(mutex_);
  if (!partial_new_ || !partial_) return std::nullopt;
  partial_new_ = false;
  return partial_;
}

std::optional<AnalysisRunner::Finished> AnalysisRunner::take() {
  std::lock_guard lock(mutex_);
  if (busy_.load() || !finished_) return std::nullopt;
  std::optional<Finished> out = std::move(finished_);
  finished_.reset();
  return out;
}

}  // namespace agora::gui
