#include "gis/builtin_data.hpp"

#include <span>
#include <utility>

#include "gis/text_file.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

namespace detail {
std::span<const std::pair<std::string_view, std::string_view>> embedded_files();
}

std::string_view builtin_file(std::string_view name) {
  for (const auto& [n, bytes] : detail::embedded_files())
    if (n == name) return bytes;
  std::string known;
  for (const auto& [n, bytes] : detail::embedded_files())
    known += (known.empty() ? "" : ", ") + std::string(n);
  throw Error("", "built-in data", std::string(name),
              "no such built-in table (have: " + known + ")");
}

bool has_builtin_file(std::string_view name) {
  for (const auto& [n, bytes] : detail::embedded_files())
    if (n == name) return true;
  return false;
}

std::vector<std::string> builtin_file_names() {
  std::vector<std::string> names;
  for (const auto& [n, bytes] : detail::embedded_files()) names.emplace_back(n);
  return names;
}

std::string builtin_or_file(const std::string& builtin_name, const std::string& path_or_empty) {
  if (path_or_empty.empty()) return std::string(builtin_file(builtin_name));
  return read_text_file(path_or_empty);
}

std::string table_origin(const std::string& builtin_name, const std::string& path_or_empty) {
  return path_or_empty.empty() ? "built-in data/" + builtin_name : path_or_empty;
}

}  // namespace agora::gis
