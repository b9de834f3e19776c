// A sweep file (gis/sweep_reader.*): parameters, ranges and explicit variants.
#include "fuzz/fuzz_support.hpp"
#include "gis/sweep_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = agora::fuzz::text_of(data, size);
  return agora::fuzz::refused_or_loaded(
      [&] { (void)agora::run::parse_sweep_json(text, "/fuzz/sweep.json"); });
}
