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
#include "gui/edit/geometry_checks.hpp"
#include "gui/map/decorations.hpp"
#include "sim/scenario/validate.hpp"

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
    : options_(std::move(options)), started_(Clock::now()), autosave_(options_.autosave_dir) {
  WindowOptions w;
  w.width = options_.width;
  w.height = options_.height;
  w.vsync = !options_.headless();
  w.install_input_callbacks = options_.script.empty();
  w.title = "Agora";
  window_ = std::make_unique<Window>(w);
  renderer_ = std::make_unique<MapRenderer>();
  // Headless runs leave autosaves alone unless a test asks for them with --autosave-dir.
  autosave_enabled_ = !options_.headless() || !options_.autosave_dir.empty();
  build_actions();
  if (!options_.script.empty()) script_.load(options_.script);
  if (!options_.input.empty()) {
    std::optional<AutosaveSlot> slot;
    if (autosave_enabled_) slot = autosave_.slot_for(options_.input);
    // Headless runs have nobody to read a dialog: a bad input ends them with exit status 2.
    open_path(options_.input, options_.headless());
    if (slot) recovery_offer_ = {*slot};
  } else if (autosave_enabled_) {
    recovery_offer_ = autosave_.slots();
    if (recovery_offer_.size() > 1) recovery_offer_.resize(1);
  }
  // Offered work is kept until the user recovers or discards it (Later, or closing without an
  // answer, keeps it for the next start).
  for (const AutosaveSlot& slot : recovery_offer_) autosave_.keep(slot);
  last_autosave_ = Clock::now();
}

App::~App() {
  runner_.cancel();
  overlays_.clear();
  // The run writes into the replay's recording folder until it sees the cancel.
  while (runner_.busy()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
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
    const std::uint64_t renders_before = map_cache_.renders();
    frame();
    if (frame_index_ > 0 || options_.frames > 0)
      stats_.add(ms_since(t0), process_cpu_ms() - cpu0, map_cache_.renders() != renders_before);
    if (first_frame_ms_ < 0) first_frame_ms_ = ms_since(started_);
    ++frame_index_;
    if (options_.frames > 0 && frame_index_ >= options_.frames && !script_.has_steps()) quit_ = true;
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
        load_ms_ + geometry_ms_, load_ms_, geometry_ms_, first_frame_ms_);
    std::printf("agora-gui: %s\n", stats_.summary().c_str());
    if (first_verdict_ms_ >= 0) std::printf("agora-gui: first results %.0f ms after Run\n", first_verdict_ms_);
    std::fflush(stdout);
  }
  if (doc_ && autosave_enabled_ && !doc_->dirty()) autosave_.discard(*doc_);
  return exit_code_;
}

double App::idle_wait_s() const {
  // Drawing continuously: a playing replay, a flash on the map, a drag or a held button.
  if ((replay_.loaded() && replay_.clock.playing) || flash_frames_ > 0 || drag_.kind != DragKind::None ||
      ImGui::IsAnyMouseDown())
    return 0.0;
  if (runner_.busy()) return 0.1;  // the progress bar, ten times a second
  return 0.5;
}

void App::compute_layout() {
  const ImGuiIO& io = ImGui::GetIO();
  menu_h_ = ImGui::GetFrameHeight();
  canvas_rect_ = {{static_cast<double>(toolbar_w_), static_cast<double>(menu_h_)},
                  {std::max(100.0, static_cast<double>(io.DisplaySize.x - toolbar_w_ - panel_w_)),
                   std::max(100.0, static_cast<double>(io.DisplaySize.y - menu_h_ - status_h_))}};
  const bool first =
      view_.canvas().size.x != canvas_rect_.size.x || view_.canvas().size.y != canvas_rect_.size.y;
  const Vec2 centre = view_.centre();
  const double ppm = view_.px_per_m();
  view_.set_canvas(canvas_rect_);
  if (first) view_.set(centre, ppm);
}

