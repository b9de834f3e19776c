// agora report SCENARIO [--compare OTHER...] -o DIR: runs the scenario and writes the permit
// report, DIR/report.html (self-contained, prints to A4) and DIR/report.pdf. With --compare,
// each other scenario (a barrier option, a closed exit) is run too and set side by side.

#include <filesystem>
#include <iostream>

#include "app/output_folder.hpp"
#include "app/report_files.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"

namespace agora::cli {

void register_report(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("report", "Write the permit report (HTML and PDF) for a scenario");
  struct Args {
    std::string scenario, out = "out", lang = "en";
    std::vector<std::string> compare;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("SCENARIO", a->scenario, "scenario.json")->required();
  cmd->add_option("-o,--output", a->out, "Output folder")->capture_default_str();
  cmd->add_option("--compare", a->compare,
                  "Other variants (scenario.json files) for the side-by-side page");
  cmd->add_option("--lang", a->lang,
                  "Report language: en, nl (names from the map and the layout stay as written)")
      ->capture_default_str();
  cmd->callback([&ctx, a] {
    ctx.exit_code = guarded([&] {
      auto run_one = [](const std::string& path) {
        gis::LoadedScenario loaded = gis::load_scenario(path);
        print_warnings(std::cerr, loaded.warnings);
        run::RunOptions options;
        options.threads = run::machine_threads();
        return run::run_scenario(std::move(loaded), options);
      };
      const run::RunResult subject = run_one(a->scenario);
      std::vector<run::RunResult> others;
      others.reserve(a->compare.size());
      for (const std::string& path : a->compare) others.push_back(run_one(path));
      std::vector<const run::RunResult*> compare;
      for (const run::RunResult& r : others) compare.push_back(&r);
      std::vector<std::string> inputs = app::scenario_inputs(subject.loaded.scenario);
      for (const run::RunResult& r : others)
        for (std::string& i : app::scenario_inputs(r.loaded.scenario))
          inputs.push_back(std::move(i));
      app::OutputFolder folder(a->out, inputs);
      const app::ReportFiles files =
          app::write_report_files(subject, folder.staging().string(), compare, {}, a->lang);
      folder.publish();
      const std::string html = (folder.dir() / "report.html").string();
      const std::string pdf = (folder.dir() / "report.pdf").string();
      std::cout << "wrote " << html << " (" << files.html_bytes << " bytes) and " << pdf << " ("
                << files.pdf_pages << " pages, " << files.pdf_bytes << " bytes)\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
