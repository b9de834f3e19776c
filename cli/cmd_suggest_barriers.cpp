// agora suggest-barriers SCENARIO [--classes M1,N3] [--budget EUR] [--prices FILE] -o DIR:
// prints the bill of quantities, what protects each crossing and what stays exposed, and
// writes the variant (DIR/scenario.json + layout.geojson, which the editor opens) with its
// tables.

#include "cli/cmd_suggest_barriers.hpp"

#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/suggest/suggest_barriers.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "gis/layer_writer.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/text_file.hpp"
#include "report/report.hpp"
#include "report/sections/suggestion_section.hpp"

namespace agora::cli {

namespace {

std::string eur(double v) {
  std::ostringstream o;
  const long long n = std::llround(v);
  std::string digits = std::to_string(std::llabs(n));
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
    digits.insert(static_cast<std::size_t>(i), " ");
  o << (n < 0 ? "-" : "") << digits << " EUR";
  return o.str();
}

std::string fixed(double v, int p) {
  std::ostringstream o;
  o << std::fixed << std::setprecision(p) << v;
  return o.str();
}

void print(std::ostream& out, const suggest::SuggestRun& run) {
  const barriers::Suggestion& s = run.suggestion;
  out << "Barrier suggestion for classes";
  for (const std::string& c : run.classes) out << ' ' << c;
  out << ": " << s.candidate_lines << " candidate lines, " << s.candidate_options
      << " line options, " << s.run_ups << " run-ups, " << s.rounds
      << " rounds of solving and judging, " << fixed(run.seconds_to_optimum, 1)
      << " s to the optimum.\n\nBill of quantities:\n";
  for (const barriers::BillLine& b : s.bill)
    out << "  " << b.count << " × " << b.product << " (" << b.catalogue_id << ", " << b.unit
        << ") at " << eur(b.unit_price_eur) << " = " << eur(b.total_eur)
        << "   price: " << b.price_source << "\n";
  out << "  total " << eur(s.total_eur) << (s.within_budget ? "" : " (over the budget)") << "\n";
  out << "Planner's layout: " << run.planner.barriers << " barriers, " << eur(run.planner.cost_eur)
      << ", " << run.planner.crossings_adequate << " of " << run.planner.crossings
      << " crossings adequate by rating.\n";
  out << "\nCrossings (" << s.crossings.size() << "):\n";
  for (const barriers::CrossingOutcome& c : s.crossings) {
    out << "  " << c.label << " (" << fixed(c.pos.x, 1) << ", " << fixed(c.pos.y, 1) << "): ";
    if (c.adequate)
      out << "adequate, " << c.protected_by << ": " << c.why << "\n";
    else
      out << vehicle::verdict_text(c.verdict) << " for " << c.worst_class
          << (c.unprotectable ? " (no candidate holds)" : "") << ", " << fixed(c.people_exposed, 0)
          << " people exposed\n";
  }
  if (!s.pareto.empty()) {
    out << "\nCost against people still exposed (Pareto front):\n";
    for (const barriers::ParetoPoint& p : s.pareto)
      out << "  " << eur(p.cost_eur) << "  " << fixed(p.people_exposed, 0) << " people exposed, "
          << p.mouths_protected << " approaches protected\n";
  }
  out << "\nFire access on the suggestion: " << fixed(run.access.unreachable_m2, 0)
      << " m² of the event area not reached ("
      << "planner's layout: " << fixed(run.access_planner.unreachable_m2, 0) << " m²), "
      << run.access.facades_unreachable << " façades not reached.\n";
  out << (s.full_protection ? "Every crossing is adequate by rating for the classes (judged by the "
                              "ramming analysis).\n"
                            : "Not every crossing is adequate by rating: see above.\n");
  out << "Prices are illustrative or assumptions as each line says; the suggestion is a starting "
         "point for the "
         "planner, not a design.\n";
}

}  // namespace

void register_suggest_barriers(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "suggest-barriers",
      "The cheapest set of catalogue barrier products that makes every approach adequate, "
      "with exits and fire access kept");
  struct Args {
    std::string scenario, out, classes, prices, budget, lang = "en";
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("SCENARIO", a->scenario, "scenario.json")->required();
  cmd->add_option("-o,--output", a->out, "Output folder for the variant and its tables")
      ->required();
  cmd->add_option("--classes", a->classes,
                  "Vehicle classes to stop, e.g. M1,N3 (default: the scenario's, else all)");
  cmd->add_option("--budget", a->budget,
                  "Budget in EUR; below full protection: the cost/exposure front");
  cmd->add_option("--prices", a->prices, "Price list (CSV, columns of data/barriers/prices.csv)");
  cmd->add_option("--lang", a->lang, "Language of suggestion.html: en or nl")
      ->capture_default_str();
  cmd->callback([&ctx, a] {
    ctx.exit_code = guarded([&] {
      suggest::SuggestRequest req;
      req.classes = split_list(a->classes);
      req.prices_path = a->prices;
      if (!a->budget.empty()) {
        std::size_t used = 0;
        double v = -1.0;
        try {
          v = std::stod(a->budget, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != a->budget.size() || !(v >= 0.0) || !std::isfinite(v))
          throw Error("", "command line", "--budget",
                      "expected a budget in EUR of 0 or more, got '" + a->budget + "'");
        req.budget_eur = v;
      }
      const report::Strings tr(a->lang);
      gis::LoadedScenario loaded = gis::load_scenario(a->scenario);
      print_warnings(std::cerr, loaded.warnings);
      suggest::check_output_folder(loaded.scenario, a->out);
      const suggest::SuggestRun run = suggest::run_suggestion(loaded, req);
      suggest::write_suggestion(loaded, run, a->out);
      const report::SuggestionReport rep{run.suggestion,
                                         run.classes,
                                         run.planner.barriers,
                                         run.planner.cost_eur,
                                         run.planner.barriers_without_cost,
                                         run.planner.crossings,
                                         run.planner.crossings_adequate,
                                         run.planner.people_exposed,
                                         run.access.unreachable_m2,
                                         run.access_planner.unreachable_m2,
                                         run.seconds_to_optimum};
      const std::string name =
          loaded.scenario.event.name.empty() ? loaded.scenario.name : loaded.scenario.event.name;
      gis::write_text_file_atomic(std::filesystem::path(a->out) / "suggestion.html",
                                  report::render_html(report::suggestion_document(rep, name, tr)));
      print(std::cout, run);
      if (loaded.city->stats.from_osm)
        std::cout << "Map data " << gis::kOsmAttribution << " (ODbL).\n";
      std::cout << "wrote " << a->out
                << "/scenario.json, layout.geojson, barriers.geojson, bill_of_quantities.csv, "
                << "crossings.csv, suggestion.json, suggestion.html"
                << (run.suggestion.pareto.empty() ? "" : ", pareto.csv") << "\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
