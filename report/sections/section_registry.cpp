#include "report/sections/section_registry.hpp"

namespace agora::report {

const std::vector<SectionPlugin>& section_plugins() {
  static const std::vector<SectionPlugin> plugins = {
      ramming_section(),
      assess_section(),
      crowd_section(),
  };
  return plugins;
}

const SectionPlugin* find_section_plugin(std::string_view analysis) {
  for (const SectionPlugin& p : section_plugins())
    if (p.analysis == analysis) return &p;
  return nullptr;
}

}  // namespace agora::report
