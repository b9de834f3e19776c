// agora ramming SCENARIO [-o DIR] [--classes M1,N1,...] [--radius-m 1000] [--vehicles FILE]:
// the vehicle-ramming analysis alone. Prints the crossings ranked by worst exposure and
// writes DIR/ramming.gpkg (crossings, run-up paths, edge speeds, with the perimeter and
// barriers for context) and DIR/ramming.csv (one row per crossing and class).

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <tuple>

#include "app/output_folder.hpp"
#include "app/run/ramming_plugin.hpp"
#include "app/run/scenario_run.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "gis/layer_writer.hpp"
#include "gis/provenance.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/table_writer.hpp"
#include "report/strings.hpp"
#include "sim/vehicle/ramming_output.hpp"

namespace agora::cli {

namespace {

constexpr std::size_t kTableRows = 25;

// Characters, not bytes: street names carry ß, ä, –.
std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

// s cut to n characters (with an ellipsis) and padded to n, left or right aligned.
std::string cell(const std::string& s, std::size_t n, bool right = false) {
  std::string out;
  if (width(s) <= n) {
    out = s;
  } else {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars == n) break;
      out += s[i];
    }
    out += "…";
  }
  const std::string pad(n - std::min(n, width(out)), ' ');
  return right ? pad + out : out + pad;
}

std::string fixed0(double v) {
  std::ostringstream o;
  o << std::fixed << std::setprecision(0) << v;
  return o.str();
}

void print_table(std::ostream& out, const vehicle::RammingResult& r) {
  using vehicle::verdict_key;
  out << "Crossings ranked by worst exposure (" << r.crossings.size()
      << " crossing points; classes";
  for (const auto& c : r.classes) out << ' ' << c.code;
  out << "). Per crossing the class that exposes most people, then the worst verdict of any "
         "class:\n";
  out << cell("id", 5) << cell("crossing", 24) << cell("class", 6) << cell("km/h", 10, true)
      << cell("kJ", 8, true) << "  " << cell("verdict", 13) << cell("barrier", 24)
      << cell("entry", 6, true) << cell("people", 7, true) << "  worst\n";
  const std::vector<std::size_t> order = vehicle::crossings_by_exposure(r);
  for (std::size_t i = 0; i < order.size() && i < kTableRows; ++i) {
    const vehicle::CrossingResult& c = r.crossings[order[i]];
    auto exposure_key = [](const vehicle::ClassAtCrossing& k) {
      return std::make_tuple(k.exposure.people, vehicle::verdict_severity(k.verdict),
                             k.speed.high_kmh);
    };
    auto verdict_key_of = [](const vehicle::ClassAtCrossing& k) {
      return std::make_tuple(vehicle::verdict_severity(k.verdict), k.exposure.people,
                             k.speed.high_kmh);
    };
    const vehicle::ClassAtCrossing *shown = nullptr, *worst = nullptr;
    for (const auto& a : c.classes) {
      if (!a.reachable) continue;
      if (!shown || exposure_key(a) > exposure_key(*shown)) shown = &a;
      if (!worst || verdict_key_of(a) > verdict_key_of(*worst)) worst = &a;
    }
    if (!shown) continue;
    const std::string band = fixed0(shown->speed.low_kmh) + "–" + fixed0(shown->speed.high_kmh);
    const std::string barrier =
        shown->guard >= 0 ? r.guards[static_cast<std::size_t>(shown->guard)].name : "-";
    const std::string entry =
        shown->exposure.reaches_crowd ? fixed0(shown->exposure.entry_speed_kmh) : "-";
    out << cell(std::to_string(c.id), 5) << cell(c.label, 24) << cell(shown->vehicle_class, 6)
        << cell(band, 10, true) << cell(fixed0(shown->energy_kj), 8, true) << "  "
        << cell(verdict_key(shown->verdict), 13) << cell(barrier, 24) << cell(entry, 6, true)
        << cell(fixed0(shown->exposure.people), 7, true) << "  " << verdict_key(worst->verdict)
        << " (" << worst->vehicle_class << ")\n";
  }
  if (order.size() > kTableRows)
    out << "... " << order.size() - kTableRows << " more in ramming.csv\n";
}

