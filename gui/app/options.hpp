#pragma once
// agora-gui's command line:
//   agora-gui [SCENARIO.json | MAP] [--script FILE] [--screenshot PNG] [--size WxH]
//             [--frames N] [--frame-stats] [--autosave-dir DIR]

#include <optional>
#include <string>

namespace agora::gui {

struct Options {
  std::string input;       // scenario.json or a map file; empty: start empty
  std::string script;      // replay these input events, then exit
  std::string screenshot;  // PNG written after the last frame
  int width = 1600;
  int height = 1000;
  int frames = 0;            // render this many frames, then exit (0: run until closed)
  bool frame_stats = false;  // print frame-time statistics at exit
  std::string autosave_dir;  // empty: $AGORA_AUTOSAVE_DIR or ~/.local/state/agora/autosave
  bool headless() const { return !script.empty() || frames > 0 || !screenshot.empty(); }
};

// Parses argv; returns the exit code to leave with when parsing ends the program (help, a
// bad option), else nullopt.
std::optional<int> parse_options(int argc, char** argv, Options& out);

// "1600x1000" -> width, height; false when malformed or out of 200..8192.
bool parse_size(const std::string& text, int& width, int& height);

}  // namespace agora::gui
