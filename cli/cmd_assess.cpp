// agora assess SCENARIO [-o DIR] [--profile NAME|FILE]: the permit officer's checklist. Prints
// the scorecard and writes DIR/assess.json, DIR/assess.gpkg and DIR/distance_to_exit.tif.

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/output_folder.hpp"
#include "app/run/scenario_run.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "gis/layer_writer.hpp"
#include "gis/profile.hpp"
#include "gis/table_writer.hpp"
#include "report/assess_text.hpp"
#include "sim/assess/assess.hpp"

namespace agora::cli {

namespace {

std::string num(double v, int digits) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(digits) << v;
  return s.str();
}

std::string joined(const std::vector<std::string>& items, const char* none) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out.empty() ? none : out;
}

void print_assessment(std::ostream& out, const run::RunResult& run, const assess::AssessResult& r,
                      const std::string& profile) {
  const auto& s = run.loaded.scenario;
  const auto& c = r.capacity;
  out << "Assessment of " << s.name << " (profile " << profile << ")\n\n";
  out << "capacity        " << num(c.capacity, 0) << " persons, limited by the " << c.limited_by
      << " (area " << num(c.area_capacity, 0) << ", exits " << num(c.exit_capacity, 0)
      << "); peak attendance " << c.attendance << " = " << num(100.0 * c.utilisation, 0)
      << " %: " << crowd::to_string(c.verdict) << "\n";
  if (c.exit_rules.applied)
    out << "exit rules      " << c.exit_rules.exits_counted << " exits ("
        << c.exit_rules.exits_required << " needed), " << num(c.exit_rules.width_total_m, 1)
        << " m wide (" << num(c.exit_rules.width_required_m, 1)
        << " m needed): " << c.exit_rules.failures() << " rule(s) failed\n";
  out << "to the exits    at most " << num(r.distance_to_exit.max_m, 1) << " m walking; "
      << num(r.distance_to_exit.area_beyond_m2, 0) << " m² beyond the limit, "
      << num(r.distance_to_exit.area_unreachable_m2, 0) << " m² reaching no exit\n";
  out << "egress          " << num(r.egress.total_s, 0) << " s for " << num(r.egress.persons, 0)
      << " people (" << num(r.egress.persons_rebalanced, 0) << " sent past their nearest exit)\n";
  out << "fire access     " << num(r.access.unreachable_m2, 0) << " of "
      << num(r.access.event_area_m2, 0) << " m² out of reach in " << r.access.parts.size()
      << " part(s); " << r.access.facades_unreachable << " of " << r.access.facades.size()
      << " façades\n";
  for (const auto& p : r.access.parts)
    if (p.blocking)
      out << "                  " << num(p.area_m2, 0) << " m², " << access::to_string(p.reason)
          << " at (" << num(p.blocking->pos.x, 1) << ", " << num(p.blocking->pos.y, 1) << ")"
          << (p.blocking->clear_width_m > 0 ? ", " + num(p.blocking->clear_width_m, 2) + " m clear"
                                            : "")
          << (p.blocking->between.empty() ? "" : ", between " + p.blocking->between) << "\n";
  if (r.noise_assessed)
    out << "noise           " << r.noise.receivers.size() << " façade receivers; "
        << r.noise.dwellings_over_limit << " dwellings over " << num(r.facade_limit.limit_dba, 0)
        << " dB(A) (loudest " << num(r.noise.max_dwelling_dba, 1) << "); audience "
        << num(r.noise.audience_dba, 1) << " dB(A), VLAREM category " << r.noise.audience_category
        << "\n";
  out << "mobility        " << r.mobility.closures.size() << " road closure(s), longest detour "
      << num(r.mobility.max_detour_m, 0) << " m; " << r.mobility.households_estimate
      << " households within reach; " << r.mobility.parking.size() << " parking, "
      << r.mobility.stops.size() << " stops affected\n\n";

  const report::Strings en("en");
  out << "Scorecard\n";
  for (const assess::ScoreRow& row : r.scorecard.rows) {
    out << "  " << std::left << std::setw(38) << report::criterion_title(row, en) << std::setw(13)
        << assess::to_string(row.rating) << std::setw(12)
        << (row.value ? num(*row.value, 2) : std::string("-"))
        << (row.value ? report::criterion_rule(row, en) : report::criterion_reason(row, en)) << "\n"
        << "  " << std::setw(38) << ""
        << "source: " << row.source << "\n";
  }
  out << "  overall: " << assess::to_string(r.scorecard.overall) << " (weighted index "
      << num(r.scorecard.index, 2) << ")\n\nRisk matrix (likelihood × consequence)\n";
  for (const assess::RiskRow& h : r.risk.rows) {
    out << "  " << std::left << std::setw(22) << report::hazard_title(h, en);
    if (h.assessed)
      out << h.likelihood << " × " << h.consequence << " = " << std::setw(4) << h.score
          << std::setw(10) << assess::to_string(h.band) << report::risk_basis(h, r.scorecard, en)
          << "\n";
    else
      out << "not assessed (" << report::risk_basis(h, r.scorecard, en) << ")\n";
  }
  const assess::Classification& k = r.classification;
  out << "\nClassification\n  Netherlands: class " << k.nl_class
      << (k.overridden && k.nl_class != k.nl_class_computed
              ? " (computed " + k.nl_class_computed + ")"
              : "")
      << "; advice from " << joined(k.nl_advisors, "no service")
      << "\n  Belgium: " << (k.belgian_risk_event ? "risk event" : "not a risk event")
      << (k.overridden && k.belgian_risk_event != k.belgian_risk_event_computed
              ? std::string(" (computed: ") +
                    (k.belgian_risk_event_computed ? "risk event" : "not a risk event") + ")"
              : "")
      << "; disciplines to advise: " << joined(k.disciplines, "none") << "\n";
  if (k.overridden)
    out << "  Overridden by " << (k.override_by.empty() ? "the officer" : k.override_by) << ": "
        << k.override_reason << "\n";
}

}  // namespace

