#include "sim/vehicle/ramming_figures.hpp"

namespace agora::vehicle {

FigureSpecs ramming_figure_specs() {
  using namespace fig;
  static constexpr const FigureSpec* kAll[] = {
      &kRadius,
      &kClasses,
      &kVehicleTable,
      &kVehicleTablePlaceholder,
      &kBarrierCatalogue,
      &kCrossings,
      &kApproaches,
      &kMaxSpeed,
      &kMaxEnergy,
      &kAdequateCrossings,
      &kEnergyOnlyCrossings,
      &kInadequateCrossings,
      &kGapPassableCrossings,
      &kUnprotectedCrossings,
      &kNotAdequateCrossings,
      &kPeopleExposedMax,
      &kPeopleExposedMaxCrossing,
      &kMaxCrowdEntrySpeed,
      &kClassReachable,
      &kClassMaxSpeed,
      &kClassMaxSpeedLow,
      &kClassMaxEnergy,
      &kClassWorstVerdict,
      &kClassAdequate,
      &kClassEnergyOnly,
      &kClassInadequate,
      &kClassGapPassable,
      &kClassUnprotected,
      &kClassPeopleExposedMax,
      &kModelRoadEdges,
      &kModelSightLines,
      &kModelOpenAreaClusters,
      &kModelStates,
  };
  return kAll;
}

}  // namespace agora::vehicle
