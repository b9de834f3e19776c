#include "sim/scenario/scenario_figures.hpp"

namespace agora::scenario {

FigureSpecs scenario_figure_specs() {
  using namespace fig;
  static constexpr const FigureSpec* kAll[] = {
      &kName,          &kCrs,        &kProfile,         &kEventName,
      &kEventType,     &kEventDays,  &kEventAttendance, &kEventAlcohol,
      &kPerimeterArea, &kCrowdZones, &kExits,           &kStalls,
      &kStructures,    &kStages,     &kBarriers,        &kEmergencyGates,
      &kRoadEdges,     &kBuildings,  &kOpenAreas,       &kVehiclePassable,
  };
  return kAll;
}

}  // namespace agora::scenario
