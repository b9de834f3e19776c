#include "sim/vehicle/adequacy.hpp"

#include <cmath>
#include <sstream>

#include "sim/core/error.hpp"
#include "sim/vehicle/kinematics.hpp"

namespace agora::vehicle {

const char* verdict_key(Verdict v) {
  switch (v) {
    case Verdict::Adequate:
      return "adequate";
    case Verdict::EnergyOnly:
      return "energy_only";
    case Verdict::Inadequate:
      return "inadequate";
    case Verdict::GapPassable:
      return "gap_passable";
    case Verdict::Unprotected:
      return "unprotected";
  }
  return "unknown";
}

const char* verdict_text(Verdict v) {
  switch (v) {
    case Verdict::Adequate:
      return "adequate by rating";
    case Verdict::EnergyOnly:
      return "energy-equivalent only, needs expert check";
    case Verdict::Inadequate:
      return "inadequate";
    case Verdict::GapPassable:
      return "gap passable";
    case Verdict::Unprotected:
      return "unprotected";
  }
  return "unknown";
}

int verdict_severity(Verdict v) {
  switch (v) {
    case Verdict::Adequate:
      return 1;
    case Verdict::EnergyOnly:
      return 2;
    case Verdict::Inadequate:
      return 3;
    case Verdict::GapPassable:
      return 4;
    case Verdict::Unprotected:
      return 5;
  }
  return 5;
}

namespace {
std::string standard_group(RatingStandard s) {
  switch (s) {
    case RatingStandard::Iso22343:
    case RatingStandard::Iwa14:
      return "ISO 22343-1/IWA 14-1";
    case RatingStandard::Pas68:
      return "PAS 68";
    case RatingStandard::AstmF2656:
    case RatingStandard::DosK:
      return "ASTM F2656";
  }
  return "";
}

std::string fmt(double v, int precision = 1) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(precision);
  out << v;
  return out.str();
}
}  // namespace

const RatingVehicle* RatingVehicleTable::match(const BarrierRating& rating) const {
  const std::string group = standard_group(rating.standard);
  const RatingVehicle* best = nullptr;
  for (const RatingVehicle& r : rows) {
    if (r.standard != group || r.code != rating.vehicle_code) continue;
    if (!best || std::abs(r.test_mass_kg - rating.test_mass_kg) <
                     std::abs(best->test_mass_kg - rating.test_mass_kg))
      best = &r;
  }
  return best;
}

void AdequacyRules::validate() const {
  require_in_range("ramming.speed_margin_kmh", speed_margin_kmh, 0.0, 50.0, "km/h");
  require_in_range("ramming.angle_tolerance_deg", angle_tolerance_deg, 0.0, 45.0, "degrees");
  require_in_range("ramming.max_clear_gap_m", max_clear_gap_m, 0.3, 3.0, "m");
}

bool gap_passable(double clear_gap_m, double vehicle_width_m, const AdequacyRules& rules) {
  if (std::isnan(clear_gap_m)) return false;
  return clear_gap_m >= vehicle_width_m || clear_gap_m > rules.max_clear_gap_m;
}

namespace {
// Every condition of "adequate by rating" except speed, with the first that fails.
bool non_speed_conditions(const BarrierFacts& b, const VehicleClass& vehicle, double angle_deg,
                          double standoff_m, const AdequacyRules& rules, std::string* why) {
  const BarrierRating& r = *b.rating;
  if (b.counts_as_rank < vehicle.rank) {
    if (why)
      *why = "test vehicle " + r.vehicle_code + " (" + fmt(r.test_mass_kg, 0) + " kg) " +
             (b.counts_as.empty() ? "is lighter than every assessed class"
                                  : "counts as " + b.counts_as) +
             ", lighter than class " + vehicle.code;
    return false;
  }
  if (std::abs(angle_deg - r.angle_deg) > rules.angle_tolerance_deg) {
    if (why)
      *why = "rated at " + fmt(r.angle_deg, 0) + "°, approach at " + fmt(angle_deg, 0) +
             "° (tolerance ±" + fmt(rules.angle_tolerance_deg, 0) + "°)";
    return false;
  }
  const double reach = std::max(r.penetration_m, r.debris_m.value_or(0.0));
  if (reach > standoff_m + 1e-9) {
    if (why)
      *why = std::string(r.debris_m ? "penetration/debris " + fmt(r.penetration_m) + "/" +
                                          fmt(*r.debris_m) + " m"
                                    : "penetration " + fmt(r.penetration_m) + " m") +
             " exceeds the " + fmt(standoff_m) + " m stand-off to the crowd";
    return false;
  }
  return true;
}
}  // namespace

