#pragma once
// The output folder of a run, kept safe: created with a clear error when it cannot be, locked
// against a second run writing into it at the same time, cleared of what killed runs left
// behind (".tmp-PID-..." files and folders of processes that no longer run), and never
// allowed to replace an input. A run writes into a staging folder inside it; publish() checks
// every staged name against the run's inputs and only then moves the files into place.

#include <filesystem>
#include <string>
#include <vector>

#include "sim/scenario/scenario.hpp"

namespace agora::app {

// Every file a scenario reads: scenario.json, the map, the layout layers, a profile file and
// the data tables it names. Built-in data (no path) is not listed.
std::vector<std::string> scenario_inputs(const scenario::Scenario& scenario);

class OutputFolder {
 public:
  // Throws agora::Error (exit 2 at the command line) naming the folder when it cannot be
  // created or another run holds its lock.
  OutputFolder(std::filesystem::path dir, std::vector<std::string> inputs);
  ~OutputFolder();  // removes the staging folder (what publish() did not move) and unlocks
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  // Where the run writes its files: DIR/.tmp-PID-run.
  const std::filesystem::path& staging() const { return staging_; }
  // Refuses (agora::Error naming the output and the input) when any staged file would replace
  // an input; else moves every staged file into the folder. Returns the names moved.
  std::vector<std::string> publish();

  // The same check for one output path, for writers that do not stage.
  static void check_not_input(const std::filesystem::path& output,
                              const std::vector<std::string>& inputs);

 private:
  std::filesystem::path dir_, staging_;
  std::vector<std::string> inputs_;
  int lock_fd_ = -1;
};

// Removes ".tmp-PID-*" entries in dir whose process no longer runs. Returns how many.
int remove_stale_temporaries(const std::filesystem::path& dir);

}  // namespace agora::app
