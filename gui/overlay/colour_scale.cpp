#include "gui/overlay/colour_scale.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace agora::gui {

namespace {

struct Stop {
  double t;
  int r, g, b;
};

template <std::size_t N>
Rgba interpolate(const std::array<Stop, N>& stops, double t) {
  t = std::clamp(t, 0.0, 1.0);
  for (std::size_t i = 1; i < N; ++i) {
    if (t <= stops[i].t) {
      const Stop& a = stops[i - 1];
      const Stop& b = stops[i];
      const double u = (t - a.t) / (b.t - a.t);
      auto mix = [u](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * u)); };
      return rgba(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
    }
  }
  return rgba(stops[N - 1].r, stops[N - 1].g, stops[N - 1].b);
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

Rgba ColourScale::at(double v) const {
  const double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
  static constexpr std::array<Stop, 4> green_red{
      {{0.0, 26, 152, 80}, {0.4, 166, 217, 106}, {0.7, 253, 174, 97}, {1.0, 215, 25, 28}}};
  static constexpr std::array<Stop, 5> heat{{{0.0, 40, 11, 84},
                                             {0.3, 120, 28, 109},
                                             {0.55, 212, 72, 66},
                                             {0.8, 250, 165, 10},
                                             {1.0, 252, 255, 164}}};
  static constexpr std::array<Stop, 4> blue_red{
      {{0.0, 44, 123, 182}, {0.35, 171, 217, 233}, {0.65, 253, 174, 97}, {1.0, 215, 25, 28}}};
  switch (ramp) {
    case Ramp::GreenRed:
      return interpolate(green_red, t);
    case Ramp::Heat:
      return interpolate(heat, t);
    case Ramp::BlueRed:
      return interpolate(blue_red, t);
  }
  return rgba(128, 128, 128);
}

Ramp ramp_for_field(const std::string& name) {
  const std::string n = lower(name);
  for (const char* bad : {"speed", "kmh", "dba", "noise", "density", "ppm2", "energy", "kj"})
    if (n.find(bad) != std::string::npos) return Ramp::GreenRed;
  for (const char* far : {"distance", "time", "_s", "egress", "_m"})
    if (n.find(far) != std::string::npos) return Ramp::BlueRed;
  return Ramp::Heat;
}

Verdict verdict_of(const std::string& text) {
  const std::string t = lower(text);
  if (t == "red" || t == "fail" || t == "no") return Verdict::Bad;
  if (t == "amber" || t == "orange" || t == "yellow") return Verdict::Caution;
  if (t == "green" || t == "ok" || t == "pass" || t == "yes") return Verdict::Good;
  for (const char* bad : {"inadequate", "unprotected", "gap_passable", "gap passable",
                          "unreachable", "exceed", "fail"})
    if (t.find(bad) != std::string::npos) return Verdict::Bad;
  for (const char* mid : {"expert", "energy", "warning", "caution", "check"})
    if (t.find(mid) != std::string::npos) return Verdict::Caution;
  for (const char* good : {"adequate", "reachable", "protected", "compliant", "pass"})
    if (t.find(good) != std::string::npos) return Verdict::Good;
  return Verdict::Unknown;
}

Rgba verdict_colour(Verdict v) {
  switch (v) {
    case Verdict::Good:
      return rgba(26, 150, 65);
    case Verdict::Caution:
      return rgba(240, 160, 20);
    case Verdict::Bad:
      return rgba(210, 30, 30);
    case Verdict::Unknown:
      return rgba(120, 120, 130);
  }
  return rgba(120, 120, 130);
}

std::optional<Rgba> ramming_verdict_colour(const std::string& key) {
  if (key == "adequate") return rgba(26, 150, 65);
  if (key == "energy_only") return rgba(240, 160, 20);
  if (key == "inadequate") return rgba(235, 90, 30);
  if (key == "gap_passable") return rgba(150, 40, 170);
  if (key == "unprotected") return rgba(160, 0, 20);
  return std::nullopt;
}

}  // namespace agora::gui
