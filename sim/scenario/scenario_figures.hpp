#pragma once
// The figures that describe a run's scenario itself (app/run/scenario_run.cpp writes them
// before any analysis): its name and CRS, the event, the layout and the map.

#include "sim/figures/figure_spec.hpp"

namespace agora::scenario::fig {

using enum ValueType;

inline constexpr FigureSpec kName{"scenario.name", Text, "", "the scenario's name"};
inline constexpr FigureSpec kCrs{"scenario.crs", Text, "",
                                 "the local metric CRS every figure is computed in"};
inline constexpr FigureSpec kProfile{"scenario.profile", Text, "",
                                     "the profile named by the scenario"};
inline constexpr FigureSpec kEventName{"event.name", Text, "", "the event's name"};
inline constexpr FigureSpec kEventType{"event.type", Text, "", "market, concert, festival, ..."};
inline constexpr FigureSpec kEventDays{"event.days", Integer, "days", "days the event runs"};
inline constexpr FigureSpec kEventAttendance{"event.attendance_peak", Integer, "persons",
                                             "expected peak attendance"};
inline constexpr FigureSpec kEventAlcohol{"event.alcohol", Bool, "", "alcohol is served"};
inline constexpr FigureSpec kPerimeterArea{"layout.perimeter_area_m2", Real, "m²",
                                           "area inside the perimeter"};
inline constexpr FigureSpec kCrowdZones{"layout.crowd_zones", Integer, "zones",
                                        "crowd zones drawn"};
inline constexpr FigureSpec kExits{"layout.exits", Integer, "exits", "exits drawn"};
inline constexpr FigureSpec kStalls{"layout.stalls", Integer, "stalls", "stalls drawn"};
inline constexpr FigureSpec kStructures{"layout.structures", Integer, "structures",
                                        "structures drawn"};
inline constexpr FigureSpec kStages{"layout.stages", Integer, "stages", "stages drawn"};
inline constexpr FigureSpec kBarriers{"layout.barriers", Integer, "barriers",
                                      "barrier lines drawn"};
inline constexpr FigureSpec kEmergencyGates{"layout.emergency_gates", Integer, "gates",
                                            "emergency gates drawn"};
inline constexpr FigureSpec kRoadEdges{"map.road_edges", Integer, "edges",
                                       "road edges read from the map"};
inline constexpr FigureSpec kBuildings{"map.buildings", Integer, "buildings",
                                       "buildings read from the map"};
inline constexpr FigureSpec kOpenAreas{"map.open_areas", Integer, "areas",
                                       "squares and other open areas"};
inline constexpr FigureSpec kVehiclePassable{"map.vehicle_passable_km", Real, "km",
                                             "length of way a car can physically drive"};

}  // namespace agora::scenario::fig

namespace agora::scenario {
FigureSpecs scenario_figure_specs();
}  // namespace agora::scenario
