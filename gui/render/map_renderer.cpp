#include "gui/render/map_renderer.hpp"

#include <stdexcept>
#include <string>
#include <utility>

#include "gui/render/gl.hpp"

namespace agora::gui {

namespace {

const char* kVertexShader = R"(#version 330 core
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_dir;
layout(location = 2) in vec4 a_width;   // half width m, min half px, extra half px, side
layout(location = 3) in vec4 a_colour;
uniform vec2 u_offset;   // batch origin minus view centre, metres
uniform float u_ppm;     // framebuffer pixels per metre
uniform vec2 u_centre;   // framebuffer pixel at the view centre
uniform vec2 u_fb;       // framebuffer size
out vec4 v_colour;
out float v_across;
flat out float v_half;
void main() {
  vec2 world = a_pos + u_offset;
  float half_px = max(a_width.x * u_ppm, a_width.y) + a_width.z;
  bool line = a_width.w != 0.0;
  float ext = line ? half_px + 0.5 : half_px;
  vec2 px = u_centre + vec2(world.x, -world.y) * u_ppm + vec2(a_dir.x, -a_dir.y) * ext;
  gl_Position = vec4(px.x / u_fb.x * 2.0 - 1.0, 1.0 - px.y / u_fb.y * 2.0, 0.0, 1.0);
  v_colour = a_colour;
  v_across = a_width.w * ext;
  v_half = line ? half_px : 1.0e6;
}
)";

const char* kFragmentShader = R"(#version 330 core
in vec4 v_colour;
in float v_across;
flat in float v_half;
uniform float u_opacity;
out vec4 o_colour;
void main() {
  float coverage = clamp(v_half + 0.5 - abs(v_across), 0.0, 1.0);
  o_colour = vec4(v_colour.rgb, v_colour.a * coverage * u_opacity);
}
)";

// Opaque fills (buildings, squares): no extrusion, no edge coverage, no blending; a
// software rasterizer spends most of a map redraw on these pixels.
const char* kFillVertexShader = R"(#version 330 core
layout(location = 0) in vec2 a_pos;
layout(location = 3) in vec4 a_colour;
uniform vec2 u_offset;
uniform float u_ppm;
uniform vec2 u_centre;
uniform vec2 u_fb;
out vec4 v_colour;
void main() {
  vec2 px = u_centre + vec2(a_pos.x + u_offset.x, -(a_pos.y + u_offset.y)) * u_ppm;
  gl_Position = vec4(px.x / u_fb.x * 2.0 - 1.0, 1.0 - px.y / u_fb.y * 2.0, 0.0, 1.0);
  v_colour = a_colour;
}
)";

const char* kFillFragmentShader = R"(#version 330 core
in vec4 v_colour;
out vec4 o_colour;
void main() { o_colour = v_colour; }
)";

const char* kImageVertexShader = R"(#version 330 core
layout(location = 0) in vec2 a_corner;  // (0,0) .. (1,1)
uniform vec4 u_rect;                    // framebuffer pixels: left, top, right, bottom
uniform vec2 u_fb;
out vec2 v_uv;
void main() {
  vec2 px = mix(u_rect.xy, u_rect.zw, a_corner);
  gl_Position = vec4(px.x / u_fb.x * 2.0 - 1.0, 1.0 - px.y / u_fb.y * 2.0, 0.0, 1.0);
  v_uv = vec2(a_corner.x, 1.0 - a_corner.y);
}
)";

const char* kImageFragmentShader = R"(#version 330 core
in vec2 v_uv;
uniform sampler2D u_texture;
uniform float u_opacity;
out vec4 o_colour;
void main() {
  vec4 c = texture(u_texture, v_uv);
  o_colour = vec4(c.rgb, c.a * u_opacity);
}
)";

// Point sprites for discs: the point covers the disc with its rim and a pixel of edge; the
// fragment's distance from the centre picks fill, rim or nothing, with a one-pixel soft edge.
const char* kDiscVertexShader = R"(#version 330 core
layout(location = 0) in vec2 a_pos;
uniform vec2 u_offset;
uniform float u_ppm;
uniform vec2 u_centre;
uniform vec2 u_fb;
uniform vec3 u_radius;   // metres, minimum pixels, rim pixels
flat out float v_fill_px;
flat out float v_size_px;
void main() {
  vec2 px = u_centre + vec2(a_pos.x + u_offset.x, -(a_pos.y + u_offset.y)) * u_ppm;
  gl_Position = vec4(px.x / u_fb.x * 2.0 - 1.0, 1.0 - px.y / u_fb.y * 2.0, 0.0, 1.0);
  v_fill_px = max(u_radius.x * u_ppm, u_radius.y);
  v_size_px = 2.0 * (v_fill_px + u_radius.z) + 2.0;
  gl_PointSize = v_size_px;
}
)";

