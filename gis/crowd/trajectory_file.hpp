#pragma once
// The compact trajectory file of an agent run (crowd_trajectories.agtraj), written while the
// simulation runs so nothing piles up in memory, and read back for replay.
// Layout (little-endian) in docs/crowd-model.md, "Trajectory file": a header with the CRS, origin
// and position scale, then frames of (id, x, y) at 8 bytes per agent. TrajectoryReader reads it
// frame by frame as stored (agora-gui's replay keeps it so); read_trajectory_file expands it.

#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "gis/text_file.hpp"
#include "sim/crowd/agents/crowd_run.hpp"

namespace agora::gis {

inline constexpr char kTrajectoryMagic[8] = {'A', 'G', 'O', 'R', 'A', 'T', 'R', 'J'};
inline constexpr std::uint32_t kTrajectoryVersion = 1;
// Simulated seconds between frames: smooth enough to replay by linear interpolation (an agent
// walks about 0.6 m in 0.5 s), compact enough to keep a whole run in memory.
inline constexpr double kTrajectoryFrameIntervalS = 0.5;

struct TrajectoryHeader {
  std::string crs;        // the local CRS the positions are in
  Vec2 origin;            // position of (0, 0) in file units
  double scale_m = 0.01;  // metres per file unit
  double frame_interval_s = 0.5;
  std::uint32_t agent_count = 0;  // ids run from 0 to agent_count - 1
};

struct TrajectoryFrame {
  double time_s = 0.0;
  std::vector<crowd::agents::AgentFrame> agents;  // positions in the local CRS
};

// The box a run's trajectories are stored in: the perimeter's bounding box (or the crowd zones'
// and exits' without a perimeter) grown by 50 m, so agents walking out beyond an exit stay in it.
Box trajectory_bounds(const scenario::Layout& layout);

// Streams frames to a file; the file appears under its name only on commit().
class TrajectoryWriter : public crowd::agents::CrowdObserver {
 public:
  // Positions are stored relative to bounds' lower-left corner at the finest scale (≥ 1 cm)
  // that covers bounds in 16 bits; positions outside are clamped to its edge.
  TrajectoryWriter(const std::string& path, const std::string& crs, const Box& bounds,
                   double frame_interval_s);
  void frame(double time_s, const std::vector<crowd::agents::AgentFrame>& agents) override;
  // Writes the number of agents (known once they are placed) into the header and renames the
  // file into place.
  void commit(std::uint32_t agent_count);
  const TrajectoryHeader& header() const { return header_; }

 private:
  AtomicOutput output_;
  std::ofstream out_;
  TrajectoryHeader header_;
};

// One agent as the file stores it: its position is origin + (x, y) × scale_m.
struct StoredAgent {
  std::uint32_t id;
  std::uint16_t x, y;
};
static_assert(sizeof(StoredAgent) == 8, "8 bytes per agent, as in the file");

// Reads a trajectory file frame by frame without expanding it. The constructor reads and checks
// the header; next() each frame in turn. Both throw agora::Error naming the file (and the frame)
// when it is not a trajectory file, is truncated, or its frames go back in time.
class TrajectoryReader {
 public:
  explicit TrajectoryReader(const std::string& path);
  const TrajectoryHeader& header() const { return header_; }
  // The next frame's time and agents; false (agents untouched) at the end of the file.
  bool next(double& time_s, std::vector<StoredAgent>& agents);
  Vec2 position(const StoredAgent& a) const {
    return {header_.origin.x + a.x * header_.scale_m, header_.origin.y + a.y * header_.scale_m};
  }

 private:
  std::string path_;
  std::ifstream in_;
  TrajectoryHeader header_;
  std::size_t frames_read_ = 0;
  double last_time_s_ = 0.0;
};

struct TrajectoryFile {
  TrajectoryHeader header;
  std::vector<TrajectoryFrame> frames;
};

// Reads a whole trajectory file; throws agora::Error naming the file when it is not one.
TrajectoryFile read_trajectory_file(const std::string& path);

}  // namespace agora::gis
