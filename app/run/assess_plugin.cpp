#include "app/run/assess_plugin.hpp"

#include <algorithm>
#include <filesystem>

#include "app/run/assess_json.hpp"
#include "app/run/scenario_run.hpp"
#include "gis/assess/assess_profile.hpp"
#include "gis/liveability/location_reader.hpp"
#include "gis/profile.hpp"
#include "gis/table_writer.hpp"
#include "sim/assess/assess_output.hpp"

namespace agora::run {

namespace {

// The analyses whose figures the assessment may read that did not run before it, and why.
std::vector<assess::AbsentAnalysis> absent_analyses(const RunContext& ctx) {
  std::vector<assess::AbsentAnalysis> out;
  const auto& asked = ctx.scenario.analyses;
  for (const AnalysisPlugin& p : analysis_plugins()) {
    if (p.name == "assess" || ctx.earlier_output(p.name)) continue;
    const StatementArg title = term("analysis." + p.name + ".name");
    Statement why;
    if (!asked.empty() && std::find(asked.begin(), asked.end(), p.name) == asked.end())
      why = say("not_assessed.not_in_scenario", {title});
    else if (p.applies && !p.applies(ctx.scenario))
      why = say("not_assessed.not_applicable", {title});
    else
      why = say("not_assessed.not_run", {title});
    out.push_back({p.name, std::move(why)});
  }
  return out;
}

}  // namespace

AnalysisPlugin assess_plugin() {
  AnalysisPlugin p;
  p.name = "assess";
  p.title =
      "Crowd capacity and egress, emergency access, noise, mobility; liveability scorecard and "
      "risk class";
  p.applies = [](const scenario::Scenario& s) { return !s.layout.perimeters.empty(); };
  p.run = [](const RunContext& ctx) {
    if (ctx.progress) ctx.progress(0.0, "loading the profile");
    const gis::Profile profile = gis::Profile::load(ctx.scenario.profile);
    assess::AssessParams params = gis::assess_params(profile);
    if (!ctx.scenario.location_path.empty()) {
      gis::LoadedLocation loc = gis::read_location(ctx.scenario.location_path, ctx.city);
      params.location = std::move(loc.conditions);
      params.calendar = std::move(loc.calendar);
    }
    Figures earlier;
    if (ctx.earlier)
      for (const AnalysisOutput& o : *ctx.earlier) earlier.append(o.figures);
    const std::vector<assess::AbsentAnalysis> absent = absent_analyses(ctx);
    if (ctx.progress) ctx.progress(0.1, "assessing");
    AnalysisOutput computed = assess::to_output(
        assess::assess(ctx.city, ctx.scenario, params, earlier, absent), ctx.city, ctx.scenario);
    // The profile first, so every summary says which rules it was judged by.
    Figures f;
    f.set("assess.profile", profile.name());
    f.set("assess.profile_file", std::filesystem::path(profile.file()).filename().string());
    f.append(computed.figures);
    computed.figures = std::move(f);
    for (const assess::AbsentAnalysis& a : absent)
      computed.assumptions.push_back(
          say("assumption.assess.absent", {term("analysis." + a.analysis + ".name")}));
    if (ctx.progress) ctx.progress(1.0, "done");
    return computed;
  };
  p.write_files = [](const RunResult& run, const AnalysisOutput& out, const std::string& dir) {
    const gis::Profile profile = gis::Profile::load(run.loaded.scenario.profile);
    gis::write_json_file((std::filesystem::path(dir) / "assess.json").string(),
                         assess_json(run, out, profile));
    std::vector<std::string> files{"assess.json"};
    // The residents' letter list as a table (street, number, estimated dwellings).
    for (const FeatureLayer& l : out.layers) {
      if (l.name != "assess_residents_to_inform") continue;
      std::vector<std::string> header;
      for (const FieldDef& f : l.fields) header.push_back(f.name);
      std::vector<std::vector<Value>> rows;
      for (const Feature& f : l.features) rows.push_back(f.values);
      gis::write_csv_file((std::filesystem::path(dir) / "residents.csv").string(), header, rows);
      files.push_back("residents.csv");
    }
    return files;
  };
  return p;
}

}  // namespace agora::run
