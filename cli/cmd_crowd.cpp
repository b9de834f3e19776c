// agora crowd SCENARIO: the agent-based crowd simulation of one phase (egress, ingress,
// circulation), with progress on the terminal, writing evacuation times, flow per exit,
// maximum-density and level-of-service rasters, hotspots and optionally trajectories.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <thread>

#include "app/output_folder.hpp"
#include "app/run/crowd_plugin.hpp"
#include "app/run/scenario_run.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "cli/interrupt.hpp"
#include "gis/crowd/crowd_outputs.hpp"
#include "gis/provenance.hpp"
#include "gis/scenario_reader.hpp"

namespace agora::cli {

namespace {

namespace ca = crowd::agents;

// Simulated time, agents left and speed against the wall clock, on one updating line when
// stderr is a terminal, else a line every ten seconds.
class TerminalProgress : public ca::CrowdObserver {
 public:
  TerminalProgress() : tty_(isatty(fileno(stderr)) != 0) {}
  void progress(const ca::CrowdProgress& p) override {
    const auto now = std::chrono::steady_clock::now();
    const double wall = std::chrono::duration<double>(now - start_).count();
    const double since = std::chrono::duration<double>(now - last_).count();
    const bool last = p.agents_done >= p.agents_total;
    if (!started_) {
      started_ = true;
      std::cerr << p.agents_total << " agents; about " << std::lround(p.estimated_end_s)
                << " s to simulate (estimate)\n";
    }
    if (!last && since < (tty_ ? 0.25 : 10.0)) return;
    last_ = now;
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << "t = " << p.time_s << " s of about "
      << std::lround(p.estimated_end_s) << " s   agents left " << p.agents_inside << " / "
      << p.agents_total << "   " << (wall > 0.0 ? p.time_s / wall : 0.0) << "x real time";
    if (tty_)
      std::cerr << "\r" << s.str() << "    " << std::flush;
    else
      std::cerr << s.str() << "\n";
  }
  void finish() const {
    if (tty_) std::cerr << "\n";
  }
  double elapsed_s() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  bool tty_;
  bool started_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

// "exit-id@120" -> {120 s, "exit-id"}.
ca::ExitEvent parse_exit_event(const std::string& text, bool open, const char* option) {
  const auto at = text.rfind('@');
  try {
    if (at != std::string::npos && at > 0) {
      std::size_t used = 0;
      const std::string time = text.substr(at + 1);
      const double t = std::stod(time, &used);
      if (used == time.size() && t >= 0.0) return {t, text.substr(0, at), open};
    }
  } catch (const std::exception&) {
  }
  throw Error("", "command line", option, "expected EXIT_ID@SECONDS, got '" + text + "'");
}

void print_result(std::ostream& out, const ca::CrowdResult& r, double wall_s) {
  out << std::fixed << std::setprecision(1);
  out << "phase:        " << ca::to_string(r.phase) << ", " << r.agents << " agents, seed "
      << r.seed << ", " << r.threads << " thread(s)\n";
  if (r.phase == ca::Phase::kEgress)
    out << "evacuation:   "
        << (r.completed ? std::to_string(r.evacuation_time_s) + " s" : "not finished") << " ("
        << r.agents_done << " out, " << r.agents_remaining << " left at " << r.end_time_s
        << " s)\n";
  else if (r.phase == ca::Phase::kIngress)
    out << "ingress:      "
        << (r.completed ? std::to_string(r.evacuation_time_s) + " s" : "not finished") << " ("
        << r.agents_done << " in place, " << r.agents_remaining << " still coming)\n";
  else
    out << "circulation:  " << r.end_time_s << " s simulated\n";
  for (const auto& e : r.exits)
    out << "  exit " << std::left << std::setw(28) << e.id << std::right << std::setw(7) << e.agents
        << " persons"
        << (e.last_time_s >= 0.0
                ? ", last at " + std::to_string(static_cast<long>(std::lround(e.last_time_s))) +
                      " s"
                : "")
        << (e.open_at_start ? "" : " (closed at start)") << "\n";
  out << "max density:  " << std::setprecision(2) << r.max_density_ppm2 << " p/m²";
  for (std::size_t k = 0; k < r.thresholds_ppm2.size(); ++k)
    out << "; over " << r.thresholds_ppm2[k] << " p/m² on " << std::setprecision(1)
        << r.area_over_threshold_m2[k] << " m²";
  out << " (" << r.hotspots.size() << " hotspots)\n";
  out << "speed:        " << std::setprecision(1) << (wall_s > 0.0 ? r.end_time_s / wall_s : 0.0)
      << "x real time, " << std::setprecision(3)
      << (r.agent_steps ? wall_s * 1e6 / static_cast<double>(r.agent_steps) : 0.0)
      << " µs per agent-step\n";
}

}  // namespace

void register_crowd(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "crowd", "Agent-based crowd simulation: egress, ingress or circulation of the crowd zones");
  struct Args {
    std::string scenario, out = "out", phase = "egress";
    std::int64_t agents = 0;
    double density = 0.0, time_limit_s = 3600.0;
    std::uint64_t seed = 1;
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    bool trajectories = false;
    std::vector<std::string> close, open;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("SCENARIO", a->scenario, "scenario.json")->required();
  auto* agents = cmd->add_option(
      "--agents", a->agents,
      "Total agents, shared over the crowd zones by capacity (default: the event's peak "
      "attendance, or each zone's density × area when the event gives none)");
  auto* density =
      cmd->add_option("--density", a->density, "Density in every crowd zone, persons per m²");
  agents->excludes(density);
  cmd->add_option("--phase", a->phase, "egress, ingress or circulation")->capture_default_str();
  auto* seed = cmd->add_option(
      "--seed", a->seed,
      "Random seed (default: the scenario's \"seed\"; runs repeat exactly for the same seed)");
  cmd->add_option("--threads", a->threads, "Threads (the result does not depend on it)")
      ->capture_default_str();
  cmd->add_option("--time-limit", a->time_limit_s, "Stop after this many simulated seconds")
      ->capture_default_str();
  cmd->add_option("--close-exit", a->close,
                  "Close an exit during the run: EXIT_ID@SECONDS (repeatable)");
  cmd->add_option("--open-exit", a->open,
                  "Open an exit during the run: EXIT_ID@SECONDS (repeatable)");
  cmd->add_flag("--trajectories", a->trajectories,
                "Also write crowd_trajectories.agtraj (format: docs/crowd-model.md)");
  cmd->add_option("-o,--output", a->out, "Output folder")->capture_default_str();
  cmd->callback([&ctx, a, agents, density, seed] {
    ctx.exit_code = guarded([&] {
      const auto phase = ca::phase_from_string(a->phase);
      if (!phase)
        throw Error("", "command line", "--phase",
                    "expected egress, ingress or circulation, got '" + a->phase + "'");
      gis::LoadedScenario loaded = gis::load_scenario(a->scenario);
      print_warnings(std::cerr, loaded.warnings);
      ca::CrowdRunOptions options = run::default_crowd_options(loaded.scenario);
      options.phase = *phase;
      if (seed->count()) options.seed = a->seed;
      options.threads = a->threads;
      options.time_limit_s = a->time_limit_s;
      if (agents->count()) {
        options.agents = a->agents;
        options.agents_from = ca::CrowdSize::kGiven;
      }
      if (density->count()) {  // every zone at this density: as many as that places
        options.density_ppm2 = a->density;
        options.agents.reset();
        options.agents_from = ca::CrowdSize::kZoneDensity;
      }
      for (const auto& c : a->close)
        options.exit_events.push_back(parse_exit_event(c, false, "--close-exit"));
      for (const auto& o : a->open)
        options.exit_events.push_back(parse_exit_event(o, true, "--open-exit"));
      app::OutputFolder folder(a->out, app::scenario_inputs(loaded.scenario));
      const city::CityModel& city = *loaded.city;
      TerminalProgress terminal;
      run::RunContext rctx{loaded.scenario, city, &interrupt_flag(), {}};
      if (a->trajectories)
        rctx.crowd_trajectories_path = (folder.staging() / "crowd_trajectories.agtraj").string();
      run::AnalysisOutput out = run::crowd_analysis(rctx, options, &terminal);
      terminal.finish();
      if (interrupted()) {
        // Nothing was published: the folder's staging area goes with `folder`.
        std::cerr << "cancelled (Ctrl-C): nothing written to " << a->out << "\n";
        return 130;
      }
      const double wall_s = terminal.elapsed_s();
      run::RunResult rr;
      rr.loaded = std::move(loaded);
      rr.provenance = gis::provenance_for(rr.loaded.scenario, *rr.loaded.city);
      rr.figures = run::scenario_figures(rr.loaded.scenario, *rr.loaded.city);
      rr.figures.append(out.figures);
      rr.outputs.push_back(std::move(out));
      rr.outputs.back().analysis = "crowd";
      run::write_run_outputs(rr, folder.staging().string(), {.city_layers = false});
      folder.publish();
      const auto& r = std::any_cast<const ca::CrowdResult&>(rr.outputs.front().detail);
      print_warnings(std::cerr, r.warnings);
      print_result(std::cout, r, wall_s);
      std::cout
          << "wrote " << a->out
          << "/summary.json, results.gpkg, crowd_max_density.tif, crowd_level_of_service.tif, "
          << "crowd_flow.csv, crowd_exits.csv"
          << (a->trajectories ? ", crowd_trajectories.agtraj" : "") << "\n";
      if (rr.loaded.city->stats.from_osm)
        std::cout << "Map data © OpenStreetMap contributors (ODbL).\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