const char* kDiscFragmentShader = R"(#version 330 core
flat in float v_fill_px;
flat in float v_size_px;
uniform vec3 u_radius;
uniform vec4 u_fill;
uniform vec4 u_rim;
out vec4 o_colour;
void main() {
  float d = length(gl_PointCoord - vec2(0.5)) * v_size_px;
  float outer = clamp(v_fill_px + u_radius.z + 0.5 - d, 0.0, 1.0);
  if (outer <= 0.0) discard;
  float inner = clamp(v_fill_px + 0.5 - d, 0.0, 1.0);
  o_colour = vec4(mix(u_rim.rgb, u_fill.rgb, inner), outer * mix(u_rim.a, u_fill.a, inner));
}
)";

unsigned compile(GLenum type, const char* source) {
  const GLuint s = glCreateShader(type);
  glShaderSource(s, 1, &source, nullptr);
  glCompileShader(s);
  GLint ok = 0;
  glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[2048];
    glGetShaderInfoLog(s, sizeof log, nullptr, log);
    throw std::runtime_error(std::string("map shader does not compile: ") + log);
  }
  return s;
}

}  // namespace

GpuBatch::~GpuBatch() {
  release();
}

GpuBatch::GpuBatch(GpuBatch&& o) noexcept
    : vao_(std::exchange(o.vao_, 0u)),
      vbo_(std::exchange(o.vbo_, 0u)),
      ibo_(std::exchange(o.ibo_, 0u)),
      count_(std::exchange(o.count_, 0u)),
      origin_(o.origin_) {}

GpuBatch& GpuBatch::operator=(GpuBatch&& o) noexcept {
  if (this != &o) {
    release();
    vao_ = std::exchange(o.vao_, 0u);
    vbo_ = std::exchange(o.vbo_, 0u);
    ibo_ = std::exchange(o.ibo_, 0u);
    count_ = std::exchange(o.count_, 0u);
    origin_ = o.origin_;
  }
  return *this;
}

void GpuBatch::release() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (ibo_) glDeleteBuffers(1, &ibo_);
  vao_ = vbo_ = ibo_ = 0;
  count_ = 0;
}

void GpuBatch::upload(const VertexBatch& batch) {
  origin_ = batch.origin();
  count_ = batch.indices().size();
  if (count_ == 0) return;
  if (!vao_) {
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
  }
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(batch.vertices().size() * sizeof(MapVertex)),
               batch.vertices().data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(count_ * sizeof(std::uint32_t)),
               batch.indices().data(), GL_STATIC_DRAW);
  constexpr GLsizei stride = sizeof(MapVertex);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(MapVertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(MapVertex, dx)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(MapVertex, half_width_m)));
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                        reinterpret_cast<void*>(offsetof(MapVertex, colour)));
  glBindVertexArray(0);
}

GpuDiscs::~GpuDiscs() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
}

void GpuDiscs::upload(const std::vector<Vec2>& centres, Vec2 origin) {
  origin_ = origin;
  count_ = centres.size();
  if (count_ == 0) return;
  if (!vao_) {
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    glBindVertexArray(0);
  }
  // Relative to the origin, so floats keep millimetres.
  scratch_.resize(2 * count_);
  for (std::size_t i = 0; i < count_; ++i) {
    scratch_[2 * i] = static_cast<float>(centres[i].x - origin.x);
    scratch_[2 * i + 1] = static_cast<float>(centres[i].y - origin.y);
  }
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(scratch_.size() * sizeof(float)),
               scratch_.data(), GL_STREAM_DRAW);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

unsigned link(const char* vertex, const char* fragment) {
  const unsigned vs = compile(GL_VERTEX_SHADER, vertex);
  const unsigned fs = compile(GL_FRAGMENT_SHADER, fragment);
  const unsigned program = glCreateProgram();
  glAttachShader(program, vs);
  glAttachShader(program, fs);
  glLinkProgram(program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (!ok) throw std::runtime_error("map shader does not link");
  return program;
}

MapRenderer::MapRenderer() {
  program_ = link(kVertexShader, kFragmentShader);
  fill_program_ = link(kFillVertexShader, kFillFragmentShader);
  for (unsigned p : {program_, fill_program_}) {
    Uniforms& u = p == program_ ? map_uniforms_ : fill_uniforms_;
    u.offset = glGetUniformLocation(p, "u_offset");
    u.ppm = glGetUniformLocation(p, "u_ppm");
    u.centre = glGetUniformLocation(p, "u_centre");
    u.fb = glGetUniformLocation(p, "u_fb");
    u.opacity = glGetUniformLocation(p, "u_opacity");
  }
  image_program_ = link(kImageVertexShader, kImageFragmentShader);
  disc_program_ = link(kDiscVertexShader, kDiscFragmentShader);
  ui_rect_ = glGetUniformLocation(image_program_, "u_rect");
  ui_opacity_ = glGetUniformLocation(image_program_, "u_opacity");
  const float corners[] = {0, 0, 1, 0, 0, 1, 1, 1};
  glGenVertexArrays(1, &quad_vao_);
  glGenBuffers(1, &quad_vbo_);
  glBindVertexArray(quad_vao_);
  glBindBuffer(GL_ARRAY_BUFFER, quad_vbo_);
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
  glBindVertexArray(0);
}

MapRenderer::~MapRenderer() {
  if (program_) glDeleteProgram(program_);
  if (fill_program_) glDeleteProgram(fill_program_);
  if (image_program_) glDeleteProgram(image_program_);
  if (disc_program_) glDeleteProgram(disc_program_);
  if (quad_vao_) glDeleteVertexArrays(1, &quad_vao_);
  if (quad_vbo_) glDeleteBuffers(1, &quad_vbo_);
}

void MapRenderer::begin(const MapView& view, Vec2 fb, Vec2 scale, const ScreenRect& clip) {
  view_ = &view;
  glViewport(0, 0, static_cast<GLsizei>(fb.x), static_cast<GLsizei>(fb.y));
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_SCISSOR_TEST);
  glScissor(static_cast<GLint>(clip.min.x * scale.x),
            static_cast<GLint>(fb.y - (clip.min.y + clip.size.y) * scale.y),
            static_cast<GLsizei>(clip.size.x * scale.x),
            static_cast<GLsizei>(clip.size.y * scale.y));
  fb_ = fb;
  scale_ = scale;
  active_program_ = 0;
}

