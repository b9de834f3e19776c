#include "app/run/batch_runner.hpp"

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "gis/provenance.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/table_writer.hpp"
#include "gis/text_file.hpp"
#include "sim/scenario/validate.hpp"

namespace agora::run {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

double now_s() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

json value_json(const Value& v) {
  return gis::to_json(v);
}

Value json_value(const json& j) {
  if (j.is_null()) return {};
  if (j.is_boolean()) return j.get<bool>();
  if (j.is_number_integer()) return j.get<std::int64_t>();
  if (j.is_number()) return j.get<double>();
  return j.get<std::string>();
}

std::string first_lines(const std::exception& e) {
  std::string s = e.what();
  for (char& c : s)
    if (c == '\n') c = ';';
  return s;
}

}  // namespace

std::string VariantOutcome::serialize() const {
  json j;
  j["index"] = index;
  j["id"] = id;
  j["ok"] = ok;
  j["error"] = error;
  j["params"] = json::array();
  for (const auto& [k, v] : params) j["params"].push_back({k, value_json(v)});
  j["figures"] = json::array();
  for (const auto& [k, v] : figures.entries()) j["figures"].push_back({k, value_json(v)});
  j["summary"] = summary_json;
  j["seconds_total"] = seconds_total;
  j["seconds_analyses"] = seconds_analyses;
  return j.dump();
}

VariantOutcome VariantOutcome::deserialize(const std::string& text) {
  const json j = json::parse(text);
  VariantOutcome o;
  o.index = j["index"].get<std::size_t>();
  o.id = j["id"];
  o.ok = j["ok"];
  o.error = j["error"];
  for (const auto& p : j["params"])
    o.params.emplace_back(p[0].get<std::string>(), json_value(p[1]));
  for (const auto& f : j["figures"]) o.figures.set(f[0].get<std::string>(), json_value(f[1]));
  o.summary_json = j["summary"];
  o.seconds_total = j["seconds_total"];
  o.seconds_analyses = j["seconds_analyses"];
  return o;
}

BatchRunner::BatchRunner(batch::Sweep sweep, BatchOptions options)
    : sweep_(std::move(sweep)), options_(std::move(options)) {}

std::string BatchRunner::fingerprint() const {
  json j;
  j["base"] = sweep_.base_scenario;
  j["base_sha256"] = gis::sha256_file(sweep_.base_scenario);
  j["layouts"] = sweep_.layouts;
  json vs = json::array();
  for (const auto& v : variants_) {
    json p = json::array();
    for (const auto& [k, x] : v.params) p.push_back({k, value_json(x)});
    vs.push_back(p);
  }
  j["variants"] = vs;
  return j.dump();
}

void BatchRunner::prepare() {
  const std::size_t count = batch::variant_count(sweep_);
  if (count > sweep_.limit && !options_.force)
    throw Error(sweep_.file, "sweep", "parameters",
                std::to_string(count) + " variants exceed the sweep's limit of " +
                    std::to_string(sweep_.limit) + " (raise \"limit\" or run with --force)");
  variants_ = batch::expand(sweep_);
  base_ = gis::read_scenario_file(sweep_.base_scenario);

  // The output folder: ours to fill, to resume, or another sweep's.
  const fs::path dir(options_.out_dir);
  const fs::path stamp = dir / "batch.json";
  const std::string print = fingerprint();
  std::error_code ec;
  if (fs::exists(stamp)) {
    json old;
    try {
      old = json::parse(gis::read_text_file(stamp.string()));
    } catch (const json::exception&) {
      throw Error(stamp.string(), "", "",
                  "unreadable batch stamp: this folder does not look like an Agora batch output");
    }
    if (old.value("fingerprint", "") != print)
      throw Error(options_.out_dir, "", "",
                  "the folder holds the results of another sweep ('" +
                      old.value("sweep", std::string("?")) + "'): choose another output folder");
    if (!options_.resume && fs::exists(dir / "results.csv"))
      throw Error(options_.out_dir, "", "",
                  "the folder already holds results of this sweep: run with --resume to continue, "
                  "or choose another folder");
  } else if (fs::exists(dir) && !fs::is_empty(dir, ec)) {
    throw Error(options_.out_dir, "", "",
                "the output folder exists and is not empty: choose a new or empty folder");
  }
  fs::create_directories(dir / "variants", ec);
  if (ec) throw Error(options_.out_dir, "", "", "cannot create the output folder: " + ec.message());
  gis::write_json_file(stamp.string(), json{{"agora_batch", 1},
                                            {"sweep", sweep_.name},
                                            {"sweep_file", sweep_.file},
                                            {"agora_version", AGORA_VERSION},
                                            {"variants", variants_.size()},
                                            {"fingerprint", print}});
  gis::write_text_file_atomic((dir / "sweep.json").string(), gis::read_text_file(sweep_.file));

  std::vector<std::string> columns{"variant", "status", "error"};
  for (const auto& v : variants_)
    for (const auto& [k, x] : v.params)
      if (std::find(columns.begin(), columns.end(), k) == columns.end()) columns.push_back(k);
  table_ = std::make_unique<ResultsTable>((dir / "results.csv").string(), columns);
  if (options_.resume) {
    table_->load_existing();
    table_->drop_failed();
  }
  pending_.clear();
  for (const auto& v : variants_)
    if (!table_->has(v.id)) pending_.push_back(v);
  report_ = {};
  report_.progress.total = variants_.size();
  report_.progress.skipped = variants_.size() - pending_.size();
  start_s_ = now_s();
}

