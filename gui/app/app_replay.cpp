// Replaying a crowd run's trajectories over the map: loading a crowd_trajectories.agtraj (from
// the Replay menu, or offered when the scenario's folder holds one), the timeline bar (play,
// pause, speed, seek, the time and the agents on site), and drawing the agents as discs over
// the cached map in one draw call, so playing never redraws the map itself.
#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include <unistd.h>

#include "gui/app/app.hpp"
#include "gui/replay/agent_discs.hpp"

namespace agora::gui {

namespace fs = std::filesystem;

bool App::open_replay(const std::string& path) {
  if (!doc_) return false;
  try {
    Replay r = Replay::load(path, doc_->crs());
    char buf[200];
    std::snprintf(buf, sizeof buf, ": %zu frames, %.0f to %.0f s, %u agents (%.1f MB)", r.frame_count(), r.start_s(),
                  r.end_s(), r.header().agent_count, static_cast<double>(r.memory_bytes()) / 1e6);
    status_message_ = "replaying " + fs::path(path).filename().string() + buf;
    replay_ = std::move(r);
    replay_clock_.time_s = replay_->start_s();
    replay_clock_.playing = false;
    replay_drawn_s_ = -1.0;
    replay_offer_.clear();
    return true;
  } catch (const Error& e) {
    show_error("Cannot replay " + fs::path(path).filename().string(), e.problems());
    return false;
  }
}

void App::close_replay() {
  replay_.reset();
  replay_agents_.clear();
  replay_scrubbing_ = false;
  replay_centres_.clear();
  replay_gpu_.upload(replay_centres_, city_origin_);
  replay_drawn_s_ = -1.0;
}

void App::find_replay_offer() {
  replay_offer_.clear();
  if (!doc_ || doc_->untitled()) return;
  // Where `agora crowd SCENARIO --trajectories -o DIR` is usually pointed: the scenario's own
  // folder or an out/ folder beside it.
  const fs::path dir = fs::path(doc_->target().scenario_path).parent_path();
  for (const fs::path& p : {dir / "out" / "crowd_trajectories.agtraj", dir / "crowd_trajectories.agtraj"}) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) {
      replay_offer_ = p.string();
      return;
    }
  }
}

std::string App::run_trajectory_path() {
  std::error_code ec;
  if (run_trajectory_dir_.empty()) {
    const fs::path dir = fs::temp_directory_path(ec) / ("agora-gui-" + std::to_string(getpid()));
    if (ec || !fs::create_directories(dir, ec) || ec) return {};
    run_trajectory_dir_ = dir.string();
  }
  return (fs::path(run_trajectory_dir_) / ("crowd_trajectories-" + variants_[current_variant_].name + ".agtraj")).string();
}

void App::replay_tick() {
  if (!replay_) return;
  replay_clock_.advance(static_cast<double>(ImGui::GetIO().DeltaTime), replay_->start_s(), replay_->end_s());
  if (replay_clock_.time_s == replay_drawn_s_) return;
  replay_->agents_at(replay_clock_.time_s, replay_agents_);
  replay_centres_.resize(replay_agents_.size());
  for (std::size_t i = 0; i < replay_agents_.size(); ++i) replay_centres_[i] = replay_agents_[i].position;
  replay_gpu_.upload(replay_centres_, city_origin_);
  replay_drawn_s_ = replay_clock_.time_s;
}

void App::replay_callback(const ImDrawList*, const ImDrawCmd* cmd) {
  const auto* app = static_cast<const App*>(cmd->UserCallbackData);
  const ImGuiIO& io = ImGui::GetIO();
  const Vec2 scale{io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y};
  app->renderer_->begin(app->view_, {static_cast<double>(io.DisplaySize.x) * scale.x, static_cast<double>(io.DisplaySize.y) * scale.y},
                        scale, app->canvas_rect_);
  app->renderer_->draw_discs(app->replay_gpu_, kAgentLook);
  app->renderer_->end();
}

void App::draw_replay_bar() {
  if (!doc_ || (!replay_ && replay_offer_.empty())) return;
  const float width = 560.0f;
  const ImVec2 size{width, replay_ ? 3 * ImGui::GetFrameHeightWithSpacing() + 10 : ImGui::GetFrameHeightWithSpacing() + 12};
  const float x = static_cast<float>(canvas_rect_.centre().x) - width / 2;
  const float y = static_cast<float>(canvas_rect_.min.y + canvas_rect_.size.y) - size.y - 10;
  ImGui::SetNextWindowPos({x, y});
  ImGui::SetNextWindowSize(size);
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin("##replay", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  if (!replay_) {
    ImGui::AlignTextToFramePadding();
    if (replay_offer_ == last_run_trajectories_)
      ImGui::TextUnformatted("The run's crowd simulation can be replayed on the map.");
    else
      ImGui::Text("Trajectories of a crowd run found: %s",
                  fs::path(replay_offer_).lexically_relative(fs::path(doc_->target().scenario_path).parent_path()).c_str());
    ImGui::SameLine();
    const std::string offer = replay_offer_;
    if (dialog_button("Replay")) open_replay(offer);
    ImGui::SameLine();
    if (dialog_button("Dismiss")) replay_offer_.clear();
    ImGui::End();
    return;
  }
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Replay");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("%s", fs::path(replay_->path()).filename().c_str());
  ImGui::SameLine(width - 70);
  if (ImGui::SmallButton("Close")) {
    close_replay();
    ImGui::End();
    return;
  }
  if (ImGui::Button(replay_clock_.playing ? "Pause" : "Play", {64, 0})) invoke("Replay/Play or pause");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(72);
  char speed[16];
  std::snprintf(speed, sizeof speed, "%gx", replay_clock_.speed);
  if (ImGui::BeginCombo("##speed", speed)) {
    for (double s : ReplayClock::kSpeeds) {
      std::snprintf(speed, sizeof speed, "%gx", s);
      if (ImGui::Selectable(speed, s == replay_clock_.speed)) replay_clock_.speed = s;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  double t = replay_clock_.time_s;
  const double t0 = replay_->start_s(), t1 = replay_->end_s();
  if (ImGui::SliderScalar("##time", ImGuiDataType_Double, &t, &t0, &t1, "%.1f s")) replay_clock_.time_s = t;
  replay_scrubbing_ = ImGui::IsItemActive();
  ImGui::Text("t = %.1f s of %.1f s", replay_clock_.time_s, t1);
  ImGui::SameLine(200);
  ImGui::Text("%zu agents on site", replay_agents_.size());
  ImGui::End();
}

}  // namespace agora::gui
