// A profile file (gis/profile.*) and the assessment parameters read from it
// (gis/assess/assess_profile.*), which look deepest into a profile's values.
#include "fuzz/fuzz_support.hpp"
#include "gis/assess/assess_profile.hpp"
#include "gis/profile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = agora::fuzz::text_of(data, size);
  return agora::fuzz::refused_or_loaded([&] {
    const agora::gis::Profile p = agora::gis::Profile::parse(text, "/fuzz/profile.json");
    (void)p.entries();
    (void)agora::gis::assess_params(p);
  });
}
