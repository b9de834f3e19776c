#pragma once
// Noise at the neighbours (DOMAIN §3): receivers every few metres along the façades of every
// building within the search radius of a stage, on the façades that face it, plus the
// layout's own receivers; per receiver the L_Aeq from every stage with ISO 9613-2 simplified
// propagation, screened by the buildings the straight path crosses (found in the city's
// R-tree). Dwellings over the façade limit, and the audience level against the VLAREM
// categories for amplified music.

#include <cstdint>
#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/noise/propagation.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::noise {

// VLAREM audience-area category (DOMAIN §3): level up to max_dba over the period.
struct AudienceCategory {
  int category = 0;
  double max_dba = 0.0;
  std::string period;  // "LAeq,15min"
};

struct NoiseParams {
  PropagationParams propagation;
  double facade_limit_dba = 60.0;    // (policy) DOMAIN §3: a Dutch plan's 60 dB(A) at dwellings
  double receiver_spacing_m = 5.0;   // a receiver every few metres along a façade
  double receiver_height_m = 4.0;    // first-floor window
  double facade_offset_m = 0.5;      // receivers stand free-field just in front of the façade
  double search_radius_m = 500.0;    // buildings this close to a stage get receivers
  double audience_distance_m = 10.0; // (policy) where the audience level is taken, from a stage
  std::vector<AudienceCategory> audience_categories = {
      {1, 85.0, "LAeq,15min"}, {2, 95.0, "LAeq,15min"}, {3, 100.0, "LAeq,60min"}};  // VLAREM

  void validate() const;
};

struct Receiver {
  Vec2 pos;
  double height_m = 0.0;
  std::int64_t building = -1;  // index into city.buildings; -1 for a layout receiver
  bool residential = false;
  std::string label;           // layout receivers: their feature; façades: the building's name/address
  double level_dba = 0.0;      // L_Aeq from every stage
  double limit_dba = 0.0;
  double screening_db = 0.0;   // A_bar of the loudest stage's path
  bool over_limit() const { return level_dba > limit_dba + 1e-9; }
};

struct NoiseResult {
  std::vector<Receiver> receivers;
  int buildings_considered = 0;
  int receivers_over_limit = 0;
  int dwellings_over_limit = 0;        // residential buildings with a receiver over the limit
  int dwellings_considered = 0;
  double max_facade_dba = 0.0;         // over façade receivers (0 without stages)
  double max_dwelling_dba = 0.0;
  double audience_dba = 0.0;           // loudest stage at audience_distance_m; 0 without stages
  int audience_category = 0;           // 1..3 VLAREM; categories+1 when above all; 0 without stages
};

// stages without a sound power are skipped. facade_limit_dba applies to every façade
// receiver; a layout receiver may set its own limit.
NoiseResult facade_levels(const city::CityModel& city, const scenario::Layout& layout, const NoiseParams& params);

// The receivers along one building's façades that face at least one of the sources.
std::vector<Receiver> facade_receivers(const city::Building& building, std::int64_t index,
                                       const std::vector<Vec2>& sources, const NoiseParams& params);

// The screens on the straight path from a to b: every obstacle building it crosses.
std::vector<Screen> screens_between(const city::CityModel& city, Vec2 a, Vec2 b);

}  // namespace agora::noise