void App::frame() {
  window_->begin_frame();
  if (script_.has_steps()) script_.before_frame();
  ImGui::NewFrame();
  compute_layout();
  poll_run();
  if (doc_) after_change();
  handle_shortcuts();
  replay_.tick(static_cast<double>(ImGui::GetIO().DeltaTime), city_origin_);
  draw_menu_bar();
  draw_toolbar();
  draw_canvas();
  draw_replay_bar();
  draw_side_panel();
  draw_status_bar();
  draw_dialogs();
  autosave_tick(false);
  const float bg_r = 242 / 255.0f, bg_g = 239 / 255.0f, bg_b = 233 / 255.0f;
  window_->render(bg_r, bg_g, bg_b);
  script_.after_render();
  window_->present();
}

void App::after_change() {
  if (validated_revision_ == doc_->revision) return;
  validated_revision_ = doc_->revision;
  validation_errors_.clear();
  validation_warnings_.clear();
  try {
    const scenario::Findings f = scenario::validate(doc_->scenario, *doc_->city);
    validation_errors_ = f.errors.problems();
    validation_warnings_ = f.warnings;
    // What the checks let pass but is usually a slip of the mouse (an exit dragged off the line).
    for (Problem& w : geometry_warnings(doc_->scenario.layout, *doc_->city)) validation_warnings_.push_back(std::move(w));
  } catch (const Error& e) {
    validation_errors_ = e.problems();
  }
  if (selected_ && !valid(doc_->scenario.layout, *selected_)) select(std::nullopt);
  window_->set_title("Agora — " + doc_->title());
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
    show_error("Cannot open " + fs::path(path).filename().string(), e.problems());
  }
}

void App::open_recovered(const AutosaveSlot& slot) {
  try {
    Document d = Document::recover(slot.scenario_path, slot.original);
    set_document(std::move(d));
    status_message_ = "recovered unsaved work from " + slot.saved_at;
  } catch (const Error& e) {
    show_error("Cannot recover the autosave", e.problems());
  }
}

void App::set_document(Document doc) {
  runner_.cancel();
  overlays_.clear();
  run_errors_.clear();
  run_queue_.clear();
  doc_ = std::make_unique<Document>(std::move(doc));
  to_lonlat_ = std::make_unique<gis::Reprojector>(
      gis::Reprojector::to_lonlat(doc_->crs(), doc_->scenario.map_path));
  from_lonlat_ = std::make_unique<gis::Reprojector>(
      gis::Reprojector::from_lonlat(doc_->crs(), doc_->scenario.map_path));
  bg::assign_inverse(map_extent_);
  for (const city::RoadEdge& r : doc_->city->edges)
    bg::expand(map_extent_, bg::return_envelope<Box>(r.line));
  for (const city::Building& b : doc_->city->buildings)
    bg::expand(map_extent_, bg::return_envelope<Box>(b.footprint));
  if (map_extent_.min_corner().x > map_extent_.max_corner().x) map_extent_ = doc_->city->extent();
  const Box e = map_extent_;
  city_origin_ = {(e.min_corner().x + e.max_corner().x) / 2,
                  (e.min_corner().y + e.max_corner().y) / 2};
  // True north against grid north at the map's centre: step 100 m north in latitude.
  if (auto ll = local_to_lonlat(city_origin_)) {
    if (auto north = lonlat_to_local({ll->x, ll->y + 0.0009})) {
      const Vec2 d = *north - city_origin_;
      true_north_deg_ = std::atan2(d.x, d.y) * 180.0 / 3.14159265358979323846;
    }
  }
  rebuild_city_gpu();
  select(std::nullopt);
  sketch_.reset();
  tool_ = Tool::Select;
  validated_revision_ = 0;
  variants_.clear();
  variants_.emplace_back();
  variants_[0].name = "A";
  current_variant_ = 0;
  if (canvas_rect_.size.x <= 0) {
    // Before the first frame: the canvas as compute_layout() will place it.
    canvas_rect_ = {
        {static_cast<double>(toolbar_w_), 23.0},
        {static_cast<double>(static_cast<float>(options_.width) - toolbar_w_ - panel_w_),
         static_cast<double>(static_cast<float>(options_.height) - 23.0f - status_h_)}};
  }
  view_.set_canvas(canvas_rect_);
  fit_to_scenario();
  autosaved_revision_ = doc_->revision;
  // Trajectories belong to the scenario they were run on.
  replay_.close(city_origin_);
  replay_.last_run.clear();
  replay_.find_offer(doc_->untitled() ? std::string() : doc_->target().scenario_path);
}

