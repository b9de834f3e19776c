#pragma once
// The application window: GLFW with an OpenGL 3.3 core context, Dear ImGui with its GLFW and
// OpenGL 3 back ends, the fonts, and reading the rendered frame back for screenshots.

#include <cstdint>
#include <string>
#include <vector>

struct GLFWwindow;
struct ImFont;

namespace agora::gui {

struct WindowOptions {
  int width = 1600;
  int height = 1000;
  std::string title = "Agora";
  bool vsync = true;
  bool install_input_callbacks = true;  // false in script mode: only the script drives input
};

struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* small = nullptr;
};

class Window {
 public:
  explicit Window(const WindowOptions& options);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  bool close_requested() const;
  void set_close_requested(bool value);
  void set_title(const std::string& title);

  // Takes the pending events. A key pressed and released between two frames reaches ImGui as
  // pressed in one frame and released in the next, so no frame misses it (Enter, Escape).
  void poll_events();
  // Waits up to timeout_s for an event, then takes them; true when one came before the timeout.
  bool wait_events(double timeout_s);
  // Back-end new frame: fills ImGui's IO from GLFW (unless input callbacks are off).
  void begin_frame();
  // ImGui render + present.
  void end_frame(float clear_r, float clear_g, float clear_b);
  // The frame just rendered (before present), RGBA rows top to bottom.
  std::vector<std::uint8_t> read_pixels(int& width, int& height) const;
  // Renders ImGui's draw data without presenting, so read_pixels sees the finished frame.
  void render(float clear_r, float clear_g, float clear_b);
  void present();

  const Fonts& fonts() const { return fonts_; }
  GLFWwindow* handle() const { return window_; }
  std::string gl_renderer() const;

 private:
  static void key_callback(GLFWwindow* window, int key, int scancode, int action, int mods);
  bool deliver_deferred_keys();  // true when there were any

  GLFWwindow* window_ = nullptr;
  Fonts fonts_;
  struct KeyEvent {
    int key, scancode, mods;
  };
  std::vector<int> pressed_since_frame_;  // keys pressed since the last frame began
  std::vector<KeyEvent> deferred_releases_;
};

// Writes RGBA pixels (rows top to bottom) as PNG; throws agora::Error naming the file.
void write_png(const std::string& path, const std::vector<std::uint8_t>& rgba, int width,
               int height);

}  // namespace agora::gui
