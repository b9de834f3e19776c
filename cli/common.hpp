#pragma once
// Helpers shared by the subcommands: reading --bbox and comma lists, printing problems and
// warnings.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "sim/core/error.hpp"
#include "sim/geometry/geometry.hpp"

namespace agora::cli {

// "minlon,minlat,maxlon,maxlat" -> box; throws agora::Error naming --bbox otherwise.
Box parse_bbox(const std::string& text);

// "M1, N3,N3H" -> {"M1", "N3", "N3H"}: a comma list with spaces trimmed and empty items dropped.
std::vector<std::string> split_list(const std::string& text);

void print_warnings(std::ostream& out, const std::vector<Problem>& warnings);

// Runs body, turning agora::Error into exit code 2 and other exceptions into 1, with the
// message on stderr. Returns the exit code.
template <class Body>
int guarded(Body&& body);

int report_error(const std::exception& e);

template <class Body>
int guarded(Body&& body) {
  try {
    return body();
  } catch (const std::exception& e) {
    return report_error(e);
  }
}

}  // namespace agora::cli
