#pragma once
// What every harness shares: an input either loads or is refused with agora::Error (the clear
// error the command line turns into exit 2). Any other exception, a crash, a sanitizer report
// or a hang is a finding.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "sim/core/error.hpp"

namespace agora::fuzz {

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

template <class Body>
int refused_or_loaded(Body&& body) {
  try {
    body();
  } catch (const agora::Error&) {
    // refused with a message naming the file and field: the expected outcome for bad input
  }
  return 0;
}

// A file in the fuzzer's scratch folder holding the input, for readers that take a path (GDAL).
std::string write_scratch_file(const std::string& name, std::string_view bytes);

}  // namespace agora::fuzz
