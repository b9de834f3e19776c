#pragma once
// Undo and redo: every change to the scenario is a Command that knows how to apply and
// revert itself; History keeps them in order. The editor never changes the scenario any
// other way, so one mechanism undoes a moved vertex, a deleted exit and an edited rating.

#include <memory>
#include <string>
#include <vector>

#include "gui/doc/layout_feature.hpp"

namespace agora::gui {

class Command {
 public:
  virtual ~Command() = default;
  virtual void apply(scenario::Scenario& s) = 0;
  virtual void revert(scenario::Scenario& s) = 0;
  virtual std::string label() const = 0;
};

class History {
 public:
  // Applies the command and records it; anything that could be redone is dropped.
  void perform(std::unique_ptr<Command> command, scenario::Scenario& s);
  bool can_undo() const { return position_ > 0; }
  bool can_redo() const { return position_ < done_.size(); }
  void undo(scenario::Scenario& s);
  void redo(scenario::Scenario& s);
  std::string undo_label() const { return can_undo() ? done_[position_ - 1]->label() : ""; }
  std::string redo_label() const { return can_redo() ? done_[position_]->label() : ""; }

  // Saved-state tracking: the document is clean when the history is where it was saved.
  void mark_saved() { saved_ = static_cast<long>(position_); }
  void mark_unsaved() { saved_ = -1; }
  bool at_saved() const { return saved_ == static_cast<long>(position_); }
  std::size_t size() const { return done_.size(); }

 private:
  std::vector<std::unique_ptr<Command>> done_;
  std::size_t position_ = 0;
  long saved_ = 0;
};

// --- the commands ---------------------------------------------------------------------------

std::unique_ptr<Command> insert_feature(FeatureId at, LayoutFeature feature,
                                        std::string label = "");
std::unique_ptr<Command> erase_feature(FeatureId id, const scenario::Layout& layout);
std::unique_ptr<Command> replace_feature(FeatureId id, const scenario::Layout& layout,
                                         LayoutFeature after, std::string label);
std::unique_ptr<Command> replace_layout(scenario::Layout before, scenario::Layout after,
                                        std::string label);
std::unique_ptr<Command> replace_event(scenario::EventFacts before, scenario::EventFacts after);
// Several commands as one undo step (undone in reverse order).
std::unique_ptr<Command> compound(std::vector<std::unique_ptr<Command>> parts, std::string label);

}  // namespace agora::gui
