#pragma once
// The figures the vehicle-ramming analysis writes (ramming_output.cpp), declared once: the
// report, the editor and the assessment name them by these specs.

#include "sim/figures/figure_spec.hpp"

namespace agora::vehicle::fig {

using enum ValueType;

inline constexpr FigureSpec kRadius{"ramming.radius_m", Real, "m",
                                    "search radius around the perimeter"};
inline constexpr FigureSpec kClasses{"ramming.classes", Text, "",
                                     "vehicle classes assessed, comma-separated codes"};
inline constexpr FigureSpec kVehicleTable{"ramming.vehicle_table", Text, "",
                                          "the vehicle class table used"};
inline constexpr FigureSpec kVehicleTablePlaceholder{"ramming.vehicle_table_placeholder", Bool, "",
                                                     "the vehicle table holds placeholder values"};
inline constexpr FigureSpec kBarrierCatalogue{"ramming.barrier_catalogue", Text, "",
                                              "the barrier catalogue used"};
inline constexpr FigureSpec kCrossings{"ramming.crossings", Integer, "crossings",
                                       "points where a vehicle can cross the perimeter"};
inline constexpr FigureSpec kApproaches{"ramming.approaches", Integer, "approaches",
                                        "approaches (street mouths) the crossings group into"};
inline constexpr FigureSpec kMaxSpeed{
    "ramming.max_speed_kmh", Real, "km/h",
    "highest speed of any class at any crossing (top of the band)"};
inline constexpr FigureSpec kMaxEnergy{"ramming.max_energy_kj", Real, "kJ",
                                       "highest kinetic energy at any crossing"};
inline constexpr FigureSpec kAdequateCrossings{
    "ramming.adequate_crossings", Integer, "crossings",
    "crossings whose worst verdict is adequate by rating"};
inline constexpr FigureSpec kEnergyOnlyCrossings{
    "ramming.energy_only_crossings", Integer, "crossings",
    "crossings whose worst verdict is energy-equivalent only"};
inline constexpr FigureSpec kInadequateCrossings{"ramming.inadequate_crossings", Integer,
                                                 "crossings",
                                                 "crossings whose worst verdict is inadequate"};
inline constexpr FigureSpec kGapPassableCrossings{
    "ramming.gap_passable_crossings", Integer, "crossings",
    "crossings whose worst verdict is a passable gap"};
inline constexpr FigureSpec kUnprotectedCrossings{"ramming.unprotected_crossings", Integer,
                                                  "crossings",
                                                  "crossings with no barrier on the run-up"};
inline constexpr FigureSpec kNotAdequateCrossings{
    "ramming.not_adequate_crossings", Integer, "crossings",
    "crossings not adequately protected against some class"};
inline constexpr FigureSpec kPeopleExposedMax{
    "ramming.people_exposed_max", Real, "persons",
    "most people in the path of one vehicle behind one crossing"};
inline constexpr FigureSpec kPeopleExposedMaxCrossing{
    "ramming.people_exposed_max_crossing", Integer, "",
    "id of the crossing exposing the most people", "absent.no_crowd_reached"};
inline constexpr FigureSpec kMaxCrowdEntrySpeed{
    "ramming.max_crowd_entry_speed_kmh", Real, "km/h",
    "highest speed at which a vehicle enters a crowd zone"};
// Per vehicle class ("{class}" is its code: M1, N1, ...).
inline constexpr FigureSpec kClassReachable{"ramming.{class}.reachable_crossings", Integer,
                                            "crossings", "crossings the class can reach"};
inline constexpr FigureSpec kClassMaxSpeed{
    "ramming.{class}.max_speed_kmh", Real, "km/h",
    "the class's highest speed at any crossing (top of the band)"};
inline constexpr FigureSpec kClassMaxSpeedLow{"ramming.{class}.max_speed_low_kmh", Real, "km/h",
                                              "bottom of the speed band at that crossing"};
inline constexpr FigureSpec kClassMaxEnergy{"ramming.{class}.max_energy_kj", Real, "kJ",
                                            "the class's highest kinetic energy at any crossing"};
inline constexpr FigureSpec kClassWorstVerdict{
    "ramming.{class}.worst_verdict", Text, "",
    "the class's worst verdict (adequate, energy_only, inadequate, "
    "gap_passable, unprotected, not_reachable)"};
inline constexpr FigureSpec kClassAdequate{"ramming.{class}.adequate", Integer, "crossings",
                                           "crossings adequate by rating against the class"};
inline constexpr FigureSpec kClassEnergyOnly{"ramming.{class}.energy_only", Integer, "crossings",
                                             "crossings energy-equivalent only against the class"};
inline constexpr FigureSpec kClassInadequate{"ramming.{class}.inadequate", Integer, "crossings",
                                             "crossings inadequate against the class"};
inline constexpr FigureSpec kClassGapPassable{"ramming.{class}.gap_passable", Integer, "crossings",
                                              "crossings with a gap the class passes"};
inline constexpr FigureSpec kClassUnprotected{
    "ramming.{class}.unprotected", Integer, "crossings",
    "crossings the class reaches with no barrier on its run-up"};
inline constexpr FigureSpec kClassPeopleExposedMax{
    "ramming.{class}.people_exposed_max", Real, "persons",
    "most people in the class's path behind one crossing"};
// The model's size, for benchmarks and reviewers.
inline constexpr FigureSpec kModelRoadEdges{"ramming.model.road_edges", Integer, "edges",
                                            "road edges within the search radius"};
inline constexpr FigureSpec kModelSightLines{
    "ramming.model.sight_lines", Integer, "edges",
    "straight lines across open areas added to the road graph"};
inline constexpr FigureSpec kModelOpenAreaClusters{"ramming.model.open_area_clusters", Integer,
                                                   "clusters",
                                                   "open areas merged into drivable clusters"};
inline constexpr FigureSpec kModelStates{"ramming.model.states", Integer, "states",
                                         "search states explored"};

}  // namespace agora::vehicle::fig

namespace agora::vehicle {
// Every figure above, in the order the analysis writes them.
FigureSpecs ramming_figure_specs();
}  // namespace agora::vehicle
