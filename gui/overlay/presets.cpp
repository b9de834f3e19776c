#include "gui/overlay/presets.hpp"

namespace agora::gui {

namespace {

const std::vector<LayerPreset>& layer_presets() {
  static const std::vector<LayerPreset> presets = {
      // Vehicle ramming (docs/ramming.md): speeds on the roads under the crossings, the
      // crossings by their worst verdict, and the run-up of the selected crossing.
      // The speeds are off at first (thousands of lines): the crossings answer the question.
      {"ramming_edge_speeds", "Approach speed, km/h", "max_speed_kmh", false, 3.0, 5.0,
       ColourScale{0.0, 100.0, Ramp::GreenRed}, "", "", ""},
      {"ramming_crossings", "Crossings by worst verdict", "worst_verdict", true, 2.5, 8.0,
       std::nullopt, "", "", ""},
      {"ramming_runup_paths", "Run-up of the selected crossing, km/h", "speed_high_kmh", true, 3.5,
       5.0, ColourScale{0.0, 100.0, Ramp::GreenRed}, "ramming_crossings", "crossing_id", "id"},
      // Assessment (docs/assessment.md).
      {"assess_unreachable_areas", "Out of fire engines' reach", "reason", true, 2.0, 5.0,
       std::nullopt, "", "", ""},
      {"assess_access_blocking_points", "Where fire access is blocked", "reason", true, 2.0, 6.0,
       std::nullopt, "", "", ""},
      {"assess_noise_receivers", "Noise at façades, dB(A)", "level_dba", false, 2.0, 5.5,
       ColourScale{40.0, 80.0, Ramp::GreenRed}, "", "", ""},
      {"assess_exits", "Exits: time to clear, s", "clear_s", false, 4.0, 5.0, std::nullopt, "", "",
       ""},
      {"assess_road_closures", "Closed roads: detour, m", "detour_m", false, 3.0, 5.0, std::nullopt,
       "", "", ""},
      {"assess_affected_places", "Parking and stops affected", "kind", false, 2.0, 5.0,
       std::nullopt, "", "", ""},
      {"assess_residential_buildings", "Residential buildings near", "", false, 1.0, 5.0,
       std::nullopt, "", "", ""},
  };
  return presets;
}

const std::vector<RasterPreset>& raster_presets() {
  static const std::vector<RasterPreset> presets = {
      {"distance_to_exit", "Walking distance to an exit, m", false, std::nullopt},
      {"exposure", "People exposed", false, std::nullopt},
      {"density", "Crowd density, persons/m²", false, ColourScale{0.0, 5.0, Ramp::GreenRed}},
  };
  return presets;
}

}  // namespace

const LayerPreset* layer_preset(const std::string& layer) {
  for (const LayerPreset& p : layer_presets())
    if (p.layer == layer) return &p;
  return nullptr;
}

const RasterPreset* raster_preset(const std::string& raster) {
  for (const RasterPreset& p : raster_presets())
    if (p.raster == raster || raster.find(p.raster) != std::string::npos) return &p;
  return nullptr;
}

}  // namespace agora::gui
