// Replaying a crowd run's trajectories over the map: loading a crowd_trajectories.agtraj (from
// the Replay menu, or offered when the scenario's folder holds one), the timeline bar (play,
// pause, speed, seek, the time and the agents on site), and drawing the agents as discs over
// the cached map in one draw call, so playing never redraws the map itself.
#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "gui/app/app.hpp"

namespace agora::gui {

namespace fs = std::filesystem;

bool App::open_replay(const std::string& path) {
  if (!session_.doc) return false;
  try {
    replay_.open(path, session_.doc->crs());
    const Replay& r = replay_.current();
    char buf[200];
    std::snprintf(buf, sizeof buf, ": %zu frames, %.0f to %.0f s, %u agents (%.1f MB)",
                  r.frame_count(), r.start_s(), r.end_s(), r.header().agent_count,
                  static_cast<double>(r.memory_bytes()) / 1e6);
    status_message_ = "replaying " + fs::path(path).filename().string() + buf;
    return true;
  } catch (const Error& e) {
    dialogs_.show_error("Cannot replay " + fs::path(path).filename().string(), e.problems());
    return false;
  }
}

void App::draw_replay_bar() {
  if (!session_.doc || (!replay_.loaded() && replay_.offer.empty())) return;
  const float width = 560.0f;
  const ImVec2 size{width, replay_.loaded() ? 3 * ImGui::GetFrameHeightWithSpacing() + 10
                                            : ImGui::GetFrameHeightWithSpacing() + 12};
  const float x = static_cast<float>(canvas_.canvas_rect.centre().x) - width / 2;
  const float y =
      static_cast<float>(canvas_.canvas_rect.min.y + canvas_.canvas_rect.size.y) - size.y - 10;
  ImGui::SetNextWindowPos({x, y});
  ImGui::SetNextWindowSize(size);
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin("##replay", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
  if (!replay_.loaded()) {
    ImGui::AlignTextToFramePadding();
    if (replay_.offer == replay_.last_run)
      ImGui::TextUnformatted("The run's crowd simulation can be replayed on the map.");
    else
      ImGui::Text(
          "Trajectories of a crowd run found: %s",
          fs::path(replay_.offer)
              .lexically_relative(fs::path(session_.doc->target().scenario_path).parent_path())
              .c_str());
    ImGui::SameLine();
    const std::string offer = replay_.offer;
    if (dialogs_.button("Replay")) open_replay(offer);
    ImGui::SameLine();
    if (dialogs_.button("Dismiss")) replay_.offer.clear();
    ImGui::End();
    return;
  }
  ImGui::PushFont(window_->fonts().bold);
  ImGui::TextUnformatted("Replay");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("%s", fs::path(replay_.current().path()).filename().c_str());
  ImGui::SameLine(width - 70);
  if (ImGui::SmallButton("Close")) {
    replay_.close(canvas_.city_origin);
    ImGui::End();
    return;
  }
  if (ImGui::Button(replay_.clock.playing ? "Pause" : "Play", {64, 0}))
    invoke("Replay/Play or pause");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(72);
  char speed[16];
  std::snprintf(speed, sizeof speed, "%gx", replay_.clock.speed);
  if (ImGui::BeginCombo("##speed", speed)) {
    for (double s : ReplayClock::kSpeeds) {
      std::snprintf(speed, sizeof speed, "%gx", s);
      if (ImGui::Selectable(speed, s == replay_.clock.speed)) replay_.clock.speed = s;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  double t = replay_.clock.time_s;
  const double t0 = replay_.current().start_s(), t1 = replay_.current().end_s();
  if (ImGui::SliderScalar("##time", ImGuiDataType_Double, &t, &t0, &t1, "%.1f s"))
    replay_.clock.time_s = t;
  replay_.scrubbing = ImGui::IsItemActive();
  ImGui::Text("t = %.1f s of %.1f s", replay_.clock.time_s, t1);
  ImGui::SameLine(200);
  ImGui::Text("%zu agents on site", replay_.agents().size());
  ImGui::End();
}

}  // namespace agora::gui
