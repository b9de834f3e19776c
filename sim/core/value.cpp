#include "sim/core/value.hpp"

namespace agora {

void Figures::set(std::string key, Value value) {
  for (auto& [k, v] : entries_) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  entries_.emplace_back(std::move(key), std::move(value));
}

const Value* Figures::find(const std::string& key) const {
  for (const auto& [k, v] : entries_)
    if (k == key) return &v;
  return nullptr;
}

void Figures::append(const Figures& other) {
  for (const auto& [k, v] : other.entries_) set(k, v);
}

int FeatureLayer::field_index(const std::string& field) const {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == field) return static_cast<int>(i);
  return -1;
}

}  // namespace agora
