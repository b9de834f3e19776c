#pragma once
// Parameters of the ramming analysis. Policy values come from the profile's "ramming"
// section (gis/vehicle_tables.cpp reads them, each with its source); the model-resolution
// values below are the analysis's own, with the reason for each default.

#include "sim/vehicle/adequacy.hpp"

namespace agora::vehicle {

struct RammingParams {
  // Start points are every place within this distance of the perimeter (issue 3: 1 km).
  double radius_m = 1000.0;
  // Skid-limit friction: 0.6 normal road, 1.0 conservative default (MIL-HDBK-1013/14;
  // docs/sources.md, Vehicles). The speed band spans [a_min, f_normal] .. [a_max, f_conservative].
  double friction_normal = 0.6;
  double friction_conservative = 1.0;
  AdequacyRules rules;  // profile: speed margin, angle tolerance, max clear gap
  // A planned barrier this close to a crossing point guards it even where the drawn line
  // stops short of the perimeter line (drawing tolerance; profile, local policy).
  double barrier_snap_m = 1.0;
  // Crowd density where a crowd zone gives none (docs/sources.md, Capacity: 2 p/m² outdoor planning
  // figure).
  double crowd_density_ppm2 = 2.0;
  // People exposed: density × (vehicle width + 2 × margin) × run (docs/sources.md, Vehicles: 0.5 m
  // a side).
  double exposure_side_margin_m = 0.5;

  // Open areas within this distance of the perimeter are driven in straight lines; farther
  // out along their mapped ways. A run-up that crosses a distant square still has to turn
  // into the streets leading here, whose corners cap its speed; and reaching the top speed
  // from rest takes v²/(2a) ≈ 312 m for every built-in class at a_max. 250 m keeps the
  // rasters (and the time) proportionate.
  double open_area_reach_m = 250.0;
  // Open areas are rasterised at this cell size: 0.5 m resolves a 1 m gap between obstacles.
  double open_area_cell_m = 0.5;
  // Start points in an open area sit this far from its corners, so every class's half width
  // (N3H: 1.275 m) clears the walls.
  double corner_clearance_m = 1.5;
  // Within this distance of a street mouth or a crossing a straight line may touch the
  // raster's edge cells: OSM nodes lie on the drawn boundary, not 1 m inside it.
  double endpoint_tolerance_m = 3.0;
  // Turns in open areas use the free disc around the turning point, capped here: beyond
  // 40 m of width a turn no longer limits any class below its top speed in practice.
  double open_width_cap_m = 40.0;
  // A mapped bollard or block is a post of this radius (typical 0.2–0.3 m bollard).
  double bollard_radius_m = 0.15;
  // Polyline vertices that turn less than this are treated as straight (digitising noise).
  double min_deflection_deg = 1.0;
  // Open-area outlines are simplified to this tolerance before their corners become start points.
  double outline_simplify_m = 0.5;
  // In-crowd runs are followed at most this far.
  double max_crowd_run_m = 500.0;
  // Run-up bound: a run-up is at most radius_m × run_up_circuity long. A start radius_m out
  // reaches the perimeter by streets 1.2–1.4 times the straight line (the circuity of road
  // networks, Ballou, Rahardja and Sakai 2002); 1.5 leaves room for that, and longer run-ups
  // are detours and laps of a block that gain a vehicle almost nothing (docs/ramming.md §6).
  double run_up_circuity = 1.5;
  // A run-up replaces another one to the same place only when it is at least this much
  // faster there: of several nearly tied run-ups the first found (the fewest streets) is
  // kept, not a winding one a fraction of a km/h faster. Speeds stay within this of the
  // unbounded maximum at each place.
  double min_gain_kmh = 1.0;
  double max_run_up_m() const { return radius_m * run_up_circuity; }

  void validate() const;
};

}  // namespace agora::vehicle
