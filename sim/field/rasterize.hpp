#pragma once
// Burning vector geometry into grids: polygons by cell centre (holes respected), lines by
// every cell they touch plus the cells whose centre lies within a half width, so a wall
// one millimetre thick still closes the grid.

#include "sim/field/grid.hpp"

namespace agora {

// Sets every cell whose centre lies inside the polygon (outside its holes) to value.
template <class T>
void fill_polygon(Grid<T>& grid, const Polygon& polygon, T value);
template <class T>
void fill_polygon(Grid<T>& grid, const MultiPolygon& polygons, T value);

// Sets every cell the segment passes through, and every cell whose centre lies within
// half_width_m of it, to value.
template <class T>
void burn_segment(Grid<T>& grid, Vec2 a, Vec2 b, double half_width_m, T value);
template <class T>
void burn_polyline(Grid<T>& grid, const Polyline& line, double half_width_m, T value);

}  // namespace agora
