#pragma once
// The figures the agent-based crowd simulation writes (gis/crowd/crowd_outputs.cpp), declared
// once: the report, the editor and the assessment name them by these specs.

#include "sim/figures/figure_spec.hpp"

namespace agora::crowd::fig {

using enum ValueType;

inline constexpr FigureSpec kPhase{"crowd.phase", Text, "",
                                   "phase simulated: egress, ingress or circulation"};
inline constexpr FigureSpec kSeed{"crowd.seed", Integer, "",
                                  "random seed of the run (runs repeat exactly)"};
inline constexpr FigureSpec kTimeStep{"crowd.time_step_s", Real, "s", "simulation time step"};
inline constexpr FigureSpec kAgents{"crowd.agents", Integer, "persons", "agents simulated"};
inline constexpr FigureSpec kAgentsFrom{
    "crowd.agents_from", Text, "",
    "where the number of agents comes from: attendance (the event's peak), zone_density "
    "(density × walkable area of each zone) or given"};
inline constexpr FigureSpec kEstimatedEnd{
    "crowd.estimated_end_s", Real, "s",
    "first-order estimate of the run's simulated time, made before it starts"};
inline constexpr FigureSpec kAgentsDone{"crowd.agents_done", Integer, "persons",
                                        "agents out (egress) or in place (ingress) at the end"};
inline constexpr FigureSpec kAgentsRemaining{"crowd.agents_remaining", Integer, "persons",
                                             "agents still on their way at the end"};
inline constexpr FigureSpec kCompleted{"crowd.completed", Bool, "",
                                       "every agent finished before the time limit"};
inline constexpr FigureSpec kEndTime{"crowd.end_time_s", Real, "s",
                                     "simulated time at the end of the run"};
inline constexpr FigureSpec kEvacuationTime{
    "crowd.evacuation_time_s", Real, "s",
    "time until the last agent is out (egress; null when not all got out)", "absent.not_egress"};
inline constexpr FigureSpec kIngressTime{"crowd.ingress_time_s", Real, "s",
                                         "time until the last arrival is in place (ingress)",
                                         "absent.not_ingress"};
inline constexpr FigureSpec kZoneAgents{"crowd.zone.{zone}.agents", Integer, "persons",
                                        "agents placed in the zone"};
inline constexpr FigureSpec kZoneDensity{"crowd.zone.{zone}.density_ppm2", Real, "persons/m²",
                                         "the zone's starting density"};
inline constexpr FigureSpec kExitAgents{"crowd.exit.{exit}.agents", Integer, "persons",
                                        "agents through the exit"};
inline constexpr FigureSpec kExitTime{"crowd.exit.{exit}.time_s", Real, "s",
                                      "time the last agent passed the exit", "absent.exit_unused"};
inline constexpr FigureSpec kMaxDensity{"crowd.max_density_ppm2", Real, "persons/m²",
                                        "highest local density reached"};
inline constexpr FigureSpec kAreaOverThreshold{
    "crowd.area_over_{threshold}ppm2_m2", Real, "m²",
    "area where the local density exceeded the threshold at some time"};
inline constexpr FigureSpec kHotspots{"crowd.hotspots", Integer, "places",
                                      "places over a density threshold"};
inline constexpr FigureSpec kAgentSteps{"crowd.agent_steps", Integer, "",
                                        "agent-steps computed (for benchmarks)"};

}  // namespace agora::crowd::fig

namespace agora::crowd {
FigureSpecs crowd_figure_specs();
}  // namespace agora::crowd
