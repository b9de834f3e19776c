#include "gui/session/editor_session.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <thread>

#include "app/run/analysis_registry.hpp"
#include "gis/price_list_reader.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/vehicle_tables.hpp"
#include "gui/doc/feature_properties.hpp"
#include "gui/edit/geometry_checks.hpp"
#include "sim/scenario/validate.hpp"

namespace agora::gui {

EditorSession::~EditorSession() {
  runner.cancel();
  while (runner.busy()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

// ---- the document ------------------------------------------------------------------------

void EditorSession::set_document(Document d) {
  runner.cancel();
  run_errors.clear();
  run_queue.clear();
  doc = std::make_unique<Document>(std::move(d));
  to_lonlat_ = std::make_unique<gis::Reprojector>(
      gis::Reprojector::to_lonlat(doc->crs(), doc->scenario.map_path));
  from_lonlat_ = std::make_unique<gis::Reprojector>(
      gis::Reprojector::from_lonlat(doc->crs(), doc->scenario.map_path));
  validated_revision_ = 0;
  catalogue_.reset();
  catalogue_error.clear();
  variants.clear();
  variants.emplace_back();
  variants[0].name = "A";
  current = 0;
  autosaved_revision_ = doc->revision;
}

std::optional<Vec2> EditorSession::lonlat_to_local(Vec2 ll) const {
  if (!from_lonlat_) return std::nullopt;
  const Vec2 p = from_lonlat_->transform(ll);
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) return std::nullopt;
  return p;
}

std::optional<Vec2> EditorSession::local_to_lonlat(Vec2 p) const {
  if (!to_lonlat_) return std::nullopt;
  const Vec2 ll = to_lonlat_->transform(p);
  if (!std::isfinite(ll.x) || !std::isfinite(ll.y)) return std::nullopt;
  return ll;
}

bool EditorSession::validate() {
  if (!doc || validated_revision_ == doc->revision) return false;
  validated_revision_ = doc->revision;
  validation_errors.clear();
  validation_warnings.clear();
  try {
    const scenario::Findings f = scenario::validate(doc->scenario, *doc->city);
    validation_errors = f.errors.problems();
    validation_warnings = f.warnings;
    // What the checks let pass but is usually a slip of the mouse (an exit dragged off the line).
    for (Problem& w : geometry_warnings(doc->scenario.layout, *doc->city))
      validation_warnings.push_back(std::move(w));
    // A barrier drawn otherwise than its product is laid.
    for (Problem& w : product_warnings(doc->scenario.layout, *barrier_catalogue(), price_list()))
      validation_warnings.push_back(std::move(w));
  } catch (const Error& e) {
    validation_errors = e.problems();
  }
  return true;
}

bool EditorSession::apply_property(FeatureId id, const std::string& key, const std::string& text) {
  if (!doc || !valid(doc->scenario.layout, id)) return false;
  LayoutFeature f = get(doc->scenario.layout, id);
  if (property_text(f, key) == text) return true;
  if (auto error = set_property(f, key, text)) {
    property_error = *error;
    return false;
  }
  property_error.clear();
  doc->perform(replace_feature(id, doc->scenario.layout, f, "set " + key));
  return true;
}

std::string EditorSession::new_feature_id(Kind kind) const {
  std::string base = scenario::to_string(kind);
  std::replace(base.begin(), base.end(), '_', '-');
  for (int n = 1;; ++n) {
    const std::string id = base + "-" + std::to_string(n);
    bool taken = false;
    for (const FeatureId& f : all_features(doc->scenario.layout))
      taken = taken || info_of(get(doc->scenario.layout, f)).id == id;
    if (!taken) return id;
  }
}

const vehicle::BarrierCatalogue* EditorSession::barrier_catalogue() {
  if (!catalogue_ && doc) {
    try {
      catalogue_ = gis::load_barrier_catalogue(doc->scenario.barrier_catalogue_path);
    } catch (const Error& e) {
      catalogue_error = e.problems().front().to_string();
      catalogue_ = vehicle::BarrierCatalogue{};
    }
  }
  return catalogue_ ? &*catalogue_ : nullptr;
}

const barriers::PriceList& EditorSession::price_list() {
  if (!prices_) {
    try {
      prices_ = gis::load_price_list();
    } catch (const Error& e) {
      price_error = e.problems().front().to_string();
      prices_ = barriers::PriceList{};
    }
  }
  return *prices_;
}

// ---- files ---------------------------------------------------------------------------------

void EditorSession::save() {
  doc->save();
  for (std::size_t v = 0; v < variants.size(); ++v)
    if (v != current) variants[v].history.mark_unsaved();
  if (autosave_enabled) autosave.discard(*doc);
}

void EditorSession::save_as(const std::string& path) {
  if (autosave_enabled) autosave.discard(*doc);
  doc->save_as(path);
  for (std::size_t v = 0; v < variants.size(); ++v)
    if (v != current) variants[v].history.mark_unsaved();
}

std::optional<std::string> EditorSession::autosave_tick(bool force) {
  if (!autosave_enabled || !doc || !doc->dirty()) return std::nullopt;
  const auto now = std::chrono::steady_clock::now();
  if (!force &&
      (doc->revision == autosaved_revision_ || now - last_autosave_ < std::chrono::seconds(60)))
    return std::nullopt;
  try {
    autosave.write(*doc);
    autosaved_revision_ = doc->revision;
    last_autosave_ = now;
  } catch (const Error& e) {
    return e.problems().front().message;
  }
  return std::nullopt;
}

// ---- variants ------------------------------------------------------------------------------

run::RunResult* EditorSession::current_result() const {
  if (variants.empty()) return nullptr;
  return variants[current].result.get();
}

bool EditorSession::results_stale() {
  const Variant& v = variants[current];
  if (!v.result || !doc) return false;
  if (stale_checked_revision_ != doc->revision) {
    stale_checked_revision_ = doc->revision;
    stale_ = !same_layout(doc->scenario.layout, v.result_layout);
  }
  return stale_;
}

bool EditorSession::switch_variant(std::size_t index) {
  if (!doc || index >= variants.size() || index == current || runner.busy()) return false;
  Variant& from = variants[current];
  from.layout = std::move(doc->scenario.layout);
  from.history = std::move(doc->history);
  Variant& to = variants[index];
  doc->scenario.layout = std::move(to.layout);
  doc->history = std::move(to.history);
  to.layout = {};
  to.history = {};
  ++doc->revision;
  current = index;
  stale_checked_revision_ = 0;
  return true;
}

void EditorSession::new_variant() {
  Variant v;
  v.name = std::string(1, static_cast<char>('A' + std::min<std::size_t>(variants.size(), 25)));
  v.source = "copy of " + variants[current].name;
  v.layout = doc->scenario.layout;
  // The copy equals what is on disk only if the current variant is saved.
  if (!doc->history.at_saved()) v.history.mark_unsaved();
  variants.push_back(std::move(v));
  switch_variant(variants.size() - 1);
}

void EditorSession::add_variant_from(const std::string& path) {
  scenario::Scenario s = gis::read_scenario_file(path);
  ProblemList problems;
  std::vector<Problem> warnings;
  gis::read_layout(s, doc->crs(), problems, warnings);
  problems.throw_if_any();
  Variant v;
  v.name = std::string(1, static_cast<char>('A' + std::min<std::size_t>(variants.size(), 25)));
  v.source = std::filesystem::path(path).filename().string();
  v.layout = std::move(s.layout);
  v.history.mark_unsaved();  // not what the open scenario's files hold
  variants.push_back(std::move(v));
}

void EditorSession::set_result(std::shared_ptr<run::RunResult> result) {
  variants[current].result = std::move(result);
  stale_checked_revision_ = 0;
}

// ---- runs ----------------------------------------------------------------------------------

std::vector<std::string> EditorSession::run_choices() const {
  std::vector<std::string> names;
  if (!doc) return names;
  try {
    for (const run::AnalysisPlugin* p : run::analyses_for(doc->scenario)) names.push_back(p->name);
  } catch (const Error&) {
    // An unknown analysis name: Problems says so, and the run refuses to start.
  }
  return names;
}

EditorSession::RunStart EditorSession::start_run(
    const std::function<std::string(const std::string&)>& trajectory_path) {
  if (!doc || runner.busy()) return RunStart::Busy;
  validate();
  if (!validation_errors.empty()) {
    run_queue.clear();
    return RunStart::Invalid;
  }
  gis::LoadedScenario input;
  input.scenario = doc->scenario;
  if (input.scenario.crs.empty()) input.scenario.crs = doc->crs();
  input.city = doc->city;
  variants[current].result_layout = doc->scenario.layout;
  std::vector<std::string> only;
  if (!run_skipped.empty())
    for (const std::string& a : run_choices())
      if (!run_skipped.contains(a)) only.push_back(a);
  if (!run_skipped.empty() && only.empty()) {
    run_queue.clear();
    return RunStart::NothingChosen;
  }
  run_started_ = std::chrono::steady_clock::now();
  first_verdict_ms = -1.0;
  runner.start(std::move(input), doc->revision, trajectory_path(variants[current].name),
               std::move(only));
  run_errors.clear();
  return RunStart::Started;
}

double EditorSession::ms_since_run_start() const {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - run_started_)
      .count();
}

}  // namespace agora::gui
