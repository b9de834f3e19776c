#include "app/suggest/suggest_barriers.hpp"

#include <chrono>
#include <filesystem>
#include <map>

#include "app/run/ramming_plugin.hpp"
#include "gis/assess/assess_profile.hpp"
#include "gis/layout_writer.hpp"
#include "gis/price_list_reader.hpp"
#include "gis/profile.hpp"
#include "gis/scenario_writer.hpp"
#include "gis/table_writer.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"

namespace agora::suggest {

namespace fs = std::filesystem;

namespace {

PlannerLayout judge_planner(const gis::LoadedScenario& loaded, const run::RammingSetup& setup,
                            const std::vector<std::string>& classes) {
  PlannerLayout p;
  const scenario::Layout& layout = loaded.scenario.layout;
  p.barriers = layout.barriers.size();
  for (const scenario::PlannedBarrier& b : layout.barriers) {
    if (scenario::is_set(b.cost_eur))
      p.cost_eur += b.cost_eur;
    else
      ++p.barriers_without_cost;
  }
  const vehicle::RammingInputs in{setup.vehicles, classes, setup.catalogue, setup.rating_vehicles,
                                  setup.params};
  std::vector<Problem> warnings;
  const vehicle::RammingResult r = vehicle::analyse_ramming(*loaded.city, layout, in, &warnings);
  std::map<std::uint32_t, double> by_mouth;
  for (const vehicle::CrossingResult& c : r.crossings) {
    ++p.crossings;
    const bool ok = c.worst_verdict() == vehicle::Verdict::Adequate;
    if (ok) ++p.crossings_adequate;
    by_mouth[c.mouth] = std::max(by_mouth[c.mouth], ok ? 0.0 : c.people_exposed_max());
  }
  for (const auto& [_, e] : by_mouth) p.people_exposed += e;
  return p;
}

}  // namespace

SuggestRun run_suggestion(const gis::LoadedScenario& loaded, const SuggestRequest& request) {
  const scenario::Scenario& s = loaded.scenario;
  SuggestRun out;
  const run::RammingSetup setup = run::ramming_setup(s);
  const barriers::PriceList prices = gis::load_price_list(request.prices_path);
  const gis::Profile profile = gis::Profile::load(s.profile);
  const access::AccessParams access_params = gis::assess_params(profile).access;
  out.classes = !request.classes.empty() ? request.classes : s.vehicle_classes;
  for (const vehicle::VehicleClass& c : setup.vehicles.select(out.classes))
    (void)c;  // unknown codes throw here
  barriers::SuggestInputs in{setup.vehicles, out.classes,  setup.catalogue,   setup.rating_vehicles,
                             prices,         setup.params, request.budget_eur};
  in.fire_clear_width_m = access_params.clear_width_m;
  for (const scenario::EmergencyGate& g : s.layout.emergency_gates)
    in.fire_clear_width_m = std::max(in.fire_clear_width_m, g.width_m);
  const auto t0 = std::chrono::steady_clock::now();
  out.suggestion = barriers::suggest_barriers(*loaded.city, s.layout, in);
  out.seconds_to_optimum =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  out.access = access::emergency_access(*loaded.city, out.suggestion.layout, access_params);
  out.access_planner = access::emergency_access(*loaded.city, s.layout, access_params);
  out.planner = judge_planner(loaded, setup, out.classes);
  if (out.classes.empty())
    for (const vehicle::VehicleClass& c : setup.vehicles.classes) out.classes.push_back(c.code);
  return out;
}

void check_output_folder(const scenario::Scenario& s, const std::string& dir) {
  const fs::path out(dir);
  std::error_code ec;
  const fs::path scenario_dir = s.directory.empty() ? fs::path(".") : fs::path(s.directory);
  if (fs::exists(out) && fs::equivalent(out, scenario_dir, ec))
    throw Error("", "command line", "-o",
                "the output folder is the scenario's own folder (" + scenario_dir.string() +
                    "): choose another so the scenario's files stay as they are");
}

void write_suggestion(const gis::LoadedScenario& loaded, const SuggestRun& run,
                      const std::string& dir) {
  const scenario::Scenario& s = loaded.scenario;
  const fs::path out(dir);
  check_output_folder(s, dir);
  fs::create_directories(out);
  const std::string crs = loaded.city->stats.target_crs;
  const barriers::Suggestion& sg = run.suggestion;
  // The variant: the whole layout with the suggested barriers, and a scenario naming it.
  gis::write_layout_geojson(sg.layout, crs, (out / "layout.geojson").string());
  scenario::Layout only;
  only.barriers = sg.barriers;
  gis::write_layout_geojson(only, crs, (out / "barriers.geojson").string());
  scenario::Scenario variant = s;
  variant.layout = sg.layout;
  variant.layout_paths = {fs::absolute(out / "layout.geojson").string()};
  variant.name = s.name + " – suggested barriers";
  std::string original;
  try {
    if (!s.file.empty()) original = gis::read_text_file(s.file);
  } catch (const Error&) {
    original.clear();
  }
  gis::write_scenario_json(variant, (out / "scenario.json").string(), original);

  std::vector<std::vector<Value>> rows;
  for (const barriers::BillLine& b : sg.bill)
    rows.push_back({b.catalogue_id, b.manufacturer, b.product, b.unit,
                    static_cast<std::int64_t>(b.count), b.unit_price_eur, b.total_eur,
                    b.price_source});
  gis::write_csv_file((out / "bill_of_quantities.csv").string(),
                      {"catalogue_id", "manufacturer", "product", "unit", "count", "unit_price_eur",
                       "total_eur", "price_source"},
                      rows);
  rows.clear();
  for (const barriers::CrossingOutcome& c : sg.crossings)
    rows.push_back({c.label, c.pos.x, c.pos.y, static_cast<std::int64_t>(c.mouth), c.adequate,
                    std::string(vehicle::verdict_key(c.verdict)), c.worst_class, c.protected_by,
                    c.why, c.people_exposed, c.people_exposed_without, c.unprotectable});
  gis::write_csv_file(
      (out / "crossings.csv").string(),
      {"crossing", "x", "y", "mouth", "adequate", "verdict", "class", "protected_by", "why",
       "people_exposed", "people_exposed_without_barriers", "unprotectable"},
      rows);
  if (!sg.pareto.empty()) {
    rows.clear();
    for (const barriers::ParetoPoint& p : sg.pareto)
      rows.push_back({p.cost_eur, p.people_exposed, static_cast<std::int64_t>(p.mouths_protected)});
    gis::write_csv_file((out / "pareto.csv").string(),
                        {"cost_eur", "people_exposed", "mouths_protected"}, rows);
  }
  nlohmann::json doc;
  doc["scenario"] = s.file;
  doc["classes"] = run.classes;
  doc["total_eur"] = sg.total_eur;
  doc["full_protection"] = sg.full_protection;
  doc["verified"] = sg.verified;
  doc["within_budget"] = sg.within_budget;
  doc["rounds"] = sg.rounds;
  doc["candidate_lines"] = sg.candidate_lines;
  doc["candidate_options"] = sg.candidate_options;
  doc["run_ups"] = sg.run_ups;
  doc["mouths"] = sg.mouths;
  doc["people_exposed"] = sg.people_exposed;
  doc["people_exposed_without_barriers"] = sg.people_exposed_without;
  doc["seconds_to_optimum"] = run.seconds_to_optimum;
  doc["fire_access"] = {{"unreachable_m2", run.access.unreachable_m2},
                        {"facades_unreachable", run.access.facades_unreachable},
                        {"planner_unreachable_m2", run.access_planner.unreachable_m2}};
  doc["planner"] = {{"barriers", run.planner.barriers},
                    {"cost_eur", run.planner.cost_eur},
                    {"barriers_without_cost", run.planner.barriers_without_cost},
                    {"crossings", run.planner.crossings},
                    {"crossings_adequate", run.planner.crossings_adequate},
                    {"people_exposed", run.planner.people_exposed}};
  doc["products_skipped"] = sg.products_skipped;
  gis::write_json_file((out / "suggestion.json").string(), doc);
}

}  // namespace agora::suggest
