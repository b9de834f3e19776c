#include "gui/script/script_player.hpp"

#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "gis/text_file.hpp"
#include "gui/app/app.hpp"
#include "gui/doc/catalogue_search.hpp"
#include "gui/doc/feature_properties.hpp"
#include "gui/edit/hit_test.hpp"
#include "gui/run/key_figures.hpp"
#include "report/strings.hpp"

namespace agora::gui {

namespace {

int glfw_key(const std::string& k) {
  static const std::map<std::string, int> named = {
      {"enter", GLFW_KEY_ENTER},   {"escape", GLFW_KEY_ESCAPE},
      {"delete", GLFW_KEY_DELETE}, {"backspace", GLFW_KEY_BACKSPACE},
      {"tab", GLFW_KEY_TAB},       {"space", GLFW_KEY_SPACE},
      {"left", GLFW_KEY_LEFT},     {"right", GLFW_KEY_RIGHT},
      {"up", GLFW_KEY_UP},         {"down", GLFW_KEY_DOWN}};
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

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

constexpr int kDragSteps = 8;
constexpr int kRunTimeoutFrames = 60 * 600;  // ten minutes of frames at the script's 60 Hz clock

}  // namespace

std::optional<VerbArity> verb_arity(const std::string& verb) {
  for (const ScriptPlayer::Verb& v : ScriptPlayer::verbs())
    if (verb == v.name) return v.arity;
  return std::nullopt;
}

std::vector<std::string> verb_names() {
  std::vector<std::string> names;
  for (const ScriptPlayer::Verb& v : ScriptPlayer::verbs()) names.emplace_back(v.name);
  std::sort(names.begin(), names.end());
  return names;
}

void ScriptPlayer::load(const std::string& path) {
  path_ = path;
  try {
    steps_ = parse_script(gis::read_text_file(path), path);
  } catch (const Error& e) {
    for (const Problem& p : e.problems())
      std::fprintf(stderr, "agora-gui: %s\n", p.to_string().c_str());
    app_.exit_code_ = 2;
    app_.quit_ = true;
  }
}

void ScriptPlayer::fail(const ScriptStep& step, const std::string& message) {
  std::fprintf(stderr, "agora-gui: %s: line %d (%s): %s\n", path_.c_str(), step.line,
               step.verb.c_str(), message.c_str());
  app_.exit_code_ = 1;
  app_.quit_ = true;
  pos_ = steps_.size();
}

Vec2 ScriptPlayer::point(const ScriptStep& step, std::size_t i) {
  const ScriptPoint& p = step.points.at(i);
  if (!p.geographic) return p.v;
  const auto local = app_.session_.lonlat_to_local(p.v);
  if (!local) {
    fail(step, "a geographic position needs an open scenario");
    return {};
  }
  return app_.canvas_.view.to_screen(*local);
}

bool ScriptPlayer::need_doc(const ScriptStep& step) {
  if (!app_.session_.doc) fail(step, "no scenario is open");
  return app_.session_.doc != nullptr;
}

bool ScriptPlayer::presses(const char* label) {
  if (dialog_choice_.empty() || lower(dialog_choice_) != lower(label)) return false;
  dialog_choice_.clear();
  return true;
}

void ScriptPlayer::before_frame() {
  ImGuiIO& io = ImGui::GetIO();
  // A fixed clock: double clicks and tooltips behave the same on every machine.
  io.DeltaTime = 1.0f / 60.0f;
  input_.wheel = 0.0f;
  input_.text.clear();
  if (app_.quit_) {
    // keep the input as it is
  } else if (wait_ > 0) {
    --wait_;
  } else if (pos_ >= steps_.size()) {
    app_.quit_ = true;
  } else {
    const ScriptStep& step = steps_[pos_];
    const Verb* verb = nullptr;
    for (const Verb& v : verbs())
      if (step.verb == v.name) verb = &v;
    // parse_script admits only verbs of the table.
    if (!verb || verb->run(*this, step, phase_)) {
      ++pos_;
      phase_ = 0;
      wait_ = 1;  // one frame for the UI to show the step's effect
    } else {
      ++phase_;
    }
  }
  const Input& in = input_;
  io.MousePos = in.mouse.x < 0
                    ? ImVec2(-FLT_MAX, -FLT_MAX)
                    : ImVec2(static_cast<float>(in.mouse.x), static_cast<float>(in.mouse.y));
  for (int b = 0; b < 3; ++b) io.MouseDown[b] = in.down[b];
  io.MouseWheel = in.wheel;
  std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
  for (int k : in.keys) io.KeysDown[k] = true;
  io.KeyCtrl = in.ctrl;
  io.KeyShift = in.shift;
  io.KeyAlt = in.alt;
  if (!in.text.empty()) io.AddInputCharactersUTF8(in.text.c_str());
}

namespace {

using P = ScriptPlayer;
using S = ScriptStep;

}  // namespace

// The lambdas below run as members of ScriptPlayer (App befriends it): each is one verb.
const std::vector<ScriptPlayer::Verb>& ScriptPlayer::verbs() {
  static const auto click = [](P& p, const S& step, int phase) {
    const int b = mouse_button(step.args, 0);
    if (phase == 0) p.input_.mouse = p.point(step, 0);
    const int presses = step.verb == "click" ? 1 : 2;
    if (phase < presses * 2) {
      p.input_.down[b] = phase % 2 == 0;
      return false;
    }
    p.input_.down[b] = false;
    return true;
  };
  static const auto export_files = [](P& p, const S& step, int) {
    App& app = p.app_;
    if (!app.session_.current_result())
      p.fail(step, "there are no results to export: run first");
    else if (step.verb == "export_results")
      app.export_results(step.args[0]);
    else
      app.export_report(step.args[0]);
    if (app.dialogs_.error.open) p.fail(step, "the export failed");
    return true;
  };
  static const auto undo_redo = [](P& p, const S& step, int) {
    if (!p.need_doc(step)) return true;
    if (step.verb == "undo")
      p.app_.session_.doc->undo();
    else
      p.app_.session_.doc->redo();
    return true;
  };
  // The replay verbs: every one needs loaded trajectories; their arguments are numbers.
  static const auto replay_verb = [](P& p, const S& step, int) {
    App& app = p.app_;
    const auto& a = step.args;
    const std::string& v = step.verb;
    if (!app.replay_.loaded()) {
      p.fail(step, "no trajectories are loaded: use replay PATH first");
      return true;
    }
    const double n = std::atof(a.empty() ? "0" : a[0].c_str());
    if (v == "replay_seek") {
      if (n < app.replay_.current().start_s() || n > app.replay_.current().end_s()) {
        char buf[120];
        std::snprintf(buf, sizeof buf, "expected a time from %.1f to %.1f s",
                      app.replay_.current().start_s(), app.replay_.current().end_s());
        p.fail(step, buf);
      }
      app.replay_.clock.time_s = n;
      app.replay_.clock.playing = false;
    } else if (v == "replay_play") {
      if (!(n > 0.0)) p.fail(step, "expected a speed above 0");
      app.replay_.clock.speed = n;
      app.replay_.clock.playing = true;
    } else if (v == "replay_pause") {
      app.replay_.clock.playing = false;
    } else if (v == "assert_replay_time") {
      const double tol = a.size() > 1 ? std::atof(a[1].c_str()) : 1e-6;
      if (std::abs(app.replay_.clock.time_s - n) > tol)
        p.fail(step, "the replay is at " + std::to_string(app.replay_.clock.time_s) +
                         " s, expected " + a[0]);
    } else {
      std::vector<ReplayAgent> agents;
      app.replay_.current().agents_at(app.replay_.clock.time_s, agents);
      if (v == "assert_replay_agents" && agents.size() != static_cast<std::size_t>(n)) {
        p.fail(step, std::to_string(agents.size()) + " agents are on site, expected " + a[0]);
      } else if (v == "assert_agent") {
        const auto id = static_cast<std::uint32_t>(n);
        const Vec2 want{std::atof(a[1].c_str()), std::atof(a[2].c_str())};
        const double tol = a.size() > 3 ? std::atof(a[3].c_str()) : 0.01;
        const auto it = std::find_if(agents.begin(), agents.end(),
                                     [id](const ReplayAgent& g) { return g.id == id; });
        char buf[200];
        if (it == agents.end()) {
          p.fail(step, "agent " + a[0] + " is not on site at this time");
        } else if (distance(it->position, want) > tol) {
          std::snprintf(buf, sizeof buf, "agent %u is at %.3f %.3f, expected %.3f %.3f within %g m",
                        id, it->position.x, it->position.y, want.x, want.y, tol);
          p.fail(step, buf);
        }
      }
    }
    return true;
  };

  static const std::vector<Verb> table = {
      // ---- input ----
      {"move",
       {1, 0, 0},
       [](P& p, const S& step, int) {
         p.input_.mouse = p.point(step, 0);
         return true;
       }},
      {"click", {1, 0, 1}, click},
      {"dblclick", {1, 0, 0}, click},
      {"drag",
       {2, 0, 1},
       [](P& p, const S& step, int phase) {
         const int b = mouse_button(step.args, 0);
         const Vec2 p0 = p.point(step, 0), p1 = p.point(step, 1);
         if (phase == 0) {
           p.input_.mouse = p0;
           p.input_.down[b] = true;
           return false;
         }
         if (phase <= kDragSteps) {
           p.input_.mouse = p0 + (p1 - p0) * (static_cast<double>(phase) / kDragSteps);
           return false;
         }
         p.input_.down[b] = false;
         return true;
       }},
      {"scroll",
       {1, 1, 1},
       [](P& p, const S& step, int) {
         p.input_.mouse = p.point(step, 0);
         p.input_.wheel = static_cast<float>(std::atof(step.args[0].c_str()));
         return true;
       }},
      {"key",
       {0, 1, 1},
       [](P& p, const S& step, int phase) {
         KeyCombo k;
         parse_key_combo(step.args[0], k);
         Input& in = p.input_;
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
       }},
      {"type",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         p.input_.text = step.args[0];
         return true;
       }},
      // ---- actions ----
      {"menu",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         const App::Action* act = p.app_.find_action(step.args[0]);
         if (!act)
           p.fail(step, "no menu item '" + step.args[0] + "'");
         else if (act->enabled && !act->enabled())
           p.fail(step, "menu item '" + step.args[0] + "' is disabled now");
         else
           act->run();
         return true;
       }},
      {"tool",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         const auto t = tool_from_name(step.args[0]);
         if (!t)
           p.fail(step,
                  "unknown tool '" + step.args[0] +
                      "' (select, perimeter, crowd_zone, exit, stage, stall, structure, barrier, "
                      "emergency_gate, access_point, receiver)");
         else
           p.app_.canvas_.set_tool(*t);
         return true;
       }},
      {"select",
       {0, 2, 2},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         const auto& a = step.args;
         const scenario::Layout& layout = app.session_.doc->scenario.layout;
         if (a[0] == "id") {
           for (const FeatureId& id : all_features(layout))
             if (info_of(get(layout, id)).id == a[1]) {
               app.canvas_.select(id);
               return true;
             }
           p.fail(step, "no layout feature with id '" + a[1] + "'");
           return true;
         }
         const auto kind = scenario::kind_from_string(a[0]);
         const int n = std::atoi(a[1].c_str());
         if (!kind || n < 1 || static_cast<std::size_t>(n) > count(layout, *kind))
           p.fail(step, "no " + a[0] + " number " + a[1]);
         else
           app.canvas_.select(FeatureId{*kind, static_cast<std::size_t>(n - 1)});
         return true;
       }},
      {"select_at",
       {1, 0, 0},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         const auto hit = hit_layout(p.app_.session_.doc->scenario.layout, p.app_.canvas_.view,
                                     p.point(step, 0), 7.0);
         if (!hit)
           p.fail(step, "no layout feature there");
         else
           p.app_.canvas_.select(hit->id);
         return true;
       }},
      {"prop",
       {0, 2, 2},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         if (!app.canvas_.selected)
           p.fail(step, "nothing is selected");
         else if (!app.session_.apply_property(*app.canvas_.selected, step.args[0], step.args[1]))
           p.fail(step, app.session_.property_error);
         return true;
       }},
      {"product",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         // Picks the first catalogue product the search finds for the selected barrier or gate.
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         const vehicle::BarrierCatalogue* cat = app.session_.barrier_catalogue();
         const auto found = cat ? search_catalogue(*cat, step.args[0])
                                : std::vector<const vehicle::CatalogueEntry*>{};
         if (!app.canvas_.selected || (app.canvas_.selected->kind != scenario::Kind::Barrier &&
                                       app.canvas_.selected->kind != scenario::Kind::EmergencyGate))
           p.fail(step, "select a barrier or an emergency gate first");
         else if (found.empty())
           p.fail(step, "no catalogue product matches '" + step.args[0] + "'");
         else if (!app.pick_product(*app.canvas_.selected, *found.front()))
           p.fail(step, app.session_.property_error);
         return true;
       }},
      {"assert_prop",
       {0, 2, 2},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         if (!app.canvas_.selected) {
           p.fail(step, "nothing is selected");
           return true;
         }
         const std::string v = property_text(
             get(app.session_.doc->scenario.layout, *app.canvas_.selected), step.args[0]);
         if (v != step.args[1]) p.fail(step, step.args[0] + " is '" + v + "'");
         return true;
       }},
      {"assert_problem",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         // Problems lists an error or warning whose message contains TEXT.
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         app.after_change();
         for (const auto* list :
              {&app.session_.validation_errors, &app.session_.validation_warnings})
           for (const Problem& e : *list)
             if (e.message.find(step.args[0]) != std::string::npos) return true;
         std::string has;
         for (const auto* list :
              {&app.session_.validation_errors, &app.session_.validation_warnings})
           for (const Problem& e : *list) has += "\n  " + e.to_string();
         p.fail(step, "Problems has nothing about '" + step.args[0] + "'" +
                          (has.empty() ? " (it is empty)" : "; it has:" + has));
         return true;
       }},
      {"assert_no_problem",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         app.after_change();
         for (const auto* list :
              {&app.session_.validation_errors, &app.session_.validation_warnings})
           for (const Problem& e : *list)
             if (e.message.find(step.args[0]) != std::string::npos)
               p.fail(step, "Problems says: " + e.message);
         return true;
       }},
      {"dialog",
       {0, 1, 1},
       [](P& p, const S& step, int phase) {
         if (phase == 0) p.dialog_choice_ = step.args[0];
         if (p.dialog_choice_.empty()) return true;  // a dialog button took it
         if (phase > 5) {
           p.dialog_choice_.clear();
           p.fail(step, "no open dialog has a button '" + step.args[0] + "'");
           return true;
         }
         return false;
       }},
      {"dialog_path",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         if (!p.app_.dialogs_.file.open)
           p.fail(step, "no file dialog is open");
         else
           p.app_.dialogs_.file.path = step.args[0];
         return true;
       }},
      {"open",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         p.app_.open_path(step.args[0]);
         if (!p.app_.session_.doc || p.app_.dialogs_.error.open)
           p.fail(step, "cannot open " + step.args[0]);
         return true;
       }},
      {"save",
       {0, 0, 1},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         const auto& a = step.args;
         const bool ok =
             a.empty() ? (!app.session_.doc->untitled() && app.save()) : app.save_as(a[0]);
         if (!ok)
           p.fail(step,
                  a.empty() ? "cannot save (untitled? use save PATH)" : "cannot save as " + a[0]);
         return true;
       }},
      {"export_results", {0, 1, 1}, export_files},
      {"export_report", {0, 1, 1}, export_files},
      {"run",
       {0, 0, 0},
       [](P& p, const S& step, int phase) {
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         if (phase == 0) {
           app.start_run();
           if (!app.session_.runner.busy())
             p.fail(step, "the run did not start (see the problems printed above)");
           return false;
         }
         if (app.session_.runner.busy()) {
           if (phase > kRunTimeoutFrames) {
             app.session_.runner.cancel();
             p.fail(step, "the analyses did not finish in time");
             return true;
           }
           return false;
         }
         app.poll_run();
         if (!app.session_.run_errors.empty()) {
           std::string m;
           for (const Problem& e : app.session_.run_errors)
             m += (m.empty() ? "" : "; ") + e.to_string();
           p.fail(step, "the run failed: " + m);
         }
         return app.session_.run_queue.empty() && !app.session_.runner.busy();
       }},
      {"run_start",
       {0, 0, 0},
       [](P& p, const S& step, int) {
         // Starts the run and goes on at once (wait_results, cancel).
         if (!p.need_doc(step)) return true;
         p.app_.start_run();
         if (!p.app_.session_.runner.busy())
           p.fail(step, "the run did not start (see the problems printed above)");
         return true;
       }},
      {"wait_results",
       {0, 1, 1},
       [](P& p, const S& step, int phase) {
         // Waits until the current results hold the analysis's output (shown as it finishes).
         App& app = p.app_;
         app.poll_run();
         const run::RunResult* r = app.session_.current_result();
         if (r && r->output(step.args[0])) return true;
         if (!app.session_.runner.busy() && phase > 2) {
           p.fail(step, "the run ended without results of " + step.args[0]);
           return true;
         }
         if (phase > kRunTimeoutFrames) {
           p.fail(step, "no results of " + step.args[0] + " in time");
           return true;
         }
         return false;
       }},
      {"cancel",
       {0, 0, 0},
       [](P& p, const S&, int phase) {
         // As the Cancel button; waits until the run has stopped.
         App& app = p.app_;
         if (phase == 0) app.session_.runner.cancel();
         if (app.session_.runner.busy()) return false;
         app.poll_run();
         app.session_.run_queue.clear();
         return true;
       }},
      {"analyses",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         // The analyses the next runs do, as ticked in the Results tab: "ramming,assess" or "all".
         App& app = p.app_;
         app.session_.run_skipped.clear();
         if (step.args[0] == "all") return true;
         std::vector<std::string> want;
         for (std::size_t at = 0; at <= step.args[0].size();) {
           const std::size_t comma = std::min(step.args[0].find(',', at), step.args[0].size());
           want.push_back(step.args[0].substr(at, comma - at));
           at = comma + 1;
         }
         const std::vector<std::string> choices = app.session_.run_choices();
         for (const std::string& w : want)
           if (std::find(choices.begin(), choices.end(), w) == choices.end())
             p.fail(step, "the scenario does not ask for the analysis '" + w + "'");
         for (const std::string& c : choices)
           if (std::find(want.begin(), want.end(), c) == want.end())
             app.session_.run_skipped.insert(c);
         return true;
       }},
      {"undo", {0, 0, 0}, undo_redo},
      {"redo", {0, 0, 0}, undo_redo},
      {"variant",
       {0, 1, 2},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         App& app = p.app_;
         const auto& a = step.args;
         if (a[0] == "new") {
           app.new_variant();
           return true;
         }
         if (a[0] == "add") {
           if (a.size() < 2 || !app.add_variant_from(a[1]))
             p.fail(step, "cannot add a variant from that scenario");
           return true;
         }
         for (std::size_t i = 0; i < app.session_.variants.size(); ++i)
           if (app.session_.variants[i].name == a[0]) {
             app.switch_variant(i);
             return true;
           }
         p.fail(step, "no variant '" + a[0] + "'");
         return true;
       }},
      {"layer",
       {0, 2, 2},
       [](P& p, const S& step, int) {
         App& app = p.app_;
         const auto& a = step.args;
         const bool on = a[1] == "on";
         auto& vis = app.canvas_.visible;
         std::map<std::string, bool*> city = {
             {"buildings", &vis.buildings}, {"roads", &vis.roads}, {"open_areas", &vis.open_areas},
             {"barriers", &vis.barriers},   {"stops", &vis.stops}, {"legend", &vis.legend}};
         if (auto it = city.find(a[0]); it != city.end())
           *it->second = on;
         else if (LayerOverlay* o = app.canvas_.overlays.find_layer(a[0]))
           o->visible = on;
         else if (RasterOverlay* r = app.canvas_.overlays.find_raster(a[0]))
           r->visible = on;
         else if (auto k = scenario::kind_from_string(a[0]))
           vis.kinds[static_cast<std::size_t>(*k)] = on;
         else
           p.fail(step, "no layer '" + a[0] + "'");
         return true;
       }},
      {"fit",
       {0, 0, 0},
       [](P& p, const S&, int) {
         p.app_.canvas_.fit_to_scenario();
         return true;
       }},
      {"view",
       {1, 1, 1},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         if (!step.points[0].geographic)
           p.fail(step, "view needs a geographic centre @LON,LAT");
         else if (auto c = p.app_.session_.lonlat_to_local(step.points[0].v))
           p.app_.canvas_.view.set(*c, std::atof(step.args[0].c_str()));
         return true;
       }},
      {"wait_frames",
       {0, 1, 1},
       [](P&, const S& step, int phase) { return phase + 1 >= std::atoi(step.args[0].c_str()); }},
      {"screenshot",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         p.pending_screenshot_ = step.args[0];
         return true;
       }},
      {"autosave",
       {0, 0, 0},
       [](P& p, const S& step, int) {
         if (!p.app_.session_.autosave_enabled)
           p.fail(step, "autosave is off in script mode unless --autosave-dir is given");
         else if (auto failed = p.app_.session_.autosave_tick(true))
           p.app_.status_message_ = "autosave failed: " + *failed;
         return true;
       }},
      {"crash",
       {0, 0, 0},
       [](P&, const S&, int) -> bool {
         std::fflush(nullptr);
         std::_Exit(3);  // no clean-up at all, as a crash would leave things
       }},
      {"quit",
       {0, 0, 0},
       [](P& p, const S&, int) {
         p.app_.quit_ = true;
         return true;
       }},
      {"stats_reset",
       {0, 0, 0},
       [](P& p, const S&, int) {
         p.app_.stats_ = {};
         return true;
       }},
      // ---- assertions ----
      {"assert_pixel",
       {1, 1, 2},
       [](P& p, const S& step, int) {
         const auto& a = step.args;
         PixelCheck c{step, p.point(step, 0), 0, 0, 0, a.size() > 1 ? std::atoi(a[1].c_str()) : 24};
         parse_colour(a[0], c.r, c.g, c.b);
         p.pixel_checks_.push_back(c);
         return true;
       }},
      {"assert_count",
       {0, 2, 2},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         const auto& a = step.args;
         const scenario::Layout& layout = p.app_.session_.doc->scenario.layout;
         const auto kind = scenario::kind_from_string(a[0]);
         if (!kind)
           p.fail(step, "unknown kind '" + a[0] + "'");
         else if (count(layout, *kind) != static_cast<std::size_t>(std::atoi(a[1].c_str())))
           p.fail(step, "expected " + a[1] + " " + a[0] + " feature(s), the layout has " +
                            std::to_string(count(layout, *kind)));
         return true;
       }},
      {"assert_dirty",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         const bool dirty = p.app_.session_.doc->dirty();
         if (dirty != (step.args[0] == "true"))
           p.fail(step, std::string("the document is ") + (dirty ? "" : "not ") + "dirty");
         return true;
       }},
      {"assert_figure",
       {0, 2, 3},
       [](P& p, const S& step, int) {
         const auto& a = step.args;
         const run::RunResult* r = p.app_.session_.current_result();
         const Value* val = r ? r->figures.find(a[0]) : nullptr;
         if (!val) {
           p.fail(step, "no figure '" + a[0] + "' in the results");
           return true;
         }
         const std::string text = value_text(*val);
         char* end = nullptr;
         const double want = std::strtod(a[1].c_str(), &end);
         const bool numeric = end && *end == '\0' && !a[1].empty();
         const double tol = a.size() > 2 ? std::atof(a[2].c_str()) : 1e-9;
         bool ok = text == a[1];
         if (numeric && !ok) {
           if (const auto* d = std::get_if<double>(val))
             ok = std::abs(*d - want) <= tol;
           else if (const auto* i = std::get_if<std::int64_t>(val))
             ok = std::abs(static_cast<double>(*i) - want) <= tol;
         }
         if (!ok) p.fail(step, "figure '" + a[0] + "' is " + text + ", expected " + a[1]);
         return true;
       }},
      {"assert_compare",
       {0, 3, 4},
       [](P& p, const S& step, int) {
         // The Compare tab's cell of figure KEY for variant NAME reads TEXT; with `better` it is
         // marked the better one, without it it is not.
         const auto& a = step.args;
         const auto& variants = p.app_.session_.variants;
         std::vector<const Value*> values;
         std::optional<std::size_t> at;
         for (std::size_t i = 0; i < variants.size(); ++i) {
           values.push_back(variants[i].result ? variants[i].result->figures.find(a[0]) : nullptr);
           if (variants[i].name == a[1]) at = i;
         }
         if (!at) {
           p.fail(step, "no variant " + a[1]);
           return true;
         }
         if (!values[*at]) {
           p.fail(step, "variant " + a[1] + " has no figure '" + a[0] + "'");
           return true;
         }
         const std::string text = figure_text(*values[*at], a[0], report::Strings("en"));
         const std::vector<std::size_t> best = best_variants(a[0], values);
         const bool better = std::find(best.begin(), best.end(), *at) != best.end();
         if (text != a[2])
           p.fail(step, "the cell reads '" + text + "'");
         else if (a.size() > 3 && a[3] != "better")
           p.fail(step, "the fourth argument can only be 'better'");
         else if (better != (a.size() > 3))
           p.fail(step, better ? "it is marked better" : "it is not marked better");
         return true;
       }},
      {"assert_selected",
       {0, 1, 2},
       [](P& p, const S& step, int) {
         const auto& a = step.args;
         const auto& sel = p.app_.canvas_.selected;
         const auto kind = scenario::kind_from_string(a[0]);
         const bool ok =
             sel && kind && sel->kind == *kind &&
             (a.size() < 2 || sel->index + 1 == static_cast<std::size_t>(std::atoi(a[1].c_str())));
         if (!ok)
           p.fail(step, sel ? "selected is " + kind_label(sel->kind) + " " +
                                  std::to_string(sel->index + 1)
                            : std::string("nothing is selected"));
         return true;
       }},
      {"assert_undo",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         const std::string label = p.app_.session_.doc->history.undo_label();
         if (label != step.args[0]) p.fail(step, "the next undo is '" + label + "'");
         return true;
       }},
      {"assert_layer",
       {0, 2, 2},
       [](P& p, const S& step, int) {
         // An analysis layer or raster is shown (on) or hidden (off).
         App& app = p.app_;
         const bool want = step.args[1] == "on";
         std::optional<bool> shown;
         if (const LayerOverlay* o = app.canvas_.overlays.find_layer(step.args[0]))
           shown = o->visible;
         else if (const RasterOverlay* r = app.canvas_.overlays.find_raster(step.args[0]))
           shown = r->visible;
         if (!shown)
           p.fail(step, "no result layer '" + step.args[0] + "'");
         else if (*shown != want)
           p.fail(step, "layer " + step.args[0] + " is " + (*shown ? "on" : "off"));
         return true;
       }},
      {"assert_no_figure",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         const run::RunResult* r = p.app_.session_.current_result();
         if (r && r->figures.find(step.args[0]))
           p.fail(step, "the results have figure '" + step.args[0] + "'");
         return true;
       }},
      {"assert_verdict",
       {0, 2, 3},
       [](P& p, const S& step, int) {
         // The N-th verdict row of the Results tab (from 1) reads VERDICT, and its title holds
         // TITLE.
         const auto& a = step.args;
         const std::vector<VerdictRow>& rows = p.app_.results_.verdict_rows();
         const int n = std::atoi(a[0].c_str());
         if (n < 1 || static_cast<std::size_t>(n) > rows.size()) {
           p.fail(step, "the Results tab has " + std::to_string(rows.size()) + " verdict rows");
           return true;
         }
         const VerdictRow& row = rows[static_cast<std::size_t>(n - 1)];
         if (lower(row.verdict) != lower(a[1]) ||
             (a.size() > 2 && row.title.find(a[2]) == std::string::npos))
           p.fail(step, "row " + a[0] + " is '" + row.title + "': " + row.verdict);
         return true;
       }},
      {"verdict_row",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         const int n = std::atoi(step.args[0].c_str());
         if (n < 1 || static_cast<std::size_t>(n) > p.app_.results_.verdict_rows().size())
           p.fail(step, "no verdict row " + step.args[0]);
         else
           p.app_.results_.show_verdict_row(static_cast<std::size_t>(n - 1));
         return true;
       }},
      {"crossing",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         // Clicks the N-th crossing of the Results tab's list (worst verdict first).
         App& app = p.app_;
         app.results_.crossings();
         const int n = std::atoi(step.args[0].c_str());
         if (n < 1 || static_cast<std::size_t>(n) > app.results_.crossings().size())
           p.fail(step, "the crossing list has " + std::to_string(app.results_.crossings().size()) +
                            " rows");
         else
           app.results_.show_crossing(static_cast<std::size_t>(n - 1));
         return true;
       }},
      {"assert_crossing",
       {0, 2, 3},
       [](P& p, const S& step, int) {
         // The N-th crossing of the list has that verdict (the report's words) and label.
         App& app = p.app_;
         app.results_.crossings();
         const int n = std::atoi(step.args[0].c_str());
         if (n < 1 || static_cast<std::size_t>(n) > app.results_.crossings().size()) {
           p.fail(step, "the crossing list has " + std::to_string(app.results_.crossings().size()) +
                            " rows");
           return true;
         }
         const CrossingRow& c = app.results_.crossings()[static_cast<std::size_t>(n - 1)];
         if (c.verdict != step.args[1] || (step.args.size() > 2 && c.label != step.args[2]))
           p.fail(step, "crossing " + step.args[0] + " is " + c.label + ": " + c.verdict);
         return true;
       }},
      {"assert_shown",
       {0, 2, 2},
       [](P& p, const S& step, int) {
         // At least N features of the result layer are drawn.
         const LayerOverlay* o = p.app_.canvas_.overlays.find_layer(step.args[0]);
         const std::size_t want = static_cast<std::size_t>(std::atoi(step.args[1].c_str()));
         if (!o)
           p.fail(step, "no result layer '" + step.args[0] + "'");
         else if (!o->visible || o->shown < want)
           p.fail(step, "layer " + step.args[0] + " draws " +
                            std::to_string(o->visible ? o->shown : 0) + " features");
         return true;
       }},
      {"assert_view",
       {1, 1, 1},
       [](P& p, const S& step, int) {
         // The map's centre is within TOL metres of the position.
         if (!p.need_doc(step)) return true;
         const auto c = step.points[0].geographic
                            ? p.app_.session_.lonlat_to_local(step.points[0].v)
                            : std::nullopt;
         if (!c) {
           p.fail(step, "assert_view needs a geographic position @LON,LAT");
           return true;
         }
         const double d = distance(*c, p.app_.canvas_.view.centre());
         if (d > std::atof(step.args[0].c_str()))
           p.fail(step, "the map's centre is " + std::to_string(d) + " m from there");
         return true;
       }},
      // ---- replay ----
      {"replay",
       {0, 1, 1},
       [](P& p, const S& step, int) {
         if (!p.need_doc(step)) return true;
         if (!p.app_.open_replay(step.args[0])) p.fail(step, "cannot replay " + step.args[0]);
         return true;
       }},
      {"replay_seek", {0, 1, 1}, replay_verb},
      {"replay_play", {0, 1, 1}, replay_verb},
      {"replay_pause", {0, 0, 0}, replay_verb},
      {"assert_replay_agents", {0, 1, 1}, replay_verb},
      {"assert_replay_time", {0, 1, 2}, replay_verb},
      {"assert_agent", {0, 3, 4}, replay_verb},
  };
  return table;
}

