#include "gis/sweep_reader.hpp"

#include <ogrsf_frmts.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <nlohmann/json.hpp>

#include "gis/detail/gdal_util.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/text_file.hpp"

namespace agora::run {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace {

std::string resolve(const fs::path& dir, const std::string& p) {
  const fs::path path(p);
  return path.is_absolute() ? p : (dir / path).lexically_normal().string();
}

Value to_value(const json& j) {
  if (j.is_boolean()) return j.get<bool>();
  // Past 2^63 the number is held unsigned; as int64 it would wrap to a negative one. As a
  // double it reaches the variant's scenario, whose reader names it.
  if (j.is_number_unsigned() &&
      j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return static_cast<double>(j.get<std::uint64_t>());
  if (j.is_number_integer()) return j.get<std::int64_t>();
  if (j.is_number()) return j.get<double>();
  if (j.is_string()) return j.get<std::string>();
  return {};
}

// Ids (or names) of the exits in the base scenario's layout, in file order: what
// "close_exit": "each" closes one at a time.
std::vector<std::string> exit_ids(const std::string& scenario_path) {
  const auto s = gis::read_scenario_file(scenario_path);
  std::vector<std::string> ids;
  gis::ensure_gdal();
  gis::GdalErrorCapture quiet;
  for (const std::string& layer_path : s.layout_paths) {
    gis::DatasetPtr ds(GDALDataset::Open(layer_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) throw Error(layer_path, "", "", "cannot read the layout layer to list its exits");
    for (OGRLayer* layer : ds->GetLayers()) {
      layer->ResetReading();
      while (OGRFeature* raw = layer->GetNextFeature()) {
        std::unique_ptr<OGRFeature> f(raw);
        const int kind = f->GetFieldIndex("kind");
        if (kind < 0 || std::string(f->GetFieldAsString(kind)) != "exit") continue;
        const int id = f->GetFieldIndex("id");
        const int name = f->GetFieldIndex("name");
        std::string label = id >= 0 ? f->GetFieldAsString(id) : "";
        if (label.empty() && name >= 0) label = f->GetFieldAsString(name);
        if (!label.empty()) ids.push_back(label);
      }
    }
  }
  return ids;
}

}  // namespace

batch::Sweep parse_sweep_json(const std::string& text, const std::string& path) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    throw Error(path, "byte " + std::to_string(e.byte), "",
                std::string("not valid JSON: ") + e.what());
  } catch (const json::out_of_range& e) {
    throw Error(path, "", "",
                std::string("a number out of range (too many digits or too large an exponent): ") +
                    e.what());
  }
  if (!doc.is_object() || !doc.contains("agora_sweep"))
    throw Error(path, "", "agora_sweep", "not an Agora sweep file (expected \"agora_sweep\": 1)");
  if (doc["agora_sweep"] != 1)
    throw Error(
        path, "", "agora_sweep",
        "format version " + doc["agora_sweep"].dump() + " is not supported (this Agora reads 1)");

