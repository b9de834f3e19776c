#pragma once
// The editor's session apart from its window: the open document and its reprojection, the
// variants (A/B/C layouts of one scenario, each with its undo history and last results), the
// analysis runs, the live checks Problems shows, the barrier catalogue and the autosave. No
// drawing here: App draws it, its menus and the script player drive it.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gis/crs.hpp"
#include "gui/doc/autosave.hpp"
#include "gui/doc/document.hpp"
#include "gui/run/analysis_runner.hpp"
#include "sim/barriers/price_list.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"

namespace agora::gui {

class EditorSession {
 public:
  explicit EditorSession(const std::string& autosave_dir) : autosave(autosave_dir) {}
  // Cancels a run and waits until it stopped (it writes into the replay's recording folder).
  ~EditorSession();
  EditorSession(const EditorSession&) = delete;
  EditorSession& operator=(const EditorSession&) = delete;

  // ---- the document ----
  // Replaces the open document: a run is cancelled, the variants start afresh with A.
  void set_document(Document doc);
  std::optional<Vec2> lonlat_to_local(Vec2 lonlat) const;
  std::optional<Vec2> local_to_lonlat(Vec2 local) const;
  // Runs the scenario checks and the geometry checks again when the document changed since the
  // last call; true when it did.
  bool validate();
  // Sets a property of a feature as the Feature tab does; false (reason in property_error) when
  // the value is refused.
  bool apply_property(FeatureId id, const std::string& key, const std::string& text);
  // An id no feature of the layout has yet: "barrier-3".
  std::string new_feature_id(Kind kind) const;
  // The scenario's barrier catalogue, loaded when first needed (an empty one, with
  // catalogue_error, when it cannot be read).
  const vehicle::BarrierCatalogue* barrier_catalogue();
  // The built-in barrier price list (data/barriers/prices.csv), loaded when first needed (an
  // empty one, with price_error, when it cannot be read).
  const barriers::PriceList& price_list();

  // ---- files ----
  // Save, save as: throw agora::Error naming the file. The other variants' layouts are not in
  // the saved files, so they stay unsaved.
  void save();
  void save_as(const std::string& path);
  // Writes the autosave when due (force: now); the reason when it failed.
  std::optional<std::string> autosave_tick(bool force);

  // ---- variants ----
  struct Variant {
    std::string name;
    std::string source;  // where its layout came from, for people
    scenario::Layout layout;
    History history;
    std::shared_ptr<run::RunResult> result;
    scenario::Layout result_layout;  // the layout the result was computed for
    double run_seconds = 0.0;
  };
  Variant& current_variant() { return variants[current]; }
  run::RunResult* current_result() const;
  // The layout changed since the current variant's result was computed.
  bool results_stale();
  // Swaps the current variant's layout and history for those of variant `index`; false when
  // nothing changed (no such variant, the current one, a run going on).
  bool switch_variant(std::size_t index);
  // A copy of the current layout as a new variant, made current.
  void new_variant();
  // A variant with the layout of another scenario file on the same map (the bundled
  // scenario's scenario-water-filled.json, say); throws agora::Error naming the file.
  void add_variant_from(const std::string& scenario_path);
  // Sets the current variant's result; the stale check starts afresh.
  void set_result(std::shared_ptr<run::RunResult> result);

  // ---- runs ----
  // The analyses the scenario asks for, which the Results tab offers to run or skip.
  std::vector<std::string> run_choices() const;
  enum class RunStart { Started, Busy, Invalid, NothingChosen };
  // Starts the analyses the user ticked on the current variant, recording the crowd run where
  // trajectory_path(variant name) says (Invalid: validation_errors say why; the queue of variants
  // to run is dropped when it does not start).
  RunStart start_run(const std::function<std::string(const std::string&)>& trajectory_path);
  double ms_since_run_start() const;

  std::unique_ptr<Document> doc;
  std::vector<Problem> validation_errors, validation_warnings;
  std::string property_error;  // why the last property was refused
  std::string catalogue_error;
  std::string price_error;

  std::vector<Variant> variants;
  std::size_t current = 0;

  AnalysisRunner runner;
  std::vector<std::size_t> run_queue;  // variants still to run after the current run
  std::set<std::string> run_skipped;   // analyses the user unticked for the next runs
  double first_verdict_ms = -1.0;      // from Run to the first finished analysis's results
  std::vector<Problem> run_errors;

  Autosave autosave;
  bool autosave_enabled = true;

 private:
  std::unique_ptr<gis::Reprojector> to_lonlat_, from_lonlat_;
  std::uint64_t validated_revision_ = 0;
  std::uint64_t stale_checked_revision_ = 0;
  bool stale_ = false;
  std::chrono::steady_clock::time_point run_started_;
  std::chrono::steady_clock::time_point last_autosave_ = std::chrono::steady_clock::now();
  std::uint64_t autosaved_revision_ = 0;
  std::optional<vehicle::BarrierCatalogue> catalogue_;
  std::optional<barriers::PriceList> prices_;
};

}  // namespace agora::gui
