#pragma once
// An event scenario: the facts of the event, the map and profile it is judged against, and
// the layout drawn on the map (perimeter, crowd zones, exits, stages, stalls, structures,
// planned barriers, emergency gates, access points, noise receivers, stairs), all in the local CRS.
// gis/ reads it from scenario.json and the layout layers; validate() checks it against the
// city model.

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "sim/core/error.hpp"
#include "sim/core/value.hpp"
#include "sim/geometry/geometry.hpp"

namespace agora::scenario {

inline constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();
inline bool is_set(double v) {
  return !std::isnan(v);
}

enum class Kind {
  Perimeter,
  CrowdZone,
  Exit,
  Stage,
  Stall,
  Structure,
  Barrier,
  EmergencyGate,
  AccessPoint,
  Receiver,
  Stairs,
};

const char* to_string(Kind kind);
std::optional<Kind> kind_from_string(const std::string& text);

// Where a layout feature came from, so every message and output can point back at it.
struct FeatureInfo {
  std::string file;  // layout file it was read from
  int index = -1;    // position in that file (0-based)
  std::string id;    // the feature's `id` property, may be empty
  std::string name;  // the feature's `name` property, may be empty
  // "feature 3 (id 'stall-07', 'Glühwein')": how messages name the feature.
  std::string describe() const;
};

struct Perimeter {
  FeatureInfo info;
  Polygon area;
};

struct CrowdZone {
  FeatureInfo info;
  Polygon area;
  double density_ppm2 = kUnset;  // persons per m²; unset: the profile's planning density
  std::string exit_id;  // agent simulation: everyone here uses this exit; empty: each chooses
  // A standing area divided by barriers and gangways (a pen, a terrace): the Green Guide's
  // distance to a gangway or exit applies; else an open floor, judged by travel distance.
  bool gangways = false;
};

struct Exit {
  FeatureInfo info;
  Polyline line;         // the opening, two or more points across it
  double width_m = 0.0;  // usable clear width
  bool emergency_only = false;
  bool unlocked = true;  // Fluvia: counts only if unlocked, free and opening outward
  bool opens_outward = true;
  bool closed = false;  // closed for this variant (batch sweeps close exits one by one)
};

struct Stage {
  FeatureInfo info;
  Vec2 source;                      // sound source position
  Polygon footprint;                // empty when drawn as a point
  double sound_power_dba = kUnset;  // L_W, dB(A)
  double source_height_m = 3.0;     // loudspeaker height above ground
};

struct Stall {
  FeatureInfo info;
  Polygon area;
};

struct Structure {
  FeatureInfo info;
  Polygon area;
  std::string structure_type;  // "bar", "tent", "toilets", "first_aid", ...
};

// A planned vehicle barrier line (or a single element): bollards, blockers, gates,
// water-filled or concrete road barriers.
struct PlannedBarrier {
  FeatureInfo info;
  Polyline line;                // one point for a single element
  std::string rating;           // as printed on the certificate, empty when unrated
  std::string product;          // catalogue product name, may be empty
  std::string barrier_type;     // "bollard", "water_filled", "concrete_block", ...
  double clear_gap_m = kUnset;  // clear gap between elements; unset: continuous line
  double cost_eur = kUnset;
};

struct EmergencyGate {
  FeatureInfo info;
  Polyline line;
  double width_m = 0.0;  // clear width when open
  std::string rating;    // a gate can be a rated barrier when closed
  std::string product;
};

struct AccessPoint {
  FeatureInfo info;
  Vec2 pos;
};

struct Receiver {
  FeatureInfo info;
  Vec2 pos;
  double height_m = 4.0;      // first-floor window
  double limit_dba = kUnset;  // unset: the profile's façade limit
};

// A flight of stairs or steps on the site (a podium, church steps, a terrace). The crowd
// simulation walks people over it at their stair speed, up or down (RiMEA tests 2, 3, 13).
struct Stairs {
  FeatureInfo info;
  Polygon area;
  double up_bearing_deg = 0.0;  // direction of the way up, degrees clockwise from grid north
};

struct Layout {
  std::vector<Perimeter> perimeters;
  std::vector<CrowdZone> crowd_zones;
  std::vector<Exit> exits;
  std::vector<Stage> stages;
  std::vector<Stall> stalls;
  std::vector<Structure> structures;
  std::vector<PlannedBarrier> barriers;
  std::vector<EmergencyGate> emergency_gates;
  std::vector<AccessPoint> access_points;
  std::vector<Receiver> receivers;
  std::vector<Stairs> stairs;

  std::size_t feature_count() const;
  // The union of the perimeters (most scenarios have one).
  MultiPolygon perimeter_area() const;
};

struct EventDay {
  std::string date;   // ISO 8601, "2026-11-27"
  std::string start;  // "10:00"
  std::string end;    // "21:00"; past midnight allowed ("01:00")
};

struct EventFacts {
  std::string name;
  std::string organiser;
  std::string location;
  std::string type;  // "market", "concert", "festival", "sports", "fair", "procession", "other"
  std::vector<EventDay> days;
  std::int64_t attendance_peak = 0;   // expected peak number of people on site at once
  std::int64_t attendance_total = 0;  // over the whole event, 0 when unknown
  bool alcohol = false;
  bool amplified_music = false;
  int events_at_location_this_year = 0;
};

// The permit officer's own classification, overriding the computed one (docs/sources.md,
// Assessment: scans are advisory), always with the reason recorded.
struct ClassificationOverride {
  std::string nl_class;                    // "A", "B" or "C"; empty: keep the computed class
  std::optional<bool> belgian_risk_event;  // unset: keep the computed answer
  std::string reason;                      // required
  std::string by;                          // who decided, may be empty
};

struct Scenario {
  std::string file;       // scenario.json as given
  std::string directory;  // folder it lies in; relative paths resolve against it
  std::string name;
  std::string map_path;                   // resolved
  std::string crs;                        // "EPSG:31370"; empty: UTM zone of the map's centre
  std::optional<Box> bbox_lonlat;         // crop of the map, WGS84 degrees
  std::vector<std::string> layout_paths;  // resolved
  std::string profile = "flanders";       // built-in name or a file path
  std::string location_path;  // the location's conditions (*.location.json), resolved; empty: none
  std::string vehicles_path;  // empty: built-in vehicle table
  std::string barrier_catalogue_path;  // empty: built-in catalogue
  std::string crowd_speeds_path;       // empty: built-in data/crowd/weidmann_speeds.csv
  std::string crowd_los_path;          // empty: built-in data/crowd/fruin_los.csv
  std::vector<std::string> analyses;   // "ramming", "assess", "crowd"; empty: all that apply
  double ramming_radius_m = 1000.0;
  std::uint64_t seed = 1;  // random seed for stochastic analyses (the crowd simulation)
  std::vector<std::string> vehicle_classes;  // empty: every class in the table
  EventFacts event;
  Layout layout;
  std::optional<ClassificationOverride> classification_override;
};

}  // namespace agora::scenario
