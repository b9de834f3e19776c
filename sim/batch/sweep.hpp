#pragma once
// Parameter sweeps: a base scenario and the variations an analyst wants (attendance, crowd
// density, profile, vehicle classes, acceleration tables, barrier layout options, exits
// closed one at a time, random seeds). Variants are the cartesian product of the swept values
// or an explicit list; each is applied to a copy of the base scenario. Pure: reading the
// sweep file and running variants happen at the edges (app/run/batch_runner).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/core/error.hpp"
#include "sim/core/value.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::batch {

// The parameters a sweep may vary, with the type of their values.
struct ParameterSpec {
  const char* name;
  ValueType type;
  const char* meaning;
};
const std::vector<ParameterSpec>& parameter_specs();
const ParameterSpec* find_parameter(const std::string& name);

struct Parameter {
  std::string name;
  std::vector<Value> values;
};

struct Variant {
  std::size_t index = 0;
  std::string id;  // "v0007": zero-padded to the width of the variant count
  std::vector<std::pair<std::string, Value>> params;
  const Value* param(const std::string& name) const;
};

struct Sweep {
  std::string file;  // the sweep file, for messages
  std::string name;
  std::string base_scenario;          // path, resolved
  std::vector<Parameter> parameters;  // cartesian product, last one varies fastest
  std::vector<std::vector<std::pair<std::string, Value>>> explicit_variants;  // or a list
  std::map<std::string, std::vector<std::string>> layouts;  // layout option label -> layer paths
  std::size_t limit = 10000;                                // more variants need --force
};

// Number of variants without expanding them; saturates at SIZE_MAX.
std::size_t variant_count(const Sweep& sweep);

// Every variant, in order. Throws agora::Error when a parameter is unknown or has no values.
std::vector<Variant> expand(const Sweep& sweep);

// Checks names, types and emptiness; every problem named by the sweep file and parameter.
void validate(const Sweep& sweep);

// Overrides that act on scenario.json's fields (before the layout is read): attendance,
// profile, vehicle classes and table, layout option, seed, ramming radius.
void apply_before_load(scenario::Scenario& scenario, const Variant& variant, const Sweep& sweep);

// Overrides that act on the loaded layout: crowd density, the exit to close (by id or name).
// Throws agora::Error naming the variant when an exit does not exist.
void apply_after_load(scenario::Scenario& scenario, const Variant& variant);

}  // namespace agora::batch
