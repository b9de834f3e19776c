// app/run/analysis_registry.*: the analyses a run knows, each declaring the figures it writes.

#include <catch2/catch.hpp>
#include <set>

#include "app/run/analysis_registry.hpp"
#include "sim/figures/catalogue.hpp"

using namespace agora;

TEST_CASE(
    "every analysis of the registry declares its figures, and every declaration has its analysis",
    "[app][figures]") {
  std::set<std::string> plugins, declared;
  for (const run::AnalysisPlugin& p : run::analysis_plugins()) {
    plugins.insert(p.name);
    CHECK_FALSE(figures_of(p.name).empty());
  }
  for (const AnalysisFigures& a : figure_catalogue())
    if (a.analysis != "scenario") declared.insert(std::string(a.analysis));
  CHECK(plugins == declared);
  CHECK(plugins == std::set<std::string>{"ramming", "assess", "crowd"});
}