void MapRenderer::use_program(bool fill) {
  const unsigned want = fill ? fill_program_ : program_;
  if (active_program_ == want) return;
  glUseProgram(want);
  const Uniforms& u = fill ? fill_uniforms_ : map_uniforms_;
  const Vec2 c = view_->canvas().centre();
  glUniform1f(u.ppm, static_cast<float>(view_->px_per_m() * scale_.x));
  glUniform2f(u.centre, static_cast<float>(c.x * scale_.x), static_cast<float>(c.y * scale_.y));
  glUniform2f(u.fb, static_cast<float>(fb_.x), static_cast<float>(fb_.y));
  active_program_ = want;
}

void MapRenderer::draw(const GpuBatch& batch, float opacity, bool opaque) {
  if (batch.empty()) return;
  const bool fill = opaque && opacity >= 1.0f;
  use_program(fill);
  const Uniforms& u = fill ? fill_uniforms_ : map_uniforms_;
  const Vec2 off = batch.origin() - view_->centre();
  glUniform2f(u.offset, static_cast<float>(off.x), static_cast<float>(off.y));
  if (!fill) glUniform1f(u.opacity, opacity);
  if (fill) glDisable(GL_BLEND);
  glBindVertexArray(batch.vao());
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(batch.index_count()), GL_UNSIGNED_INT, nullptr);
  if (fill) glEnable(GL_BLEND);
}

void MapRenderer::draw_image(unsigned texture, const Box& world, float opacity) {
  const Vec2 tl = view_->to_screen({world.min_corner().x, world.max_corner().y});
  const Vec2 br = view_->to_screen({world.max_corner().x, world.min_corner().y});
  glUseProgram(image_program_);
  active_program_ = image_program_;
  glUniform4f(ui_rect_, static_cast<float>(tl.x * scale_.x), static_cast<float>(tl.y * scale_.y),
              static_cast<float>(br.x * scale_.x), static_cast<float>(br.y * scale_.y));
  glUniform2f(glGetUniformLocation(image_program_, "u_fb"), static_cast<float>(fb_.x),
              static_cast<float>(fb_.y));
  glUniform1f(ui_opacity_, opacity);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture);
  glBindVertexArray(quad_vao_);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

void MapRenderer::draw_discs(const GpuDiscs& discs, const DiscStyle& style) {
  if (discs.empty()) return;
  glUseProgram(disc_program_);
  active_program_ = disc_program_;
  auto at = [this](const char* name) { return glGetUniformLocation(disc_program_, name); };
  const Vec2 c = view_->canvas().centre();
  const Vec2 off = discs.origin() - view_->centre();
  glUniform2f(at("u_offset"), static_cast<float>(off.x), static_cast<float>(off.y));
  glUniform1f(at("u_ppm"), static_cast<float>(view_->px_per_m() * scale_.x));
  glUniform2f(at("u_centre"), static_cast<float>(c.x * scale_.x),
              static_cast<float>(c.y * scale_.y));
  glUniform2f(at("u_fb"), static_cast<float>(fb_.x), static_cast<float>(fb_.y));
  glUniform3f(at("u_radius"), static_cast<float>(style.radius_m),
              static_cast<float>(style.min_radius_px * scale_.x),
              static_cast<float>(style.rim_px * scale_.x));
  auto colour = [&](const char* name, Rgba v) {
    glUniform4f(at(name), static_cast<float>(v & 0xFF) / 255.0f,
                static_cast<float>((v >> 8) & 0xFF) / 255.0f,
                static_cast<float>((v >> 16) & 0xFF) / 255.0f,
                static_cast<float>((v >> 24) & 0xFF) / 255.0f);
  };
  colour("u_fill", style.fill);
  colour("u_rim", style.rim);
  glEnable(GL_PROGRAM_POINT_SIZE);
  glBindVertexArray(discs.vao());
  glDrawArrays(GL_POINTS, 0, static_cast<GLsizei>(discs.count()));
  glDisable(GL_PROGRAM_POINT_SIZE);
}

void MapRenderer::end() {
  glBindVertexArray(0);
  glUseProgram(0);
  view_ = nullptr;
}

}  // namespace agora::gui
