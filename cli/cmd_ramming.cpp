// agora ramming SCENARIO [-o DIR] [--classes M1,N1,...] [--radius-m 1000] [--vehicles FILE]:
// the vehicle-ramming analysis alone. Prints the crossings ranked by worst exposure and
// writes DIR/ramming.gpkg (crossings, run-up paths, edge speeds, with the perimeter and
// barriers for context) and DIR/ramming.csv (one row per crossing and class).

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <tuple>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "gis/layer_writer.hpp"
#include "gis/provenance.hpp"
#include "gis/run/ramming_plugin.hpp"
#include "gis/run/scenario_run.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/table_writer.hpp"
#include "sim/vehicle/ramming_output.hpp"

namespace agora::cli {

namespace {

constexpr std::size_t kTableRows = 25;

std::vector<std::string> split_codes(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    while (!item.empty() && item.back() == ' ') item.pop_back();
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

std::string cut(const std::string& s, std::size_t n) { return s.size() <= n ? s : s.substr(0, n - 1) + "…"; }

void print_table(std::ostream& out, const vehicle::RammingResult& r) {
  using vehicle::verdict_key;
  out << "Crossings ranked by worst exposure (" << r.crossings.size() << " crossing points; classes";
  for (const auto& c : r.classes) out << ' ' << c.code;
  out << "):\n";
  out << std::left << std::setw(5) << "id" << std::setw(26) << "crossing" << std::setw(6) << "class" << std::right
      << std::setw(13) << "speed km/h" << std::setw(9) << "kJ" << "  " << std::left << std::setw(14) << "verdict"
      << std::setw(22) << "barrier" << std::right << std::setw(10) << "entry" << std::setw(8) << "people" << "\n";
  const std::vector<std::size_t> order = vehicle::crossings_by_exposure(r);
  for (std::size_t i = 0; i < order.size() && i < kTableRows; ++i) {
    const vehicle::CrossingResult& c = r.crossings[order[i]];
    // The class behind the crossing's worst verdict, then its largest exposure, then speed.
    const vehicle::ClassAtCrossing* worst = nullptr;
    auto key = [](const vehicle::ClassAtCrossing& k) {
      return std::make_tuple(vehicle::verdict_severity(k.verdict), k.exposure.people, k.speed.high_kmh);
    };
    for (const auto& a : c.classes)
      if (a.reachable && (!worst || key(a) > key(*worst))) worst = &a;
    if (!worst) continue;
    std::ostringstream band;
    band << std::fixed << std::setprecision(0) << worst->speed.low_kmh << "–" << worst->speed.high_kmh;
    const std::string barrier = worst->guard >= 0 ? r.guards[static_cast<std::size_t>(worst->guard)].name : "-";
    out << std::left << std::setw(5) << c.id << std::setw(26) << cut(c.label, 25) << std::setw(6) << worst->vehicle_class
        << std::right << std::setw(15) << band.str() << std::setw(9) << std::fixed << std::setprecision(0)
        << worst->energy_kj << "  " << std::left << std::setw(14) << verdict_key(worst->verdict) << std::setw(22)
        << cut(barrier, 21) << std::right << std::setw(10);
    if (worst->exposure.reaches_crowd) out << std::setprecision(0) << worst->exposure.entry_speed_kmh;
    else out << "-";
    out << std::setw(8) << std::setprecision(0) << worst->exposure.people << "\n";
  }
  if (order.size() > kTableRows) out << "... " << order.size() - kTableRows << " more in ramming.csv\n";
}

void print_figures(std::ostream& out, const run::AnalysisOutput& o) {
  for (const auto& [key, value] : o.figures.entries()) {
    if (key.starts_with("ramming.model.")) continue;
    out << "  " << key << " = ";
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::monostate>) out << "-";
          else if constexpr (std::is_same_v<T, double>) out << std::fixed << std::setprecision(1) << v;
          else if constexpr (std::is_same_v<T, bool>) out << (v ? "true" : "false");
          else out << v;
        },
        value);
    out << "\n";
  }
}

}  // namespace

void register_ramming(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "ramming", "Hostile vehicle approach: speeds at every perimeter crossing, barrier verdicts, crowd exposure");
  struct Args {
    std::string scenario, out = "out", classes, vehicles;
    double radius_m = 0.0;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("SCENARIO", a->scenario, "scenario.json")->required();
  cmd->add_option("-o,--output", a->out, "Output folder")->capture_default_str();
  cmd->add_option("--classes", a->classes, "Vehicle classes to assess, e.g. M1,N1 (default: the scenario's, else all)");
  cmd->add_option("--radius-m", a->radius_m, "Search radius around the perimeter in metres (default: the scenario's)");
  cmd->add_option("--vehicles", a->vehicles, "Vehicle class table (CSV, columns of data/vehicles/classes.csv)");
  cmd->callback([&ctx, a] {
    ctx.exit_code = guarded([&] {
      gis::LoadedScenario loaded = gis::load_scenario(a->scenario);
      print_warnings(std::cerr, loaded.warnings);
      scenario::Scenario& s = loaded.scenario;
      if (!a->classes.empty()) s.vehicle_classes = split_codes(a->classes);
      if (a->radius_m != 0.0) {
        if (!(a->radius_m >= 10.0 && a->radius_m <= 20000.0))
          throw Error("", "command line", "--radius-m", "expected 10 to 20000 m, got " + std::to_string(a->radius_m));
        s.ramming_radius_m = a->radius_m;
      }
      if (!a->vehicles.empty()) s.vehicles_path = a->vehicles;
      const city::CityModel& city = *loaded.city;
      const run::AnalysisPlugin* plugin = run::find_analysis("ramming");
      run::AnalysisOutput out = plugin->run(run::RunContext{s, city, nullptr, {}});
      print_warnings(std::cerr, out.warnings);
      const auto& result = std::any_cast<const vehicle::RammingResult&>(out.detail);

      namespace fs = std::filesystem;
      fs::create_directories(a->out);
      std::vector<FeatureLayer> layers = out.layers;
      for (FeatureLayer& l : run::layout_layers(s.layout))
        if (l.name == "layout_perimeter" || l.name == "layout_crowd_zones" || l.name == "layout_barriers" ||
            l.name == "layout_emergency_gates")
          layers.push_back(std::move(l));
      gis::write_geopackage((fs::path(a->out) / "ramming.gpkg").string(), layers, city.stats.target_crs,
                            gis::provenance_for(s, city));
      const vehicle::RammingTable table = vehicle::ramming_table(result);
      gis::write_csv_file((fs::path(a->out) / "ramming.csv").string(), table.header, table.rows);

      print_table(std::cout, result);
      std::cout << "\nFigures:\n";
      print_figures(std::cout, out);
      std::cout << "\nAssumptions:\n";
      for (const std::string& line : out.assumptions) std::cout << "  - " << line << "\n";
      if (city.stats.from_osm) std::cout << "Map data " << gis::kOsmAttribution << " (ODbL).\n";
      std::cout << "wrote " << a->out << "/ramming.gpkg, " << a->out << "/ramming.csv\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
