#include "cli/common.hpp"

#include <iostream>
#include <sstream>

namespace agora::cli {

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    while (!item.empty() && item.back() == ' ') item.pop_back();
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

Box parse_bbox(const std::string& text) {
  std::vector<double> v;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    try {
      std::size_t used = 0;
      v.push_back(std::stod(item, &used));
      if (used != item.size()) v.clear();
    } catch (const std::exception&) {
      v.clear();
      break;
    }
  }
  if (v.size() != 4 || v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 ||
      v[3] > 90)
    throw Error(
        "", "command line", "--bbox",
        "expected minlon,minlat,maxlon,maxlat in WGS84 degrees with min < max, got '" + text + "'");
  return Box{{v[0], v[1]}, {v[2], v[3]}};
}

void print_warnings(std::ostream& out, const std::vector<Problem>& warnings) {
  for (const Problem& w : warnings) out << "warning: " << w.to_string() << "\n";
}

int report_error(const std::exception& e) {
  if (const auto* err = dynamic_cast<const Error*>(&e)) {
    for (const Problem& p : err->problems()) std::cerr << "agora: error: " << p.to_string() << "\n";
    return 2;
  }
  std::cerr << "agora: failed: " << e.what() << "\n";
  return 1;
}

}  // namespace agora::cli
