#include "gui/app/options.hpp"

#include <CLI/CLI.hpp>
#include <regex>

namespace agora::gui {

bool parse_size(const std::string& text, int& w, int& h) {
  static const std::regex re(R"(^(\d{3,4})x(\d{3,4})$)");
  std::smatch m;
  if (!std::regex_match(text, m, re)) return false;
  const int a = std::stoi(m[1]), b = std::stoi(m[2]);
  if (a < 200 || b < 200 || a > 8192 || b > 8192) return false;
  w = a;
  h = b;
  return true;
}

std::optional<int> parse_options(int argc, char** argv, Options& o) {
  CLI::App app{
      "agora-gui: draw an event layout on the city map, run the analyses, compare variants"};
  std::string size = "1600x1000";
  app.add_option("input", o.input, "scenario.json, or a map file to start a new scenario on");
  app.add_option("--script", o.script, "replay the input events in FILE (docs/gui.md), then exit");
  app.add_option("--screenshot", o.screenshot, "save the last frame as this PNG");
  app.add_option("--size", size, "window size WIDTHxHEIGHT (default 1600x1000)");
  app.add_option("--frames", o.frames, "render N frames, then exit")->check(CLI::NonNegativeNumber);
  app.add_flag("--frame-stats", o.frame_stats, "print frame-time statistics when leaving");
  app.add_option("--autosave-dir", o.autosave_dir, "folder for autosave files");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (!parse_size(size, o.width, o.height)) {
    std::fprintf(stderr,
                 "agora-gui: --size: expected WIDTHxHEIGHT between 200 and 8192, got '%s'\n",
                 size.c_str());
    return 2;
  }
  return std::nullopt;
}

}  // namespace agora::gui
