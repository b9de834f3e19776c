#include "gui/doc/history.hpp"

namespace agora::gui {

using scenario::Scenario;

void History::perform(std::unique_ptr<Command> c, Scenario& s) {
  c->apply(s);
  done_.resize(position_);
  if (saved_ > static_cast<long>(position_))
    saved_ = -1;  // the saved state can no longer be reached
  done_.push_back(std::move(c));
  ++position_;
}

void History::undo(Scenario& s) {
  if (!can_undo()) return;
  done_[--position_]->revert(s);
}

void History::redo(Scenario& s) {
  if (!can_redo()) return;
  done_[position_++]->apply(s);
}

namespace {

class InsertFeature final : public Command {
 public:
  InsertFeature(FeatureId at, LayoutFeature f, std::string label)
      : at_(at), feature_(std::move(f)), label_(std::move(label)) {}
  void apply(Scenario& s) override { insert(s.layout, at_, feature_); }
  void revert(Scenario& s) override { erase(s.layout, at_); }
  std::string label() const override {
    return label_.empty() ? "add " + kind_label(at_.kind) : label_;
  }

 private:
  FeatureId at_;
  LayoutFeature feature_;
  std::string label_;
};

class EraseFeature final : public Command {
 public:
  EraseFeature(FeatureId id, LayoutFeature f) : id_(id), feature_(std::move(f)) {}
  void apply(Scenario& s) override { erase(s.layout, id_); }
  void revert(Scenario& s) override { insert(s.layout, id_, feature_); }
  std::string label() const override { return "delete " + kind_label(id_.kind); }

 private:
  FeatureId id_;
  LayoutFeature feature_;
};

class ReplaceFeature final : public Command {
 public:
  ReplaceFeature(FeatureId id, LayoutFeature before, LayoutFeature after, std::string label)
      : id_(id), before_(std::move(before)), after_(std::move(after)), label_(std::move(label)) {}
  void apply(Scenario& s) override { put(s.layout, id_, after_); }
  void revert(Scenario& s) override { put(s.layout, id_, before_); }
  std::string label() const override { return label_; }

 private:
  FeatureId id_;
  LayoutFeature before_, after_;
  std::string label_;
};

class ReplaceLayout final : public Command {
 public:
  ReplaceLayout(scenario::Layout before, scenario::Layout after, std::string label)
      : before_(std::move(before)), after_(std::move(after)), label_(std::move(label)) {}
  void apply(Scenario& s) override { s.layout = after_; }
  void revert(Scenario& s) override { s.layout = before_; }
  std::string label() const override { return label_; }

 private:
  scenario::Layout before_, after_;
  std::string label_;
};

class ReplaceEvent final : public Command {
 public:
  ReplaceEvent(scenario::EventFacts before, scenario::EventFacts after)
      : before_(std::move(before)), after_(std::move(after)) {}
  void apply(Scenario& s) override { s.event = after_; }
  void revert(Scenario& s) override { s.event = before_; }
  std::string label() const override { return "edit event facts"; }

 private:
  scenario::EventFacts before_, after_;
};

class Compound final : public Command {
 public:
  Compound(std::vector<std::unique_ptr<Command>> parts, std::string label)
      : parts_(std::move(parts)), label_(std::move(label)) {}
  void apply(Scenario& s) override {
    for (auto& p : parts_) p->apply(s);
  }
  void revert(Scenario& s) override {
    for (auto it = parts_.rbegin(); it != parts_.rend(); ++it) (*it)->revert(s);
  }
  std::string label() const override { return label_; }

 private:
  std::vector<std::unique_ptr<Command>> parts_;
  std::string label_;
};

}  // namespace

std::unique_ptr<Command> insert_feature(FeatureId at, LayoutFeature f, std::string label) {
  return std::make_unique<InsertFeature>(at, std::move(f), std::move(label));
}
std::unique_ptr<Command> erase_feature(FeatureId id, const scenario::Layout& layout) {
  return std::make_unique<EraseFeature>(id, get(layout, id));
}
std::unique_ptr<Command> replace_feature(FeatureId id, const scenario::Layout& layout,
                                         LayoutFeature after, std::string label) {
  return std::make_unique<ReplaceFeature>(id, get(layout, id), std::move(after), std::move(label));
}
std::unique_ptr<Command> replace_layout(scenario::Layout before, scenario::Layout after,
                                        std::string label) {
  return std::make_unique<ReplaceLayout>(std::move(before), std::move(after), std::move(label));
}
std::unique_ptr<Command> replace_event(scenario::EventFacts before, scenario::EventFacts after) {
  return std::make_unique<ReplaceEvent>(std::move(before), std::move(after));
}
std::unique_ptr<Command> compound(std::vector<std::unique_ptr<Command>> parts, std::string label) {
  return std::make_unique<Compound>(std::move(parts), std::move(label));
}

}  // namespace agora::gui
