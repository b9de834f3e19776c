#pragma once
// The scenario being edited: the scenario model with its layout, the city model it sits on,
// where it is saved, and its undo history. Every change goes through perform(), undo() or
// redo(), which bump `revision` so views and caches know to refresh. Opening and saving
// live here too (through gis/), so the app, the script player and the tests share them.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "gis/map_reader.hpp"
#include "gui/doc/history.hpp"
#include "sim/city/city_model.hpp"
#include "sim/core/error.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::gui {

// Where a save writes: scenario.json and one file per layout layer.
struct SaveTarget {
  std::string scenario_path;
  std::vector<std::string> layout_paths;
};

class Document {
 public:
  scenario::Scenario scenario;
  std::shared_ptr<const city::CityModel> city;
  std::vector<Problem> load_problems;  // features the reader could not take (dropped) and warnings
  History history;
  std::uint64_t revision = 1;

  // The local CRS everything is in ("EPSG:25832").
  const std::string& crs() const { return city->stats.target_crs; }
  bool untitled() const { return target_.scenario_path.empty(); }
  const SaveTarget& target() const { return target_; }
  bool dirty() const { return !history.at_saved() || unsaved_; }
  std::string title() const;

  void perform(std::unique_ptr<Command> command);
  void undo();
  void redo();

  // Opens scenario.json: parses it, reads its map and layout. Features with problems are
  // dropped and listed in load_problems; a scenario file that cannot be parsed throws.
  static Document open_scenario(const std::string& path);
  // A new, untitled scenario on a map file, with an empty layout and placeholder event facts.
  static Document new_from_map(const std::string& map_path);
  // Opens a scenario saved elsewhere (an autosave) as the given document path, unsaved.
  static Document recover(const std::string& autosave_scenario, const SaveTarget& original);

  // The save target for "save as" path: layout files keep their names relative to the
  // scenario's folder; a new scenario gets "<stem>.layout.geojson" beside it.
  SaveTarget target_for(const std::string& scenario_path) const;
  // Writes the layout files and scenario.json to target (each atomically).
  void write_to(const SaveTarget& target) const;
  void save();  // to target(); throws when untitled
  void save_as(const std::string& scenario_path);

  // Layout layer a feature is saved to: the index of its source file, 0 for new features.
  std::size_t layout_file_of(const scenario::FeatureInfo& info) const;

 private:
  SaveTarget target_;
  std::vector<std::string> source_layout_paths_;  // as read; features name these in info.file
  std::string original_json_;                     // the scenario.json text last read or written
  bool unsaved_ = false;                          // recovered or new: dirty until first save
};

}  // namespace agora::gui
