#pragma once
// The city model turned into GPU-ready batches, once per load: open areas and building
// footprints triangulated, roads as cased lines in class order, map barriers and stops.
// One batch per layer so the layer toggles cost nothing.

#include "gui/map/vertex_batch.hpp"
#include "sim/city/city_model.hpp"

namespace agora::gui {

// Fills are opaque and drawn without blending; lines carry anti-aliased edges.
struct CityGeometry {
  VertexBatch open_area_fills, open_area_lines;
  VertexBatch building_fills, building_lines;
  VertexBatch roads;  // casings of every class, then fills, lowest class first
  VertexBatch barriers;
  VertexBatch stops;
  std::size_t triangles = 0;  // building and open-area triangles
};

struct CityGeometryOptions {
  bool highlight_passable = false;  // red casings on every road a hostile car can drive
};

CityGeometry build_city_geometry(const city::CityModel& city, Vec2 origin,
                                 const CityGeometryOptions& options = {});

}  // namespace agora::gui
