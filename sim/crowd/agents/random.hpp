#pragma once
// Draws from an explicitly seeded std::mt19937_64 that repeat bit for bit on every platform:
// the engine's output sequence is fixed by the standard, but std::uniform_real_distribution and
// std::normal_distribution are implementation-defined, so the agent simulation uses these.

#include <cstdint>
#include <random>

namespace agora::crowd::agents {

using Rng = std::mt19937_64;

// Uniform in [0, 1) with 53 random bits.
inline double uniform01(Rng& rng) {
  return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

inline double uniform(Rng& rng, double lo, double hi) {
  return lo + (hi - lo) * uniform01(rng);
}

// Uniform integer in [0, n) (n > 0), by rejection so every value is equally likely.
std::uint64_t uniform_index(Rng& rng, std::uint64_t n);

// Normal by the Box–Muller transform (one of the pair is used, so each call consumes two draws).
double normal(Rng& rng, double mean, double sd);

// Normal truncated to [lo, hi] by rejection; sd = 0 gives mean clamped to [lo, hi].
double truncated_normal(Rng& rng, double mean, double sd, double lo, double hi);

}  // namespace agora::crowd::agents
