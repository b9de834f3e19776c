#pragma once
// Running a sweep: every variant of a base scenario, in parallel on N threads (or handed out
// to MPI ranks, app/run/batch_mpi), the city model built once per map and shared read-only.
// Each finished variant writes its own folder (variants/<id>/summary.json, and results.gpkg
// when asked) and appends its row to results.csv; a failed variant is recorded with its error
// and the batch goes on; --resume skips what is done. See docs/batch.md.

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/run/city_cache.hpp"
#include "app/run/results_table.hpp"
#include "app/run/scenario_run.hpp"
#include "sim/batch/sweep.hpp"

namespace agora::run {

struct BatchProgress {
  std::size_t total = 0;    // variants in the sweep
  std::size_t skipped = 0;  // done before (resume)
  std::size_t done = 0;     // finished in this run, ok or failed
  std::size_t failed = 0;
  double elapsed_s = 0.0;
};

struct BatchOptions {
  std::string out_dir = "batch-out";
  int threads = 1;
  bool resume = false;
  bool force = false;             // allow more variants than the sweep's limit
  bool write_geopackage = false;  // variants/<id>/results.gpkg (and rasters) as well
  std::function<void(const BatchProgress&)> progress;  // called after every variant
};

// What one variant produced: enough to record it anywhere (it travels between MPI ranks).
struct VariantOutcome {
  std::size_t index = 0;
  std::string id;
  bool ok = false;
  std::string error;
  std::vector<std::pair<std::string, Value>> params;
  Figures figures;
  std::string summary_json;  // the variant's summary.json text
  double seconds_total = 0.0;
  double seconds_analyses = 0.0;

  std::string serialize() const;
  static VariantOutcome deserialize(const std::string& text);
};

struct BatchReport {
  BatchProgress progress;
  std::size_t city_models = 0;    // distinct maps built
  double variant_seconds = 0.0;   // sum over variants of their whole time
  double analysis_seconds = 0.0;  // of which inside the analyses
};

class BatchRunner {
 public:
  BatchRunner(batch::Sweep sweep, BatchOptions options);

  // Checks everything that can be checked before a variant runs: the sweep, the variant
  // count against the limit, the base scenario, the output folder (another sweep's results,
  // or this sweep's without --resume). Creates the folder and reads results on resume.
  // Throws agora::Error.
  void prepare();
  // For an MPI worker rank: expands the variants and reads the base scenario, touching no
  // output (rank 0 records everything).
  void prepare_worker();
  // Variants still to run, after prepare().
  const std::vector<batch::Variant>& pending() const { return pending_; }
  const std::vector<batch::Variant>& variants() const { return variants_; }

  // Runs one variant (thread-safe; writes only its own folder when geopackage output is on).
  VariantOutcome run_variant(const batch::Variant& variant);
  // Records a finished variant: its folder's summary.json and its results.csv row.
  void record(const VariantOutcome& outcome);

  // Runs every pending variant on options.threads threads and finalizes results.csv.
  BatchReport run_local();
  void finalize();
  const BatchReport& report() const { return report_; }

 private:
  std::string fingerprint() const;
  std::shared_ptr<const scenario::Layout> layout_for(const scenario::Scenario& s,
                                                     const std::string& crs,
                                                     std::vector<Problem>& warnings);

  batch::Sweep sweep_;
  BatchOptions options_;
  std::vector<batch::Variant> variants_;
  std::vector<batch::Variant> pending_;
  scenario::Scenario base_;
  CityCache cities_;
  std::mutex layouts_mutex_;
  std::map<std::string, std::pair<std::shared_ptr<const scenario::Layout>, std::vector<Problem>>>
      layouts_;
  std::mutex record_mutex_;
  std::unique_ptr<ResultsTable> table_;
  BatchReport report_;
  double start_s_ = 0.0;
};

}  // namespace agora::run
