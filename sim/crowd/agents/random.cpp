#include "sim/crowd/agents/random.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace agora::crowd::agents {

std::uint64_t uniform_index(Rng& rng, std::uint64_t n) {
  if (n <= 1) return 0;
  // Largest multiple of n that fits: values at or above it would favour small results.
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
  std::uint64_t r = rng();
  while (r >= limit) r = rng();
  return r % n;
}

double normal(Rng& rng, double mean, double sd) {
  const double u1 = 1.0 - uniform01(rng);  // (0, 1]: log stays finite
  const double u2 = uniform01(rng);
  return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double truncated_normal(Rng& rng, double mean, double sd, double lo, double hi) {
  if (!(sd > 0.0) || !(hi > lo)) return std::clamp(mean, lo, hi);
  // With the bounds at least ~0.1 sd apart, acceptance is high; the cap keeps a pathological
  // table (mean far outside [lo, hi]) from looping forever.
  for (int attempt = 0; attempt < 10000; ++attempt) {
    const double v = normal(rng, mean, sd);
    if (v >= lo && v <= hi) return v;
  }
  return uniform(rng, lo, hi);
}

}  // namespace agora::crowd::agents
