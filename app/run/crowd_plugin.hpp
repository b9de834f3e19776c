#pragma once
// The agent-based crowd simulation as an analysis ("crowd"): egress of the crowd zones by
// default, through the same code `agora crowd` runs with its options.

#include <string>

#include "app/run/analysis_registry.hpp"
#include "sim/crowd/agents/crowd_run.hpp"

namespace agora::run {

AnalysisPlugin crowd_plugin();

// Options of the plugin's own run: egress, seed 1, one thread (a batch runs variants side by
// side), the event's peak attendance as the number of agents (when it gives one), the
// profile's planning density for zones without one.
crowd::agents::CrowdRunOptions default_crowd_options(const scenario::Scenario& scenario);

// The progress line of a crowd run: at the start the number of agents and the estimated
// simulated time; then the time reached, agents to go, speed and the wall time left.
std::string crowd_progress_text(const crowd::agents::CrowdProgress& progress, double wall_s);

// Loads the scenario's tables and the profile's overrides, runs one phase and converts the
// result; progress and cancelling go through ctx (and `observer` when given). With
// ctx.crowd_trajectories_path set, the trajectories are written there, the file appearing
// only when the run was not cancelled.
AnalysisOutput crowd_analysis(const RunContext& ctx, crowd::agents::CrowdRunOptions options,
                              crowd::agents::CrowdObserver* observer = nullptr);

}  // namespace agora::run
