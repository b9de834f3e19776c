#include "sim/assess/emma.hpp"

#include "sim/assess/assess_figures.hpp"
#include "sim/assess/disciplines.hpp"
#include "sim/crowd/crowd_figures.hpp"
#include "sim/scenario/scenario_figures.hpp"
#include "sim/vehicle/ramming_figures.hpp"

namespace agora::assess {

namespace {
namespace af = assess::fig;
namespace cf = crowd::fig;
namespace rf = vehicle::fig;
namespace sf = scenario::fig;

std::vector<DisciplineNeeds> make_picture() {
  return {
      // D1: can the fire service get in and reach every façade; how long the site takes to
      // empty.
      {discipline::kFire,
       "D1",
       {{&af::kAccessRoadFound, "emma.item.access_road_found"},
        {&af::kAccessNarrowest, "emma.item.access_narrowest"},
        {&af::kAccessUnreachable, "emma.item.access_unreachable"},
        {&af::kAccessParts, "emma.item.access_parts"},
        {&af::kAccessFacadesUnreachable, "emma.item.facades_unreachable"},
        {&af::kEgressJudged, "emma.item.egress_judged"},
        {&af::kEgressWidestLost, "emma.item.egress_widest_lost"}}},
      // D2: where people are packed, how many a vehicle could reach: where casualties would be.
      {discipline::kMedical,
       "D2",
       {{&sf::kEventAttendance, "emma.item.attendance"},
        {&cf::kMaxDensity, "emma.item.max_density"},
        {&cf::kHotspots, "emma.item.hotspots"},
        {&rf::kPeopleExposedMax, "emma.item.people_exposed"},
        {&rf::kPeopleExposedMaxCrossing, "emma.item.people_exposed_where"}}},
      // D3: the perimeter, its crossings, the barriers and their verdicts.
      {discipline::kPolice,
       "D3",
       {{&sf::kPerimeterArea, "emma.item.perimeter_area"},
        {&rf::kCrossings, "emma.item.crossings"},
        {&sf::kBarriers, "emma.item.barriers"},
        {&rf::kAdequateCrossings, "emma.item.adequate"},
        {&rf::kNotAdequateCrossings, "emma.item.not_adequate"},
        {&rf::kUnprotectedCrossings, "emma.item.unprotected"},
        {&rf::kMaxSpeed, "emma.item.max_speed"}}},
      // D4: the closures the event needs and the detours they cost.
      {discipline::kCivilProtection,
       "D4",
       {{&af::kClosures, "emma.item.closures"},
        {&af::kClosedLength, "emma.item.closed_length"},
        {&af::kMaxDetour, "emma.item.max_detour"},
        {&af::kClosuresCutOff, "emma.item.closures_cut_off"},
        {&af::kStopsAffected, "emma.item.stops_affected"},
        {&af::kParkingAffected, "emma.item.parking_affected"}}},
      // D5: who lives around the site and must be told.
      {discipline::kInformation,
       "D5",
       {{&af::kResidentialInside, "emma.item.residential_inside"},
        {&af::kResidentialNear, "emma.item.residential_near"},
        {&af::kHouseholds, "emma.item.households"},
        {&af::kNoiseDwellingsOver, "emma.item.dwellings_over"},
        {&af::kNoiseMaxDwelling, "emma.item.max_dwelling_noise"}}},
  };
}
}  // namespace

std::span<const DisciplineNeeds> emma_picture() {
  static const std::vector<DisciplineNeeds> picture = make_picture();
  return picture;
}

}  // namespace agora::assess