void App::rebuild_city_gpu() {
  const auto t0 = Clock::now();
  CityGeometryOptions o;
  o.highlight_passable = visible_.highlight_passable;
  const CityGeometry g = build_city_geometry(*doc_->city, city_origin_, o);
  city_gpu_.open_area_fills.upload(g.open_area_fills);
  city_gpu_.open_area_lines.upload(g.open_area_lines);
  city_gpu_.building_fills.upload(g.building_fills);
  city_gpu_.building_lines.upload(g.building_lines);
  city_gpu_.roads.upload(g.roads);
  city_gpu_.barriers.upload(g.barriers);
  city_gpu_.stops.upload(g.stops);
  city_triangles_ = g.triangles;
  ++city_gpu_version_;
  geometry_ms_ = ms_since(t0);
}

void App::fit_to_map() {
  if (doc_) view_.fit(map_extent_, 20.0);
}

void App::fit_to_scenario() {
  if (!doc_) return;
  Box box;
  bg::assign_inverse(box);
  bool any = false;
  for (const FeatureId& id : all_features(doc_->scenario.layout))
    for (Vec2 p : shape_of(get(doc_->scenario.layout, id)).points) {
      bg::expand(box, p);
      any = true;
    }
  if (!any) return fit_to_map();
  // Some context around the site: the approaches matter as much as the square.
  const double w = box.max_corner().x - box.min_corner().x,
               h = box.max_corner().y - box.min_corner().y;
  const double grow = std::max({w, h, 100.0}) * 0.35;
  box = {{box.min_corner().x - grow, box.min_corner().y - grow},
         {box.max_corner().x + grow, box.max_corner().y + grow}};
  view_.fit(box, 10.0);
}

void App::zoom_to(const Box& world, double min_width_m) {
  Box b = world;
  const Vec2 c = (b.min_corner() + b.max_corner()) * 0.5;
  const double half = std::max({b.max_corner().x - b.min_corner().x,
                                b.max_corner().y - b.min_corner().y, min_width_m}) /
                      2;
  b = {{c.x - half, c.y - half}, {c.x + half, c.y + half}};
  view_.fit(b, 40.0);
  flash_box_ = world;
  flash_frames_ = 90;
}

std::optional<Vec2> App::lonlat_to_local(Vec2 ll) const {
  if (!from_lonlat_) return std::nullopt;
  const Vec2 p = from_lonlat_->transform(ll);
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) return std::nullopt;
  return p;
}

std::optional<Vec2> App::local_to_lonlat(Vec2 p) const {
  if (!to_lonlat_) return std::nullopt;
  const Vec2 ll = to_lonlat_->transform(p);
  if (!std::isfinite(ll.x) || !std::isfinite(ll.y)) return std::nullopt;
  return ll;
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
  if (doc_) {
    const Vec2 mouse{io.MousePos.x, io.MousePos.y};
    if (canvas_rect_.contains(mouse)) {
      const Vec2 w = view_.to_world(mouse);
      if (auto ll = local_to_lonlat(w))
        ImGui::Text("%.6f, %.6f", ll->y, ll->x);
      else
        ImGui::Text("%.1f, %.1f", w.x, w.y);
    } else {
      ImGui::TextDisabled("—");
    }
    ImGui::SameLine(210);
    ImGui::Text("%s  %s", map_scale_text(view_.px_per_m()).c_str(), doc_->crs().c_str());
    ImGui::SameLine(420);
    if (runner_.busy()) {
      const auto p = runner_.progress();
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