void BatchRunner::prepare_worker() {
  variants_ = batch::expand(sweep_);
  base_ = gis::read_scenario_file(sweep_.base_scenario);
}

std::shared_ptr<const scenario::Layout> BatchRunner::layout_for(const scenario::Scenario& s,
                                                                const std::string& crs,
                                                                std::vector<Problem>& warnings) {
  std::string key = crs;
  for (const auto& p : s.layout_paths) key += "|" + p;
  {
    std::lock_guard lock(layouts_mutex_);
    if (auto it = layouts_.find(key); it != layouts_.end()) {
      warnings.insert(warnings.end(), it->second.second.begin(), it->second.second.end());
      return it->second.first;
    }
  }
  scenario::Scenario copy;
  copy.file = s.file;
  copy.layout_paths = s.layout_paths;
  ProblemList problems;
  std::vector<Problem> w;
  gis::read_layout(copy, crs, problems, w);
  problems.throw_if_any();
  auto layout = std::make_shared<const scenario::Layout>(std::move(copy.layout));
  std::lock_guard lock(layouts_mutex_);
  layouts_.emplace(key, std::make_pair(layout, w));
  warnings.insert(warnings.end(), w.begin(), w.end());
  return layout;
}

VariantOutcome BatchRunner::run_variant(const batch::Variant& variant) {
  const double start = now_s();
  VariantOutcome out;
  out.index = variant.index;
  out.id = variant.id;
  out.params = variant.params;
  try {
    scenario::Scenario s = base_;
    batch::apply_before_load(s, variant, sweep_);
    auto city = cities_.get(s.map_path, gis::import_options_for(s));
    std::vector<Problem> warnings;
    s.layout = *layout_for(s, city->stats.target_crs, warnings);
    batch::apply_after_load(s, variant);
    scenario::Findings findings = scenario::validate(s, *city);
    findings.errors.throw_if_any();
    warnings.insert(warnings.end(), findings.warnings.begin(), findings.warnings.end());
    if (s.crs.empty()) s.crs = city->stats.target_crs;
    gis::LoadedScenario loaded{std::move(s), city, std::move(warnings)};
    RunResult r = run_scenario(std::move(loaded));
    for (const auto& o : r.outputs) out.seconds_analyses += o.seconds;
    out.figures = r.figures;
    json summary = summary_json(r);
    json params = json::object();
    for (const auto& [k, v] : variant.params) params[k] = value_json(v);
    summary["variant"] = {{"id", variant.id}, {"parameters", params}};
    out.summary_json = summary.dump(2) + "\n";
    if (options_.write_geopackage) {
      const fs::path folder = fs::path(options_.out_dir) / "variants" / variant.id;
      fs::create_directories(folder);
      write_run_outputs(r, folder.string(),
                        {.summary = false,
                         .geopackage = true,
                         .rasters = true,
                         .city_layers = false,
                         .analysis_files = false});
    }
    out.ok = true;
  } catch (const std::exception& e) {
    out.ok = false;
    out.error = first_lines(e);
    json summary = {{"variant", {{"id", variant.id}}}, {"error", out.error}};
    out.summary_json = summary.dump(2) + "\n";
  }
  out.seconds_total = now_s() - start;
  return out;
}

void BatchRunner::record(const VariantOutcome& o) {
  std::lock_guard lock(record_mutex_);
  const fs::path folder = fs::path(options_.out_dir) / "variants" / o.id;
  std::error_code ec;
  fs::create_directories(folder, ec);
  gis::write_text_file_atomic((folder / "summary.json").string(), o.summary_json);
  std::map<std::string, std::string> cells;
  cells["variant"] = o.id;
  cells["status"] = o.ok ? "ok" : "failed";
  cells["error"] = gis::csv_escape(o.error);
  for (const auto& [k, v] : o.params) cells[k] = gis::csv_cell(v);
  for (const auto& [k, v] : o.figures.entries()) cells[k] = gis::csv_cell(v);
  table_->append(o.id, cells);
  ++report_.progress.done;
  if (!o.ok) ++report_.progress.failed;
  report_.variant_seconds += o.seconds_total;
  report_.analysis_seconds += o.seconds_analyses;
  report_.progress.elapsed_s = now_s() - start_s_;
  report_.city_models = cities_.size();
  if (options_.progress) options_.progress(report_.progress);
}

BatchReport BatchRunner::run_local() {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < pending_.size(); i = next++) record(run_variant(pending_[i]));
  };
  const int threads = std::max(1, options_.threads);
  std::vector<std::jthread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  pool.clear();  // joins
  finalize();
  return report_;
}

void BatchRunner::finalize() {
  std::lock_guard lock(record_mutex_);
  table_->finalize();
  report_.city_models = cities_.size();
  report_.progress.elapsed_s = now_s() - start_s_;
}

}  // namespace agora::run
