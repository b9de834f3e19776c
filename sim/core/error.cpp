#include "sim/core/error.hpp"

#include <cmath>
#include <sstream>

namespace agora {

std::string Problem::to_string() const {
  std::string out;
  if (!file.empty()) out += file + ": ";
  if (!where.empty()) out += where + ": ";
  if (!field.empty()) out += "field '" + field + "': ";
  out += message;
  return out;
}

namespace {
std::string join(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) {
    if (!out.empty()) out += '\n';
    out += p.to_string();
  }
  return out;
}
}  // namespace

Error::Error(std::vector<Problem> problems)
    : std::runtime_error(join(problems)), problems_(std::move(problems)) {}

Error::Error(std::string file, std::string where, std::string field, std::string message)
    : Error(std::vector<Problem>{
          {std::move(file), std::move(where), std::move(field), std::move(message)}}) {}

void require_in_range(const char* parameter, double value, double lo, double hi, const char* unit) {
  if (std::isfinite(value) && value >= lo && value <= hi) return;
  std::ostringstream msg;
  msg << "must lie in [" << lo << ", " << hi << "]" << (*unit ? " " : "") << unit << ", got "
      << value;
  throw Error("", "parameter", parameter, msg.str());
}

}  // namespace agora
