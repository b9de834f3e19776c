#pragma once
// The figures an analysis writes, declared once in code: key, type, unit and meaning. Every
// figure summary.json, the batch CSV, the report and the editor show comes from a declared
// spec; a run that writes an undeclared figure fails (app/run/scenario_run.cpp), the report
// and the editor name figures by their spec (so a misspelt key does not compile), and a
// profile naming an undeclared figure is a load error (gis/assess/assess_profile.cpp).

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/value.hpp"

namespace agora {

struct FigureSpec {
  // Dotted key; a "{part}" stands for one part written at run time (a vehicle class code, an
  // exit id): "ramming.{class}.max_speed_kmh". The first part names the analysis.
  std::string_view key;
  ValueType type;
  std::string_view unit;     // "km/h", "persons", "m²", "s"; empty for counts, flags and texts
  std::string_view meaning;  // one line for people
  // Why a run of the analysis may lack the figure, as a key of the report's string tables
  // ("absent.no_stage"); empty when the analysis always writes it.
  std::string_view when_absent = {};
};

// A list of specs: one analysis's declarations.
using FigureSpecs = std::span<const FigureSpec* const>;

// Whether key is an instance of the pattern: "{...}" matches one or more characters other
// than '.'.
bool key_matches(std::string_view pattern, std::string_view key);

// The pattern with its "{...}" parts replaced, in order: figure_key(kClassMaxSpeed, {"M1"})
// gives "ramming.M1.max_speed_kmh". Throws std::logic_error when the count differs.
std::string figure_key(const FigureSpec& spec, std::initializer_list<std::string_view> parts = {});

// Whether a value may stand under the spec: its type, or null (monostate) for "not measured".
bool value_fits(const FigureSpec& spec, const Value& value);

// The spec among `specs` that key is an instance of, or nullptr.
const FigureSpec* find_spec(FigureSpecs specs, std::string_view key);

// One line per figure of `figures` that `specs` do not declare, or whose value has another
// type than declared; empty when every figure is declared.
std::vector<std::string> undeclared_figures(const Figures& figures, FigureSpecs specs);

const char* to_string(ValueType type);

}  // namespace agora
