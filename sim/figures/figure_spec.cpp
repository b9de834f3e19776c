#include "sim/figures/figure_spec.hpp"

#include <stdexcept>

namespace agora {

bool key_matches(std::string_view pattern, std::string_view key) {
  std::size_t p = 0, k = 0;
  while (p < pattern.size()) {
    if (pattern[p] == '{') {
      const std::size_t close = pattern.find('}', p);
      if (close == std::string_view::npos) return false;
      p = close + 1;
      // The part runs to the next literal character of the pattern (or the end of the
      // segment), never over a dot, and is not empty.
      const char next = p < pattern.size() ? pattern[p] : '\0';
      const std::size_t start = k;
      while (k < key.size() && key[k] != '.' && key[k] != next) ++k;
      if (k == start) return false;
      continue;
    }
    if (k >= key.size() || key[k] != pattern[p]) return false;
    ++p;
    ++k;
  }
  return k == key.size();
}

std::string figure_key(const FigureSpec& spec, std::initializer_list<std::string_view> parts) {
  std::string out;
  auto part = parts.begin();
  for (std::size_t p = 0; p < spec.key.size();) {
    if (spec.key[p] == '{') {
      if (part == parts.end())
        throw std::logic_error("figure '" + std::string(spec.key) + "' needs more key parts");
      out += *part++;
      p = spec.key.find('}', p) + 1;
      continue;
    }
    out += spec.key[p++];
  }
  if (part != parts.end())
    throw std::logic_error("figure '" + std::string(spec.key) + "' takes fewer key parts");
  return out;
}

bool value_fits(const FigureSpec& spec, const Value& value) {
  switch (value.index()) {
    case 0:
      return true;
    case 1:
      return spec.type == ValueType::Bool;
    case 2:
      return spec.type == ValueType::Integer;
    case 3:
      return spec.type == ValueType::Real;
    default:
      return spec.type == ValueType::Text;
  }
}

const FigureSpec* find_spec(FigureSpecs specs, std::string_view key) {
  for (const FigureSpec* s : specs)
    if (key_matches(s->key, key)) return s;
  return nullptr;
}

const char* to_string(ValueType type) {
  switch (type) {
    case ValueType::Bool:
      return "flag";
    case ValueType::Integer:
      return "integer";
    case ValueType::Real:
      return "number";
    case ValueType::Text:
      return "text";
  }
  return "?";
}

std::vector<std::string> undeclared_figures(const Figures& figures, FigureSpecs specs) {
  static const char* kTypeOf[] = {"null", "flag", "integer", "number", "text"};
  std::vector<std::string> out;
  for (const auto& [key, value] : figures.entries()) {
    const FigureSpec* spec = find_spec(specs, key);
    if (!spec)
      out.push_back("figure '" + key + "' is not declared");
    else if (!value_fits(*spec, value))
      out.push_back("figure '" + key + "' is a " + kTypeOf[value.index()] + ", declared as " +
                    to_string(spec->type) + " by '" + std::string(spec->key) + "'");
  }
  return out;
}

}  // namespace agora
