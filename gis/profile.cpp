#include "gis/profile.hpp"

#include <filesystem>

#include "gis/builtin_data.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

using json = nlohmann::json;

namespace {

std::string builtin_name(const std::string& name) {
  return "profiles/" + name + ".json";
}

json parse_json(const std::string& text, const std::string& file) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    throw Error(file, "byte " + std::to_string(e.byte), "",
                std::string("not valid JSON: ") + e.what());
  } catch (const json::out_of_range& e) {
    throw Error(file, "", "",
                std::string("a number out of range (too many digits or too large an exponent): ") +
                    e.what());
  }
}

// Sections where a profile may add entries of its own (criteria, hazards); elsewhere every key
// must be one a built-in profile has, so a misspelt key is an error, not a silent default.
bool open_section(const std::string& section) {
  return section == "liveability" || section == "hazards";
}

void check_known_keys(const json& doc, const std::string& file, ProblemList& problems) {
  json known = json::object();  // section -> {key: true} over every built-in profile
  for (const std::string& f : builtin_file_names()) {
    if (!f.starts_with("profiles/") || !f.ends_with(".json")) continue;
    const json builtin = json::parse(builtin_file(f));
    for (const auto& [section, params] : builtin.items())
      if (params.is_object())
        for (const auto& [key, param] : params.items()) known[section][key] = true;
  }
  auto list = [](const json& obj) {
    std::string out;
    for (const auto& [k, v] : obj.items()) out += (out.empty() ? "" : ", ") + k;
    return out;
  };
  for (const auto& [section, params] : doc.items()) {
    if (section == "agora_profile" || section == "name" || section == "description" ||
        section == "extends")
      continue;
    if (!params.is_object() || !known.contains(section)) {
      problems.add(
          file, "", section,
          "unknown key (expected agora_profile, name, description, extends or a section: " +
              list(known) + ")");
      continue;
    }
    for (const auto& [key, param] : params.items()) {
      if (!known[section].contains(key) && !open_section(section))
        problems.add(file, section, key,
                     "unknown key: no profile has " + section + "." + key +
                         " (expected one of: " + list(known[section]) + ")");
      if (param.is_object())
        for (const auto& [field, v] : param.items())
          if (field != "value" && field != "source" && field != "note")
            problems.add(file, section + "." + key, field,
                         "unknown key (expected value, source or note)");
    }
  }
}

}  // namespace

std::vector<std::string> builtin_profiles() {
  std::vector<std::string> out;
  for (const std::string& f : builtin_file_names())
    if (f.starts_with("profiles/") && f.ends_with(".json"))
      out.push_back(f.substr(9, f.size() - 14));
  return out;
}

Profile Profile::load(const std::string& name_or_path) {
  if (has_builtin_file(builtin_name(name_or_path)))
    return parse(std::string(builtin_file(builtin_name(name_or_path))),
                 "built-in profile " + name_or_path);
  if (name_or_path.find('/') == std::string::npos && !name_or_path.ends_with(".json")) {
    std::string known;
    for (const auto& p : builtin_profiles()) known += (known.empty() ? "" : ", ") + p;
    throw Error(
        "", "profile", "profile",
        "unknown profile '" + name_or_path + "' (built in: " + known + "; or give a file path)");
  }
  return parse(read_text_file(name_or_path), name_or_path);
}

Profile Profile::parse(const std::string& text, const std::string& file) {
  Profile p;
  p.file_ = file;
  json doc = parse_json(text, file);
  if (!doc.is_object() || !doc.contains("agora_profile"))
    throw Error(file, "", "agora_profile", "not an Agora profile (expected \"agora_profile\": 1)");
  if (doc["agora_profile"] != 1)
    throw Error(file, "", "agora_profile",
                "format version " + doc["agora_profile"].dump() +
                    " is not supported (this Agora reads version 1)");
  const bool builtin = file.starts_with("built-in profile ");
  if (!builtin) {
    ProblemList unknown;
    check_known_keys(doc, file, unknown);
    unknown.throw_if_any();
  }
  if (doc.contains("extends")) {
    if (!doc["extends"].is_string())
      throw Error(file, "", "extends", "expected the name of a built-in profile");
    const std::string base = doc["extends"];
    if (!has_builtin_file(builtin_name(base)))
      throw Error(file, "", "extends", "no built-in profile '" + base + "' to extend");
    json merged =
        parse_json(std::string(builtin_file(builtin_name(base))), "built-in profile " + base);
    merged.merge_patch(doc);
    merged.erase("extends");
    doc = std::move(merged);
  }
  p.name_ = doc.value("name", std::filesystem::path(file).stem().string());
  // Every parameter must carry a value and a source.
  ProblemList problems;
  for (const auto& [section, params] : doc.items()) {
    if (!params.is_object()) continue;  // agora_profile, name, description
    for (const auto& [key, param] : params.items()) {
      if (!param.is_object() || !param.contains("value"))
        problems.add(file, section + "." + key, "value",
                     "expected {\"value\": ..., \"source\": \"...\"}");
      else if (!param.contains("source") || !param["source"].is_string() ||
               param["source"].get<std::string>().empty())
        problems.add(file, section + "." + key, "source",
                     "every profile value needs its source (a citation, or \"local policy\")");
    }
  }
  problems.throw_if_any();
  p.doc_ = std::move(doc);
  return p;
}

bool Profile::has(const std::string& section, const std::string& key) const {
  return doc_.contains(section) && doc_[section].is_object() && doc_[section].contains(key);
}

const json& Profile::parameter(const std::string& section, const std::string& key) const {
  if (!has(section, key))
    throw Error(file_, section + "." + key, "value", "missing from the profile");
  return doc_[section][key];
}

const json& Profile::value(const std::string& section, const std::string& key) const {
  return parameter(section, key)["value"];
}

double Profile::number(const std::string& section, const std::string& key, double lo,
                       double hi) const {
  const json& v = value(section, key);
  if (!v.is_number())
    throw Error(file_, section + "." + key, "value", "expected a number, got " + v.dump());
  const double d = v.get<double>();
  if (!(d >= lo && d <= hi))
    throw Error(
        file_, section + "." + key, "value",
        "expected a number in [" + json(lo).dump() + ", " + json(hi).dump() + "], got " + v.dump());
  return d;
}

std::string Profile::text(const std::string& section, const std::string& key) const {
  const json& v = value(section, key);
  if (!v.is_string())
    throw Error(file_, section + "." + key, "value", "expected a text, got " + v.dump());
  return v.get<std::string>();
}

bool Profile::flag(const std::string& section, const std::string& key) const {
  const json& v = value(section, key);
  if (!v.is_boolean())
    throw Error(file_, section + "." + key, "value", "expected true or false, got " + v.dump());
  return v.get<bool>();
}

std::string Profile::source(const std::string& section, const std::string& key) const {
  return parameter(section, key)["source"].get<std::string>();
}

std::vector<ProfileEntry> Profile::entries() const {
  std::vector<ProfileEntry> out;
  for (const auto& [section, params] : doc_.items()) {
    if (!params.is_object()) continue;
    for (const auto& [key, param] : params.items())
      out.push_back({section + "." + key, param["value"], param["source"].get<std::string>()});
  }
  return out;
}

}  // namespace agora::gis
