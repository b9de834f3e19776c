#pragma once
// Outdoor sound propagation by octave band, ISO 9613-2:1996 (general method), 63 Hz … 8 kHz:
//   L_i = L_W,i + D_c − A_div − A_atm,i − A_gr,i − A_bar,i      per band i, then Σ energetically
//   A_div   = 20·lg(d) + 11                                    eq. 7
//   A_atm,i = α_i·d / 1000                                     eq. 8, α_i from ISO 9613-2 Table 2
//   A_gr,i  = A_s,i + A_r,i + A_m,i                            eq. 9, Table 3; G_s, G_r, G_m the
//             ground factors of the source region (30·h_s long), receiver region (30·h_r) and
//             the middle between (G = 0 hard: paving, asphalt, water; G = 1 porous: grass)
//   D_z,i   = 10·lg(3 + (C2/λ_i)·C3·z·K_met)                    eq. 14, C2 = 20, capped 20 / 25 dB
//   K_met   = exp(−(1/2000)·√(d_ss·d_sr·d / (2z)))              eq. 18
//   A_gr,i + A_bar,i = max(A_gr,i, D_z,i)                       eq. 12: A_bar = D_z − A_gr > 0
// D_c = D_I: the ground reflection (D_Ω) is in A_gr (general method), so D_Ω = 0.
// The stage's A-weighted sound power is spread over the bands by a music spectrum (relative
// A-weighted band levels; by default ISO 717-1 spectrum No. 2, which the standard names for
// disco music); a profile may replace it.

#include <array>
#include <vector>

#include "sim/noise/propagation.hpp"

namespace agora::noise {

inline constexpr std::size_t kBands = 8;
using BandLevels = std::array<double, kBands>;
inline constexpr BandLevels kOctaveBandsHz = {63, 125, 250, 500, 1000, 2000, 4000, 8000};

// ISO 9613-2 Table 2 (from ISO 9613-1), 10 °C and 70 % relative humidity, dB/km.
inline constexpr BandLevels kAirAbsorption10C70 = {0.1, 0.4, 1.0, 1.9, 3.7, 9.7, 32.8, 117.0};

// ISO 717-1:2013 spectrum No. 2 (C_tr: urban road traffic, disco music), A-weighted octave
// levels relative to the total, with the standard's extended range (63 Hz −18, 4 kHz −11);
// 8 kHz is not in the standard: −17 dB continues the fall of the 2.5–5 kHz thirds (assumption).
inline constexpr BandLevels kMusicSpectrumDba = {-18, -14, -10, -7, -4, -6, -11, -17};

struct OctaveParams {
  BandLevels air_absorption_db_per_km = kAirAbsorption10C70;
  BandLevels source_spectrum_dba = kMusicSpectrumDba;  // relative; only the shape counts
  double c2 = 20.0;  // ISO 9613-2 eq. 14: 20 with the ground reflections included
  void validate() const;
};

// The band sound powers (A-weighted) that sum to `sound_power_dba` with the spectrum's shape.
BandLevels band_powers(double sound_power_dba, const BandLevels& spectrum_dba);

// The three ground regions of a path (ISO 9613-2 7.3.1), each 0 (hard) … 1 (porous).
struct GroundFactors {
  double source = 0.0;
  double middle = 0.0;
  double receiver = 0.0;
};

// Extents of the ground regions along the horizontal path of length dp: the source region is
// [0, min(dp, 30·h_s)], the receiver region [max(0, dp − 30·h_r), dp], the middle between
// (empty when they overlap).
struct GroundRegions {
  double source_to_m = 0.0;
  double receiver_from_m = 0.0;
};
GroundRegions ground_regions(double dp, double source_height_m, double receiver_height_m);

// ISO 9613-2 Table 3: A_s or A_r in one band for height h (m), ground factor g, projected
// distance dp (m); band index 0 = 63 Hz … 7 = 8 kHz.
double a_end_region_db(std::size_t band, double h, double g, double dp);
// A_m in one band: −3q (63 Hz) or −3q·(1 − G_m), q = 0 for dp ≤ 30(h_s + h_r), else
// 1 − 30(h_s + h_r)/dp.
double a_middle_db(std::size_t band, double hs, double hr, double dp, double gm);
BandLevels a_gr_bands_db(double hs, double hr, double dp, const GroundFactors& g);

// K_met of eq. 18: 1 when z ≤ 0.
double k_met(double d_ss, double d_sr, double d, double z);
// D_z of eq. 14 in one band (0 without an edge), capped.
double d_z_db(double frequency_hz, const Diffraction& diff, double direct_m,
              const PropagationParams& p, const OctaveParams& o);

struct BandPathLevel {
  double distance_m = 0.0;  // 3-D
  double a_div_db = 0.0;
  BandLevels a_atm_db{};
  BandLevels a_gr_db{};
  BandLevels d_z_db{};
  BandLevels level_dba{};
  Diffraction diffraction;
  double level_dba_total = 0.0;  // energetic sum of the bands
  double screening_db = 0.0;     // what the screens take off the total (A-weighted)
};

BandPathLevel band_path_level(const BandLevels& band_power_dba, Vec2 source, double source_height_m,
                              Vec2 receiver, double receiver_height_m,
                              const std::vector<Screen>& screens, const GroundFactors& ground,
                              const PropagationParams& params, const OctaveParams& octave);

}  // namespace agora::noise
