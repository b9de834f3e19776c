#pragma once
// A crowd run's trajectories (crowd_trajectories.agtraj, docs/crowd-model.md) held for replay
// in the editor: the frames kept as the file stores them (8 bytes per agent, so a 10,000-agent,
// ten-minute run at 0.5 s frames takes about 100 MB), and the agents' positions at any time,
// linearly interpolated between the two frames around it.

#include <cstdint>
#include <string>
#include <vector>

#include "gis/crowd/trajectory_file.hpp"
#include "sim/geometry/geometry.hpp"

namespace agora::gui {

struct ReplayAgent {
  std::uint32_t id;
  Vec2 position;  // the scenario's local CRS, metres
};

class Replay {
 public:
  // Reads `path`. Throws agora::Error naming the file when it is not a trajectory file, or when
  // its CRS is not `scenario_crs` (the open scenario's local CRS, in which the map is drawn).
  static Replay load(const std::string& path, const std::string& scenario_crs);

  const std::string& path() const { return path_; }
  const gis::TrajectoryHeader& header() const { return header_; }
  std::size_t frame_count() const { return times_s_.size(); }
  double start_s() const { return times_s_.empty() ? 0.0 : times_s_.front(); }
  double end_s() const { return times_s_.empty() ? 0.0 : times_s_.back(); }
  std::size_t memory_bytes() const;

  // The agents at time_s (clamped to the run), sorted by id. An agent in both frames around
  // time_s is placed linearly between its two positions; one in only one of them (it appeared
  // or left in between) is shown where that frame has it while that frame is the nearer in
  // time, so it appears or leaves at the midpoint.
  void agents_at(double time_s, std::vector<ReplayAgent>& out) const;

 private:
  std::string path_;
  gis::TrajectoryHeader header_;
  std::vector<double> times_s_;
  std::vector<std::size_t> first_;        // frame i holds agents_[first_[i], first_[i + 1])
  std::vector<gis::StoredAgent> agents_;  // each frame's agents sorted by id
};

}  // namespace agora::gui
