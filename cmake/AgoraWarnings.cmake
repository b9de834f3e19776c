# Project code is built with warnings as errors; third-party headers come in as SYSTEM.
add_library(agora_options INTERFACE)
target_compile_options(agora_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
  -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
  # The fuzz build (clang, scripts/fuzz) reports warnings without failing: GCC keeps the
  # project warning-free.
  $<$<NOT:$<BOOL:${AGORA_BUILD_FUZZ}>>:-Werror> $<$<BOOL:${AGORA_BUILD_FUZZ}>:-Wno-unknown-warning-option>
  # GCC 12 reports maybe-uninitialized inside inlined Boost.Geometry and Eigen code, where
  # system-header suppression does not reach; those reports are false positives.
  -Wno-maybe-uninitialized
  # GCC 12 bugs 105329 and 105651: -Wrestrict, -Wstringop-overflow and -Warray-bounds false
  # positives inside std::string construction and concatenation at -O2 and up (libstdc++'s
  # char_traits, not our code); the sanitizer build checks the same accesses for real.
  -Wno-restrict -Wno-stringop-overflow -Wno-array-bounds)
if(AGORA_SANITIZE)
  target_compile_options(agora_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
  target_link_options(agora_options INTERFACE -fsanitize=address,undefined)
endif()
if(AGORA_BUILD_FUZZ)
  # Coverage for libFuzzer and the same sanitizers, in every library the harnesses link.
  target_compile_options(agora_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                 -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(agora_options INTERFACE -fsanitize=address,undefined)
endif()
# Boost.Geometry 1.74 includes Boost headers that Boost itself has deprecated
# (boost/detail/no_exceptions_support.hpp); the notes are about Boost's code, not ours.
target_compile_definitions(agora_options INTERFACE BOOST_ALLOW_DEPRECATED_HEADERS)
