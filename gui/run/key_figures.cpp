#include "gui/run/key_figures.hpp"

#include <cctype>
#include <cmath>
#include <iterator>

#include "report/format.hpp"
#include "sim/assess/assess_figures.hpp"
#include "sim/crowd/crowd_figures.hpp"
#include "sim/figures/catalogue.hpp"
#include "sim/vehicle/ramming_figures.hpp"

namespace agora::gui {

namespace {

namespace af = assess::fig;
namespace cf = crowd::fig;
namespace vf = vehicle::fig;

// By their declarations (sim/*/..._figures.hpp), so a key the analyses do not write cannot be
// named here: the per-class speed first, then the crossings by verdict, then capacity.
const FigureSpec* const kKeyFigures[] = {
    &vf::kClassMaxSpeed,
    &vf::kUnprotectedCrossings,
    &vf::kInadequateCrossings,
    &vf::kGapPassableCrossings,
    &vf::kEnergyOnlyCrossings,
    &vf::kNotAdequateCrossings,
    &vf::kPeopleExposedMax,
    &vf::kMaxCrowdEntrySpeed,
    &af::kCapacity,
    &af::kUtilisation,
    &af::kEgressTotal,
    &af::kShareBeyond,
    &af::kAccessUnreachableShare,
    &af::kAccessFacadesUnreachable,
    &af::kNoiseDwellingsOver,
    &af::kScorecardOverall,
    &af::kClassNl,
    &af::kBelgianRiskEvent,
    &cf::kEvacuationTime,
    &cf::kIngressTime,
    &cf::kMaxDensity,
};
// Which way each key figure is better (L lower, H higher, - no direction), in the order above.
// Energy-equivalent-only crossings lie between adequate and inadequate: fewer is not better by
// itself.
const char kBetter[] = "LLLL-LLLHLLLLLL---LLL";
static_assert(std::size(kBetter) - 1 == std::size(kKeyFigures));

// The run-time parts of key under pattern: "M1" for "ramming.{class}.max_speed_kmh".
std::vector<std::string> key_parts(std::string_view pattern, std::string_view key) {
  std::vector<std::string> parts;
  std::size_t p = 0, k = 0;
  while (p < pattern.size() && k <= key.size()) {
    if (pattern[p] == '{') {
      const std::size_t close = pattern.find('}', p);
      const std::size_t end = key.find('.', k);
      parts.emplace_back(
          key.substr(k, end == std::string_view::npos ? std::string_view::npos : end - k));
      k = end == std::string_view::npos ? key.size() : end;
      p = close + 1;
    } else {
      ++p, ++k;
    }
  }
  return parts;
}

bool is_share(const FigureSpec& spec) {
  return spec.unit.empty() && spec.type == ValueType::Real &&
         (spec.meaning.starts_with("share") || spec.key.ends_with(".utilisation"));
}

}  // namespace

std::span<const FigureSpec* const> key_figure_specs() {
  return kKeyFigures;
}

bool matches_key_pattern(const std::string& pattern, const std::string& key) {
  std::size_t p = 0, k = 0;
  while (p < pattern.size() && k < key.size()) {
    if (pattern[p] == '*') {
      // One segment of the key (up to its next '.'), then the rest of the pattern.
      const std::size_t next_dot = key.find('.', k);
      const std::string rest = pattern.substr(p + 1);
      for (std::size_t end = k + 1; end <= (next_dot == std::string::npos ? key.size() : next_dot);
           ++end)
        if (key.compare(end, std::string::npos, rest) == 0) return true;
      return false;
    }
    if (pattern[p] != key[k]) return false;
    ++p, ++k;
  }
  return p == pattern.size() && k == key.size();
}

int key_figure_rank(const std::string& key) {
  for (std::size_t i = 0; i < std::size(kKeyFigures); ++i)
    if (key_matches(kKeyFigures[i]->key, key)) return static_cast<int>(i);
  return -1;
}

std::string figure_name(const std::string& key, const report::Strings& tr) {
  if (tr.has("figure." + key)) return tr("figure." + key);
  const FigureSpec* spec = find_figure(key);
  if (!spec || spec->meaning.empty()) return key;
  std::string name(spec->meaning);
  std::string prefix;
  for (const std::string& part : key_parts(spec->key, key)) prefix += part + " ";
  if (!prefix.empty()) {
    prefix.back() = ':';
    return prefix + " " + name;
  }
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

std::string figure_text(const Value& value, const std::string& key, const report::Strings& tr) {
  const FigureSpec* spec = find_figure(key);
  const double v = report::numeric_value(value);
  if (!spec || std::holds_alternative<bool>(value) || std::isnan(v))
    return report::format_value(value, key, tr);
  if (is_share(*spec)) {
    const double pct = 100.0 * v;
    return report::format_number(pct, pct != 0.0 && std::fabs(pct) < 10.0 ? 1 : 0, tr) + " %";
  }
  std::string text = report::format_number(
      v, std::holds_alternative<std::int64_t>(value) ? 0 : report::default_decimals(v), tr);
  if (spec->unit == "€") return "€ " + text;
  if (!spec->unit.empty()) text += " " + std::string(spec->unit);
  return text;
}

Better better_direction(const std::string& key) {
  for (std::size_t i = 0; i < std::size(kKeyFigures); ++i)
    if (key_matches(kKeyFigures[i]->key, key))
      return kBetter[i] == 'L' ? Better::Lower : kBetter[i] == 'H' ? Better::Higher : Better::None;
  return Better::None;
}

std::vector<std::size_t> best_variants(const std::string& key,
                                       const std::vector<const Value*>& values) {
  const Better dir = better_direction(key);
  if (dir == Better::None) return {};
  std::optional<double> best;
  std::size_t numbers = 0;
  bool differ = false;
  for (const Value* v : values) {
    if (!v || std::holds_alternative<std::string>(*v) || std::holds_alternative<std::monostate>(*v))
      continue;
    const double x = report::numeric_value(*v);
    if (std::isnan(x)) continue;
    ++numbers;
    if (best && x != *best) differ = true;
    if (!best || (dir == Better::Lower ? x < *best : x > *best)) best = x;
  }
  std::vector<std::size_t> out;
  if (numbers < 2 || !differ) return out;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (values[i] && !std::holds_alternative<std::string>(*values[i]) &&
        report::numeric_value(*values[i]) == *best)
      out.push_back(i);
  return out;
}

}  // namespace agora::gui
