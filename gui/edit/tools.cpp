#include "gui/edit/tools.hpp"

namespace agora::gui {

std::optional<Kind> tool_kind(Tool t) {
  switch (t) {
    case Tool::Select:
      return std::nullopt;
    case Tool::Perimeter:
      return Kind::Perimeter;
    case Tool::CrowdZone:
      return Kind::CrowdZone;
    case Tool::Exit:
      return Kind::Exit;
    case Tool::Stage:
      return Kind::Stage;
    case Tool::Stall:
      return Kind::Stall;
    case Tool::Structure:
      return Kind::Structure;
    case Tool::Barrier:
      return Kind::Barrier;
    case Tool::EmergencyGate:
      return Kind::EmergencyGate;
    case Tool::AccessPoint:
      return Kind::AccessPoint;
    case Tool::Receiver:
      return Kind::Receiver;
    case Tool::Stairs:
      return Kind::Stairs;
  }
  return std::nullopt;
}

std::string tool_name(Tool t) {
  const auto k = tool_kind(t);
  return k ? scenario::to_string(*k) : "select";
}

std::optional<Tool> tool_from_name(const std::string& name) {
  for (Tool t : kAllTools)
    if (tool_name(t) == name) return t;
  return std::nullopt;
}

std::size_t Sketch::min_points() const {
  switch (type_) {
    case ShapeType::Point:
      return 1;
    case ShapeType::Line:
      return 2;
    case ShapeType::Polygon:
      return 3;
  }
  return 1;
}

bool Sketch::add(Vec2 p) {
  // A click on the last point (a double click) adds nothing.
  if (!points_.empty() && points_.back() == p) return false;
  points_.push_back(p);
  return type_ == ShapeType::Point;
}

void Sketch::remove_last() {
  if (!points_.empty()) points_.pop_back();
}

bool Sketch::can_finish() const {
  return points_.size() >= min_points();
}

}  // namespace agora::gui
