// agora-gui: the desktop editor. Thin: parse the command line, run the App, map errors to
// exit codes (2 for bad input, 1 for a failed script assertion).
#include <cstdio>
#include <exception>

#include "gui/app/app.hpp"
#include "sim/core/error.hpp"

int main(int argc, char** argv) {
  agora::gui::Options options;
  if (auto code = agora::gui::parse_options(argc, argv, options)) return *code;
  try {
    agora::gui::App app(options);
    return app.run();
  } catch (const agora::Error& e) {
    for (const agora::Problem& p : e.problems())
      std::fprintf(stderr, "agora-gui: %s\n", p.to_string().c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "agora-gui: %s\n", e.what());
    return 1;
  }
}
