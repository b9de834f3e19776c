#include "report/format.hpp"

#include <cmath>
#include <cstdio>
#include <limits>

namespace agora::report {

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string format_number(double value, int decimals, const Strings& tr) {
  if (std::isnan(value)) return "—";
  if (std::isinf(value)) return value > 0 ? "∞" : "−∞";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  std::string digits = buf;
  std::string fraction;
  if (const auto dot = digits.find('.'); dot != std::string::npos) {
    fraction = digits.substr(dot + 1);
    digits.resize(dot);
  }
  const std::string group = tr("num.group"), decimal = tr("num.decimal");
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += group;
    out += digits[i];
  }
  if (!fraction.empty()) out += decimal + fraction;
  const bool zero = out.find_first_not_of("0.,  ") == std::string::npos;
  return (value < 0 && !zero ? "−" : "") + out;
}

int default_decimals(double value) {
  const double a = std::fabs(value);
  if (a >= 100.0 || a == std::floor(a)) return 0;
  if (a >= 10.0) return 1;
  return 2;
}

std::string unit_for_key(const std::string& key) {
  static const std::pair<std::string_view, std::string_view> kUnits[] = {
      {"_kmh", "km/h"},
      {"_m2", "m²"},
      {"_km", "km"},
      {"_kj", "kJ"},
      {"_dba", "dB(A)"},
      {"_eur", "€"},
      {"_ppm2", "persons/m²"},
      {"_pct", "%"},
      {"_kg", "kg"},
      {"_min", "min"},
      {"_mps", "m/s"},
      {"_mps2", "m/s²"},
      {"_s", "s"},
      {"_m", "m"},
      {"_deg", "°"},
      {"_persons", "persons"},
      {"_people", "people"},
      {"_pm_min", "persons/m/min"}};
  for (const auto& [suffix, unit] : kUnits)
    if (ends_with(key, suffix)) return std::string(unit);
  return {};
}

std::string unit_text(const std::string& unit, const Strings& tr) {
  static const std::pair<std::string_view, std::string_view> kWorded[] = {
      {"persons/m²", "unit.persons_m2"},
      {"persons", "unit.persons"},
      {"people", "unit.people"},
      {"persons/m/min", "unit.persons_m_min"},
      {"km/h", "unit.kmh"}};
  for (const auto& [u, key] : kWorded)
    if (unit == u) return tr(key);
  return unit;
}

std::string format_value(const Value& value, const std::string& key, const Strings& tr) {
  if (std::holds_alternative<std::monostate>(value)) return "—";
  if (const bool* b = std::get_if<bool>(&value)) return tr(*b ? "value.yes" : "value.no");
  if (const std::string* s = std::get_if<std::string>(&value)) return *s;
  const double v = numeric_value(value);
  std::string text =
      format_number(v, std::holds_alternative<std::int64_t>(value) ? 0 : default_decimals(v), tr);
  const std::string unit = unit_text(unit_for_key(key), tr);
  if (unit == "€") return "€ " + text;
  if (!unit.empty() && !std::isnan(v)) text += (unit == "%" || unit == "°" ? "" : " ") + unit;
  return text;
}

std::string exact_value(const Value& value) {
  if (std::holds_alternative<std::monostate>(value)) return "null";
  if (const bool* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const std::string* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", std::get<double>(value));
  return buf;
}

double numeric_value(const Value& value) {
  if (const auto* d = std::get_if<double>(&value)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
  if (const bool* b = std::get_if<bool>(&value)) return *b ? 1.0 : 0.0;
  return std::numeric_limits<double>::quiet_NaN();
}

std::string figure_label(const std::string& key, const Strings& tr) {
  const std::string table_key = "figure." + key;
  if (tr.has(table_key)) return tr(table_key);
  std::string last = key.substr(key.rfind('.') == std::string::npos ? 0 : key.rfind('.') + 1);
  const std::string unit = unit_for_key(last);
  if (!unit.empty()) {
    // Drop the unit suffix: the value column carries the unit.
    const auto us = last.rfind('_');
    if (us != std::string::npos && us > 0) last.resize(us);
  }
  for (char& c : last)
    if (c == '_') c = ' ';
  if (!last.empty() && last[0] >= 'a' && last[0] <= 'z')
    last[0] = static_cast<char>(last[0] - 'a' + 'A');
  return last;
}

}  // namespace agora::report
