#pragma once
// The tables and parameters the agent simulation runs on, read at the edge: Weidmann's speed
// table (data/crowd/weidmann_speeds.csv), Fruin's level-of-service table
// (data/crowd/fruin_los.csv), and optional overrides of the model parameters from the
// scenario's profile (section "crowd_agents", each {"value", "source"}).

#include <string>
#include <string_view>
#include <vector>

#include "gis/profile.hpp"
#include "sim/crowd/agents/crowd_run.hpp"

namespace agora::gis {

// The age groups of a speed table; `file` names it in errors.
std::vector<crowd::agents::SpeedGroup> read_speed_table(std::string_view csv_text,
                                                        const std::string& file);

// The five upper density bounds (p/m²) of levels A–E for `scheme` ("walkway" or "queuing").
std::vector<double> read_los_table(std::string_view csv_text, const std::string& file,
                                   const std::string& scheme);

// Model parameters: the defaults, overridden by the profile's "crowd_agents" section.
crowd::agents::ModelParams model_params_from(const Profile& profile);

// Everything for one run of `phase`: the speed and level-of-service tables (the built-in ones
// where a path is empty), the profile's overrides; the level of service scheme is "walkway" for
// egress and ingress, "queuing" for circulation.
crowd::agents::CrowdSetup load_crowd_setup(const Profile& profile, crowd::agents::Phase phase,
                                           const std::string& speeds_path = {},
                                           const std::string& los_path = {});

// The planning density for zones without their own: the profile's capacity.density_ppm2, or
// 2 p/m² (docs/sources.md, Crowd, the usual outdoor planning figure) when the profile has none.
double planning_density_ppm2(const Profile& profile);

}  // namespace agora::gis