std::optional<double> adequate_up_to_kmh(const BarrierFacts& barrier, const VehicleClass& vehicle,
                                         double angle_deg, double standoff_m,
                                         const AdequacyRules& rules) {
  if (!barrier.rating || gap_passable(barrier.clear_gap_m, vehicle.width_m, rules))
    return std::nullopt;
  if (!non_speed_conditions(barrier, vehicle, angle_deg, standoff_m, rules, nullptr))
    return std::nullopt;
  const double limit = barrier.rating->speed_kmh - rules.speed_margin_kmh;
  if (limit <= 0.0) return std::nullopt;
  return limit;
}

Judgement judge(const BarrierFacts& barrier, const Threat& threat, const AdequacyRules& rules) {
  const VehicleClass& vehicle = *threat.vehicle;
  Judgement j;
  j.threat_energy_kj = kinetic_energy_kj(vehicle.test_mass_kg, kmh_to_mps(threat.speed_kmh));
  if (gap_passable(barrier.clear_gap_m, vehicle.width_m, rules)) {
    j.verdict = Verdict::GapPassable;
    j.reason = "clear gap " + fmt(barrier.clear_gap_m, 2) + " m " +
               (barrier.clear_gap_m >= vehicle.width_m
                    ? "≥ vehicle width " + fmt(vehicle.width_m, 2) + " m"
                    : "> maximum gap " + fmt(rules.max_clear_gap_m, 2) + " m");
    return j;
  }
  if (!barrier.rating) {
    j.verdict = Verdict::Inadequate;
    j.reason = barrier.unrated_reason.empty() ? "no anti-ram rating" : barrier.unrated_reason;
    return j;
  }
  const BarrierRating& r = *barrier.rating;
  j.rated_energy_kj = r.test_energy_kj();
  std::string why;
  const bool others =
      non_speed_conditions(barrier, vehicle, threat.angle_deg, threat.standoff_m, rules, &why);
  const bool speed_ok = threat.speed_kmh + rules.speed_margin_kmh <= r.speed_kmh + 1e-9;
  if (others && speed_ok) {
    j.verdict = Verdict::Adequate;
    j.reason = r.text + " covers class " + vehicle.code + " at " + fmt(threat.speed_kmh) +
               " km/h, " + fmt(threat.angle_deg, 0) + "°";
    return j;
  }
  if (!speed_ok)
    why =
        "rated " + fmt(r.speed_kmh) + " km/h < threat " + fmt(threat.speed_kmh) + " km/h" +
        (rules.speed_margin_kmh > 0.0 ? " + " + fmt(rules.speed_margin_kmh) + " km/h margin" : "") +
        (why.empty() ? "" : "; " + why);
  if (j.threat_energy_kj <= j.rated_energy_kj + 1e-9) {
    j.verdict = Verdict::EnergyOnly;
    j.reason = "threat " + fmt(j.threat_energy_kj, 0) + " kJ ≤ rated " + fmt(j.rated_energy_kj, 0) +
               " kJ but " + why;
  } else {
    j.verdict = Verdict::Inadequate;
    j.reason = "threat " + fmt(j.threat_energy_kj, 0) + " kJ > rated " + fmt(j.rated_energy_kj, 0) +
               " kJ; " + why;
  }
  return j;
}

void resolve_rating_vehicle(BarrierFacts& barrier, const RatingVehicleTable& rating_vehicles,
                            const std::vector<VehicleClass>& table) {
  barrier.counts_as.clear();
  barrier.counts_as_rank = 0;
  if (!barrier.rating) return;
  const RatingVehicle* rv = rating_vehicles.match(*barrier.rating);
  if (!rv || rv->counts_as.empty()) return;
  for (const VehicleClass& c : table)
    if (c.code == rv->counts_as) {
      barrier.counts_as = c.code;
      barrier.counts_as_rank = c.rank;
    }
}

}  // namespace agora::vehicle
