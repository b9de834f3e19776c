#include "gui/replay/replay_controller.hpp"

#include <unistd.h>

#include <filesystem>

namespace agora::gui {

namespace fs = std::filesystem;

void ReplayController::open(const std::string& path, const std::string& crs) {
  Replay r = Replay::load(path, crs);
  replay_ = std::move(r);
  clock.time_s = replay_->start_s();
  clock.playing = false;
  drawn_s_ = -1.0;
  offer.clear();
}

void ReplayController::close(Vec2 origin) {
  replay_.reset();
  agents_.clear();
  scrubbing = false;
  centres_.clear();
  gpu_.upload(centres_, origin);
  drawn_s_ = -1.0;
}

void ReplayController::find_offer(const std::string& scenario_path) {
  offer.clear();
  if (scenario_path.empty()) return;
  // Where `agora crowd SCENARIO --trajectories -o DIR` is usually pointed: the scenario's own
  // folder or an out/ folder beside it.
  const fs::path dir = fs::path(scenario_path).parent_path();
  for (const fs::path& p :
       {dir / "out" / "crowd_trajectories.agtraj", dir / "crowd_trajectories.agtraj"}) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) {
      offer = p.string();
      return;
    }
  }
}

std::string ReplayController::run_trajectory_path(const std::string& variant) {
  std::error_code ec;
  if (run_dir_.empty()) {
    const fs::path dir = fs::temp_directory_path(ec) / ("agora-gui-" + std::to_string(getpid()));
    if (ec || !fs::create_directories(dir, ec) || ec) return {};
    run_dir_ = dir.string();
  }
  return (fs::path(run_dir_) / ("crowd_trajectories-" + variant + ".agtraj")).string();
}

void ReplayController::remove_run_files() {
  if (run_dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(run_dir_, ec);
  run_dir_.clear();
}

void ReplayController::tick(double wall_s, Vec2 origin) {
  if (!replay_) return;
  clock.advance(wall_s, replay_->start_s(), replay_->end_s());
  if (clock.time_s == drawn_s_) return;
  replay_->agents_at(clock.time_s, agents_);
  centres_.resize(agents_.size());
  for (std::size_t i = 0; i < agents_.size(); ++i) centres_[i] = agents_[i].position;
  gpu_.upload(centres_, origin);
  drawn_s_ = clock.time_s;
}

}  // namespace agora::gui
