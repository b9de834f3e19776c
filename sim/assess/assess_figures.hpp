#pragma once
// The figures the assessment writes (assess.cpp, assess_output.cpp), declared once: the
// report, the editor and the profiles' criteria name them by these specs.

#include "sim/figures/figure_spec.hpp"

namespace agora::assess::fig {

using enum ValueType;

inline constexpr std::string_view kNoStage = "absent.no_stage";
inline constexpr std::string_view kNoExitRules = "absent.no_exit_rules";
inline constexpr std::string_view kNoLocation = "absent.no_location";

inline constexpr FigureSpec kProfile{"assess.profile", Text, "",
                                     "the profile the event was judged by"};
inline constexpr FigureSpec kProfileFile{"assess.profile_file", Text, "",
                                         "the profile's file (or built-in name)"};
// Capacity.
inline constexpr FigureSpec kCapacity{"assess.capacity.persons", Real, "persons",
                                      "capacity: the smaller of area and exit capacity"};
inline constexpr FigureSpec kAreaCapacity{"assess.capacity.area_persons", Real, "persons",
                                          "net usable area times the planning density"};
inline constexpr FigureSpec kExitCapacity{
    "assess.capacity.exit_persons", Real, "persons",
    "exit width (widest discounted) times flow rate times escape time"};
inline constexpr FigureSpec kNetArea{"assess.capacity.net_area_m2", Real, "m²",
                                     "site area minus stalls, structures, stages and buildings"};
inline constexpr FigureSpec kBlockedArea{
    "assess.capacity.blocked_area_m2", Real, "m²",
    "area of stalls, structures, stages and buildings inside the perimeter"};
inline constexpr FigureSpec kLimitedBy{"assess.capacity.limited_by", Text, "",
                                       "what limits the capacity: area or exits"};
inline constexpr FigureSpec kCapacityAttendance{"assess.capacity.attendance", Integer, "persons",
                                                "expected peak attendance"};
inline constexpr FigureSpec kUtilisation{"assess.capacity.utilisation", Real, "",
                                         "attendance over capacity"};
inline constexpr FigureSpec kCapacityVerdict{"assess.capacity.verdict", Text, "", "pass or fail"};
// Exits.
inline constexpr FigureSpec kExitsCounted{"assess.exits.counted", Integer, "exits",
                                          "exits that count (open, unlocked, opening outward)"};
inline constexpr FigureSpec kExitsWidthTotal{"assess.exits.width_total_m", Real, "m",
                                             "total width of the counted exits"};
inline constexpr FigureSpec kExitsWidest{"assess.exits.widest_m", Real, "m",
                                         "the widest exit (discounted)"};
inline constexpr FigureSpec kExitsBelowMinWidth{"assess.exits.below_min_width", Integer, "exits",
                                                "counted exits narrower than the minimum width"};
inline constexpr FigureSpec kExitRulesApplied{
    "assess.exits.rules_applied", Bool, "",
    "the profile's exit rules (Fluvia in Flanders) were applied"};
inline constexpr FigureSpec kExitsRequired{"assess.exits.required", Integer, "exits",
                                           "exits the rules require for the attendance",
                                           kNoExitRules};
inline constexpr FigureSpec kExitsWidthRequired{"assess.exits.width_required_m", Real, "m",
                                                "exit width the rules require", kNoExitRules};
inline constexpr FigureSpec kExitsCountOk{"assess.exits.count_ok", Bool, "", "enough exits",
                                          kNoExitRules};
inline constexpr FigureSpec kExitsWidthOk{"assess.exits.width_ok", Bool, "", "enough exit width",
                                          kNoExitRules};
inline constexpr FigureSpec kExitsTotalWidthOk{"assess.exits.total_width_ok", Bool, "",
                                               "the total width meets the minimum", kNoExitRules};
inline constexpr FigureSpec kExitRulesFailed{"assess.exits.rules_failed", Integer, "rules",
                                             "exit rules not met", kNoExitRules};
// Distance to exit.
inline constexpr FigureSpec kDistanceMax{"assess.distance_to_exit.max_m", Real, "m",
                                         "longest walk from the crowd area to an exit"};
inline constexpr FigureSpec kDistanceMean{"assess.distance_to_exit.mean_m", Real, "m",
                                          "mean walk from the crowd area to an exit"};
inline constexpr FigureSpec kCrowdArea{"assess.distance_to_exit.crowd_area_m2", Real, "m²",
                                       "crowd area"};
inline constexpr FigureSpec kAreaBeyond{"assess.distance_to_exit.area_beyond_m2", Real, "m²",
                                        "crowd area beyond the profile's distance limit"};
inline constexpr FigureSpec kAreaUnreachable{"assess.distance_to_exit.area_unreachable_m2", Real,
                                             "m²", "crowd area with no way to an exit"};
inline constexpr FigureSpec kGangwayArea{
    "assess.distance_to_exit.gangway_area_m2", Real, "m²",
    "crowd area in zones with gangways (the 12 m rule applies there)"};
inline constexpr FigureSpec kShareBeyond{"assess.distance_to_exit.share_beyond", Real, "",
                                         "share of the crowd area beyond the distance limit"};
// Egress (macroscopic).
inline constexpr FigureSpec kEgressTotal{"assess.egress.total_s", Real, "s",
                                         "time until the last person is out (macroscopic model)"};
inline constexpr FigureSpec kEgressPersons{"assess.egress.persons", Real, "persons",
                                           "persons leaving"};
inline constexpr FigureSpec kEgressUnreachable{"assess.egress.persons_unreachable", Real, "persons",
                                               "persons with no open exit in reach"};
inline constexpr FigureSpec kEgressRebalanced{
    "assess.egress.persons_rebalanced", Real, "persons",
    "persons sent to another exit than their nearest to balance the queues"};
inline constexpr FigureSpec kEgressWidestLost{
    "assess.egress.widest_lost_s", Real, "s",
    "macroscopic egress time with the widest exit out of use", "absent.one_exit"};
inline constexpr FigureSpec kEgressJudged{
    "assess.egress.judged_s", Real, "s",
    "egress time the scorecard judges: the slower of the macroscopic and the "
    "simulated one when the crowd simulation ran an egress"};
inline constexpr FigureSpec kEgressJudgedFrom{"assess.egress.judged_from", Text, "",
                                              "macroscopic, simulation or simulation_incomplete"};
inline constexpr FigureSpec kExitEgressPersons{"assess.egress.exits.{exit}.persons", Real,
                                               "persons", "persons leaving by the exit"};
inline constexpr FigureSpec kExitEgressClear{"assess.egress.exits.{exit}.clear_s", Real, "s",
                                             "time until the exit has passed its last person"};
inline constexpr FigureSpec kExitEgressWait{"assess.egress.exits.{exit}.longest_wait_s", Real, "s",
                                            "longest wait in the exit's queue"};
// Emergency access.
inline constexpr FigureSpec kAccessRoadFound{"assess.access.road_found", Bool, "",
                                             "a street the fire engine can come from was found"};
inline constexpr FigureSpec kAccessEventArea{"assess.access.event_area_m2", Real, "m²",
                                             "event area to be reached"};
inline constexpr FigureSpec kAccessUnreachable{"assess.access.unreachable_m2", Real, "m²",
                                               "event area the fire engine cannot reach"};
inline constexpr FigureSpec kAccessUnreachableShare{
    "assess.access.unreachable_share", Real, "",
    "share of the event area the fire engine cannot reach"};
inline constexpr FigureSpec kAccessParts{"assess.access.parts", Integer, "areas",
                                         "separate areas out of reach"};
inline constexpr FigureSpec kAccessNarrowest{"assess.access.narrowest_m", Real, "m",
                                             "narrowest clear width on the fire route",
                                             "absent.no_fire_route"};
inline constexpr FigureSpec kAccessPartsAtLimit{
    "assess.access.parts_at_limit", Integer, "areas",
    "of those, closed by a passage within one grid cell of the required width (measure on site)"};
inline constexpr FigureSpec kAccessGatesAtLimit{
    "assess.access.gates_at_limit", Integer, "gates",
    "emergency gates exactly as wide as required, or less than a grid cell wider"};
inline constexpr FigureSpec kAccessFacades{"assess.access.facades", Integer, "buildings",
                                           "buildings whose façade faces the site"};
inline constexpr FigureSpec kAccessFacadesUnreachable{
    "assess.access.facades_unreachable", Integer, "buildings",
    "of those, façades out of the fire service's reach"};
// Noise.
inline constexpr FigureSpec kNoiseLimit{"assess.noise.limit_dba", Real, "dB(A)",
                                        "façade limit that applies", kNoStage};
inline constexpr FigureSpec kNoiseNight{"assess.noise.night_limit_applies", Bool, "",
                                        "the event runs into the night period", kNoStage};
inline constexpr FigureSpec kNoiseReceivers{"assess.noise.receivers", Integer, "points",
                                            "façade points computed", kNoStage};
inline constexpr FigureSpec kNoiseBuildings{"assess.noise.buildings", Integer, "buildings",
                                            "buildings considered", kNoStage};
inline constexpr FigureSpec kNoiseDwellings{"assess.noise.dwellings_considered", Integer,
                                            "dwellings", "dwellings considered", kNoStage};
inline constexpr FigureSpec kNoiseDwellingsOver{
    "assess.noise.dwellings_over_limit", Integer, "dwellings",
    "dwellings whose façade exceeds the limit", kNoStage};
inline constexpr FigureSpec kNoiseReceiversOver{"assess.noise.receivers_over_limit", Integer,
                                                "points", "façade points over the limit", kNoStage};
inline constexpr FigureSpec kNoiseMaxFacade{"assess.noise.max_facade_dba", Real, "dB(A)",
                                            "highest level at any façade", kNoStage};
inline constexpr FigureSpec kNoiseMaxDwelling{"assess.noise.max_dwelling_dba", Real, "dB(A)",
                                              "highest level at a dwelling's façade", kNoStage};
inline constexpr FigureSpec kNoiseAudience{"assess.noise.audience_dba", Real, "dB(A)",
                                           "level in the audience at the profile's distance",
                                           kNoStage};
inline constexpr FigureSpec kNoiseAudienceCategory{
    "assess.noise.audience_category", Integer, "",
    "VLAREM category of the audience level (4: above category 3)", kNoStage};
inline constexpr FigureSpec kNoiseModel{
    "assess.noise.model", Text, "",
    "propagation model: octave_bands (ISO 9613-2 general) or broadband", kNoStage};
inline constexpr FigureSpec kNoiseReceiversMoved{
    "assess.noise.receivers_moved", Integer, "points",
    "layout receivers moved out of a building to its façade", kNoStage};
// Residents to inform (the letter zone and the façades over the limit).
inline constexpr FigureSpec kResidentsRadius{"assess.residents.letter_radius_m", Real, "m",
                                             "letter zone: distance from the perimeter"};
inline constexpr FigureSpec kResidentsBuildings{
    "assess.residents.buildings", Integer, "buildings",
    "buildings in the letter zone or over the noise limit"};
inline constexpr FigureSpec kResidentsUnknown{"assess.residents.buildings_unknown_use", Integer,
                                              "buildings",
                                              "of those, buildings the map gives no use for"};
inline constexpr FigureSpec kResidentsUnknownShare{
    "assess.residents.unknown_use_share", Real, "",
    "share of those buildings of unknown use (map coverage)"};
inline constexpr FigureSpec kResidentsDwellings{
    "assess.residents.dwellings", Real, "dwellings",
    "dwellings estimated in the letter zone or over the limit"};
inline constexpr FigureSpec kResidentsDwellingsUntagged{
    "assess.residents.dwellings_untagged", Real, "dwellings",
    "of those, estimated in buildings of unknown use"};
inline constexpr FigureSpec kResidentsHouseholds{
    "assess.residents.households", Integer, "households",
    "households to inform (one per estimated dwelling)"};
inline constexpr FigureSpec kResidentsAddresses{
    "assess.residents.addresses", Integer, "addresses",
    "buildings to inform that have a house number in the map"};
inline constexpr FigureSpec kResidentsToInform{"assess.residents.to_inform", Integer, "buildings",
                                               "buildings on the letter list"};
inline constexpr FigureSpec kResidentsOverLimit{
    "assess.residents.over_limit_buildings", Integer, "buildings",
    "buildings on the list with a façade over the noise limit"};
inline constexpr FigureSpec kResidentsCoveragePoor{
    "assess.residents.coverage_poor", Bool, "",
    "the map gives no use for most buildings near the event"};
inline constexpr FigureSpec kBuildingsNear{"assess.mobility.buildings_near", Integer, "buildings",
                                           "buildings inside or near the perimeter"};
inline constexpr FigureSpec kBuildingsNearUnknown{"assess.mobility.buildings_unknown_use", Integer,
                                                  "buildings",
                                                  "of those, buildings the map gives no use for"};
// The location's conditions and its year of events.
inline constexpr FigureSpec kLocationName{"assess.location.name", Text, "", "the location judged",
                                          kNoLocation};
inline constexpr FigureSpec kLocationIllustrative{"assess.location.illustrative", Bool, "",
                                                  "the location's conditions are illustrative",
                                                  kNoLocation};
inline constexpr FigureSpec kLocationLimit{"assess.location.limit_dba", Real, "dB(A)",
                                           "the location's façade limit for the event's hours",
                                           kNoLocation};
inline constexpr FigureSpec kLocationEvents{"assess.location.events_this_year", Integer, "events",
                                            "events at the location in the event's year, with it",
                                            kNoLocation};
inline constexpr FigureSpec kLocationMonth{"assess.location.max_events_in_a_month", Integer,
                                           "events", "most events in one month", kNoLocation};
inline constexpr FigureSpec kLocationWeekends{"assess.location.max_weekends_in_a_row", Integer,
                                              "weekends", "most weekends in a row with an event",
                                              kNoLocation};
inline constexpr FigureSpec kLocationBreaches{"assess.location.breaches", Integer, "breaches",
                                              "rules the year's events break", kNoLocation};
inline constexpr FigureSpec kLocationEventBreaches{
    "assess.location.event_breaches", Integer, "breaches",
    "rules this event breaks (its own or the year's)", kNoLocation};
inline constexpr FigureSpec kLocationDaysOver{"assess.location.days_over.{level}", Integer, "days",
                                              "event days with the façade level above the level",
                                              kNoLocation};
inline constexpr FigureSpec kLocationNightsOver{"assess.location.nights_over.{level}", Integer,
                                                "nights", "of those, days that run into the night",
                                                kNoLocation};
// Mobility and neighbourhood.
inline constexpr FigureSpec kClosedEdges{"assess.mobility.closed_edges", Integer, "edges",
                                         "road edges closed"};
inline constexpr FigureSpec kClosures{"assess.mobility.closures", Integer, "closures",
                                      "road closures"};
inline constexpr FigureSpec kClosedLength{"assess.mobility.closed_length_m", Real, "m",
                                          "length of road closed"};
inline constexpr FigureSpec kMaxDetour{"assess.mobility.max_detour_m", Real, "m",
                                       "longest detour a closure causes"};
inline constexpr FigureSpec kClosuresCutOff{"assess.mobility.closures_cut_off", Integer, "closures",
                                            "closures with no detour"};
inline constexpr FigureSpec kResidentialInside{"assess.mobility.residential_inside", Integer,
                                               "buildings",
                                               "residential buildings inside the perimeter"};
inline constexpr FigureSpec kResidentialNear{"assess.mobility.residential_near", Integer,
                                             "buildings",
                                             "residential buildings near the perimeter"};
inline constexpr FigureSpec kHouseholds{"assess.mobility.households", Integer, "households",
                                        "households estimated near the perimeter"};
inline constexpr FigureSpec kParkingAffected{"assess.mobility.parking_affected", Integer, "places",
                                             "parking areas inside or cut off"};
inline constexpr FigureSpec kStopsAffected{"assess.mobility.stops_affected", Integer, "stops",
                                           "public-transport stops inside or cut off"};
inline constexpr FigureSpec kTransitAccess{"assess.mobility.transit_access", Integer, "entrances",
                                           "rail-transit entrances and stations inside or beside "
                                           "the perimeter: where people enter and leave"};
inline constexpr FigureSpec kStairwellsInside{
    "assess.mobility.stairwells_inside", Integer, "stairwells",
    "subway entrances inside the perimeter: stairwells in the crowd, a crowd hazard"};
inline constexpr FigureSpec kPlacesCutOff{"assess.mobility.places_cut_off", Integer, "places",
                                          "parking areas and stops inside or cut off"};
// The event, as the scorecard reads it.
inline constexpr FigureSpec kEventAttendance{"assess.event.attendance_peak", Integer, "persons",
                                             "peak attendance"};
inline constexpr FigureSpec kEventAlcohol{"assess.event.alcohol", Bool, "", "alcohol is served"};
inline constexpr FigureSpec kEventsAtLocation{"assess.event.events_at_location_this_year", Integer,
                                              "events", "events at the location this year"};
// Scorecard, risk matrix, classification.
inline constexpr FigureSpec kScore{"assess.score.{criterion}", Text, "",
                                   "the criterion's rating: green, amber, red or not assessed"};
inline constexpr FigureSpec kScorecardIndex{"assess.scorecard.index", Real, "",
                                            "weighted index, 0 all green … 1 all red"};
inline constexpr FigureSpec kScorecardOverall{"assess.scorecard.overall", Text, "",
                                              "the overall rating"};
inline constexpr FigureSpec kScorecardRed{"assess.scorecard.red", Integer, "criteria",
                                          "criteria rated red"};
inline constexpr FigureSpec kScorecardAmber{"assess.scorecard.amber", Integer, "criteria",
                                            "criteria rated amber"};
inline constexpr FigureSpec kScorecardGreen{"assess.scorecard.green", Integer, "criteria",
                                            "criteria rated green"};
inline constexpr FigureSpec kScorecardNotAssessed{"assess.scorecard.not_assessed", Integer,
                                                  "criteria", "criteria not assessed"};
inline constexpr FigureSpec kRiskAssessed{"assess.risk.{hazard}.assessed", Bool, "",
                                          "the hazard could be assessed"};
inline constexpr FigureSpec kRiskLikelihood{"assess.risk.{hazard}.likelihood", Integer, "",
                                            "likelihood 1–5", "absent.hazard_not_assessed"};
inline constexpr FigureSpec kRiskConsequence{"assess.risk.{hazard}.consequence", Integer, "",
                                             "consequence 1–5", "absent.hazard_not_assessed"};
inline constexpr FigureSpec kRiskScore{"assess.risk.{hazard}.score", Integer, "",
                                       "likelihood × consequence", "absent.hazard_not_assessed"};
inline constexpr FigureSpec kRiskBand{"assess.risk.{hazard}.band", Text, "",
                                      "low, medium, high or very high",
                                      "absent.hazard_not_assessed"};
inline constexpr FigureSpec kRiskWorstScore{"assess.risk.worst_score", Integer, "",
                                            "highest risk score", "absent.no_hazard"};
inline constexpr FigureSpec kRiskWorstBand{"assess.risk.worst_band", Text, "",
                                           "band of the highest risk score", "absent.no_hazard"};
inline constexpr FigureSpec kClassNl{"assess.class_nl", Text, "",
                                     "Dutch event class A, B or C (after any override)"};
inline constexpr FigureSpec kClassNlComputed{"assess.class_nl_computed", Text, "",
                                             "Dutch event class as computed"};
inline constexpr FigureSpec kNlAdvisors{"assess.nl_advisors", Text, "",
                                        "services whose advice the Dutch class asks"};
inline constexpr FigureSpec kBelgianRiskEvent{"assess.belgian_risk_event", Bool, "",
                                              "a Belgian risk event (after any override)"};
inline constexpr FigureSpec kBelgianRiskEventComputed{"assess.belgian_risk_event_computed", Bool,
                                                      "", "a Belgian risk event as computed"};
inline constexpr FigureSpec kDisciplines{"assess.disciplines", Text, "",
                                         "disciplines the risks call in"};
inline constexpr FigureSpec kClassOverridden{"assess.class_overridden", Bool, "",
                                             "the officer overrode the class"};
inline constexpr FigureSpec kOverrideReason{"assess.override_reason", Text, "",
                                            "why the officer overrode", "absent.no_override"};
inline constexpr FigureSpec kOverrideBy{"assess.override_by", Text, "", "who overrode",
                                        "absent.no_override"};

}  // namespace agora::assess::fig

namespace agora::assess {
FigureSpecs assess_figure_specs();
}  // namespace agora::assess
