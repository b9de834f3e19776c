#pragma once
// The editing tools (select, and one drawing tool per layout kind) and the sketch a drawing
// tool builds from clicks: polygons need three corners, lines two points, points finish on
// the first click.

#include <optional>
#include <string>
#include <vector>

#include "gui/doc/layout_feature.hpp"

namespace agora::gui {

enum class Tool {
  Select,
  Perimeter,
  CrowdZone,
  Exit,
  Stage,
  Stall,
  Structure,
  Barrier,
  EmergencyGate,
  AccessPoint,
  Receiver,
  Stairs
};

inline constexpr Tool kAllTools[] = {Tool::Select,      Tool::Perimeter, Tool::CrowdZone,
                                     Tool::Exit,        Tool::Stage,     Tool::Stall,
                                     Tool::Structure,   Tool::Barrier,   Tool::EmergencyGate,
                                     Tool::AccessPoint, Tool::Receiver,  Tool::Stairs};

std::optional<Kind> tool_kind(Tool tool);
// Script and menu name: "select", "perimeter", "crowd_zone", "barrier", ...
std::string tool_name(Tool tool);
std::optional<Tool> tool_from_name(const std::string& name);

class Sketch {
 public:
  explicit Sketch(Kind kind) : kind_(kind), type_(drawn_shape(kind)) {}
  Kind kind() const { return kind_; }
  ShapeType type() const { return type_; }
  const std::vector<Vec2>& points() const { return points_; }

  // Adds a point; returns true when the shape is complete (points finish at once).
  bool add(Vec2 p);
  void remove_last();
  bool can_finish() const;
  std::size_t min_points() const;
  Shape shape() const { return {type_, points_}; }

 private:
  Kind kind_;
  ShapeType type_;
  std::vector<Vec2> points_;
};

}  // namespace agora::gui
