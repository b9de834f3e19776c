#pragma once
// One layout feature of any kind as a value, and uniform access to the typed vectors of
// scenario::Layout by (kind, index). Editing commands, the property panel, hit testing and
// drawing all work through this instead of switching over ten vectors each.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "sim/scenario/scenario.hpp"

namespace agora::gui {

using scenario::Kind;

// Alternatives in the order of scenario::Kind.
using LayoutFeature = std::variant<scenario::Perimeter, scenario::CrowdZone, scenario::Exit,
                                   scenario::Stage, scenario::Stall, scenario::Structure,
                                   scenario::PlannedBarrier, scenario::EmergencyGate,
                                   scenario::AccessPoint, scenario::Receiver, scenario::Stairs>;

inline constexpr Kind kAllKinds[] = {Kind::Perimeter, Kind::CrowdZone,     Kind::Exit,
                                     Kind::Stage,     Kind::Stall,         Kind::Structure,
                                     Kind::Barrier,   Kind::EmergencyGate, Kind::AccessPoint,
                                     Kind::Receiver,  Kind::Stairs};

struct FeatureId {
  Kind kind = Kind::Perimeter;
  std::size_t index = 0;
  bool operator==(const FeatureId&) const = default;
};

Kind kind_of(const LayoutFeature& f);
const scenario::FeatureInfo& info_of(const LayoutFeature& f);
scenario::FeatureInfo& info_of(LayoutFeature& f);

std::size_t count(const scenario::Layout& layout, Kind kind);
bool valid(const scenario::Layout& layout, FeatureId id);
std::vector<FeatureId> all_features(const scenario::Layout& layout);

LayoutFeature get(const scenario::Layout& layout, FeatureId id);
void put(scenario::Layout& layout, FeatureId id, LayoutFeature feature);     // replaces
void insert(scenario::Layout& layout, FeatureId id, LayoutFeature feature);  // before index
void erase(scenario::Layout& layout, FeatureId id);

// The editable geometry: a point, an open line, or a polygon's outer ring (without the
// closing point; holes are kept but not edited).
enum class ShapeType { Point, Line, Polygon };
struct Shape {
  ShapeType type = ShapeType::Point;
  std::vector<Vec2> points;
};

// What shape a kind is drawn with (a stage or a barrier may also be a point or polygon; this
// is the shape its tool draws).
ShapeType drawn_shape(Kind kind);
Shape shape_of(const LayoutFeature& f);
void set_shape(LayoutFeature& f, const Shape& shape);

// A new feature of a kind with the given geometry and sensible defaults for its required
// properties (an exit 2.5 m wide, a stage of 110 dB(A)), named "<kind> <n>".
LayoutFeature make_feature(Kind kind, const Shape& shape, const std::string& id);

// A readable kind name: "crowd zone", "emergency gate".
std::string kind_label(Kind kind);

}  // namespace agora::gui

namespace agora::gui {
// True when both layouts hold the same features in the same order with the same geometry
// and properties (results computed for one hold for the other).
bool same_layout(const scenario::Layout& a, const scenario::Layout& b);
}  // namespace agora::gui
