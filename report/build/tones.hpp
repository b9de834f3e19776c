#pragma once
// How a verdict or status text reads: the words the analyses use for their verdicts mapped
// to a tone (good, caution, bad), so generic tables and maps colour them before an
// analysis has its own section.

#include <string>

#include "report/document.hpp"

namespace agora::report {

Tone tone_of_verdict(const std::string& verdict);

}  // namespace agora::report
