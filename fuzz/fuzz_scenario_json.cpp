// scenario.json (gis/scenario_reader.*): parsed and checked, no map or layout read.
#include "fuzz/fuzz_support.hpp"
#include "gis/scenario_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = agora::fuzz::text_of(data, size);
  return agora::fuzz::refused_or_loaded(
      [&] { (void)agora::gis::parse_scenario_json(text, "/fuzz/scenario.json"); });
}
