#include "gis/crowd/agent_tables.hpp"

#include "gis/builtin_data.hpp"
#include "gis/csv.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

using crowd::agents::ModelParams;
using crowd::agents::SpeedGroup;

std::vector<SpeedGroup> read_speed_table(std::string_view csv_text, const std::string& file) {
  const CsvTable t = CsvTable::parse(csv_text, file);
  t.require_columns(
      {"group", "speed_min_ms", "speed_max_ms", "speed_mean_ms", "speed_sd_ms", "share"});
  std::vector<SpeedGroup> groups;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const std::string where = "line " + std::to_string(t.line_of(r));
    auto required = [&](const char* column) {
      const auto v = t.number(r, column);
      if (!v) throw Error(file, where, column, "a number is required");
      return *v;
    };
    SpeedGroup g;
    g.name = t.text(r, "group");
    // The ages describe the group; a table may leave them out.
    g.age_min = t.has_column("age_min") ? t.number(r, "age_min").value_or(0.0) : 0.0;
    g.age_max = t.has_column("age_max") ? t.number(r, "age_max").value_or(0.0) : 0.0;
    g.speed_min_ms = required("speed_min_ms");
    g.speed_max_ms = required("speed_max_ms");
    g.speed_mean_ms = required("speed_mean_ms");
    g.speed_sd_ms = required("speed_sd_ms");
    g.share = required("share");
    groups.push_back(g);
  }
  crowd::agents::Population check;
  check.groups = groups;
  check.validate(file);
  return groups;
}

std::vector<double> read_los_table(std::string_view csv_text, const std::string& file,
                                   const std::string& scheme) {
  if (scheme != "walkway" && scheme != "queuing")
    throw Error(file, "level of service", "scheme",
                "expected 'walkway' or 'queuing', got '" + scheme + "'");
  const CsvTable t = CsvTable::parse(csv_text, file);
  const std::string column = scheme + "_min_m2_per_person";
  t.require_columns({"level", column});
  const char* levels = "ABCDEF";
  if (t.rows() != 6) throw Error(file, "level of service", "level", "expected six rows, A to F");
  std::vector<double> upper;
  for (std::size_t r = 0; r < 5; ++r) {
    if (t.text(r, "level") != std::string(1, levels[r]))
      throw Error(file, "line " + std::to_string(t.line_of(r)), "level",
                  std::string("expected level ") + levels[r]);
    const auto area = t.number(r, column);
    if (!area || !(*area > 0.0))
      throw Error(file, "line " + std::to_string(t.line_of(r)), column,
                  "expected a positive area per person");
    upper.push_back(1.0 / *area);
  }
  for (std::size_t i = 1; i < upper.size(); ++i)
    if (!(upper[i] > upper[i - 1]))
      throw Error(file, "level of service", column, "areas per person must shrink from A to E");
  return upper;
}

ModelParams model_params_from(const Profile& profile) {
  ModelParams p;
  const std::string s = "crowd_agents";
  auto take = [&](const char* key, double& field, double lo, double hi) {
    if (profile.has(s, key)) field = profile.number(s, key, lo, hi);
  };
  take("time_gap_s", p.time_gap_s, 0.1, 10.0);
  take("neighbour_repulsion", p.neighbour_repulsion, 0.0, 100.0);
  take("neighbour_range_m", p.neighbour_range_m, 0.01, 1.0);
  take("wall_deflection_m", p.wall_deflection_m, 0.001, 1.0);
  take("yield_fraction", p.yield_fraction, 0.0, 0.5);
  take("time_step_s", p.time_step_s, 0.001, ModelParams::kMaxTimeStepS);
  take("field_cell_m", p.field_cell_m, 0.1, 0.5);
  take("wall_clearance_m", p.wall_clearance_m, 0.0, 2.0);
  take("wall_clearance_cost", p.wall_clearance_cost, 0.0, 10.0);
  take("route_interval_s", p.route_interval_s, 0.001, 600.0);
  take("exit_specific_flow_pms", p.exit_specific_flow_pms, 0.1, 5.0);
  take("route_switch_gain", p.route_switch_gain, 0.0, 1.0);
  try {
    p.validate();
  } catch (const Error& e) {
    Problem problem = e.problems().front();
    problem.file = profile.file();
    throw Error({problem});
  }
  return p;
}

crowd::agents::CrowdSetup load_crowd_setup(const Profile& profile, crowd::agents::Phase phase,
                                           const std::string& speeds_path,
                                           const std::string& los_path) {
  const std::string speeds = "crowd/weidmann_speeds.csv";
  const std::string los = "crowd/fruin_los.csv";
  crowd::agents::CrowdSetup setup;
  setup.model = model_params_from(profile);
  setup.population.groups =
      read_speed_table(builtin_or_file(speeds, speeds_path), table_origin(speeds, speeds_path));
  if (profile.has("crowd_agents", "body_radius_m"))
    setup.population.body_radius_m = profile.number("crowd_agents", "body_radius_m", 0.1, 0.4);
  setup.los_scheme = phase == crowd::agents::Phase::kCirculation ? "queuing" : "walkway";
  setup.los_upper_ppm2 =
      read_los_table(builtin_or_file(los, los_path), table_origin(los, los_path), setup.los_scheme);
  return setup;
}

double planning_density_ppm2(const Profile& profile) {
  if (profile.has("capacity", "density_ppm2"))
    return profile.number("capacity", "density_ppm2", 0.01, 20.0);
  return 2.0;
}

}  // namespace agora::gis
