#include "app/run/ramming_plugin.hpp"

#include <filesystem>

#include "app/run/scenario_run.hpp"
#include "gis/profile.hpp"
#include "gis/table_writer.hpp"
#include "gis/vehicle_tables.hpp"
#include "sim/vehicle/ramming_output.hpp"

namespace agora::run {

vehicle::RammingInputs RammingSetup::inputs(const scenario::Scenario& scenario) const {
  return vehicle::RammingInputs{vehicles, scenario.vehicle_classes, catalogue, rating_vehicles,
                                params};
}

RammingSetup ramming_setup(const scenario::Scenario& scenario) {
  RammingSetup s;
  s.vehicles = gis::load_vehicle_table(scenario.vehicles_path);
  s.catalogue = gis::load_barrier_catalogue(scenario.barrier_catalogue_path);
  s.rating_vehicles = gis::load_rating_vehicles();
  const gis::Profile profile = gis::Profile::load(scenario.profile);
  s.params = gis::ramming_params(profile);
  s.params.radius_m = scenario.ramming_radius_m;
  for (const gis::ProfileEntry& e : profile.entries())
    if (e.key.starts_with("ramming."))
      s.profile_values.push_back(
          say("assumption.profile_value", {e.key, e.value.dump(), e.source}));
  return s;
}

AnalysisPlugin ramming_plugin() {
  AnalysisPlugin p;
  p.name = "ramming";
  p.title = "Hostile vehicle approach: speeds, barrier adequacy, crowd exposure";
  p.applies = [](const scenario::Scenario& s) { return !s.layout.perimeters.empty(); };
  p.run = [](const RunContext& ctx) {
    if (ctx.progress) ctx.progress(0.0, "loading vehicle classes, barrier catalogue and profile");
    const RammingSetup setup = ramming_setup(ctx.scenario);
    if (ctx.progress) ctx.progress(0.1, "searching run-ups to every crossing");
    std::vector<Problem> warnings;
    vehicle::RammingResult result = vehicle::analyse_ramming(ctx.city, ctx.scenario.layout,
                                                             setup.inputs(ctx.scenario), &warnings);
    AnalysisOutput out = vehicle::ramming_output(std::move(result), ctx.city);
    for (const Statement& v : setup.profile_values) out.assumptions.push_back(v);
    out.warnings = std::move(warnings);
    if (ctx.progress) ctx.progress(1.0, "done");
    return out;
  };
  p.write_files = [](const RunResult&, const AnalysisOutput& out, const std::string& dir) {
    const vehicle::RammingTable table =
        vehicle::ramming_table(std::any_cast<const vehicle::RammingResult&>(out.detail));
    gis::write_csv_file((std::filesystem::path(dir) / "ramming.csv").string(), table.header,
                        table.rows);
    return std::vector<std::string>{"ramming.csv"};
  };
  return p;
}

}  // namespace agora::run
