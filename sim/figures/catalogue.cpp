#include "sim/figures/catalogue.hpp"

#include <stdexcept>

#include "sim/assess/assess_figures.hpp"
#include "sim/crowd/crowd_figures.hpp"
#include "sim/scenario/scenario_figures.hpp"
#include "sim/vehicle/ramming_figures.hpp"

namespace agora {

std::span<const AnalysisFigures> figure_catalogue() {
  static const AnalysisFigures kCatalogue[] = {
      {"scenario", scenario::scenario_figure_specs()},
      {"ramming", vehicle::ramming_figure_specs()},
      {"assess", assess::assess_figure_specs()},
      {"crowd", crowd::crowd_figure_specs()},
  };
  return kCatalogue;
}

FigureSpecs figures_of(std::string_view analysis) {
  for (const AnalysisFigures& a : figure_catalogue())
    if (a.analysis == analysis) return a.specs;
  return {};
}

const FigureSpec* find_figure(std::string_view key, std::string_view* analysis) {
  for (const AnalysisFigures& a : figure_catalogue())
    if (const FigureSpec* s = find_spec(a.specs, key)) {
      if (analysis) *analysis = a.analysis;
      return s;
    }
  return nullptr;
}

FigureKey FigureKey::of_declared(std::string key) {
  const FigureSpec* spec = find_figure(key);
  if (!spec) throw std::logic_error("no analysis declares the figure '" + key + "'");
  return FigureKey(spec, std::move(key));
}

}  // namespace agora
