#pragma once
// The compact trajectory file of an agent run (crowd_trajectories.agtraj), written while the
// simulation runs so nothing piles up in memory, and read back for replay.
// Layout (little-endian) in docs/crowd-model.md, "Trajectory file": a header with the CRS, origin and
// position scale, then frames of (id, x, y) at 8 bytes per agent.

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

struct TrajectoryHeader {
  std::string crs;               // the local CRS the positions are in
  Vec2 origin;                   // position of (0, 0) in file units
  double scale_m = 0.01;         // metres per file unit
  double frame_interval_s = 0.5;
  std::uint32_t agent_count = 0; // ids run from 0 to agent_count - 1
};

struct TrajectoryFrame {
  double time_s = 0.0;
  std::vector<crowd::agents::AgentFrame> agents;  // positions in the local CRS
};

// Streams frames to a file; the file appears under its name only on commit().
class TrajectoryWriter : public crowd::agents::CrowdObserver {
 public:
  // Positions are stored relative to bounds' lower-left corner at the finest scale (≥ 1 cm)
  // that covers bounds in 16 bits; positions outside are clamped to its edge.
  TrajectoryWriter(const std::string& path, const std::string& crs, const Box& bounds, double frame_interval_s);
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

struct TrajectoryFile {
  TrajectoryHeader header;
  std::vector<TrajectoryFrame> frames;
};

// Reads a whole trajectory file; throws agora::Error naming the file when it is not one.
TrajectoryFile read_trajectory_file(const std::string& path);

}  // namespace agora::gis
