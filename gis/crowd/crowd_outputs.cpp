#include "gis/crowd/crowd_outputs.hpp"

#include <cmath>
#include <sstream>

#include "gis/table_writer.hpp"

namespace agora::gis {

using crowd::agents::CrowdResult;

std::string threshold_key(double t) {
  std::ostringstream s;
  s << t;
  std::string k = s.str();
  for (char& c : k)
    if (c == '.') c = '_';
  return k;
}

std::vector<Statement> crowd_headline(const CrowdResult& r) {
  using crowd::agents::Phase;
  const bool egress = r.phase == Phase::kEgress;
  Statement time;
  if (r.phase == Phase::kCirculation)
    time = say("headline.crowd.circulation", {r.agents, StatementArg(r.end_time_s, 0)});
  else if (r.completed)
    time = say(egress ? "headline.crowd.egress_done" : "headline.crowd.ingress_done",
               {r.agents, StatementArg(r.evacuation_time_s, 0)});
  else
    time = say(egress ? "headline.crowd.egress_remaining" : "headline.crowd.ingress_remaining",
               {r.agents, r.agents_remaining, StatementArg(r.end_time_s, 0)});
  return {time, say("headline.crowd.density", {StatementArg(r.max_density_ppm2, 1),
                                               static_cast<std::int64_t>(r.hotspots.size())})};
}

run::AnalysisOutput crowd_output(const CrowdResult& r) {
  run::AnalysisOutput out;
  out.analysis = "crowd";
  Figures& f = out.figures;
  f.set("crowd.phase", std::string(crowd::agents::to_string(r.phase)));
  f.set("crowd.seed", static_cast<std::int64_t>(r.seed));
  f.set("crowd.time_step_s", r.time_step_s);
  f.set("crowd.agents", r.agents);
  f.set("crowd.agents_from", std::string(crowd::agents::to_string(r.agents_from)));
  f.set("crowd.estimated_end_s", r.estimated_end_s);
  f.set("crowd.agents_done", r.agents_done);
  f.set("crowd.agents_remaining", r.agents_remaining);
  f.set("crowd.completed", r.completed);
  f.set("crowd.end_time_s", r.end_time_s);
  if (r.phase == crowd::agents::Phase::kEgress)
    f.set("crowd.evacuation_time_s", r.completed ? Value{r.evacuation_time_s} : Value{});
  if (r.phase == crowd::agents::Phase::kIngress)
    f.set("crowd.ingress_time_s", r.completed ? Value{r.evacuation_time_s} : Value{});
  for (const auto& z : r.zones) {
    f.set("crowd.zone." + z.id + ".agents", z.agents);
    f.set("crowd.zone." + z.id + ".density_ppm2", z.density_ppm2);
  }
  for (const auto& e : r.exits) {
    f.set("crowd.exit." + e.id + ".agents", e.agents);
    f.set("crowd.exit." + e.id + ".time_s", e.last_time_s >= 0.0 ? Value{e.last_time_s} : Value{});
  }
  f.set("crowd.max_density_ppm2", r.max_density_ppm2);
  for (std::size_t k = 0; k < r.thresholds_ppm2.size(); ++k)
    f.set("crowd.area_over_" + threshold_key(r.thresholds_ppm2[k]) + "ppm2_m2",
          r.area_over_threshold_m2[k]);
  f.set("crowd.hotspots", static_cast<std::int64_t>(r.hotspots.size()));
  f.set("crowd.agent_steps", static_cast<std::int64_t>(r.agent_steps));

  FeatureLayer hot{"crowd_hotspots",
                   GeometryType::kPoint,
                   {{"threshold_ppm2", ValueType::Real},
                    {"max_density_ppm2", ValueType::Real},
                    {"area_m2", ValueType::Real},
                    {"first_time_s", ValueType::Real},
                    {"last_time_s", ValueType::Real},
                    {"duration_s", ValueType::Real}},
                   {}};
  for (const auto& h : r.hotspots)
    hot.features.push_back({h.centre,
                            {h.threshold_ppm2, h.max_density_ppm2, h.area_m2, h.first_time_s,
                             h.last_time_s, h.duration_s}});
  out.layers.push_back(std::move(hot));
  FeatureLayer exits{"crowd_exits",
                     GeometryType::kLine,
                     {{"id", ValueType::Text},
                      {"name", ValueType::Text},
                      {"width_m", ValueType::Real},
                      {"open_at_start", ValueType::Bool},
                      {"persons", ValueType::Integer},
                      {"first_time_s", ValueType::Real},
                      {"last_time_s", ValueType::Real}},
                     {}};
  for (const auto& e : r.exits)
    exits.features.push_back(
        {e.line,
         {e.id, e.name.empty() ? Value{} : Value{e.name}, e.width_m, e.open_at_start, e.agents,
          e.first_time_s >= 0.0 ? Value{e.first_time_s} : Value{},
          e.last_time_s >= 0.0 ? Value{e.last_time_s} : Value{}}});
  out.layers.push_back(std::move(exits));

  out.rasters.push_back({"crowd_max_density", r.max_density,
                         "highest local density reached, persons per m²",
                         crowd::agents::DensityMeter::kNoData});
  out.rasters.push_back(
      {"crowd_level_of_service", r.level_of_service,
       "Fruin level of service (" + r.los_scheme + ") at the highest density: 1 = A ... 6 = F",
       crowd::agents::DensityMeter::kNoData});
  out.assumptions = r.assumptions;
  out.warnings = r.warnings;
  out.headline = crowd_headline(r);
  out.detail = r;
  return out;
}

void write_flow_csv(const std::string& path, const CrowdResult& r) {
  std::vector<std::vector<Value>> rows;
  for (std::size_t e = 0; e < r.exits.size(); ++e) {
    std::int64_t cumulative = 0;
    for (std::size_t b = 0; b < r.flow_counts[e].size(); ++b) {
      const std::int64_t n = r.flow_counts[e][b];
      cumulative += n;
      rows.push_back({r.exits[e].id, static_cast<double>(b) * r.flow_bin_s,
                      static_cast<double>(b + 1) * r.flow_bin_s, n,
                      static_cast<double>(n) / r.flow_bin_s, cumulative});
    }
  }
  write_csv_file(path, {"exit_id", "bin_start_s", "bin_end_s", "persons", "flow_pps", "cumulative"},
                 rows);
}

void write_exits_csv(const std::string& path, const CrowdResult& r) {
  std::vector<std::vector<Value>> rows;
  for (const auto& e : r.exits)
    rows.push_back({e.id, e.name, e.width_m, e.open_at_start, e.agents,
                    e.first_time_s >= 0.0 ? Value{e.first_time_s} : Value{},
                    e.last_time_s >= 0.0 ? Value{e.last_time_s} : Value{}});
  write_csv_file(
      path, {"exit_id", "name", "width_m", "open_at_start", "persons", "first_s", "last_s"}, rows);
}

}  // namespace agora::gis
