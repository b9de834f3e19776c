#pragma once
// The whole permit officer's checklist for one scenario: crowd capacity and the fire-service
// exit rules, distance to the exits, macroscopic egress, fire-engine access, noise at the
// façades and in the audience, mobility and neighbourhood impact; then the liveability
// scorecard, the risk matrix and the classification, by the profile's rules. A pure function:
// the parameters come from the profile (gis/assess), figures of analyses run before it (the
// vehicle-ramming analysis) come in as `other`.

#include <string>
#include <vector>

#include "sim/access/emergency_access.hpp"
#include "sim/assess/classification.hpp"
#include "sim/assess/risk.hpp"
#include "sim/assess/scorecard.hpp"
#include "sim/core/statement.hpp"
#include "sim/crowd/capacity.hpp"
#include "sim/crowd/egress.hpp"
#include "sim/liveability/location.hpp"
#include "sim/liveability/residents.hpp"
#include "sim/mobility/mobility.hpp"
#include "sim/noise/facade_levels.hpp"
#include "sim/noise/facade_limit.hpp"
#include "sim/noise/noise_map.hpp"

namespace agora::assess {

struct AssessParams {
  crowd::CapacityParams capacity;
  crowd::DistanceParams distance_to_exit;
  crowd::EgressParams egress;
  double walk_cell_m =
      0.5;  // grid of the distance-to-exit and egress fields (issue: 0.5 m or finer)
  access::AccessParams access;
  noise::NoiseParams noise;  // its facade_limit_dba is replaced by the applicable limit below
  noise::FacadeLimits facade_limits;
  noise::NoiseMapParams noise_map;
  mobility::MobilityParams mobility;
  liveability::ResidentsParams
      residents;  // its dwellings are the mobility's; the location sets the letter radius
  // The square's conditions and the other events of its year, when the scenario names a
  // location file: its façade limits replace the profile's, its letter radius the default.
  std::optional<liveability::LocationConditions> location;
  std::vector<liveability::CalendarEvent> calendar;
  std::vector<Criterion> criteria;
  ScorecardParams scorecard;
  RiskParams risk;
  ClassificationParams classification;
};

struct AssessResult {
  crowd::CapacityResult capacity;
  Field distance_to_exit_m;  // walking distance to the nearest exit; kUnreachable off the site
  crowd::DistanceResult distance_to_exit;
  std::vector<std::size_t> egress_exits;  // layout exit per egress row
  crowd::EgressResult egress;
  // The same egress with the widest usable exit out of use (UK Green Guide: capacity and escape
  // time are judged without the widest exit, which a fire or an incident may block).
  std::optional<std::size_t> widest_lost_exit;  // into layout.exits; none with fewer than two exits
  crowd::EgressResult egress_widest_lost;
  // The egress time the scorecard judges: the agent simulation's when it ran an egress (the
  // slower of the two, since the simulation sees the queues the macroscopic model cannot),
  // else the macroscopic one.
  double egress_judged_s = 0.0;
  std::string egress_judged_from;  // "macroscopic", "simulation", "simulation_incomplete"
  access::AccessResult access;
  bool noise_assessed = false;  // a stage with a sound power exists
  noise::AppliedLimit facade_limit;
  noise::NoiseResult noise;
  noise::NoiseMap noise_map;  // free-field levels and contours around the stages
  mobility::MobilityResult mobility;
  liveability::ResidentsResult residents;
  bool location_assessed = false;
  liveability::LocationConditions location;
  liveability::LocationLimit
      location_limit;  // the location's limit for this event (empty period: none)
  liveability::CalendarLoad calendar;
  Figures measures;  // every figure the scorecard may read, under its assess.* keys
  Scorecard scorecard;
  RiskMatrix risk;
  Classification classification;
  std::vector<Problem> warnings;
  std::vector<Statement> assumptions;
};

// `other`: the figures of the analyses that ran before (ramming, crowd); `absent`: the
// analyses that did not, with the reason, so a criterion that reads them says why it is not
// assessed.
AssessResult assess(const city::CityModel& city, const scenario::Scenario& scenario,
                    const AssessParams& params, const Figures& other = {},
                    const std::vector<AbsentAnalysis>& absent = {});

}  // namespace agora::assess
