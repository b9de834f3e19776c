#include "gui/overlay/describe.hpp"

#include <map>
#include <set>

#include "gui/overlay/overlays.hpp"

namespace agora::gui {

FeatureDescription describe_feature(const FeatureLayer& layer, const Feature& f) {
  FeatureDescription d;
  // Classes: prefixes C of fields "C_verdict" (other than a whole-feature "worst_verdict").
  std::vector<std::string> classes;
  for (const FieldDef& def : layer.fields)
    if (def.name.ends_with("_verdict") && def.name != "worst_verdict")
      classes.push_back(def.name.substr(0, def.name.size() - std::string("_verdict").size()));
  auto value = [&](const std::string& name) -> std::string {
    const int k = layer.field_index(name);
    return k < 0 || static_cast<std::size_t>(k) >= f.values.size()
               ? ""
               : value_text(f.values[static_cast<std::size_t>(k)]);
  };
  std::set<std::string> grouped;
  for (const std::string& c : classes) {
    for (const FieldDef& def : layer.fields)
      if (def.name.starts_with(c + "_")) grouped.insert(def.name);
    if (value(c + "_reachable") == "no") {
      d.class_lines.push_back(c + ": cannot reach this crossing");
      continue;
    }
    std::string line = c + ": ";
    const std::string lo = value(c + "_speed_low_kmh"), hi = value(c + "_speed_high_kmh");
    if (!hi.empty() && hi != "—")
      line += (lo.empty() || lo == "—" || lo == hi ? hi : lo + "–" + hi) + " km/h";
    const std::string e = value(c + "_energy_kj");
    if (!e.empty() && e != "—") line += ", " + e + " kJ";
    line += ", " + value(c + "_verdict");
    const std::string barrier = value(c + "_barrier");
    if (!barrier.empty() && barrier != "—") line += " (" + barrier + ")";
    const std::string people = value(c + "_people_exposed");
    if (!people.empty() && people != "—" && people != "0")
      line += ", " + people + " people exposed";
    d.class_lines.push_back(line);
  }
  for (std::size_t i = 0; i < layer.fields.size() && i < f.values.size(); ++i)
    if (!grouped.count(layer.fields[i].name))
      d.lines.push_back(layer.fields[i].name + ": " + value_text(f.values[i]));
  return d;
}

}  // namespace agora::gui
