#pragma once
// An analysis feature in words for the tooltip and the Results tab: its fields as
// "name: value", except that per-class fields ("M1_speed_low_kmh", "M1_verdict", ...) are
// gathered into one line per vehicle class: "M1: 54–62 km/h, 221 kJ, inadequate".

#include <string>
#include <vector>

#include "sim/core/value.hpp"

namespace agora::gui {

struct FeatureDescription {
  std::vector<std::string> lines;        // ungrouped fields
  std::vector<std::string> class_lines;  // one per vehicle class, when the layer has them
};

FeatureDescription describe_feature(const FeatureLayer& layer, const Feature& feature);

}  // namespace agora::gui
