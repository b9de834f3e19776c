// The barrier rating parser (sim/vehicle/rating.*): any text gives a rating or a parse
// message with a position; "at most 12 digits" keeps numbers finite.
#include "fuzz/fuzz_support.hpp"
#include "sim/vehicle/rating.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = agora::fuzz::text_of(data, size);
  const agora::vehicle::RatingParse p = agora::vehicle::try_parse_rating(text);
  if (!p.rating && p.position <= 0) __builtin_trap();  // a failure must say where
  (void)agora::vehicle::declares_unrated(text);
  return agora::fuzz::refused_or_loaded(
      [&] { (void)agora::vehicle::parse_rating(text, "fuzz", "rating"); });
}
