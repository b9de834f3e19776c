#include "report/strings.hpp"

#include "sim/core/error.hpp"

namespace agora::report {

namespace {

const std::string_view* lookup(const StringTable& table, std::string_view key) {
  for (const auto& [k, v] : table)
    if (k == key) return &v;
  return nullptr;
}

}  // namespace

Strings::Strings(std::string_view lang) : lang_(lang), table_(&strings_en()), fallback_(&strings_en()) {
  if (lang == "nl")
    table_ = &strings_nl();
  else if (lang != "en")
    throw Error("", "report", "language", "unknown report language '" + std::string(lang) + "' (known: en, nl)");
}

const std::string_view* Strings::find(std::string_view key) const {
  if (const auto* v = lookup(*table_, key)) return v;
  return lookup(*fallback_, key);
}

bool Strings::has(std::string_view key) const { return find(key) != nullptr; }

std::string Strings::operator()(std::string_view key) const {
  if (const auto* v = find(key)) return std::string(*v);
  return "[[" + std::string(key) + "]]";
}

std::string Strings::format(std::string_view key, std::initializer_list<std::string> args) const {
  const std::string pattern = (*this)(key);
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
        pattern[i + 1] <= '9') {
      const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (n < args.size()) out += *(args.begin() + n);
      i += 2;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace agora::report
