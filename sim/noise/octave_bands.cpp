#include "sim/noise/octave_bands.hpp"

#include <algorithm>
#include <cmath>

#include "sim/core/error.hpp"

namespace agora::noise {

void OctaveParams::validate() const {
  for (std::size_t i = 0; i < kBands; ++i) {
    require_in_range("noise.air_absorption_bands_db_per_km", air_absorption_db_per_km[i], 0.0,
                     1000.0, "dB/km");
    require_in_range("noise.source_spectrum_dba", source_spectrum_dba[i], -80.0, 80.0, "dB");
  }
  require_in_range("noise.c2", c2, 1.0, 100.0);
}

BandLevels band_powers(double sound_power_dba, const BandLevels& spectrum_dba) {
  double e = 0.0;
  for (double s : spectrum_dba) e += std::pow(10.0, s / 10.0);
  const double norm = 10.0 * std::log10(e);
  BandLevels out{};
  for (std::size_t i = 0; i < kBands; ++i) out[i] = sound_power_dba + spectrum_dba[i] - norm;
  return out;
}

GroundRegions ground_regions(double dp, double source_height_m, double receiver_height_m) {
  GroundRegions g;
  g.source_to_m = std::min(dp, 30.0 * source_height_m);
  g.receiver_from_m = std::max(0.0, dp - 30.0 * receiver_height_m);
  return g;
}

double a_end_region_db(std::size_t band, double h, double g, double dp) {
  const double far = 1.0 - std::exp(-dp / 50.0);
  switch (band) {
    case 0:
      return -1.5;
    case 1: {
      const double a = 1.5 + 3.0 * std::exp(-0.12 * (h - 5.0) * (h - 5.0)) * far +
                       5.7 * std::exp(-0.09 * h * h) * (1.0 - std::exp(-2.8e-6 * dp * dp));
      return -1.5 + g * a;
    }
    case 2:
      return -1.5 + g * (1.5 + 8.6 * std::exp(-0.09 * h * h) * far);
    case 3:
      return -1.5 + g * (1.5 + 14.0 * std::exp(-0.46 * h * h) * far);
    case 4:
      return -1.5 + g * (1.5 + 5.0 * std::exp(-0.9 * h * h) * far);
    default:
      return -1.5 * (1.0 - g);
  }
}

double a_middle_db(std::size_t band, double hs, double hr, double dp, double gm) {
  const double reach = 30.0 * (hs + hr);
  const double q = dp <= reach ? 0.0 : 1.0 - reach / dp;
  return band == 0 ? -3.0 * q : -3.0 * q * (1.0 - gm);
}

BandLevels a_gr_bands_db(double hs, double hr, double dp, const GroundFactors& g) {
  BandLevels out{};
  for (std::size_t i = 0; i < kBands; ++i)
    out[i] = a_end_region_db(i, hs, g.source, dp) + a_end_region_db(i, hr, g.receiver, dp) +
             a_middle_db(i, hs, hr, dp, g.middle);
  return out;
}

double k_met(double d_ss, double d_sr, double d, double z) {
  if (z <= 0.0) return 1.0;
  return std::exp(-std::sqrt(d_ss * d_sr * d / (2.0 * z)) / 2000.0);
}

double d_z_db(double frequency_hz, const Diffraction& diff, double direct_m,
              const PropagationParams& p, const OctaveParams& o) {
  if (diff.edges <= 0 || diff.path_difference_m <= 0.0) return 0.0;
  const double lambda = p.speed_of_sound_mps / frequency_hz;
  double c3 = 1.0;
  if (diff.edges >= 2 && diff.edge_separation_m > 0.0) {
    const double q =
        (5.0 * lambda / diff.edge_separation_m) * (5.0 * lambda / diff.edge_separation_m);
    c3 = (1.0 + q) / (1.0 / 3.0 + q);
  }
  const double z = diff.path_difference_m;
  const double km = k_met(diff.source_to_edge_m, diff.edge_to_receiver_m, direct_m, z);
  const double dz = 10.0 * std::log10(3.0 + (o.c2 / lambda) * c3 * z * km);
  return std::min(dz, diff.edges >= 2 ? p.double_edge_cap_db : p.single_edge_cap_db);
}

BandPathLevel band_path_level(const BandLevels& band_power_dba, Vec2 source, double source_height_m,
                              Vec2 receiver, double receiver_height_m,
                              const std::vector<Screen>& screens, const GroundFactors& ground,
                              const PropagationParams& params, const OctaveParams& octave) {
  BandPathLevel r;
  const double dp = distance(source, receiver);
  r.distance_m = std::hypot(dp, receiver_height_m - source_height_m);
  r.a_div_db = a_div_db(r.distance_m);
  r.a_gr_db = a_gr_bands_db(source_height_m, receiver_height_m, dp, ground);
  r.diffraction = diffraction(dp, source_height_m, receiver_height_m, screens);
  std::vector<double> with, without;
  for (std::size_t i = 0; i < kBands; ++i) {
    r.a_atm_db[i] = a_atm_db(r.distance_m, octave.air_absorption_db_per_km[i]);
    r.d_z_db[i] = d_z_db(kOctaveBandsHz[i], r.diffraction, r.distance_m, params, octave);
    const double base = band_power_dba[i] + params.directivity_db - r.a_div_db - r.a_atm_db[i];
    // ISO 9613-2 eq. 12: over a top edge the barrier term replaces the ground term when larger.
    r.level_dba[i] =
        base - (r.diffraction.edges > 0 ? std::max(r.a_gr_db[i], r.d_z_db[i]) : r.a_gr_db[i]);
    with.push_back(r.level_dba[i]);
    without.push_back(base - r.a_gr_db[i]);
  }
  r.level_dba_total = energetic_sum_db(with);
  r.screening_db = std::max(0.0, energetic_sum_db(without) - r.level_dba_total);
  return r;
}

}  // namespace agora::noise
