#include "gui/app/app.hpp"

#include <imgui.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <thread>

#include "gis/text_file.hpp"
#include "gui/map/decorations.hpp"

namespace agora::gui {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {
double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

bool is_scenario_file(const std::string& path) {
  return fs::path(path).extension() == ".json";
}
}  // namespace

std::string FrameStats::summary() const {
  if (frame_ms.empty()) return "no frames";
  auto line = [](const char* what, std::vector<double> v) {
    if (v.empty()) return std::string("none");
    std::sort(v.begin(), v.end());
    auto pct = [&](double p) {
      return v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
    };
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    char buf[200];
    std::snprintf(buf, sizeof buf, "%s mean %.2f ms  median %.2f ms  p95 %.2f ms  max %.2f ms",
                  what, mean, pct(0.5), pct(0.95), v.back());
    return std::string(buf);
  };
  std::vector<double> wall_cached, cpu_cached, wall_redrawn, cpu_redrawn;
  for (std::size_t i = 0; i < frame_ms.size(); ++i) {
    (redrawn[i] ? wall_redrawn : wall_cached).push_back(frame_ms[i]);
    (redrawn[i] ? cpu_redrawn : cpu_cached).push_back(cpu_ms[i]);
  }
  return "frames " + std::to_string(frame_ms.size()) + " (" + std::to_string(wall_redrawn.size()) +
         " redrew the map)\n  all frames      wall: " + line("", frame_ms) +
         "\n                  cpu:  " + line("", cpu_ms) +
         "\n  map from cache  wall: " + line("", wall_cached) +
         "\n                  cpu:  " + line("", cpu_cached) +
         "\n  map redrawn     wall: " + line("", wall_redrawn) +
         "\n                  cpu:  " + line("", cpu_redrawn) +
         "\n  (cpu: all threads of the process, ours and the software rasterizer's)";
}

namespace {
double process_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
}  // namespace

App::App(Options options)
    : options_(std::move(options)), started_(Clock::now()), session_(options_.autosave_dir) {
  WindowOptions w;
  w.width = options_.width;
  w.height = options_.height;
  w.vsync = !options_.headless();
  w.install_input_callbacks = options_.script.empty();
  w.title = "Agora";
  window_ = std::make_unique<Window>(w);
  renderer_ = std::make_unique<MapRenderer>();
  // Headless runs leave autosaves alone unless a test asks for them with --autosave-dir.
  session_.autosave_enabled = !options_.headless() || !options_.autosave_dir.empty();
  // The parts tell the frame what they did.
  canvas_.events.selected = [this](std::optional<FeatureId> id) { on_selected(id); };
  canvas_.events.result_picked = [this] { side_tab_request_ = 3; };
  canvas_.events.status = [this](const std::string& text) { status_message_ = text; };
  dialogs_.scripted_press = [this](const char* label) { return script_.presses(label); };
  dialogs_.echo_errors = !options_.script.empty();
  results_.actions.run = [this] { start_run(); };
  results_.actions.new_variant = [this] { new_variant(); };
  results_.actions.run_all_variants = [this] { invoke("Variants/Run all variants"); };
  results_.actions.switch_variant = [this](std::size_t v) { switch_variant(v); };
  build_actions();
  if (!options_.script.empty()) script_.load(options_.script);
  if (!options_.input.empty()) {
    std::optional<AutosaveSlot> slot;
    if (session_.autosave_enabled) slot = session_.autosave.slot_for(options_.input);
    // Headless runs have nobody to read a dialog: a bad input ends them with exit status 2.
    open_path(options_.input, options_.headless());
    if (slot) recovery_offer_ = {*slot};
  } else if (session_.autosave_enabled) {
    recovery_offer_ = session_.autosave.slots();
    if (recovery_offer_.size() > 1) recovery_offer_.resize(1);
  }
  // Offered work is kept until the user recovers or discards it (Later, or closing without an
  // answer, keeps it for the next start).
  for (const AutosaveSlot& slot : recovery_offer_) session_.autosave.keep(slot);
}

App::~App() {
  session_.runner.cancel();
  canvas_.overlays.clear();
  // The run writes into the replay's recording folder until it sees the cancel.
  while (session_.runner.busy()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  replay_.remove_run_files();
}

int App::run() {
  // At the keyboard the window is drawn only when something changed: an event (and a few frames
  // after it, for ImGui to settle), a run's progress, a playing replay, an animation. Otherwise
  // it waits for the next event, drawing twice a second for the clocks (autosave, tooltips).
  const bool interactive = options_.script.empty() && options_.frames == 0;
  int settle_frames = 3;
  while (!quit_) {
    if (interactive) {
      const double wait_s = idle_wait_s();
      if (wait_s > 0.0 && settle_frames <= 0) {
        if (window_->wait_events(wait_s)) settle_frames = 3;
      } else {
        window_->poll_events();
        --settle_frames;
      }
    }
    const auto t0 = Clock::now();
    const double cpu0 = process_cpu_ms();
    if (!interactive) window_->poll_events();
    if (window_->close_requested()) {
      window_->set_close_requested(false);
      request_quit();
    }
    const std::uint64_t renders_before = canvas_.map_cache.renders();
    frame();
    if (frame_index_ > 0 || options_.frames > 0)
      stats_.add(ms_since(t0), process_cpu_ms() - cpu0,
                 canvas_.map_cache.renders() != renders_before);
    if (first_frame_ms_ < 0) first_frame_ms_ = ms_since(started_);
    ++frame_index_;
    if (options_.frames > 0 && frame_index_ >= options_.frames && !script_.has_steps())
      quit_ = true;
  }
  if (!options_.screenshot.empty() && exit_code_ == 0) {
    // One more frame, so the screenshot shows the state after the last step.
    script_.screenshot_next_frame(options_.screenshot);
    frame();
  }
  if (options_.frame_stats) {
    std::printf("agora-gui: renderer %s, window %dx%d\n", window_->gl_renderer().c_str(),
                options_.width, options_.height);
    std::printf(
        "agora-gui: open %.0f ms (load %.0f ms, map geometry %.0f ms), first frame at %.0f ms\n",
        load_ms_ + canvas_.geometry_ms, load_ms_, canvas_.geometry_ms, first_frame_ms_);
    std::printf("agora-gui: %s\n", stats_.summary().c_str());
    if (session_.first_verdict_ms >= 0)
      std::printf("agora-gui: first results %.0f ms after Run\n", session_.first_verdict_ms);
    std::fflush(stdout);
  }
  if (session_.doc && session_.autosave_enabled && !session_.doc->dirty())
    session_.autosave.discard(*session_.doc);
  return exit_code_;
}

double App::idle_wait_s() const {
  // Drawing continuously: a playing replay, a flash on the map, a drag or a held button.
  if ((replay_.loaded() && replay_.clock.playing) || canvas_.animating() || ImGui::IsAnyMouseDown())
    return 0.0;
  if (session_.runner.busy()) return 0.1;  // the progress bar, ten times a second
  return 0.5;
}

void App::compute_layout() {
  const ImGuiIO& io = ImGui::GetIO();
  menu_h_ = ImGui::GetFrameHeight();
  ScreenRect& canvas = canvas_.canvas_rect;
  MapView& view = canvas_.view;
  canvas = {{static_cast<double>(toolbar_w_), static_cast<double>(menu_h_)},
            {std::max(100.0, static_cast<double>(io.DisplaySize.x - toolbar_w_ - panel_w_)),
             std::max(100.0, static_cast<double>(io.DisplaySize.y - menu_h_ - status_h_))}};
  const bool first = view.canvas().size.x != canvas.size.x || view.canvas().size.y != canvas.size.y;
  const Vec2 centre = view.centre();
  const double ppm = view.px_per_m();
  view.set_canvas(canvas);
  if (first) view.set(centre, ppm);
}

void App::frame() {
  window_->begin_frame();
  if (script_.has_steps()) script_.before_frame();
  ImGui::NewFrame();
  compute_layout();
  poll_run();
  if (session_.doc) after_change();
  handle_shortcuts();
  replay_.tick(static_cast<double>(ImGui::GetIO().DeltaTime), canvas_.city_origin);
  draw_menu_bar();
  draw_toolbar();
  draw_canvas();
  draw_replay_bar();
  draw_side_panel();
  draw_status_bar();
  draw_dialogs();
  if (auto failed = session_.autosave_tick(false)) status_message_ = "autosave failed: " + *failed;
  const float bg_r = 242 / 255.0f, bg_g = 239 / 255.0f, bg_b = 233 / 255.0f;
  window_->render(bg_r, bg_g, bg_b);
  script_.after_render();
  window_->present();
}

void App::after_change() {
  if (!session_.validate()) return;
  if (canvas_.selected && !valid(session_.doc->scenario.layout, *canvas_.selected))
    canvas_.select(std::nullopt);
  window_->set_title("Agora — " + session_.doc->title());
}

void App::on_selected(std::optional<FeatureId> id) {
  edit_buffers_.clear();
  session_.property_error.clear();
  if (id) side_tab_request_ = 1;
}

// ---- documents -------------------------------------------------------------------------

void App::open_path(const std::string& path, bool rethrow) {
  const auto t0 = Clock::now();
  try {
    Document d =
        is_scenario_file(path) ? Document::open_scenario(path) : Document::new_from_map(path);
    load_ms_ = ms_since(t0);
    set_document(std::move(d));
    status_message_ = "opened " + path;
  } catch (const Error& e) {
    if (rethrow) throw;
    dialogs_.show_error("Cannot open " + fs::path(path).filename().string(), e.problems());
  }
}

void App::open_recovered(const AutosaveSlot& slot) {
  try {
    Document d = Document::recover(slot.scenario_path, slot.original);
    set_document(std::move(d));
    status_message_ = "recovered unsaved work from " + slot.saved_at;
  } catch (const Error& e) {
    dialogs_.show_error("Cannot recover the autosave", e.problems());
  }
}

void App::set_document(Document doc) {
  session_.set_document(std::move(doc));
  if (canvas_.canvas_rect.size.x <= 0) {
    // Before the first frame: the canvas as compute_layout() will place it.
    canvas_.canvas_rect = {
        {static_cast<double>(toolbar_w_), 23.0},
        {static_cast<double>(static_cast<float>(options_.width) - toolbar_w_ - panel_w_),
         static_cast<double>(static_cast<float>(options_.height) - 23.0f - status_h_)}};
  }
  canvas_.on_document();
  // Trajectories belong to the scenario they were run on.
  replay_.close(canvas_.city_origin);
  replay_.last_run.clear();
  const Document& d = *session_.doc;
  replay_.find_offer(d.untitled() ? std::string() : d.target().scenario_path);
}

// ---- status bar ------------------------------------------------------------------------

void App::draw_status_bar() {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos({0, io.DisplaySize.y - status_h_});
  ImGui::SetNextWindowSize({io.DisplaySize.x, status_h_});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8, 5});
  ImGui::Begin("##status", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  if (session_.doc) {
    const Vec2 mouse{io.MousePos.x, io.MousePos.y};
    if (canvas_.canvas_rect.contains(mouse)) {
      const Vec2 w = canvas_.view.to_world(mouse);
      if (auto ll = session_.local_to_lonlat(w))
        ImGui::Text("%.6f, %.6f", ll->y, ll->x);
      else
        ImGui::Text("%.1f, %.1f", w.x, w.y);
    } else {
      ImGui::TextDisabled("—");
    }
    ImGui::SameLine(210);
    ImGui::Text("%s  %s", map_scale_text(canvas_.view.px_per_m()).c_str(),
                session_.doc->crs().c_str());
    ImGui::SameLine(420);
    if (session_.runner.busy()) {
      const auto p = session_.runner.progress();
      ImGui::Text("running %s: %s", p.analysis.c_str(), p.text.c_str());
      ImGui::SameLine();
      ImGui::ProgressBar(static_cast<float>(p.fraction), {160, 0});
    } else {
      ImGui::TextUnformatted(status_message_.c_str());
    }
  } else {
    ImGui::TextUnformatted(status_message_.c_str());
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace agora::gui
