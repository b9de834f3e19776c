#pragma once
// Noise at the neighbours (docs/sources.md, Liveability and noise): receivers every few metres
// along the façades of every building within the search radius of a stage, on the façades that face
// it, plus the layout's own receivers; per receiver the L_Aeq from every stage with ISO 9613-2
// simplified propagation, screened by the buildings the straight path crosses (found in the city's
// R-tree). Dwellings over the façade limit, and the audience level against the VLAREM
// categories for amplified music.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/noise/octave_bands.hpp"
#include "sim/noise/propagation.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::noise {

// VLAREM audience-area category (docs/sources.md, Liveability and noise): level up to max_dba over
// the period.
struct AudienceCategory {
  int category = 0;
  double max_dba = 0.0;
  std::string period;  // "LAeq,15min"
};

// Octave bands (ISO 9613-2 general method, the default) or the one broadband band at 500 Hz
// with the simplified ground term that Agora used first (kept to compare).
enum class NoiseModel { kOctaveBands, kBroadband };

struct NoiseParams {
  NoiseModel model = NoiseModel::kOctaveBands;
  PropagationParams propagation;
  OctaveParams octave;
  // ISO 9613-2: G = 0 for hard ground. Ground the map holds no cover for is taken as paved, as
  // a town centre mostly is (assumption); grass, parks and water come from the map.
  double default_ground_factor = 0.0;
  // Where the limit is a façade level (incident sound plus its reflection from the façade),
  // the reflection is added to the free-field level at façade receivers: +3 dB (ISO 1996-2
  // Annex B, microphone in front of a reflecting façade).
  bool limit_is_facade_level = true;
  double facade_reflection_db = 3.0;
  double facade_limit_dba = 60.0;     // (policy) docs/sources.md, Liveability and noise: a Dutch
                                      // plan's 60 dB(A) at dwellings
  double receiver_spacing_m = 5.0;    // a receiver every few metres along a façade
  double receiver_height_m = 4.0;     // first-floor window
  double facade_offset_m = 0.5;       // receivers stand free-field just in front of the façade
  double search_radius_m = 500.0;     // buildings this close to a stage get receivers
  double audience_distance_m = 10.0;  // (policy) where the audience level is taken, from a stage
  std::vector<AudienceCategory> audience_categories = {
      {1, 85.0, "LAeq,15min"}, {2, 95.0, "LAeq,15min"}, {3, 100.0, "LAeq,60min"}};  // VLAREM

  void validate() const;
};

struct Receiver {
  Vec2 pos;
  double height_m = 0.0;
  std::int64_t building = -1;  // index into city.buildings; -1 for a layout receiver
  bool residential = false;
  std::string label;       // layout receivers: their feature; façades: the building's name/address
  double level_dba = 0.0;  // L_Aeq from every stage
  double limit_dba = 0.0;
  double screening_db = 0.0;   // A_bar of the loudest stage's path
  double reflection_db = 0.0;  // façade reflection added (0 for a free-field receiver)
  // A layout receiver placed inside a building is moved to the nearest point in front of its
  // façade: where it was placed and which building it stood in.
  bool moved = false;
  Vec2 placed;
  std::int64_t placed_in_building = -1;
  double moved_m = 0.0;
  bool over_limit() const { return level_dba > limit_dba + 1e-9; }
};

struct NoiseResult {
  std::vector<Receiver> receivers;
  int buildings_considered = 0;
  int receivers_over_limit = 0;
  int dwellings_over_limit = 0;  // residential buildings with a receiver over the limit
  int dwellings_considered = 0;
  double max_facade_dba = 0.0;  // over façade receivers (0 without stages)
  double max_dwelling_dba = 0.0;
  double audience_dba = 0.0;  // loudest stage at audience_distance_m; 0 without stages
  int audience_category = 0;  // 1..3 VLAREM; categories+1 when above all; 0 without stages
  int receivers_moved = 0;    // layout receivers moved out of a building to its façade
};

// stages without a sound power are skipped. facade_limit_dba applies to every façade
// receiver; a layout receiver may set its own limit.
NoiseResult facade_levels(const city::CityModel& city, const scenario::Layout& layout,
                          const NoiseParams& params);

// Recounts the receivers and dwellings over the limit and the highest levels from the
// receivers' levels and residential flags (after a caller marks which buildings hold dwellings).
void count_over_limit(NoiseResult& r);

// The receivers along one building's façades that face at least one of the sources.
std::vector<Receiver> facade_receivers(const city::Building& building, std::int64_t index,
                                       const std::vector<Vec2>& sources, const NoiseParams& params);

class GroundMap;

// The free-field level from every stage with a sound power at any point and height, by the
// profile's model (octave bands or broadband); one object serves the façade receivers and the
// noise map.
class SoundField {
 public:
  SoundField(const city::CityModel& city, const scenario::Layout& layout,
             const NoiseParams& params);
  ~SoundField();
  // L_Aeq, free field (no façade reflection); screening_db: what the screens take off the
  // loudest stage's path. −infinity without stages.
  double level_at(Vec2 pos, double height_m, double* screening_db = nullptr) const;
  bool empty() const { return stages_.empty(); }

 private:
  const city::CityModel* city_;
  NoiseParams params_;
  std::unique_ptr<GroundMap> ground_;
  std::vector<const scenario::Stage*> stages_;
  std::vector<BandLevels> powers_;
};

// The obstacle building a point stands inside, or -1.
std::int64_t building_containing(const city::CityModel& city, Vec2 p);
// The nearest point in front of the building's outer façade: on its outline, `offset_m` out.
Vec2 nearest_facade_point(const city::Building& building, Vec2 p, double offset_m);

// The screens on the straight path from a to b: every obstacle building it crosses.
std::vector<Screen> screens_between(const city::CityModel& city, Vec2 a, Vec2 b);

}  // namespace agora::noise