void register_assess(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "assess",
      "Capacity, egress, fire access, noise, mobility: the liveability scorecard, risk matrix "
      "and event class");
  struct Args {
    std::string scenario, out = "out", profile, nl_class, risk_event, reason, by;
    bool no_ramming = false;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("SCENARIO", a->scenario, "scenario.json")->required();
  cmd->add_option("-o,--output", a->out, "Output folder")->capture_default_str();
  cmd->add_option(
      "--profile", a->profile,
      "Profile: built-in name (flanders, netherlands) or a file; default: the scenario's");
  cmd->add_option("--override-class", a->nl_class,
                  "Officer's Dutch class (A, B or C), replacing the computed one");
  cmd->add_option("--override-risk-event", a->risk_event,
                  "Officer's Belgian risk-event answer (yes or no)");
  cmd->add_option("--override-reason", a->reason,
                  "Why the officer overrides (required with an override)");
  cmd->add_option("--override-by", a->by, "Who overrides");
  cmd->add_flag(
      "--no-ramming", a->no_ramming,
      "Do not run the vehicle-ramming analysis first (its criterion is then not assessed)");
  cmd->callback([&ctx, a] {
    ctx.exit_code = guarded([&] {
      gis::LoadedScenario loaded = gis::load_scenario(a->scenario);
      print_warnings(std::cerr, loaded.warnings);
      scenario::Scenario& s = loaded.scenario;
      if (!a->profile.empty()) s.profile = a->profile;
      if (!a->nl_class.empty() || !a->risk_event.empty()) {
        scenario::ClassificationOverride o;
        if (!a->nl_class.empty() && a->nl_class != "A" && a->nl_class != "B" && a->nl_class != "C")
          throw Error("", "command line", "--override-class",
                      "expected A, B or C, got '" + a->nl_class + "'");
        o.nl_class = a->nl_class;
        if (a->risk_event == "yes")
          o.belgian_risk_event = true;
        else if (a->risk_event == "no")
          o.belgian_risk_event = false;
        else if (!a->risk_event.empty())
          throw Error("", "command line", "--override-risk-event",
                      "expected yes or no, got '" + a->risk_event + "'");
        if (a->reason.empty())
          throw Error("", "command line", "--override-reason",
                      "an override needs its reason recorded");
        o.reason = a->reason;
        o.by = a->by;
        s.classification_override = o;
      } else if (!a->reason.empty()) {
        throw Error("", "command line", "--override-reason",
                    "given without --override-class or --override-risk-event");
      }
      // The scorecard uses the ramming figures when that analysis exists and may run.
      s.analyses = {"assess"};
      if (!a->no_ramming && run::find_analysis("ramming"))
        s.analyses.insert(s.analyses.begin(), "ramming");
      const gis::Profile profile = gis::Profile::load(s.profile);
      const run::RunResult result = run::run_scenario(std::move(loaded));
      const run::AnalysisOutput* out = result.output("assess");
      const auto* r = out ? std::any_cast<assess::AssessResult>(&out->detail) : nullptr;
      if (!r) throw std::runtime_error("the assessment produced no result");
      for (const Problem& w : out->warnings) std::cerr << "warning: " << w.to_string() << "\n";

      app::OutputFolder folder(a->out, app::scenario_inputs(result.loaded.scenario));
      const std::string crs = result.loaded.city->stats.target_crs;
      run::write_analysis_files(result, *out, folder.staging().string());
      gis::write_geopackage((folder.staging() / "assess.gpkg").string(), out->layers, crs,
                            result.provenance);
      for (const run::RasterLayer& raster : out->rasters)
        gis::write_geotiff((folder.staging() / (raster.name + ".tif")).string(), raster.grid, crs,
                           raster.nodata, raster.description, result.provenance);
      folder.publish();
      print_assessment(std::cout, result, *r, profile.name());
      if (result.loaded.city->stats.from_osm)
        std::cout << "\nMap data © OpenStreetMap contributors (ODbL).\n";
      std::cout << "wrote " << a->out << "/assess.json, assess.gpkg, distance_to_exit.tif\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
