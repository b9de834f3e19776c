#include "sim/batch/sweep.hpp"

#include <limits>
#include <sstream>

namespace agora::batch {

const std::vector<ParameterSpec>& parameter_specs() {
  static const std::vector<ParameterSpec> specs = {
      {"attendance_peak", ValueType::Integer, "expected peak number of people on site"},
      {"density_ppm2", ValueType::Real, "crowd density of every crowd zone, persons/m²"},
      {"profile", ValueType::Text, "built-in profile name or profile file"},
      {"vehicle_classes", ValueType::Text, "comma-separated vehicle classes to assess (\"M1,N3\")"},
      {"vehicles", ValueType::Text, "vehicle class table (acceleration figures) file"},
      {"layout", ValueType::Text, "layout option label, defined under \"layouts\""},
      {"close_exit", ValueType::Text,
       "id or name of an exit closed in this variant (\"\" for none)"},
      {"seed", ValueType::Integer, "random seed of the crowd simulation"},
      {"ramming_radius_m", ValueType::Real, "search radius of the vehicle approach analysis, m"},
  };
  return specs;
}

const ParameterSpec* find_parameter(const std::string& name) {
  for (const ParameterSpec& s : parameter_specs())
    if (name == s.name) return &s;
  return nullptr;
}

const Value* Variant::param(const std::string& name) const {
  for (const auto& [k, v] : params)
    if (k == name) return &v;
  return nullptr;
}

std::size_t variant_count(const Sweep& sweep) {
  if (!sweep.explicit_variants.empty()) return sweep.explicit_variants.size();
  std::size_t n = 1;  // no parameters: the one base variant
  for (const Parameter& p : sweep.parameters) {
    if (p.values.empty()) return 0;
    if (n > std::numeric_limits<std::size_t>::max() / p.values.size())
      return std::numeric_limits<std::size_t>::max();
    n *= p.values.size();
  }
  return n;
}

namespace {

bool type_ok(const Value& v, ValueType t) {
  switch (t) {
    case ValueType::Integer:
      return std::holds_alternative<std::int64_t>(v);
    case ValueType::Real:
      return std::holds_alternative<double>(v) || std::holds_alternative<std::int64_t>(v);
    case ValueType::Text:
      return std::holds_alternative<std::string>(v);
    case ValueType::Bool:
      return std::holds_alternative<bool>(v);
  }
  return false;
}

const char* type_name(ValueType t) {
  switch (t) {
    case ValueType::Integer:
      return "whole numbers";
    case ValueType::Real:
      return "numbers";
    case ValueType::Text:
      return "texts";
    case ValueType::Bool:
      return "true/false";
  }
  return "";
}

std::string known_list() {
  std::string out;
  for (const ParameterSpec& s : parameter_specs())
    out += (out.empty() ? "" : ", ") + std::string(s.name);
  return out;
}

void check_param(const Sweep& sweep, const std::string& where, const std::string& name,
                 const Value& v, ProblemList& problems) {
  const ParameterSpec* spec = find_parameter(name);
  if (!spec) {
    problems.add(sweep.file, where, name,
                 "unknown parameter (a sweep can vary: " + known_list() + ")");
    return;
  }
  if (!type_ok(v, spec->type)) {
    problems.add(sweep.file, where, name, std::string("expected ") + type_name(spec->type));
    return;
  }
  if (name == "layout" && !sweep.layouts.count(std::get<std::string>(v)))
    problems.add(
        sweep.file, where, name,
        "layout option '" + std::get<std::string>(v) + "' is not defined under \"layouts\"");
}

}  // namespace

void validate(const Sweep& sweep) {
  ProblemList problems;
  if (sweep.base_scenario.empty())
    problems.add(sweep.file, "sweep", "base", "missing: the base scenario.json");
  if (!sweep.explicit_variants.empty() && !sweep.parameters.empty())
    problems.add(sweep.file, "sweep", "variants",
                 "give either \"parameters\" (a product) or \"variants\" (a list), not both");
  for (const Parameter& p : sweep.parameters) {
    if (p.values.empty()) {
      problems.add(sweep.file, "parameters." + p.name, p.name, "empty: no values to sweep");
      continue;
    }
    for (const Value& v : p.values) check_param(sweep, "parameters." + p.name, p.name, v, problems);
  }
  for (std::size_t i = 0; i < sweep.explicit_variants.size(); ++i)
    for (const auto& [name, v] : sweep.explicit_variants[i])
      check_param(sweep, "variants[" + std::to_string(i) + "]", name, v, problems);
  problems.throw_if_any();
}

std::vector<Variant> expand(const Sweep& sweep) {
  validate(sweep);
  const std::size_t n = variant_count(sweep);
  const std::size_t width = std::to_string(n == 0 ? 0 : n - 1).size();
  auto make_id = [&](std::size_t i) {
    const std::string digits = std::to_string(i);
    std::string id(1 + std::max(width, digits.size()), '0');
    id[0] = 'v';
    id.replace(id.size() - digits.size(), digits.size(), digits);
    return id;
  };
  std::vector<Variant> out;
  out.reserve(n);
  if (!sweep.explicit_variants.empty()) {
    for (std::size_t i = 0; i < n; ++i) out.push_back({i, make_id(i), sweep.explicit_variants[i]});
    return out;
  }
  for (std::size_t i = 0; i < n; ++i) {
    Variant v{i, make_id(i), {}};
    std::size_t rest = i;
    // Mixed-radix digits, the last parameter varying fastest.
    std::vector<std::size_t> digit(sweep.parameters.size());
    for (std::size_t k = sweep.parameters.size(); k-- > 0;) {
      digit[k] = rest % sweep.parameters[k].values.size();
      rest /= sweep.parameters[k].values.size();
    }
    for (std::size_t k = 0; k < sweep.parameters.size(); ++k)
      v.params.emplace_back(sweep.parameters[k].name, sweep.parameters[k].values[digit[k]]);
    out.push_back(std::move(v));
  }
  return out;
}

namespace {
double as_real(const Value& v) {
  return std::holds_alternative<double>(v) ? std::get<double>(v)
                                           : static_cast<double>(std::get<std::int64_t>(v));
}
}  // namespace

void apply_before_load(scenario::Scenario& s, const Variant& variant, const Sweep& sweep) {
  for (const auto& [name, v] : variant.params) {
    if (name == "attendance_peak")
      s.event.attendance_peak = std::get<std::int64_t>(v);
    else if (name == "profile")
      s.profile = std::get<std::string>(v);
    else if (name == "vehicles")
      s.vehicles_path = std::get<std::string>(v);
    else if (name == "seed")
      s.seed = static_cast<std::uint64_t>(std::get<std::int64_t>(v));
    else if (name == "ramming_radius_m")
      s.ramming_radius_m = as_real(v);
    else if (name == "layout")
      s.layout_paths = sweep.layouts.at(std::get<std::string>(v));
    else if (name == "vehicle_classes") {
      s.vehicle_classes.clear();
      std::stringstream in(std::get<std::string>(v));
      std::string item;
      while (std::getline(in, item, ','))
        if (!item.empty()) s.vehicle_classes.push_back(item);
    }
  }
}

void apply_after_load(scenario::Scenario& s, const Variant& variant) {
  for (const auto& [name, v] : variant.params) {
    if (name == "density_ppm2") {
      for (auto& z : s.layout.crowd_zones) z.density_ppm2 = as_real(v);
    } else if (name == "close_exit") {
      const std::string& which = std::get<std::string>(v);
      if (which.empty()) continue;
      bool found = false;
      for (auto& e : s.layout.exits)
        if (e.info.id == which || e.info.name == which) {
          e.closed = true;
          found = true;
        }
      if (!found)
        throw Error(s.file, "variant " + variant.id, "close_exit",
                    "no exit with id or name '" + which + "' in the layout");
    }
  }
}

}  // namespace agora::batch
