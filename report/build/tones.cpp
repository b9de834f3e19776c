#include "report/build/tones.hpp"

#include <algorithm>
#include <cctype>

namespace agora::report {

Tone tone_of_verdict(const std::string& verdict) {
  std::string v = verdict;
  std::transform(v.begin(), v.end(), v.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto has = [&v](const char* word) { return v.find(word) != std::string::npos; };
  // Order matters: "inadequate" contains "adequate", "unreachable" contains "reachable".
  if (has("inadequate") || has("unprotected") || has("gap passable") || has("gap_passable") ||
      has("fail") || has("exceed") || has("blocked") || has("very high") || has("very_high"))
    return Tone::kBad;
  if (has("expert") || has("energy") || has("caution") || has("warn") || has("high") ||
      has("medium") || has("attention"))
    return Tone::kCaution;
  if (has("unreachable") || has("not assessed") || has("n/a")) return Tone::kMuted;
  if (has("adequate") || has("pass") || has("ok") || has("meets") || has("low") || has("reachable"))
    return Tone::kGood;
  return Tone::kNeutral;
}

}  // namespace agora::report
