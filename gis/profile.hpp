#pragma once
// Jurisdiction profiles: the thresholds, weights and rules an event is judged by (Flanders,
// the Netherlands, or a municipality's own file). A profile is JSON: sections of parameters,
// each {"value": ..., "source": "..."} so every number carries its source or says it is
// local policy. A file may start from a built-in profile with "extends" and override only
// what differs. Each analysis reads its own section into its own parameter struct.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace agora::gis {

struct ProfileEntry {
  std::string key;  // "capacity.density_ppm2"
  nlohmann::json value;
  std::string source;  // citation, or "local policy"
};

class Profile {
 public:
  // A built-in name ("flanders", "netherlands") or a path to a profile file.
  static Profile load(const std::string& name_or_path);
  // From JSON text; `file` names it in messages.
  static Profile parse(const std::string& text, const std::string& file);

  const std::string& name() const { return name_; }
  const std::string& file() const { return file_; }

  bool has(const std::string& section, const std::string& key) const;
  // The parameter's value; throws agora::Error naming the file and "section.key" when it is
  // missing, not a number, or outside [lo, hi].
  double number(const std::string& section, const std::string& key, double lo, double hi) const;
  std::string text(const std::string& section, const std::string& key) const;
  bool flag(const std::string& section, const std::string& key) const;
  const nlohmann::json& value(const std::string& section, const std::string& key) const;
  std::string source(const std::string& section, const std::string& key) const;

  // Every parameter with its source, in file order, for reports and the assumptions page.
  std::vector<ProfileEntry> entries() const;
  const nlohmann::json& document() const { return doc_; }

 private:
  const nlohmann::json& parameter(const std::string& section, const std::string& key) const;
  std::string name_;
  std::string file_;
  nlohmann::json doc_;
};

// Names of the built-in profiles.
std::vector<std::string> builtin_profiles();

}  // namespace agora::gis
