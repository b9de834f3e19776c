// The --script player: feeds the recorded input events to ImGui frame by frame (mouse
// position and buttons, wheel, keys, typed text) exactly where the GLFW back end would, and
// runs the steps that name an action (menu items, dialog buttons, tools, saving, running).
// Steps are described in docs/gui.md.
#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "gis/text_file.hpp"
#include "gui/app/app.hpp"
#include "gui/edit/hit_test.hpp"

namespace agora::gui {

namespace {

int glfw_key(const std::string& k) {
  static const std::map<std::string, int> named = {
      {"enter", GLFW_KEY_ENTER}, {"escape", GLFW_KEY_ESCAPE}, {"delete", GLFW_KEY_DELETE},
      {"backspace", GLFW_KEY_BACKSPACE}, {"tab", GLFW_KEY_TAB}, {"space", GLFW_KEY_SPACE},
      {"left", GLFW_KEY_LEFT}, {"right", GLFW_KEY_RIGHT}, {"up", GLFW_KEY_UP}, {"down", GLFW_KEY_DOWN}};
  if (auto it = named.find(k); it != named.end()) return it->second;
  if (k.size() == 1 && k[0] >= 'a' && k[0] <= 'z') return GLFW_KEY_A + (k[0] - 'a');
  if (k.size() == 1 && k[0] >= '0' && k[0] <= '9') return GLFW_KEY_0 + (k[0] - '0');
  return GLFW_KEY_UNKNOWN;
}

int mouse_button(const std::vector<std::string>& args, std::size_t i) {
  if (args.size() <= i) return 0;
  if (args[i] == "right") return 1;
  if (args[i] == "middle") return 2;
  return 0;
}

constexpr int kDragSteps = 8;
constexpr int kRunTimeoutFrames = 60 * 600;  // ten minutes of frames at the script's 60 Hz clock

}  // namespace

void App::load_script() {
  try {
    script_ = parse_script(gis::read_text_file(options_.script), options_.script);
  } catch (const Error& e) {
    for (const Problem& p : e.problems()) std::fprintf(stderr, "agora-gui: %s\n", p.to_string().c_str());
    exit_code_ = 2;
    quit_ = true;
  }
}

void App::script_fail(const ScriptStep& step, const std::string& message) {
  std::fprintf(stderr, "agora-gui: %s: line %d (%s): %s\n", options_.script.c_str(), step.line, step.verb.c_str(),
               message.c_str());
  exit_code_ = 1;
  quit_ = true;
  script_pos_ = script_.size();
}

Vec2 App::script_point(const ScriptPoint& p, bool& ok) {
  ok = true;
  if (!p.geographic) return p.v;
  const auto local = lonlat_to_local(p.v);
  if (!local) {
    ok = false;
    return {};
  }
  return view_.to_screen(*local);
}

void App::script_before_frame() {
  ImGuiIO& io = ImGui::GetIO();
  // A fixed clock: double clicks and tooltips behave the same on every machine.
  io.DeltaTime = 1.0f / 60.0f;
  script_input_.wheel = 0.0f;
  script_input_.text.clear();
  if (quit_) {
    // keep the input as it is
  } else if (script_wait_ > 0) {
    --script_wait_;
  } else if (script_pos_ >= script_.size()) {
    quit_ = true;
  } else {
    const ScriptStep& step = script_[script_pos_];
    if (script_step(step)) {
      ++script_pos_;
      script_phase_ = 0;
      script_wait_ = 1;  // one frame for the UI to show the step's effect
    } else {
      ++script_phase_;
    }
  }
  const ScriptInput& in = script_input_;
  io.MousePos = in.mouse.x < 0 ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(static_cast<float>(in.mouse.x), static_cast<float>(in.mouse.y));
  for (int b = 0; b < 3; ++b) io.MouseDown[b] = in.down[b];
  io.MouseWheel = in.wheel;
  std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
  for (int k : in.keys) io.KeysDown[k] = true;
  io.KeyCtrl = in.ctrl;
  io.KeyShift = in.shift;
  io.KeyAlt = in.alt;
  if (!in.text.empty()) io.AddInputCharactersUTF8(in.text.c_str());
}

bool App::script_step(const ScriptStep& step) {
  ScriptInput& in = script_input_;
  const auto& a = step.args;
  auto point = [&](std::size_t i) {
    bool ok = true;
    const Vec2 p = script_point(step.points.at(i), ok);
    if (!ok) script_fail(step, "a geographic position needs an open scenario");
    return p;
  };
  auto need_doc = [&] {
    if (!doc_) script_fail(step, "no scenario is open");
    return doc_ != nullptr;
  };
  const std::string& v = step.verb;
  const int phase = script_phase_;

  if (v == "move") {
    in.mouse = point(0);
    return true;
  }
  if (v == "click" || v == "dblclick") {
    const int b = mouse_button(a, 0);
    if (phase == 0) in.mouse = point(0);
    const int presses = v == "click" ? 1 : 2;
    if (phase < presses * 2) {
      in.down[b] = phase % 2 == 0;
      return false;
    }
    in.down[b] = false;
    return true;
  }
  if (v == "drag") {
    const int b = mouse_button(a, 0);
    const Vec2 p0 = point(0), p1 = point(1);
    if (phase == 0) {
      in.mouse = p0;
      in.down[b] = true;
      return false;
    }
    if (phase <= kDragSteps) {
      in.mouse = p0 + (p1 - p0) * (static_cast<double>(phase) / kDragSteps);
      return false;
    }
    in.down[b] = false;
    return true;
  }
  if (v == "scroll") {
    in.mouse = point(0);
    in.wheel = static_cast<float>(std::atof(a[0].c_str()));
    return true;
  }
  if (v == "key") {
    KeyCombo k;
    parse_key_combo(a[0], k);
    if (phase == 0) {
      in.keys = {glfw_key(k.key)};
      in.ctrl = k.ctrl;
      in.shift = k.shift;
      in.alt = k.alt;
      return false;
    }
    in.keys.clear();
    in.ctrl = in.shift = in.alt = false;
    return true;
  }
  if (v == "type") {
    in.text = a[0];
    return true;
  }
  if (v == "menu") {
    const Action* act = find_action(a[0]);
    if (!act) script_fail(step, "no menu item '" + a[0] + "'");
    else if (act->enabled && !act->enabled()) script_fail(step, "menu item '" + a[0] + "' is disabled now");
    else act->run();
    return true;
  }
  if (v == "tool") {
    const auto t = tool_from_name(a[0]);
    if (!t) script_fail(step, "unknown tool '" + a[0] + "' (select, perimeter, crowd_zone, exit, stage, stall, "
                              "structure, barrier, emergency_gate, access_point, receiver)");
    else set_tool(*t);
    return true;
  }
  if (v == "select") {
    if (!need_doc()) return true;
    if (a[0] == "id") {
      for (const FeatureId& id : all_features(doc_->scenario.layout))
        if (info_of(get(doc_->scenario.layout, id)).id == a[1]) {
          select(id);
          return true;
        }
      script_fail(step, "no layout feature with id '" + a[1] + "'");
      return true;
    }
    const auto kind = scenario::kind_from_string(a[0]);
    const int n = std::atoi(a[1].c_str());
    if (!kind || n < 1 || static_cast<std::size_t>(n) > count(doc_->scenario.layout, *kind))
      script_fail(step, "no " + a[0] + " number " + a[1]);
    else select(FeatureId{*kind, static_cast<std::size_t>(n - 1)});
    return true;
  }
  if (v == "select_at") {
    if (!need_doc()) return true;
    const auto hit = hit_layout(doc_->scenario.layout, view_, point(0), 7.0);
    if (!hit) script_fail(step, "no layout feature there");
    else select(hit->id);
    return true;
  }
  if (v == "prop") {
    if (!need_doc()) return true;
    if (!selected_) script_fail(step, "nothing is selected");
    else if (!apply_property(*selected_, a[0], a[1])) script_fail(step, property_error_);
    return true;
  }
  if (v == "dialog") {
    if (phase == 0) script_dialog_choice_ = a[0];
    if (script_dialog_choice_.empty()) return true;  // a dialog button took it
    if (phase > 5) {
      script_dialog_choice_.clear();
      script_fail(step, "no open dialog has a button '" + a[0] + "'");
      return true;
    }
    return false;
  }
  if (v == "dialog_path") {
    if (!file_dialog_.open) script_fail(step, "no file dialog is open");
    else file_dialog_.path = a[0];
    return true;
  }
  if (v == "open") {
    open_path(a[0]);
    if (!doc_ || error_dialog_.open) script_fail(step, "cannot open " + a[0]);
    return true;
  }
  if (v == "save") {
    if (!need_doc()) return true;
    const bool ok = a.empty() ? (!doc_->untitled() && save()) : save_as(a[0]);
    if (!ok) script_fail(step, a.empty() ? "cannot save (untitled? use save PATH)" : "cannot save as " + a[0]);
    return true;
  }
  if (v == "export_results" || v == "export_report") {
    if (!current_result()) script_fail(step, "there are no results to export: run first");
    else if (v == "export_results") export_results(a[0]);
    else export_report(a[0]);
    if (error_dialog_.open) script_fail(step, "the export failed");
    return true;
  }
  if (v == "run") {
    if (!need_doc()) return true;
    if (phase == 0) {
      start_run();
      if (!runner_.busy()) script_fail(step, "the run did not start (see the problems printed above)");
      return false;
    }
    if (runner_.busy()) {
      if (phase > kRunTimeoutFrames) {
        runner_.cancel();
        script_fail(step, "the analyses did not finish in time");
        return true;
      }
      return false;
    }
    poll_run();
    if (!run_errors_.empty()) {
      std::string m;
      for (const Problem& p : run_errors_) m += (m.empty() ? "" : "; ") + p.to_string();
      script_fail(step, "the run failed: " + m);
    }
    return run_queue_.empty() && !runner_.busy();
  }
  if (v == "wait_frames") return phase + 1 >= std::atoi(a[0].c_str());
  if (v == "fit") {
    fit_to_scenario();
    return true;
  }
  if (v == "view") {
    if (!need_doc()) return true;
    if (!step.points[0].geographic) script_fail(step, "view needs a geographic centre @LON,LAT");
    else if (auto c = lonlat_to_local(step.points[0].v)) view_.set(*c, std::atof(a[0].c_str()));
    return true;
  }
  if (v == "screenshot") {
    pending_screenshot_ = a[0];
    return true;
  }
  if (v == "assert_pixel") {
    PixelCheck c{step, point(0), 0, 0, 0, a.size() > 1 ? std::atoi(a[1].c_str()) : 24};
    parse_colour(a[0], c.r, c.g, c.b);
    pixel_checks_.push_back(c);
    return true;
  }
  if (v == "assert_count") {
    if (!need_doc()) return true;
    const auto kind = scenario::kind_from_string(a[0]);
    if (!kind) script_fail(step, "unknown kind '" + a[0] + "'");
    else if (count(doc_->scenario.layout, *kind) != static_cast<std::size_t>(std::atoi(a[1].c_str())))
      script_fail(step, "expected " + a[1] + " " + a[0] + " feature(s), the layout has " +
                            std::to_string(count(doc_->scenario.layout, *kind)));
    return true;
  }
  if (v == "assert_dirty") {
    if (!need_doc()) return true;
    if (doc_->dirty() != (a[0] == "true")) script_fail(step, std::string("the document is ") + (doc_->dirty() ? "" : "not ") + "dirty");
    return true;
  }
  if (v == "assert_figure") {
    const run::RunResult* r = current_result();
    const Value* val = r ? r->figures.find(a[0]) : nullptr;
    if (!val) {
      script_fail(step, "no figure '" + a[0] + "' in the results");
      return true;
    }
    const std::string text = value_text(*val);
    char* end = nullptr;
    const double want = std::strtod(a[1].c_str(), &end);
    const bool numeric = end && *end == '\0' && !a[1].empty();
    const double tol = a.size() > 2 ? std::atof(a[2].c_str()) : 1e-9;
    bool ok = text == a[1];
    if (numeric && !ok) {
      if (const auto* d = std::get_if<double>(val)) ok = std::abs(*d - want) <= tol;
      else if (const auto* i = std::get_if<std::int64_t>(val)) ok = std::abs(static_cast<double>(*i) - want) <= tol;
    }
    if (!ok) script_fail(step, "figure '" + a[0] + "' is " + text + ", expected " + a[1]);
    return true;
  }
  if (v == "assert_selected") {
    const auto kind = scenario::kind_from_string(a[0]);
    const bool ok = selected_ && kind && selected_->kind == *kind &&
                    (a.size() < 2 || selected_->index + 1 == static_cast<std::size_t>(std::atoi(a[1].c_str())));
    if (!ok) script_fail(step, selected_ ? "selected is " + kind_label(selected_->kind) + " " + std::to_string(selected_->index + 1)
                                         : std::string("nothing is selected"));
    return true;
  }
  if (v == "assert_undo") {
    if (!need_doc()) return true;
    if (doc_->history.undo_label() != a[0]) script_fail(step, "the next undo is '" + doc_->history.undo_label() + "'");
    return true;
  }
  if (v == "autosave") {
    if (!autosave_enabled_) script_fail(step, "autosave is off in script mode unless --autosave-dir is given");
    else autosave_tick(true);
    return true;
  }
  if (v == "crash") {
    std::fflush(nullptr);
    std::_Exit(3);  // no clean-up at all, as a crash would leave things
  }
  if (v == "quit") {
    quit_ = true;
    return true;
  }
  if (v == "layer") {
    const bool on = a[1] == "on";
    std::map<std::string, bool*> city = {{"buildings", &visible_.buildings}, {"roads", &visible_.roads},
                                         {"open_areas", &visible_.open_areas}, {"barriers", &visible_.barriers},
                                         {"stops", &visible_.stops}, {"legend", &visible_.legend}};
    if (auto it = city.find(a[0]); it != city.end()) *it->second = on;
    else if (LayerOverlay* o = overlays_.find_layer(a[0])) o->visible = on;
    else if (RasterOverlay* r = overlays_.find_raster(a[0])) r->visible = on;
    else if (auto k = scenario::kind_from_string(a[0])) visible_.kinds[static_cast<std::size_t>(*k)] = on;
    else script_fail(step, "no layer '" + a[0] + "'");
    return true;
  }
  if (v == "variant") {
    if (!need_doc()) return true;
    if (a[0] == "new") {
      new_variant();
      return true;
    }
    if (a[0] == "add") {
      if (a.size() < 2 || !add_variant_from(a[1])) script_fail(step, "cannot add a variant from that scenario");
      return true;
    }
    for (std::size_t i = 0; i < variants_.size(); ++i)
      if (variants_[i].name == a[0]) {
        switch_variant(i);
        return true;
      }
    script_fail(step, "no variant '" + a[0] + "'");
    return true;
  }
  if (v == "undo" || v == "redo") {
    if (!need_doc()) return true;
    if (v == "undo") doc_->undo();
    else doc_->redo();
    return true;
  }
  if (v == "replay") {
    if (!need_doc()) return true;
    if (!open_replay(a[0])) script_fail(step, "cannot replay " + a[0]);
    return true;
  }
  if (v.starts_with("replay_") || v.starts_with("assert_replay") || v == "assert_agent") {
    if (!replay_) {
      script_fail(step, "no trajectories are loaded: use replay PATH first");
      return true;
    }
    const double n = std::atof(a.empty() ? "0" : a[0].c_str());
    if (v == "replay_seek") {
      if (n < replay_->start_s() || n > replay_->end_s()) {
        char buf[120];
        std::snprintf(buf, sizeof buf, "expected a time from %.1f to %.1f s", replay_->start_s(), replay_->end_s());
        script_fail(step, buf);
      }
      replay_clock_.time_s = n;
      replay_clock_.playing = false;
    } else if (v == "replay_play") {
      if (!(n > 0.0)) script_fail(step, "expected a speed above 0");
      replay_clock_.speed = n;
      replay_clock_.playing = true;
    } else if (v == "replay_pause") {
      replay_clock_.playing = false;
    } else if (v == "assert_replay_time") {
      const double tol = a.size() > 1 ? std::atof(a[1].c_str()) : 1e-6;
      if (std::abs(replay_clock_.time_s - n) > tol)
        script_fail(step, "the replay is at " + std::to_string(replay_clock_.time_s) + " s, expected " + a[0]);
    } else {
      std::vector<ReplayAgent> agents;
      replay_->agents_at(replay_clock_.time_s, agents);
      if (v == "assert_replay_agents" && agents.size() != static_cast<std::size_t>(n)) {
        script_fail(step, std::to_string(agents.size()) + " agents are on site, expected " + a[0]);
      } else if (v == "assert_agent") {
        const auto id = static_cast<std::uint32_t>(n);
        const Vec2 want{std::atof(a[1].c_str()), std::atof(a[2].c_str())};
        const double tol = a.size() > 3 ? std::atof(a[3].c_str()) : 0.01;
        const auto it = std::find_if(agents.begin(), agents.end(), [id](const ReplayAgent& g) { return g.id == id; });
        char buf[200];
        if (it == agents.end()) {
          script_fail(step, "agent " + a[0] + " is not on site at this time");
        } else if (distance(it->position, want) > tol) {
          std::snprintf(buf, sizeof buf, "agent %u is at %.3f %.3f, expected %.3f %.3f within %g m", id, it->position.x,
                        it->position.y, want.x, want.y, tol);
          script_fail(step, buf);
        }
      }
    }
    return true;
  }
  if (v == "stats_reset") {
    stats_ = {};
    return true;
  }
  script_fail(step, "not implemented");
  return true;
}

void App::script_after_render() {
  if (pending_screenshot_.empty() && pixel_checks_.empty()) return;
  int w = 0, h = 0;
  std::vector<std::uint8_t> pixels = window_->read_pixels(w, h);
  for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
  if (!pending_screenshot_.empty()) {
    try {
      write_png(pending_screenshot_, pixels, w, h);
    } catch (const Error& e) {
      std::fprintf(stderr, "agora-gui: %s\n", e.problems().front().to_string().c_str());
      exit_code_ = 1;
    }
    pending_screenshot_.clear();
  }
  for (const PixelCheck& c : pixel_checks_) {
    const int x = static_cast<int>(std::lround(c.at.x)), y = static_cast<int>(std::lround(c.at.y));
    if (x < 0 || y < 0 || x >= w || y >= h) {
      script_fail(c.step, "position outside the window");
      continue;
    }
    const std::uint8_t* p = &pixels[(static_cast<std::size_t>(y) * w + x) * 4];
    const int d = std::max({std::abs(p[0] - c.r), std::abs(p[1] - c.g), std::abs(p[2] - c.b)});
    if (d > c.tolerance) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "pixel (%d, %d) is #%02x%02x%02x, expected #%02x%02x%02x within %d", x, y, p[0], p[1],
                    p[2], c.r, c.g, c.b, c.tolerance);
      script_fail(c.step, buf);
    }
  }
  pixel_checks_.clear();
}

}  // namespace agora::gui
