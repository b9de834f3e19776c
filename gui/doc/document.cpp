#include "gui/doc/document.hpp"

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "gis/layout_writer.hpp"
#include "gis/scenario_reader.hpp"
#include "gis/scenario_writer.hpp"
#include "gis/text_file.hpp"

namespace agora::gui {

namespace fs = std::filesystem;

std::string Document::title() const {
  std::string t = scenario.event.name.empty() ? scenario.name : scenario.event.name;
  if (t.empty()) t = "untitled";
  t += untitled() ? " (not saved yet)" : " — " + target_.scenario_path;
  return (dirty() ? "* " : "") + t;
}

void Document::perform(std::unique_ptr<Command> command) {
  history.perform(std::move(command), scenario);
  ++revision;
}

void Document::undo() {
  if (!history.can_undo()) return;
  history.undo(scenario);
  ++revision;
}

void Document::redo() {
  if (!history.can_redo()) return;
  history.redo(scenario);
  ++revision;
}

Document Document::open_scenario(const std::string& path) {
  Document d;
  d.scenario = gis::read_scenario_file(path);
  d.original_json_ = gis::read_text_file(path);
  d.city = std::make_shared<const city::CityModel>(
      gis::read_city_model(d.scenario.map_path, gis::import_options_for(d.scenario)));
  ProblemList problems;
  gis::read_layout(d.scenario, d.city->stats.target_crs, problems, d.load_problems);
  // Errors first, then the warnings.
  std::vector<Problem> all = problems.problems();
  all.insert(all.end(), d.load_problems.begin(), d.load_problems.end());
  d.load_problems = std::move(all);
  // The save target by absolute path: autosave and recovery may happen from another folder.
  d.target_.scenario_path = fs::absolute(path).lexically_normal().string();
  for (const std::string& l : d.scenario.layout_paths)
    d.target_.layout_paths.push_back(fs::absolute(l).lexically_normal().string());
  d.source_layout_paths_ = d.scenario.layout_paths;
  return d;
}

Document Document::new_from_map(const std::string& map_path) {
  Document d;
  gis::ImportOptions options;
  options.origin = map_path;
  d.city = std::make_shared<const city::CityModel>(gis::read_city_model(map_path, options));
  d.scenario.map_path = fs::absolute(map_path).lexically_normal().string();
  d.scenario.name = fs::path(map_path).stem().stem().string();
  d.scenario.event.name = "New event";
  d.scenario.event.type = "market";
  d.scenario.event.attendance_peak = 1000;
  const auto today = std::chrono::year_month_day(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(today.year()),
                static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
  d.scenario.event.days = {{date, "10:00", "22:00"}};
  d.unsaved_ = true;
  return d;
}

Document Document::recover(const std::string& autosave_scenario, const SaveTarget& original) {
  Document d = open_scenario(autosave_scenario);
  // Features keep their place in the original files: the autosave wrote one file per
  // original layout file, in the same order.
  d.source_layout_paths_ = d.scenario.layout_paths;
  d.scenario.layout_paths = original.layout_paths;
  d.scenario.file = original.scenario_path;
  d.scenario.directory = fs::path(original.scenario_path).parent_path().string();
  d.target_ = original;
  if (!original.scenario_path.empty()) {
    std::error_code ec;
    if (fs::exists(original.scenario_path, ec))
      d.original_json_ = gis::read_text_file(original.scenario_path);
  }
  d.unsaved_ = true;
  return d;
}

std::size_t Document::layout_file_of(const scenario::FeatureInfo& info) const {
  for (std::size_t i = 0; i < source_layout_paths_.size(); ++i)
    if (info.file == source_layout_paths_[i]) return i;
  return 0;
}

SaveTarget Document::target_for(const std::string& scenario_path) const {
  SaveTarget t;
  t.scenario_path = scenario_path;
  const fs::path dir = fs::path(scenario_path).parent_path();
  if (target_.layout_paths.empty()) {
    const std::string stem = fs::path(scenario_path).stem().string();
    t.layout_paths = {
        (dir / (stem == "scenario" ? "layout.geojson" : stem + ".layout.geojson")).string()};
    return t;
  }
  const fs::path old_dir =
      target_.scenario_path.empty() ? fs::path() : fs::path(target_.scenario_path).parent_path();
  for (const std::string& l : target_.layout_paths) {
    fs::path rel = old_dir.empty() ? fs::path() : fs::path(l).lexically_relative(old_dir);
    if (rel.empty() || *rel.begin() == "..") rel = fs::path(l).filename();
    t.layout_paths.push_back((dir / rel).string());
  }
  return t;
}

void Document::write_to(const SaveTarget& t) const {
  // One sub-layout per layout file, features in their original file.
  std::vector<scenario::Layout> parts(std::max<std::size_t>(t.layout_paths.size(), 1));
  auto split = [&](const auto& features, auto member) {
    for (const auto& f : features)
      (parts[std::min(layout_file_of(f.info), parts.size() - 1)].*member).push_back(f);
  };
  const scenario::Layout& L = scenario.layout;
  split(L.perimeters, &scenario::Layout::perimeters);
  split(L.crowd_zones, &scenario::Layout::crowd_zones);
  split(L.exits, &scenario::Layout::exits);
  split(L.stages, &scenario::Layout::stages);
  split(L.stalls, &scenario::Layout::stalls);
  split(L.structures, &scenario::Layout::structures);
  split(L.barriers, &scenario::Layout::barriers);
  split(L.emergency_gates, &scenario::Layout::emergency_gates);
  split(L.access_points, &scenario::Layout::access_points);
  split(L.receivers, &scenario::Layout::receivers);
  split(L.stairs, &scenario::Layout::stairs);
  for (std::size_t i = 0; i < t.layout_paths.size(); ++i)
    gis::write_layout_geojson(parts[i], crs(), t.layout_paths[i]);

  scenario::Scenario s = scenario;
  s.layout_paths = t.layout_paths;
  const std::string text = gis::scenario_json(s, t.scenario_path, original_json_);
  // Leave scenario.json untouched when nothing in it changed (the usual case: only the
  // layout was edited), so a save does not reformat a file the user wrote by hand.
  if (t.scenario_path == target_.scenario_path && !original_json_.empty()) {
    const auto before = nlohmann::json::parse(original_json_, nullptr, false);
    const auto after = nlohmann::json::parse(text, nullptr, false);
    if (!before.is_discarded() && before == after) return;
  }
  gis::write_text_file_atomic(t.scenario_path, text);
}

void Document::save() {
  if (untitled()) throw Error("", "", "", "the scenario has no file yet: use Save as");
  write_to(target_);
  original_json_ = gis::read_text_file(target_.scenario_path);
  history.mark_saved();
  unsaved_ = false;
}

void Document::save_as(const std::string& scenario_path) {
  const SaveTarget t = target_for(scenario_path);
  write_to(t);
  original_json_ = gis::read_text_file(t.scenario_path);
  target_ = t;
  scenario.file = t.scenario_path;
  scenario.directory = fs::path(t.scenario_path).parent_path().string();
  scenario.layout_paths = t.layout_paths;
  history.mark_saved();
  unsaved_ = false;
}

}  // namespace agora::gui
