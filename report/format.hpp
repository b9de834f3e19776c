#pragma once
// How figures read in the report: numbers with grouping and a sensible number of decimals,
// units taken from the figure key's suffix (_kmh -> km/h, _m2 -> m², _dba -> dB(A)), and
// readable labels for keys the string table names ("figure.<key>").

#include <string>

#include "report/strings.hpp"
#include "sim/core/value.hpp"

namespace agora::report {

// 9000 -> "9,000"; 12.345 with 1 decimal -> "12.3" (separators from the string table).
std::string format_number(double value, int decimals, const Strings& tr);
// Decimals that show a figure without false precision: 0 from 100 up, 1 from 10, else 2.
int default_decimals(double value);
// "km/h" for "ramming.M1.max_speed_kmh"; empty when the key has no unit suffix.
std::string unit_for_key(const std::string& key);
// A unit as the language writes it: the worded ones from the tables ("persons/m²" reads
// "personen/m²", "km/h" reads "km/u"), symbols as they are.
std::string unit_text(const std::string& unit, const Strings& tr);
// The value as text with its unit: "9,000", "48.2 km/h", "yes", "—" for none.
std::string format_value(const Value& value, const std::string& key, const Strings& tr);
// The exact value as text for machine reading (HTML data-value): "%.17g", "true", the text.
std::string exact_value(const Value& value);
// The value as a double when it is a number (or bool), else NaN.
double numeric_value(const Value& value);
// A label for a figure: "figure.<key>" from the table, else the key's last part made readable
// ("max_speed_kmh" -> "Max speed").
std::string figure_label(const std::string& key, const Strings& tr);

}  // namespace agora::report
