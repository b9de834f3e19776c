#include "tests/gui/gui_runner.hpp"

#include <stb_image.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/test_paths.hpp"

namespace agora::test {

GuiResult run_gui(const std::string& args, const std::string& cwd) {
  // Each run gets its own X authority file: without -f, xvfb-run makes a temporary folder and
  // may fail to remove it when runs start side by side (exit 5, "problem while cleaning up
  // temporary directory"), which hid the editor's own exit status.
  std::string auth = (std::filesystem::temp_directory_path() / "agora-xauth-XXXXXX").string();
  const int fd = mkstemp(auth.data());
  REQUIRE(fd >= 0);
  close(fd);
  // The sanitizer build's leak checker would report the GL driver's and X libraries'
  // one-off allocations: those libraries are suppressed, Agora's own code is not.
  const std::string cmd =
      (cwd.empty() ? std::string() : "cd '" + cwd + "' && ") +
      "LIBGL_ALWAYS_SOFTWARE=1 LSAN_OPTIONS=suppressions=" + AGORA_GUI_TEST_DIR +
      "/lsan.supp xvfb-run -a -f '" + auth + "' -s \"-screen 0 1920x1200x24\" " + AGORA_GUI + " " +
      args + " 2>&1";
  struct RemoveAuth {
    std::string path;
    ~RemoveAuth() {
      std::error_code ec;
      std::filesystem::remove(path, ec);
    }
  } remove_auth{auth};
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

GuiResult run_gui_script(const std::string& input, const std::string& script,
                         const std::string& dir, const std::string& extra,
                         const std::string& name) {
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

std::string write_munchen_variant(const std::string& dir, const std::string& name,
                                  const std::string& barriers,
                                  const std::vector<std::string>& analyses, int attendance_peak) {
  const std::filesystem::path bundled = std::filesystem::path(munchen_scenario()).parent_path();
  const nlohmann::json doc = {
      {"agora_scenario", 1},
      {"name", name},
      {"map", (bundled / "map/munchen_altstadt.osm.pbf").string()},
      {"crs", "EPSG:25832"},
      {"layout",
       {(bundled / "layout.geojson").string(),
        (bundled / ("barriers/" + barriers + ".geojson")).string()}},
      {"profile", "flanders"},
      {"analyses", analyses},
      {"event",
       {{"name", "Christkindlmarkt (test)"},
        {"type", "market"},
        {"period",
         {{"from", "2026-11-23"}, {"to", "2026-12-24"}, {"start", "10:00"}, {"end", "21:00"}}},
        {"attendance_peak", attendance_peak}}}};
  const std::string path = dir + "/scenario.json";
  std::ofstream(path) << doc.dump(2);
  REQUIRE(std::filesystem::file_size(path) > 0);
  return path;
}

}  // namespace agora::test
