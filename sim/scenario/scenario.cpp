#include "sim/scenario/scenario.hpp"

#include <array>
#include <utility>

namespace agora::scenario {

namespace {
constexpr std::array<std::pair<Kind, const char*>, 11> kKinds{{
    {Kind::Perimeter, "perimeter"},
    {Kind::CrowdZone, "crowd_zone"},
    {Kind::Exit, "exit"},
    {Kind::Stage, "stage"},
    {Kind::Stall, "stall"},
    {Kind::Structure, "structure"},
    {Kind::Barrier, "barrier"},
    {Kind::EmergencyGate, "emergency_gate"},
    {Kind::AccessPoint, "access_point"},
    {Kind::Receiver, "receiver"},
    {Kind::Stairs, "stairs"},
}};
}  // namespace

const char* to_string(Kind kind) {
  for (const auto& [k, s] : kKinds)
    if (k == kind) return s;
  return "unknown";
}

std::optional<Kind> kind_from_string(const std::string& text) {
  for (const auto& [k, s] : kKinds)
    if (text == s) return k;
  return std::nullopt;
}

std::string FeatureInfo::describe() const {
  std::string out = "feature " + std::to_string(index);
  std::string extra;
  if (!id.empty()) extra += "id '" + id + "'";
  if (!name.empty()) extra += (extra.empty() ? "'" : ", '") + name + "'";
  if (!extra.empty()) out += " (" + extra + ")";
  return out;
}

std::size_t Layout::feature_count() const {
  return perimeters.size() + crowd_zones.size() + exits.size() + stages.size() + stalls.size() +
         structures.size() + barriers.size() + emergency_gates.size() + access_points.size() +
         receivers.size() + stairs.size();
}

MultiPolygon Layout::perimeter_area() const {
  MultiPolygon out;
  for (const Perimeter& p : perimeters) {
    MultiPolygon merged;
    bg::union_(out, p.area, merged);
    out = std::move(merged);
  }
  return out;
}

}  // namespace agora::scenario
