#pragma once
// Crash recovery. While a document has unsaved changes it is written every minute to a
// slot of its own in the autosave folder (a complete scenario: scenario.json, the layout
// files and recovery.json naming the original). A clean save or close removes the slot; a
// slot left behind means the program died, and the next start offers to recover it. A slot
// offered and not taken (Later, or the editor closed without an answer) is kept: this session
// neither overwrites nor removes it, and autosaves its own work beside it.

#include <optional>
#include <string>
#include <vector>

#include "gui/doc/document.hpp"

namespace agora::gui {

struct AutosaveSlot {
  std::string dir;            // the slot folder
  std::string scenario_path;  // the autosaved scenario.json inside it
  SaveTarget original;        // where the document belongs (empty scenario_path: untitled)
  std::string map_path;       // for an untitled document
  std::string saved_at;       // local time, "2026-11-28 14:03"
};

class Autosave {
 public:
  // root: empty means $AGORA_AUTOSAVE_DIR, else $XDG_STATE_HOME/agora/autosave, else
  // ~/.local/state/agora/autosave.
  explicit Autosave(std::string root = "");
  const std::string& root() const { return root_; }

  // Keeps a slot offered for recovery and not yet answered: the document's own autosave goes
  // to another slot, and discard(doc) leaves it. release() ends that (Recover, Discard).
  void keep(const AutosaveSlot& slot);
  void release(const AutosaveSlot& slot);

  // Writes the document's slot. Its recovery.json names the original files by absolute path,
  // so a recovery started from another folder saves to them.
  void write(const Document& doc) const;
  void discard(const Document& doc) const;
  void discard(const AutosaveSlot& slot) const;
  // Slots left by earlier sessions, newest first.
  std::vector<AutosaveSlot> slots() const;
  // The slot of a given scenario file (or map, for untitled work), if one exists.
  std::optional<AutosaveSlot> slot_for(const std::string& scenario_or_map) const;

 private:
  std::string slot_dir(const Document& doc) const;
  std::string root_;
  std::vector<std::string> kept_;  // slot folders this session must not touch
};

}  // namespace agora::gui
