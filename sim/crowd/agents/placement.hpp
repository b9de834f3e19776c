#pragma once
// Where agents start: positions inside an area, on walkable space clear of walls, no two
// closer than their bodies allow. The positions form a hexagonal lattice at the requested
// density, shifted and jittered at random, so a zone at 2 p/m² starts at 2 p/m² everywhere.
// A density beyond what bodies of the given size can fill is an error naming the zone.

#include <functional>
#include <string>
#include <vector>

#include "sim/crowd/agents/environment.hpp"
#include "sim/crowd/agents/random.hpp"

namespace agora::crowd::agents {

// Densest packing of discs of radius r: a hexagonal lattice of spacing 2r, 2 / (√3 (2r)²)
// persons per m² (7.2 p/m² at r = 0.2 m).
double max_packing_density_ppm2(double radius_m);

// Walkable area inside `area` (cells whose centre lies inside and is walkable), m².
double walkable_area_m2(const Environment& environment, const Polygon& area);

// Which points may hold an agent (e.g. those from which an exit can be reached); empty: all.
using PlaceFilter = std::function<bool(Vec2)>;

// Walkable area inside `area` that passes `allowed`, m².
double walkable_area_m2(const Environment& environment, const Polygon& area,
                        const PlaceFilter& allowed);

// `count` positions for agents of radius radius_m inside `area`, clear of walls and of the
// positions already in `taken` (which the new ones are appended to). `zone` names the area in
// errors: when it has no walkable space, or the count does not fit.
std::vector<Vec2> place_agents(const Environment& environment, const Polygon& area,
                               std::size_t count, double radius_m, Rng& rng,
                               std::vector<Vec2>& taken, const std::string& zone,
                               const PlaceFilter& allowed = {});

}  // namespace agora::crowd::agents
