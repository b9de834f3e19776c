#pragma once
// Is one barrier adequate against one threat (class, speed, angle) at one crossing?
// docs/sources.md, Vehicles: exactly one of five verdicts, never an energy-only pass.
//   adequate by rating    a test vehicle of the same or a heavier class, rated speed ≥ threat
//                         speed + margin, rated angle covers the approach angle, penetration
//                         (and PAS 68 debris) within the stand-off to the crowd;
//   energy-equivalent only, needs expert check
//                         ½mv² of the threat ≤ the rated test energy, other conditions not met;
//   inadequate            neither (and every unrated barrier: water-filled, road-safety,
//                         planters, parked vehicles);
//   gap passable          clear gap ≥ the vehicle's width, or > the profile's maximum gap;
//   unprotected           no barrier on the crossing.

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "sim/vehicle/rating.hpp"
#include "sim/vehicle/vehicle_class.hpp"

namespace agora::vehicle {

enum class Verdict { Adequate, EnergyOnly, Inadequate, GapPassable, Unprotected };

const char* verdict_key(
    Verdict v);  // "adequate", "energy_only", "inadequate", "gap_passable", "unprotected"
const char* verdict_text(
    Verdict v);  // "adequate by rating", "energy-equivalent only, needs expert check", ...
// 1 (adequate) .. 5 (unprotected): how little stands between the vehicle and the crowd.
int verdict_severity(Verdict v);

// Which of Agora's vehicle classes a standard's test vehicle counts as (data/vehicles/
// rating_vehicles.csv): an IWA N2A (7200 kg) counts as N2, an ASTM M (6800 kg) as N2, ...
struct RatingVehicle {
  std::string standard;  // "ISO 22343-1/IWA 14-1", "PAS 68", "ASTM F2656"
  std::string code;      // "N2A", "N3", "M"
  double test_mass_kg = 0.0;
  std::string counts_as;  // a class code of the vehicle table; empty: lighter than every class
  std::string source;
};

struct RatingVehicleTable {
  std::vector<RatingVehicle> rows;
  std::string origin;
  // The row for the rating's standard and vehicle code nearest its test mass, or nullptr.
  const RatingVehicle* match(const BarrierRating& rating) const;
};

// Rules a profile sets (docs/sources.md, Vehicles policy values).
struct AdequacyRules {
  double speed_margin_kmh = 0.0;  // added to the threat speed before comparing (policy)
  double angle_tolerance_deg =
      15.0;  // how far from the rated angle an approach is still covered (policy)
  double max_clear_gap_m = 1.2;  // common industry guidance (docs/sources.md, Vehicles, policy)
  void validate() const;
};

// What a barrier offers, resolved from its rating string, product and type.
struct BarrierFacts {
  std::string name;                     // for messages and output: the feature's name or id
  std::optional<BarrierRating> rating;  // none: unrated
  int counts_as_rank = 0;               // rank of the class its test vehicle counts as (0: none)
  std::string counts_as;                // that class's code
  double clear_gap_m = std::nan("");    // NaN: a continuous line
  std::string unrated_reason;  // why it has no rating ("water-filled barrier: no anti-ram rating")
};

struct Threat {
  const VehicleClass* vehicle = nullptr;
  double speed_kmh = 0.0;
  double angle_deg = 90.0;               // between the path and the barrier face, 90 = head-on
  double standoff_m = kNoStandoffLimit;  // from the barrier face to the crowd along the path
  static constexpr double kNoStandoffLimit = 1e9;
};

struct Judgement {
  Verdict verdict = Verdict::Unprotected;
  std::string reason;
  double threat_energy_kj = 0.0;
  double rated_energy_kj = 0.0;  // 0 when unrated
};

bool gap_passable(double clear_gap_m, double vehicle_width_m, const AdequacyRules& rules);

// The highest threat speed (km/h) at which the barrier is adequate by rating for this class,
// angle and stand-off; nullopt when it is not adequate at any speed (unrated, lighter test
// vehicle, angle not covered, penetration beyond the stand-off, gap passable).
std::optional<double> adequate_up_to_kmh(const BarrierFacts& barrier, const VehicleClass& vehicle,
                                         double angle_deg, double standoff_m,
                                         const AdequacyRules& rules);

Judgement judge(const BarrierFacts& barrier, const Threat& threat, const AdequacyRules& rules);

// Resolves the class a rating's test vehicle counts as, filling counts_as and counts_as_rank.
void resolve_rating_vehicle(BarrierFacts& barrier, const RatingVehicleTable& rating_vehicles,
                            const std::vector<VehicleClass>& table);

}  // namespace agora::vehicle
