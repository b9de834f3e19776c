#pragma once
// Plain values, ordered figures and feature layers: the neutral form in which analyses hand
// their results to the edges (GeoPackage, CSV, JSON, report, GUI) without knowing them.

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "sim/geometry/geometry.hpp"

namespace agora {

using Value = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

enum class ValueType { Bool, Integer, Real, Text };

// Figures of one run under stable dotted keys ("ramming.M1.max_speed_kmh"), in insertion
// order. summary.json nests them by the dots; batch CSV uses them as columns.
class Figures {
 public:
  void set(std::string key, Value value);
  const Value* find(const std::string& key) const;
  const std::vector<std::pair<std::string, Value>>& entries() const { return entries_; }
  void append(const Figures& other);

 private:
  std::vector<std::pair<std::string, Value>> entries_;
};

using Geometry = std::variant<Vec2, Polyline, Polygon, MultiPolygon>;
enum class GeometryType { kPoint, kLine, kPolygon, kMultiPolygon };

struct FieldDef {
  std::string name;
  ValueType type;
};

struct Feature {
  Geometry geometry;
  std::vector<Value> values;  // one per FieldDef, in order; monostate is NULL
};

struct FeatureLayer {
  std::string name;
  GeometryType geometry_type = GeometryType::kPoint;
  std::vector<FieldDef> fields;
  std::vector<Feature> features;

  // Index of a field by name, or -1.
  int field_index(const std::string& field) const;
};

}  // namespace agora
