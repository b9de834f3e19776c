#include "gui/platform/window.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "gis/text_file.hpp"
#include "gui/render/gl.hpp"
#include "sim/core/error.hpp"

namespace agora::gui {

namespace {

std::string glfw_error;

void on_glfw_error(int, const char* text) {
  glfw_error = text ? text : "unknown GLFW error";
}

ImFont* load_font(const char* path, float size, const ImWchar* ranges) {
  if (!std::filesystem::exists(path)) return nullptr;
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path, size, nullptr, ranges);
}

void apply_style() {
  ImGui::StyleColorsLight();
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowRounding = 0.0f;
  s.FrameRounding = 3.0f;
  s.GrabRounding = 3.0f;
  s.TabRounding = 3.0f;
  s.WindowBorderSize = 1.0f;
  s.FramePadding = {6, 4};
  s.ItemSpacing = {8, 6};
  s.ScrollbarSize = 14.0f;
  ImVec4* c = s.Colors;
  c[ImGuiCol_WindowBg] = {0.97f, 0.97f, 0.96f, 1.0f};
  c[ImGuiCol_MenuBarBg] = {0.92f, 0.92f, 0.90f, 1.0f};
  c[ImGuiCol_Header] = {0.26f, 0.45f, 0.75f, 0.25f};
  c[ImGuiCol_Button] = {0.86f, 0.87f, 0.88f, 1.0f};
  c[ImGuiCol_ButtonHovered] = {0.70f, 0.80f, 0.95f, 1.0f};
  c[ImGuiCol_ButtonActive] = {0.26f, 0.45f, 0.75f, 1.0f};
}

}  // namespace

Window::Window(const WindowOptions& o) {
  glfwSetErrorCallback(on_glfw_error);
  if (!glfwInit())
    throw Error("", "display", "",
                "cannot open a window (" + glfw_error +
                    "); on a machine without a display run under xvfb-run");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  window_ = glfwCreateWindow(o.width, o.height, o.title.c_str(), nullptr, nullptr);
  if (!window_) {
    glfwTerminate();
    throw Error("", "display", "", "cannot create an OpenGL 3.3 window (" + glfw_error + ")");
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(o.vsync ? 1 : 0);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // panels are laid out by the program, not remembered
  apply_style();
  // Latin-1 and Latin Extended-A: German and Dutch street names, "©", "²", "°".
  // Latin, dashes and ellipsis, the euro sign (costs), arrows, and the mathematical signs the
  // report's rules use (≤, −).
  static const ImWchar ranges[] = {0x0020, 0x017F, 0x2013, 0x2026, 0x20AC, 0x20AC,
                                   0x2190, 0x2193, 0x2212, 0x2265, 0};
  fonts_.regular = load_font("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 15.0f, ranges);
  fonts_.bold = load_font("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 15.0f, ranges);
  fonts_.small = load_font("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 12.0f, ranges);
  if (!fonts_.regular) fonts_.regular = io.Fonts->AddFontDefault();
  if (!fonts_.bold) fonts_.bold = fonts_.regular;
  if (!fonts_.small) fonts_.small = fonts_.regular;
  io.FontDefault = fonts_.regular;

  ImGui_ImplGlfw_InitForOpenGL(window_, o.install_input_callbacks);
  if (o.install_input_callbacks) {
    // Ours in front of the back end's: it holds back the release of a key pressed in the same
    // frame.
    glfwSetWindowUserPointer(window_, this);
    glfwSetKeyCallback(window_, &Window::key_callback);
  }
  ImGui_ImplOpenGL3_Init("#version 330 core");
  // Text and widgets sit on whole pixels: nearest sampling of the font atlas looks the same
  // and costs a software rasterizer a quarter of bilinear filtering on every UI pixel.
  ImGui_ImplOpenGL3_CreateDeviceObjects();  // creates the font atlas texture now, so we can set its
                                            // filter
  glBindTexture(GL_TEXTURE_2D,
                static_cast<GLuint>(reinterpret_cast<std::intptr_t>(io.Fonts->TexID)));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
}

Window::~Window() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window_);
  glfwTerminate();
}

bool Window::close_requested() const {
  return glfwWindowShouldClose(window_);
}
void Window::set_close_requested(bool v) {
  glfwSetWindowShouldClose(window_, v ? GLFW_TRUE : GLFW_FALSE);
}
void Window::set_title(const std::string& title) {
  glfwSetWindowTitle(window_, title.c_str());
}
void Window::key_callback(GLFWwindow* window, int key, int scancode, int action, int mods) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(window));
  if (self && action == GLFW_PRESS) self->pressed_since_frame_.push_back(key);
  if (self && action == GLFW_RELEASE &&
      std::find(self->pressed_since_frame_.begin(), self->pressed_since_frame_.end(), key) !=
          self->pressed_since_frame_.end()) {
    self->deferred_releases_.push_back({key, scancode, mods});
    return;
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

bool Window::deliver_deferred_keys() {
  // The presses of the previous frame have been seen: now their releases.
  const std::vector<KeyEvent> releases = std::move(deferred_releases_);
  deferred_releases_.clear();
  pressed_since_frame_.clear();
  for (const KeyEvent& k : releases)
    ImGui_ImplGlfw_KeyCallback(window_, k.key, k.scancode, GLFW_RELEASE, k.mods);
  return !releases.empty();
}

void Window::poll_events() {
  deliver_deferred_keys();
  glfwPollEvents();
}

bool Window::wait_events(double timeout_s) {
  if (deliver_deferred_keys()) {  // a frame must see the releases
    glfwPollEvents();
    return true;
  }
  const double t0 = glfwGetTime();
  glfwWaitEventsTimeout(timeout_s);
  return glfwGetTime() - t0 < timeout_s * 0.9;
}

void Window::begin_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
}

void Window::render(float r, float g, float b) {
  ImGui::Render();
  int w = 0, h = 0;
  glfwGetFramebufferSize(window_, &w, &h);
  glViewport(0, 0, w, h);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(r, g, b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::present() {
  glfwSwapBuffers(window_);
}

void Window::end_frame(float r, float g, float b) {
  render(r, g, b);
  present();
}

std::vector<std::uint8_t> Window::read_pixels(int& width, int& height) const {
  glfwGetFramebufferSize(window_, &width, &height);
  std::vector<std::uint8_t> rows(static_cast<std::size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
  // GL rows run bottom to top; images run top to bottom.
  std::vector<std::uint8_t> out(rows.size());
  const std::size_t stride = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y)
    std::copy_n(rows.begin() + static_cast<std::ptrdiff_t>((height - 1 - y) * stride), stride,
                out.begin() + static_cast<std::ptrdiff_t>(y * stride));
  return out;
}

std::string Window::gl_renderer() const {
  const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  return r ? r : "unknown";
}

void write_png(const std::string& path, const std::vector<std::uint8_t>& rgba, int width,
               int height) {
  gis::AtomicOutput out(path);
  if (!stbi_write_png(out.temp_path().c_str(), width, height, 4, rgba.data(), width * 4))
    throw Error(path, "", "", "cannot write the PNG screenshot");
  out.commit();
}

}  // namespace agora::gui
