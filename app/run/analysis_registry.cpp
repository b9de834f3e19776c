#include "app/run/analysis_registry.hpp"

#include <algorithm>

#include "app/run/assess_plugin.hpp"
#include "app/run/crowd_plugin.hpp"
#include "app/run/ramming_plugin.hpp"
#include "sim/core/error.hpp"

namespace agora::run {

const std::vector<AnalysisPlugin>& analysis_plugins() {
  static const std::vector<AnalysisPlugin> plugins = {
      // One line per analysis, in the order they run.
      ramming_plugin(), crowd_plugin(),
      assess_plugin(),  // last: the scorecard reads the ramming and crowd figures
  };
  return plugins;
}

const AnalysisPlugin* find_analysis(std::string_view name) {
  for (const AnalysisPlugin& p : analysis_plugins())
    if (p.name == name) return &p;
  return nullptr;
}

std::vector<const AnalysisPlugin*> analyses_for(const scenario::Scenario& scenario) {
  std::vector<const AnalysisPlugin*> out;
  if (scenario.analyses.empty()) {
    for (const AnalysisPlugin& p : analysis_plugins())
      if (!p.applies || p.applies(scenario)) out.push_back(&p);
    return out;
  }
  ProblemList problems;
  for (const AnalysisPlugin& p : analysis_plugins())
    if (std::find(scenario.analyses.begin(), scenario.analyses.end(), p.name) !=
        scenario.analyses.end())
      out.push_back(&p);
  for (const std::string& name : scenario.analyses) {
    if (!find_analysis(name)) {
      std::string known;
      for (const AnalysisPlugin& k : analysis_plugins())
        known += (known.empty() ? "" : ", ") + k.name;
      problems.add(scenario.file, "scenario", "analyses",
                   "unknown analysis '" + name +
                       "' (this Agora has: " + (known.empty() ? "none yet" : known) + ")");
    }
  }
  problems.throw_if_any();
  return out;
}

}  // namespace agora::run
