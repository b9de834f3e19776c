#pragma once
// The replay's clock: the simulated time shown, whether it runs, and how many simulated
// seconds pass per second of wall time.

#include <algorithm>
#include <array>

namespace agora::gui {

struct ReplayClock {
  static constexpr std::array<double, 5> kSpeeds = {1.0, 5.0, 20.0, 60.0, 200.0};

  double time_s = 0.0;
  double speed = 1.0;
  bool playing = false;

  // Moves the clock on by wall_s × speed while playing, within [start_s, end_s]; it stops at
  // the end.
  void advance(double wall_s, double start_s, double end_s) {
    if (playing) time_s += wall_s * speed;
    time_s = std::clamp(time_s, start_s, end_s);
    if (time_s >= end_s) playing = false;
  }
};

}  // namespace agora::gui
