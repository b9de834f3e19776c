#pragma once
// Runs the real agora-gui under xvfb-run with Mesa's software OpenGL, the way CI does, and
// reads the PNG screenshots it writes.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace agora::test {

struct GuiResult {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

// Runs `agora-gui <args>` (shell words) on a virtual 1920×1200 screen, in the folder cwd
// (empty: the test's own).
GuiResult run_gui(const std::string& args, const std::string& cwd = "");
// Writes `script` to <dir>/<name> and runs `agora-gui <input> --script <that file> <extra>`.
GuiResult run_gui_script(const std::string& input, const std::string& script,
                         const std::string& dir, const std::string& extra = "",
                         const std::string& name = "script.txt");

// Writes <dir>/scenario.json: the bundled München scenario (its map and layout.geojson) with
// the barrier option barriers/<barriers>.geojson, analysed by `analyses` only; returns its path.
std::string write_munchen_variant(const std::string& dir, const std::string& name,
                                  const std::string& barriers,
                                  const std::vector<std::string>& analyses,
                                  int attendance_peak = 9000);

struct Image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;
  std::array<int, 3> at(int x, int y) const;
};
// The PNG's pixels; an empty image (width 0) when it cannot be read.
Image read_png(const std::string& path);

}  // namespace agora::test
