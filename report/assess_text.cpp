#include "report/assess_text.hpp"

#include <cmath>

#include "report/format.hpp"

namespace agora::report {

namespace {

std::string number(double v, const Strings& tr) {
  return format_number(v, v == std::floor(v) ? 0 : default_decimals(v), tr);
}

}  // namespace

std::string criterion_title(const assess::ScoreRow& row, const Strings& tr) {
  if (!row.title.empty()) return row.title;
  const std::string key = "criterion." + row.name;
  return tr.has(key) ? tr(key) : row.name;
}

std::string criterion_unit(const assess::ScoreRow& row, const Strings& tr) {
  if (!row.unit.empty()) return row.unit;
  const std::string key = "criterion." + row.name + ".unit";
  return tr.has(key) ? tr(key) : std::string();
}

std::string criterion_rule(const assess::ScoreRow& row, const Strings& tr) {
  return tr.format("assess.rule_text",
                   {number(row.green_max, tr), number(row.amber_max, tr), criterion_unit(row, tr)});
}

std::string criterion_reason(const assess::ScoreRow& row, const Strings& tr) {
  return row.not_assessed.key.empty() ? std::string() : tr.say(row.not_assessed);
}

std::string hazard_title(const assess::RiskRow& row, const Strings& tr) {
  const std::string key = "hazard." + row.name;
  return tr.has(key) ? tr(key) : row.title;
}

std::string risk_basis(const assess::RiskRow& row, const assess::Scorecard& card,
                       const Strings& tr) {
  if (!row.assessed || row.basis.key != "risk.basis" || row.basis.args.size() < 6)
    return tr.say(row.basis);
  const assess::ScoreRow* from = card.row(row.likelihood_from);
  const auto& a = row.basis.args;
  const std::string measure = std::get<std::string>(a[4].value);
  return tr.format(
      "risk.basis",
      {std::to_string(row.likelihood), from ? criterion_title(*from, tr) : row.likelihood_from,
       from ? tr(assess::rating_key(from->rating)) : std::string(), std::to_string(row.consequence),
       figure_label(measure, tr), number(numeric_value(a[5].value), tr)});
}

std::string discipline_label(const std::string& code, const Strings& tr) {
  const std::string key = "discipline." + code;
  return tr.has(key) ? tr(key) : code;
}

}  // namespace agora::report
