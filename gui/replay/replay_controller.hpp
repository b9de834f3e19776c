#pragma once
// The replay of a crowd run over the map, apart from its drawing: the loaded trajectories, the
// clock, the agents at the clock's time (uploaded to the GPU only when the time moves), the
// trajectory file offered beside the scenario or recorded by the last run, and the temporary
// folder where runs from the editor record them (removed when the editor closes).

#include <optional>
#include <string>
#include <vector>

#include "gui/render/map_renderer.hpp"
#include "gui/replay/replay.hpp"
#include "gui/replay/replay_clock.hpp"

namespace agora::gui {

class ReplayController {
 public:
  ReplayController() = default;
  ~ReplayController() { remove_run_files(); }
  ReplayController(const ReplayController&) = delete;
  ReplayController& operator=(const ReplayController&) = delete;

  // Loads a trajectory file for a scenario in `crs`; throws agora::Error naming the file.
  void open(const std::string& path, const std::string& crs);
  void close(Vec2 origin);
  bool loaded() const { return replay_.has_value(); }
  const Replay* replay() const { return replay_ ? &*replay_ : nullptr; }
  // The loaded replay; only when loaded().
  const Replay& current() const { return *replay_; }

  ReplayClock clock;
  bool scrubbing = false;  // the time slider is being dragged
  std::string offer;       // a trajectory file found beside the scenario, not yet loaded
  std::string last_run;    // recorded by the last run from the editor

  // A crowd_trajectories.agtraj in the scenario's folder or its out/ folder (none for untitled
  // work, scenario_path empty).
  void find_offer(const std::string& scenario_path);
  // Where a run of `variant` records the crowd simulation: a file in this process's temporary
  // folder; empty when it cannot be made.
  std::string run_trajectory_path(const std::string& variant);
  // Removes that folder (no run may be writing into it any more).
  void remove_run_files();

  // Advances the clock by wall_s and, when the time moved, places the agents and uploads them.
  void tick(double wall_s, Vec2 origin);
  // Still agents go into the cached map (a paused replay costs nothing per frame); moving ones
  // are drawn over it every frame.
  bool in_map_cache() const { return replay_ && !clock.playing && !scrubbing; }
  double drawn_s() const { return drawn_s_; }
  const std::vector<ReplayAgent>& agents() const { return agents_; }
  const GpuDiscs& gpu() const { return gpu_; }

 private:
  std::optional<Replay> replay_;
  std::vector<ReplayAgent> agents_;  // at drawn_s_
  double drawn_s_ = -1.0;
  std::vector<Vec2> centres_;
  GpuDiscs gpu_;
  std::string run_dir_;
};

}  // namespace agora::gui
