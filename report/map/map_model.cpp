#include "report/map/map_model.hpp"

#include <algorithm>

namespace agora::report {

Colour rgb(std::uint32_t hex, double alpha) {
  return {static_cast<std::uint8_t>((hex >> 16) & 0xff),
          static_cast<std::uint8_t>((hex >> 8) & 0xff), static_cast<std::uint8_t>(hex & 0xff),
          alpha};
}

Colour ramp_colour(const ColourRamp& ramp, double value) {
  if (ramp.stops.empty()) return {};
  if (value <= ramp.stops.front().first) return ramp.stops.front().second;
  if (value >= ramp.stops.back().first) return ramp.stops.back().second;
  for (std::size_t i = 1; i < ramp.stops.size(); ++i) {
    const auto& [v1, c1] = ramp.stops[i];
    if (value > v1) continue;
    const auto& [v0, c0] = ramp.stops[i - 1];
    const double t = v1 > v0 ? (value - v0) / (v1 - v0) : 0.0;
    auto mix = [t](std::uint8_t a, std::uint8_t b) {
      return static_cast<std::uint8_t>(std::clamp(a + t * (b - a) + 0.5, 0.0, 255.0));
    };
    return {mix(c0.r, c1.r), mix(c0.g, c1.g), mix(c0.b, c1.b),
            c0.alpha + t * (c1.alpha - c0.alpha)};
  }
  return ramp.stops.back().second;
}

std::size_t feature_count(const Map& map) {
  std::size_t n = 0;
  for (const MapLayer& l : map.layers) n += l.polygons.size() + l.lines.size() + l.points.size();
  return n;
}

}  // namespace agora::report
