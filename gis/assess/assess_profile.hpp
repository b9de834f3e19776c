#pragma once
// The assessment's parameters from a jurisdiction profile (docs/assessment.md, "Profile"):
// capacity, exits, distance_to_exit, egress, access, noise, mobility, liveability (one entry
// per criterion), scorecard, risk, hazards and classification. A missing section or key, a
// value of the wrong type or out of range, a criterion the scorecard needs but the profile
// lacks: an agora::Error naming the profile file and "section.key".

#include "gis/profile.hpp"
#include "sim/assess/assess.hpp"

namespace agora::gis {

assess::AssessParams assess_params(const Profile& profile);

}  // namespace agora::gis
