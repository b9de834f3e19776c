#include "report/strings.hpp"

#include "report/escape.hpp"
#include "report/format.hpp"
#include "sim/core/error.hpp"

namespace agora::report {

namespace {

const std::string_view* lookup(const StringTable& table, std::string_view key) {
  for (const auto& [k, v] : table)
    if (k == key) return &v;
  return nullptr;
}

}  // namespace

Strings::Strings(std::string_view lang)
    : lang_(lang), table_(&strings_en()), fallback_(&strings_en()) {
  if (lang == "nl")
    table_ = &strings_nl();
  else if (lang != "en")
    throw Error("", "report", "language",
                "unknown report language '" + std::string(lang) + "' (known: en, nl)");
}

const std::string_view* Strings::find(std::string_view key) const {
  if (const auto* v = lookup(*table_, key)) return v;
  return lookup(*fallback_, key);
}

bool Strings::has(std::string_view key) const {
  return find(key) != nullptr;
}

std::string Strings::operator()(std::string_view key) const {
  if (const auto* v = find(key)) return std::string(*v);
  return "[[" + std::string(key) + "]]";
}

std::string Strings::format(std::string_view key, std::initializer_list<std::string> args) const {
  return format(key, std::vector<std::string>(args));
}

std::string Strings::say(const Statement& statement) const {
  std::vector<std::string> args;
  for (const StatementArg& a : statement.args) {
    if (const auto* text = std::get_if<std::string>(&a.value)) {
      args.push_back(a.is_term ? (*this)(*text) : mark_data_ ? as_data(*text) : *text);
      continue;
    }
    if (std::holds_alternative<std::monostate>(a.value)) {
      args.push_back("—");
      continue;
    }
    if (const bool* b = std::get_if<bool>(&a.value)) {
      args.push_back((*this)(*b ? "value.yes" : "value.no"));
      continue;
    }
    const double v = numeric_value(a.value);
    std::string text = format_number(v, a.decimals >= 0 ? a.decimals : default_decimals(v), *this);
    if (!a.unit.empty()) text += (a.unit == "%" || a.unit == "°" ? "" : " ") + a.unit;
    args.push_back(std::move(text));
  }
  if (statement.key.empty()) return args.empty() ? std::string() : args.front();
  return format(statement.key, args);
}

std::string Strings::format(std::string_view key, const std::vector<std::string>& args) const {
  const std::string pattern = (*this)(key);
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (n < args.size()) out += args[n];
      i += 2;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace agora::report
