#include "tests/gui/gui_runner.hpp"

#include <catch2/catch.hpp>

#include <stb_image.h>

#include <cstdio>
#include <fstream>
#include <sys/wait.h>

namespace agora::test {

GuiResult run_gui(const std::string& args) {
  // The sanitizer build's leak checker would report the GL driver's and X libraries'
  // one-off allocations: those libraries are suppressed, Agora's own code is not.
  const std::string cmd = std::string("LIBGL_ALWAYS_SOFTWARE=1 LSAN_OPTIONS=suppressions=") + AGORA_GUI_TEST_DIR +
                          "/lsan.supp xvfb-run -a -s \"-screen 0 1920x1200x24\" " + AGORA_GUI + " " + args + " 2>&1";
  GuiResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  INFO(cmd);
  REQUIRE(pipe != nullptr);  // the shell could not be started: the test cannot run
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe)) r.out.append(buf, n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

GuiResult run_gui_script(const std::string& input, const std::string& script, const std::string& dir,
                         const std::string& extra, const std::string& name) {
  const std::string path = dir + "/" + name;
  std::ofstream(path) << script;
  return run_gui("'" + input + "' --script '" + path + "' " + extra);
}

std::array<int, 3> Image::at(int x, int y) const {
  const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 4;
  return {rgba[i], rgba[i + 1], rgba[i + 2]};
}

Image read_png(const std::string& path) {
  Image img;
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &img.width, &img.height, &channels, 4);
  if (!data) {
    img.width = img.height = 0;
    return img;
  }
  img.rgba.assign(data, data + static_cast<std::size_t>(img.width) * img.height * 4);
  stbi_image_free(data);
  return img;
}

}  // namespace agora::test
