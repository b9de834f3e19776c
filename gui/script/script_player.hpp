#pragma once
// The --script player (docs/gui.md): feeds recorded input to Dear ImGui frame by frame (mouse,
// buttons, wheel, keys, typed text) exactly where the GLFW back end would, runs the steps that
// name an action (menu items, dialog buttons, tools, saving, running) and checks assertions.
// Every verb is one row of one table, verbs(): its arguments, which the parser checks before
// anything runs, and what it does.

#include <cstdint>
#include <string>
#include <vector>

#include "gui/script/script.hpp"

namespace agora::gui {

class App;

class ScriptPlayer {
 public:
  struct Verb {
    const char* name;
    VerbArity arity;
    // One frame of the step (phase counts the step's frames from 0); true when it is done.
    bool (*run)(ScriptPlayer& player, const ScriptStep& step, int phase);
  };
  // The one verb table: parse_script checks steps against it, the player runs them by it.
  static const std::vector<Verb>& verbs();

  explicit ScriptPlayer(App& app) : app_(app) {}
  // Reads and checks the script; a script that cannot be read ends the program with status 2.
  void load(const std::string& path);
  bool has_steps() const { return !steps_.empty(); }

  void before_frame();  // the step of this frame, and its input into ImGui
  void after_render();  // screenshots and pixel assertions on the rendered frame
  void screenshot_next_frame(std::string path) { pending_screenshot_ = std::move(path); }
  // Whether the script presses this dialog button now (the dialog step waits for one).
  bool presses(const char* label);

 private:
  void fail(const ScriptStep& step, const std::string& message);
  Vec2 point(const ScriptStep& step, std::size_t i);
  bool need_doc(const ScriptStep& step);

  App& app_;
  std::string path_;
  std::vector<ScriptStep> steps_;
  std::size_t pos_ = 0;
  int phase_ = 0;
  int wait_ = 0;
  std::string dialog_choice_;
  std::string pending_screenshot_;
  struct PixelCheck {
    ScriptStep step;
    Vec2 at;
    int r, g, b, tolerance;
  };
  std::vector<PixelCheck> pixel_checks_;
  struct Input {
    Vec2 mouse{-1, -1};
    bool down[3] = {false, false, false};
    float wheel = 0.0f;
    std::vector<int> keys;
    bool ctrl = false, shift = false, alt = false;
    std::string text;
  } input_;
};

}  // namespace agora::gui
