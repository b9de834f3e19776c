#pragma once
// The space the agents walk in, as a grid: walkable cells, the exits (segments agents leave
// through), stairs (areas walked at stair speed) and whether the space wraps around in x (a
// periodic corridor for the fundamental diagram). Built from an event site's walkable mask
// (sim/field/walkable.hpp) or, for tests and benchmarks, from vector geometry.

#include <string>
#include <vector>

#include "sim/field/grid.hpp"

namespace agora::crowd::agents {

struct ExitSpec {
  std::string id;
  Vec2 a;
  Vec2 b;
  double width_m = 0.0;  // clear width, for queue estimates; 0: the segment's length
  bool open = true;      // at the start of the run
  Vec2 outward{};  // unit normal pointing out of the domain; {0, 0}: the environment infers it

  double effective_width_m() const { return width_m > 0.0 ? width_m : distance(a, b); }
};

struct StairSpec {
  std::string id;
  Polygon area;
  Vec2 up_direction{1.0, 0.0};  // unit vector pointing upstairs
  // Floor fields count a metre of stair as this many metres of level floor (level speed over
  // stair speed: about 1.34 / 0.675 ≈ 2 going up).
  double cost_factor = 2.0;
};

struct Domain {
  Mask walkable;  // 1 walkable; everything outside the grid is a wall (unless periodic in x)
  std::vector<ExitSpec> exits;
  std::vector<StairSpec> stairs;
  bool periodic_x = false;  // x wraps over the grid's width: no walls at its left and right edges
};

// A domain from vector geometry: the walkable area (holes are obstacles) and exits drawn as
// segments on its boundary. Beyond each exit an apron apron_m deep and as wide as the exit is
// made walkable, so agents step across the line. The grid's origin is a multiple of cell_m, so
// walls at multiples of cell_m fall exactly on cell edges.
Domain make_domain(const MultiPolygon& walkable, std::vector<ExitSpec> exits, double cell_m,
                   double apron_m = 1.0);
Domain make_domain(const Polygon& walkable, std::vector<ExitSpec> exits, double cell_m,
                   double apron_m = 1.0);

// A corridor [0, length] × [0, width] that wraps around in x (no exits).
Domain make_periodic_corridor(double length_m, double width_m, double cell_m);

// An axis-aligned rectangle as a counter-clockwise polygon.
Polygon rectangle(double x0, double y0, double x1, double y1);

}  // namespace agora::crowd::agents