void print_figures(std::ostream& out, const run::AnalysisOutput& o) {
  for (const auto& [key, value] : o.figures.entries()) {
    if (key.starts_with("ramming.model.")) continue;
    out << "  " << key << " = ";
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::monostate>)
            out << "-";
          else if constexpr (std::is_same_v<T, double>)
            out << std::fixed << std::setprecision(1) << v;
          else if constexpr (std::is_same_v<T, bool>)
            out << (v ? "true" : "false");
          else
            out << v;
        },
        value);
    out << "\n";
  }
}

}  // namespace

void register_ramming(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("ramming",
                                 "Hostile vehicle approach: speeds at every perimeter crossing, "
                                 "barrier verdicts, crowd exposure");
  struct Args {
    std::string scenario, out = "out", classes, vehicles;
    double radius_m = 0.0;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("SCENARIO", a->scenario, "scenario.json")->required();
  cmd->add_option("-o,--output", a->out, "Output folder")->capture_default_str();
  cmd->add_option("--classes", a->classes,
                  "Vehicle classes to assess, e.g. M1,N1 (default: the scenario's, else all)");
  cmd->add_option("--radius-m", a->radius_m,
                  "Search radius around the perimeter in metres (default: the scenario's)");
  cmd->add_option("--vehicles", a->vehicles,
                  "Vehicle class table (CSV, columns of data/vehicles/classes.csv)");
  cmd->callback([&ctx, a] {
    ctx.exit_code = guarded([&] {
      gis::LoadedScenario loaded = gis::load_scenario(a->scenario);
      print_warnings(std::cerr, loaded.warnings);
      scenario::Scenario& s = loaded.scenario;
      if (!a->classes.empty()) s.vehicle_classes = split_list(a->classes);
      if (a->radius_m != 0.0) {
        if (!(a->radius_m >= 10.0 && a->radius_m <= 20000.0))
          throw Error("", "command line", "--radius-m",
                      "expected 10 to 20000 m, got " + std::to_string(a->radius_m));
        s.ramming_radius_m = a->radius_m;
      }
      if (!a->vehicles.empty()) s.vehicles_path = a->vehicles;
      const city::CityModel& city = *loaded.city;
      const run::AnalysisPlugin* plugin = run::find_analysis("ramming");
      run::AnalysisOutput out = plugin->run(run::RunContext{s, city, nullptr, {}});
      print_warnings(std::cerr, out.warnings);
      const auto& result = std::any_cast<const vehicle::RammingResult&>(out.detail);

      namespace fs = std::filesystem;
      app::OutputFolder folder(a->out, app::scenario_inputs(s));
      std::vector<FeatureLayer> layers = out.layers;
      for (FeatureLayer& l : run::layout_layers(s.layout))
        if (l.name == "layout_perimeter" || l.name == "layout_crowd_zones" ||
            l.name == "layout_barriers" || l.name == "layout_emergency_gates")
          layers.push_back(std::move(l));
      gis::write_geopackage((folder.staging() / "ramming.gpkg").string(), layers,
                            city.stats.target_crs, gis::provenance_for(s, city));
      run::RunResult rr;
      rr.loaded = std::move(loaded);
      out.analysis = plugin->name;
      run::write_analysis_files(rr, out, folder.staging().string());
      folder.publish();

      print_table(std::cout, result);
      std::cout << "\nFigures:\n";
      print_figures(std::cout, out);
      std::cout << "\nAssumptions:\n";
      const report::Strings en("en");
      for (const Statement& line : out.assumptions) std::cout << "  - " << en.say(line) << "\n";
      if (city.stats.from_osm) std::cout << "Map data " << gis::kOsmAttribution << " (ODbL).\n";
      std::cout << "wrote " << a->out << "/ramming.gpkg, " << a->out << "/ramming.csv\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