  const fs::path dir = fs::path(path).parent_path();
  ProblemList problems;
  batch::Sweep sweep;
  sweep.file = path;
  for (const auto& [key, value] : doc.items())
    if (key != "agora_sweep" && key != "name" && key != "base" && key != "layouts" &&
        key != "parameters" && key != "variants" && key != "limit" && key != "description")
      problems.add(path, "sweep", key,
                   "unknown key (expected name, base, layouts, parameters, variants, limit)");
  // A name that is not a text (found by fuzz/fuzz_sweep: json::value threw type_error).
  if (doc.contains("name") && !doc["name"].is_string())
    problems.add(path, "sweep", "name", "expected a text, got " + doc["name"].dump());
  else
    sweep.name = doc.value("name", fs::path(path).stem().string());
  if (!doc.contains("base") || !doc["base"].is_string())
    problems.add(path, "sweep", "base", "missing: the base scenario.json");
  else
    sweep.base_scenario = resolve(dir, doc["base"].get<std::string>());
  if (doc.contains("limit")) {
    if (!doc["limit"].is_number_unsigned() || doc["limit"].get<std::size_t>() == 0)
      problems.add(path, "sweep", "limit", "expected a positive whole number");
    else
      sweep.limit = doc["limit"].get<std::size_t>();
  }
  if (doc.contains("layouts")) {
    if (!doc["layouts"].is_object()) {
      problems.add(path, "sweep", "layouts", "expected {\"label\": [layer files], ...}");
    } else {
      for (const auto& [label, files] : doc["layouts"].items()) {
        std::vector<std::string> paths;
        if (files.is_string())
          paths.push_back(resolve(dir, files.get<std::string>()));
        else if (files.is_array() && !files.empty())
          for (const auto& f : files) {
            if (f.is_string())
              paths.push_back(resolve(dir, f.get<std::string>()));
            else
              problems.add(path, "layouts." + label, label, "expected layer file paths");
          }
        else
          problems.add(path, "layouts." + label, label,
                       "expected a layer file or a non-empty list of them");
        for (const auto& p : paths)
          if (!fs::exists(p))
            problems.add(path, "layouts." + label, label, "layer file not found: " + p);
        sweep.layouts[label] = std::move(paths);
      }
    }
  }
  if (doc.contains("parameters")) {
    if (!doc["parameters"].is_object()) {
      problems.add(path, "sweep", "parameters", "expected an object of parameter: values");
    } else {
      for (const auto& [name, spec] : doc["parameters"].items()) {
        batch::Parameter p{name, {}};
        const std::string where = "parameters." + name;
        if (spec.is_array()) {
          for (const auto& v : spec) p.values.push_back(to_value(v));
        } else if (spec.is_object()) {
          for (const auto& [k, v] : spec.items())
            if (k != "from" && k != "to" && k != "step")
              problems.add(path, where, k, "unknown key in a range (from, to, step)");
          if (!spec.contains("from") || !spec.contains("to") || !spec["from"].is_number() ||
              !spec["to"].is_number()) {
            problems.add(path, where, name,
                         "a range needs numbers \"from\" and \"to\" (and optionally \"step\")");
          } else {
            const bool integral = spec["from"].is_number_integer() &&
                                  spec["to"].is_number_integer() &&
                                  (!spec.contains("step") || spec["step"].is_number_integer());
            const double from = spec["from"].get<double>(), to = spec["to"].get<double>();
            const double step = spec.contains("step") && spec["step"].is_number()
                                    ? spec["step"].get<double>()
                                    : 1.0;
            if (!(step > 0.0))
              problems.add(path, where, "step", "expected a positive step");
            else if (to < from)
              problems.add(path, where, name, "empty range: \"to\" is below \"from\"");
            else {
              const double steps = std::floor((to - from) / step + 1e-9) + 1.0;
              const auto count = steps <= 10'000'000.0 ? static_cast<std::size_t>(steps) : 0;
              if (count == 0)
                problems.add(path, where, name, "range too long (more than 10,000,000 values)");
              else
                for (std::size_t i = 0; i < count; ++i) {
                  const double v = from + static_cast<double>(i) * step;
                  if (integral)
                    p.values.push_back(static_cast<std::int64_t>(std::llround(v)));
                  else
                    p.values.push_back(v);
                }
            }
          }
        } else if (name == "close_exit" && spec.is_string() && spec.get<std::string>() == "each") {
          // No exit closed, then each exit of the base layout in turn.
          p.values.push_back(std::string());
          if (!sweep.base_scenario.empty())
            for (const std::string& id : exit_ids(sweep.base_scenario)) p.values.push_back(id);
        } else {
          problems.add(path, where, name, "expected a list of values or a range {from, to, step}");
        }
        sweep.parameters.push_back(std::move(p));
      }
    }
  }
  if (doc.contains("variants")) {
    if (!doc["variants"].is_array() || doc["variants"].empty()) {
      problems.add(path, "sweep", "variants",
                   "expected a non-empty list of {parameter: value} objects");
    } else {
      for (std::size_t i = 0; i < doc["variants"].size(); ++i) {
        const auto& v = doc["variants"][i];
        std::vector<std::pair<std::string, Value>> params;
        if (!v.is_object())
          problems.add(path, "variants[" + std::to_string(i) + "]", "", "expected an object");
        else
          for (const auto& [k, x] : v.items()) params.emplace_back(k, to_value(x));
        sweep.explicit_variants.push_back(std::move(params));
      }
    }
  }
  if (!doc.contains("parameters") && !doc.contains("variants"))
    problems.add(path, "sweep", "parameters",
                 "missing: give \"parameters\" to sweep or a list of \"variants\"");
  problems.throw_if_any();
  batch::validate(sweep);
  return sweep;
}

batch::Sweep read_sweep_file(const std::string& path) {
  return parse_sweep_json(gis::read_text_file(path), path);
}

}  // namespace agora::run
