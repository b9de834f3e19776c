// agora run SCENARIO -o DIR: every analysis the scenario asks for, with summary.json,
// results.gpkg (city, layout and analysis layers), rasters and the permit report in DIR.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "app/output_folder.hpp"
#include "app/report_files.hpp"
#include "app/run/scenario_run.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "cli/interrupt.hpp"
#include "gis/layer_writer.hpp"
#include "gis/provenance.hpp"
#include "gis/scenario_reader.hpp"
#include "report/strings.hpp"
#include "sim/city/city_layers.hpp"

namespace agora::cli {

namespace {

void print_summary(std::ostream& out, const run::RunResult& r) {
  const auto& s = r.loaded.scenario;
  const auto& city = *r.loaded.city;
  const report::Strings en("en");
  out << std::fixed << std::setprecision(1);
  out << "scenario:   " << s.name << "\n"
      << "event:      " << s.event.name << " (" << s.event.type << ", " << s.event.days.size()
      << " days, peak " << s.event.attendance_peak << " people)\n"
      << "map:        " << city.stats.source_file << " -> " << city.stats.target_crs << ": "
      << city.edges.size() << " road edges (" << city.vehicle_passable_length_m() / 1000.0
      << " km vehicle-passable), " << city.buildings.size() << " buildings, "
      << city.open_areas.size() << " open areas\n"
      << "layout:     " << s.layout.feature_count() << " features; perimeter "
      << bg::area(s.layout.perimeter_area()) << " m², " << s.layout.exits.size() << " exits, "
      << s.layout.stalls.size() << " stalls, " << s.layout.barriers.size() << " barriers\n";
  for (const auto& o : r.outputs) {
    out << o.analysis << " (" << o.figures.entries().size() << " figures, " << std::setprecision(2)
        << o.seconds << " s):\n"
        << std::setprecision(1);
    for (const Statement& line : o.headline) out << "  " << en.say(line) << "\n";
    for (const auto& w : o.warnings) out << "  warning: " << w.to_string() << "\n";
  }
  if (city.stats.from_osm) out << "Map data © OpenStreetMap contributors (ODbL).\n";
}

// Progress of the analyses on stderr: each analysis's first message on a line of its own (the
// crowd simulation's: agents and estimated time), then updates on one line when stderr is a
// terminal, else a line every ten seconds.
class RunProgress {
 public:
  RunProgress() : tty_(isatty(fileno(stderr)) != 0) {}
  void operator()(const std::string& analysis, double, std::string_view text) {
    const auto now = std::chrono::steady_clock::now();
    if (analysis != current_) {
      finish();
      current_ = analysis;
      last_ = now;
      std::cerr << analysis << ": " << text << "\n" << std::flush;
      return;
    }
    if (std::chrono::duration<double>(now - last_).count() < (tty_ ? 0.25 : 10.0)) return;
    last_ = now;
    open_line_ = tty_;
    std::cerr << (tty_ ? "\r" : "") << analysis << ": " << text << (tty_ ? "    " : "\n")
              << std::flush;
  }
  void finish() {
    if (open_line_) std::cerr << "\n";
    open_line_ = false;
  }

 private:
  bool tty_;
  bool open_line_ = false;
  std::string current_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

void register_run(CLI::App& app, CommandContext& ctx) {
  auto* cmd =
      app.add_subcommand("run", "Run every analysis a scenario asks for and write its results");
  struct Args {
    std::string scenario, out = "out";
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("SCENARIO", a->scenario, "scenario.json")->required();
  cmd->add_option("-o,--output", a->out, "Output folder")->capture_default_str();
  cmd->callback([&ctx, a] {
    ctx.exit_code = guarded([&] {
      gis::LoadedScenario loaded = gis::load_scenario(a->scenario);
      print_warnings(std::cerr, loaded.warnings);
      // Before the run: a folder that cannot be created or is locked fails at once.
      app::OutputFolder folder(a->out, app::scenario_inputs(loaded.scenario));
      run::RunOptions options;
      options.threads = run::machine_threads();
      options.cancel = &interrupt_flag();
      auto progress = std::make_shared<RunProgress>();
      options.progress = [progress](const std::string& analysis, double f, std::string_view t) {
        (*progress)(analysis, f, t);
      };
      const run::RunResult result = run::run_scenario(std::move(loaded), options);
      progress->finish();
      if (interrupted()) {
        std::cerr << "cancelled (Ctrl-C): nothing written to " << a->out << "\n";
        return 130;
      }
      const auto& city = *result.loaded.city;
      const std::string stage = folder.staging().string();
      gis::write_geopackage((folder.staging() / "city.gpkg").string(), city::city_layers(city),
                            city.stats.target_crs, gis::provenance_for(city));
      const std::vector<std::string> written =
          run::write_run_outputs(result, stage, {.city_layers = false});
      const app::ReportFiles report = app::write_report_files(result, stage);
      folder.publish();
      print_summary(std::cout, result);
      std::cout << "wrote " << a->out << "/city.gpkg";
      for (const std::string& name : written) std::cout << ", " << name;
      std::cout << ", report.html, report.pdf (" << report.pdf_pages << " pages)\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
