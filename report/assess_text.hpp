#pragma once
// How the assessment's rows read in a language: a criterion's name, unit and rule, a hazard's
// name, the basis of a risk score, a discipline. The report, the command line and the editor
// all say them through here, so a criterion reads the same everywhere.

#include <string>

#include "report/strings.hpp"
#include "sim/assess/risk.hpp"
#include "sim/assess/scorecard.hpp"

namespace agora::report {

// A known criterion by the tables ("criterion.<name>"), one of the profile's own by its title.
std::string criterion_title(const assess::ScoreRow& row, const Strings& tr);
std::string criterion_unit(const assess::ScoreRow& row, const Strings& tr);
// "green ≤ 0, amber ≤ 10, red above (dwellings over the limit)".
std::string criterion_rule(const assess::ScoreRow& row, const Strings& tr);
// Why the row is rated as it is: empty when assessed, else the reason it is not.
std::string criterion_reason(const assess::ScoreRow& row, const Strings& tr);

std::string hazard_title(const assess::RiskRow& row, const Strings& tr);
// "likelihood 4 from Distance to an exit (red); consequence 3 from Peak attendance = 9,000",
// or why the hazard is not assessed.
std::string risk_basis(const assess::RiskRow& row, const assess::Scorecard& card,
                       const Strings& tr);

// "fire service (D1)" for "fire"; an unknown code as it is.
std::string discipline_label(const std::string& code, const Strings& tr);

}  // namespace agora::report
