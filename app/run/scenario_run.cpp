#include "app/run/scenario_run.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "gis/provenance.hpp"
#include "gis/table_writer.hpp"
#include "report/strings.hpp"
#include "sim/assess/emma.hpp"
#include "sim/city/city_layers.hpp"
#include "sim/figures/catalogue.hpp"

namespace agora::run {

namespace fs = std::filesystem;

namespace {

// Every figure a run writes is declared by the analysis that writes it (sim/figures/): a
// figure written without a declaration is a programming error, caught by the first test run.
void require_declared(const Figures& figures, std::string_view analysis) {
  const std::vector<std::string> problems = undeclared_figures(figures, figures_of(analysis));
  if (problems.empty()) return;
  std::string text =
      "the " + std::string(analysis) + " analysis wrote figures it does not declare:";
  for (const std::string& p : problems) text += "\n  " + p;
  throw std::logic_error(text);
}

}  // namespace
using json = nlohmann::json;

const AnalysisOutput* RunResult::output(std::string_view analysis) const {
  for (const AnalysisOutput& o : outputs)
    if (o.analysis == analysis) return &o;
  return nullptr;
}

Figures scenario_figures(const scenario::Scenario& s, const city::CityModel& city) {
  Figures f;
  f.set("scenario.name", s.name);
  f.set("scenario.crs", city.stats.target_crs);
  f.set("scenario.profile", fs::path(s.profile).filename().string());
  f.set("event.name", s.event.name);
  f.set("event.type", s.event.type);
  f.set("event.days", static_cast<std::int64_t>(s.event.days.size()));
  f.set("event.attendance_peak", s.event.attendance_peak);
  f.set("event.alcohol", s.event.alcohol);
  const scenario::Layout& L = s.layout;
  f.set("layout.perimeter_area_m2", bg::area(L.perimeter_area()));
  f.set("layout.crowd_zones", static_cast<std::int64_t>(L.crowd_zones.size()));
  f.set("layout.exits", static_cast<std::int64_t>(L.exits.size()));
  f.set("layout.stalls", static_cast<std::int64_t>(L.stalls.size()));
  f.set("layout.structures", static_cast<std::int64_t>(L.structures.size()));
  f.set("layout.stages", static_cast<std::int64_t>(L.stages.size()));
  f.set("layout.barriers", static_cast<std::int64_t>(L.barriers.size()));
  f.set("layout.emergency_gates", static_cast<std::int64_t>(L.emergency_gates.size()));
  f.set("map.road_edges", static_cast<std::int64_t>(city.edges.size()));
  f.set("map.buildings", static_cast<std::int64_t>(city.buildings.size()));
  f.set("map.open_areas", static_cast<std::int64_t>(city.open_areas.size()));
  f.set("map.vehicle_passable_km", city.vehicle_passable_length_m() / 1000.0);
  return f;
}

std::vector<FeatureLayer> layout_layers(const scenario::Layout& L) {
  using scenario::FeatureInfo;
  const std::vector<FieldDef> base{{"id", ValueType::Text}, {"name", ValueType::Text}};
  auto info_values = [](const FeatureInfo& i) {
    return std::vector<Value>{i.id.empty() ? Value{} : Value{i.id},
                              i.name.empty() ? Value{} : Value{i.name}};
  };
  auto with = [&](std::vector<FieldDef> extra) {
    std::vector<FieldDef> all = base;
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
  };
  std::vector<FeatureLayer> out;
  FeatureLayer per{"layout_perimeter", GeometryType::kPolygon, base, {}};
  for (const auto& p : L.perimeters) per.features.push_back({p.area, info_values(p.info)});
  out.push_back(std::move(per));
  FeatureLayer zones{
      "layout_crowd_zones", GeometryType::kPolygon, with({{"density_ppm2", ValueType::Real}}), {}};
  for (const auto& z : L.crowd_zones) {
    auto v = info_values(z.info);
    v.push_back(scenario::is_set(z.density_ppm2) ? Value{z.density_ppm2} : Value{});
    zones.features.push_back({z.area, std::move(v)});
  }
  out.push_back(std::move(zones));
  FeatureLayer exits{"layout_exits",
                     GeometryType::kLine,
                     with({{"width_m", ValueType::Real},
                           {"emergency_only", ValueType::Bool},
                           {"closed", ValueType::Bool}}),
                     {}};
  for (const auto& e : L.exits) {
    auto v = info_values(e.info);
    v.insert(v.end(), {e.width_m, e.emergency_only, e.closed});
    exits.features.push_back({e.line, std::move(v)});
  }
  out.push_back(std::move(exits));
  FeatureLayer blocks{
      "layout_stalls_structures", GeometryType::kPolygon, with({{"kind", ValueType::Text}}), {}};
  for (const auto& s : L.stalls) {
    auto v = info_values(s.info);
    v.push_back(std::string("stall"));
    blocks.features.push_back({s.area, std::move(v)});
  }
  for (const auto& s : L.structures) {
    auto v = info_values(s.info);
    v.push_back(s.structure_type.empty() ? std::string("structure") : s.structure_type);
    blocks.features.push_back({s.area, std::move(v)});
  }
  out.push_back(std::move(blocks));
  FeatureLayer stages{
      "layout_stages", GeometryType::kPoint, with({{"sound_power_dba", ValueType::Real}}), {}};
  for (const auto& s : L.stages) {
    auto v = info_values(s.info);
    v.push_back(s.sound_power_dba);
    stages.features.push_back({s.source, std::move(v)});
  }
  out.push_back(std::move(stages));
  FeatureLayer barriers{"layout_barriers",
                        GeometryType::kLine,
                        with({{"rating", ValueType::Text},
                              {"product", ValueType::Text},
                              {"barrier_type", ValueType::Text},
                              {"clear_gap_m", ValueType::Real}}),
                        {}};
  for (const auto& b : L.barriers) {
    auto v = info_values(b.info);
    v.push_back(b.rating.empty() ? Value{} : Value{b.rating});
    v.push_back(b.product.empty() ? Value{} : Value{b.product});
    v.push_back(b.barrier_type.empty() ? Value{} : Value{b.barrier_type});
    v.push_back(scenario::is_set(b.clear_gap_m) ? Value{b.clear_gap_m} : Value{});
    Polyline line = b.line;
    if (line.size() == 1) line.push_back(line.front());
    barriers.features.push_back({line, std::move(v)});
  }
  out.push_back(std::move(barriers));
  FeatureLayer gates{
      "layout_emergency_gates", GeometryType::kLine, with({{"width_m", ValueType::Real}}), {}};
  for (const auto& g : L.emergency_gates) {
    auto v = info_values(g.info);
    v.push_back(g.width_m);
    Polyline line = g.line;
    if (line.size() == 1) line.push_back(line.front());
    gates.features.push_back({line, std::move(v)});
  }
  out.push_back(std::move(gates));
  return out;
}

int machine_threads() {
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

RunResult run_scenario(gis::LoadedScenario loaded, const RunOptions& options) {
  RunResult r;
  r.loaded = std::move(loaded);
  const scenario::Scenario& s = r.loaded.scenario;
  const city::CityModel& city = *r.loaded.city;
  r.provenance = gis::provenance_for(s, city);
  r.figures = scenario_figures(s, city);
  require_declared(r.figures, "scenario");
  for (const AnalysisPlugin* plugin : analyses_for(s)) {
    if (!options.only.empty() &&
        std::find(options.only.begin(), options.only.end(), plugin->name) == options.only.end())
      continue;
    if (options.cancel && options.cancel->load()) {
      r.cancelled = true;
      break;
    }
    RunContext ctx{s,
                   city,
                   options.cancel,
                   {},
                   &r.outputs,
                   std::max(1, options.threads),
                   options.crowd_trajectories_path};
    if (options.progress)
      ctx.progress = [&, name = plugin->name](double f, std::string_view text) {
        options.progress(name, f, text);
      };
    const auto start = std::chrono::steady_clock::now();
    AnalysisOutput out = plugin->run(ctx);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    out.analysis = plugin->name;
    require_declared(out.figures, plugin->name);
    r.figures.append(out.figures);
    r.outputs.push_back(std::move(out));
    if (options.analysis_finished) options.analysis_finished(r);
  }
  return r;
}

json statements_json(const std::vector<Statement>& statements) {
  const report::Strings en("en");
  json out = json::array();
  for (const Statement& s : statements) {
    json item = {{"text", en.say(s)}};
    if (!s.key.empty()) item["key"] = s.key;
    out.push_back(std::move(item));
  }
  return out;
}

json summary_json(const RunResult& r) {
  json doc;
  doc["agora_summary"] = 1;
  doc["provenance"] = gis::provenance_to_json(r.provenance);
  doc["figures"] = gis::figures_to_json(r.figures);
  json assumptions = json::object();
  json warnings = json::array();
  for (const Problem& w : r.loaded.warnings) warnings.push_back(w.to_string());
  for (const AnalysisOutput& o : r.outputs) {
    if (!o.assumptions.empty()) assumptions[o.analysis] = statements_json(o.assumptions);
    for (const Problem& w : o.warnings) warnings.push_back(w.to_string());
  }
  doc["assumptions"] = assumptions;
  // What each discipline of the safety meeting needs, grouped (sim/assess/emma.hpp).
  json picture = json::array();
  for (const assess::DisciplineNeeds& d : assess::emma_picture()) {
    Figures figures;
    for (const assess::DisciplineItem& item : d.items)
      if (const Value* v = r.figures.find(std::string(item.figure->key)))
        figures.set(std::string(item.figure->key), *v);
    picture.push_back({{"discipline", d.discipline},
                       {"number", d.number},
                       {"figures", gis::figures_to_json(figures)}});
  }
  doc["multidisciplinary"] = picture;
  doc["warnings"] = warnings;
  doc["cancelled"] = r.cancelled;
  return doc;
}

std::vector<std::string> write_analysis_files(const RunResult& r, const AnalysisOutput& output,
                                              const std::string& dir) {
  const AnalysisPlugin* plugin = find_analysis(output.analysis);
  if (!plugin || !plugin->write_files || !output.detail.has_value()) return {};
  return plugin->write_files(r, output, dir);
}

std::vector<std::string> write_run_outputs(const RunResult& r, const std::string& dir,
                                           const WriteOptions& options) {
  std::vector<std::string> written;
  const std::string crs = r.loaded.city->stats.target_crs;
  if (options.geopackage) {
    std::vector<FeatureLayer> layers;
    if (options.city_layers) layers = city::city_layers(*r.loaded.city);
    for (FeatureLayer& l : layout_layers(r.loaded.scenario.layout)) layers.push_back(std::move(l));
    for (const AnalysisOutput& o : r.outputs)
      for (const FeatureLayer& l : o.layers) layers.push_back(l);
    gis::write_geopackage((fs::path(dir) / "results.gpkg").string(), layers, crs, r.provenance);
    written.push_back("results.gpkg");
  }
  if (options.rasters)
    for (const AnalysisOutput& o : r.outputs)
      for (const RasterLayer& raster : o.rasters) {
        gis::write_geotiff((fs::path(dir) / (raster.name + ".tif")).string(), raster.grid, crs,
                           raster.nodata, raster.description, r.provenance);
        written.push_back(raster.name + ".tif");
      }
  if (options.analysis_files)
    for (const AnalysisOutput& o : r.outputs)
      for (std::string& name : write_analysis_files(r, o, dir)) written.push_back(std::move(name));
  if (options.summary) {
    gis::write_json_file((fs::path(dir) / "summary.json").string(), summary_json(r));
    written.push_back("summary.json");
  }
  return written;
}

}  // namespace agora::run
