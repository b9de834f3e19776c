#pragma once
// The properties a user edits on each kind of layout feature, as text, with their units and
// allowed ranges (the same ranges the scenario reader enforces, so what the editor accepts
// the reader accepts). Empty text clears an optional property.

#include <optional>
#include <string>
#include <vector>

#include "gui/doc/layout_feature.hpp"

namespace agora::gui {

enum class PropertyType { Text, Number, Flag };

struct PropertyDef {
  std::string key;
  PropertyType type = PropertyType::Text;
  bool required = false;
  double lo = 0.0, hi = 0.0;  // numbers only
  std::string unit;
  std::string help;
};

const std::vector<PropertyDef>& property_defs(Kind kind);

// The property as text: numbers with up to 6 significant digits, flags "true"/"false",
// "" when unset.
std::string property_text(const LayoutFeature& feature, const std::string& key);

// Sets the property from text. Returns what is wrong with the text (the expected range,
// a missing required value) and leaves the feature unchanged when it is not acceptable.
std::optional<std::string> set_property(LayoutFeature& feature, const std::string& key,
                                        const std::string& text);

}  // namespace agora::gui
