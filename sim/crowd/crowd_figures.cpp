#include "sim/crowd/crowd_figures.hpp"

namespace agora::crowd {

FigureSpecs crowd_figure_specs() {
  using namespace fig;
  static constexpr const FigureSpec* kAll[] = {
      &kPhase,          &kSeed,
      &kTimeStep,       &kAgents,
      &kAgentsDone,     &kAgentsRemaining,
      &kCompleted,      &kEndTime,
      &kEvacuationTime, &kIngressTime,
      &kZoneAgents,     &kZoneDensity,
      &kExitAgents,     &kExitTime,
      &kMaxDensity,     &kAreaOverThreshold,
      &kHotspots,       &kAgentSteps,
      &kAgentsFrom,     &kEstimatedEnd,
  };
  return kAll;
}

}  // namespace agora::crowd