void ScriptPlayer::after_render() {
  if (pending_screenshot_.empty() && pixel_checks_.empty()) return;
  int w = 0, h = 0;
  std::vector<std::uint8_t> pixels = app_.window_->read_pixels(w, h);
  for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
  if (!pending_screenshot_.empty()) {
    try {
      write_png(pending_screenshot_, pixels, w, h);
    } catch (const Error& e) {
      std::fprintf(stderr, "agora-gui: %s\n", e.problems().front().to_string().c_str());
      app_.exit_code_ = 1;
    }
    pending_screenshot_.clear();
  }
  for (const PixelCheck& c : pixel_checks_) {
    const int x = static_cast<int>(std::lround(c.at.x)), y = static_cast<int>(std::lround(c.at.y));
    if (x < 0 || y < 0 || x >= w || y >= h) {
      fail(c.step, "position outside the window");
      continue;
    }
    const std::uint8_t* px = &pixels[(static_cast<std::size_t>(y) * w + x) * 4];
    const int d = std::max({std::abs(px[0] - c.r), std::abs(px[1] - c.g), std::abs(px[2] - c.b)});
    if (d > c.tolerance) {
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    "pixel (%d, %d) is #%02x%02x%02x, expected #%02x%02x%02x within %d", x, y,
                    px[0], px[1], px[2], c.r, c.g, c.b, c.tolerance);
      fail(c.step, buf);
    }
  }
  pixel_checks_.clear();
}

}  // namespace agora::gui
