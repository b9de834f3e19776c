#pragma once
// Outdoor sound propagation, ISO 9613-2 (docs/sources.md, Liveability and noise), per band (the
// octave bands of octave_bands.hpp, or one broadband band at 500 Hz):
//   L = L_W + D_I − A_div − A_atm − max(A_gr, A_bar)
//   A_div = 20·lg(d) + 11                       point source, d in metres (3-D)
//   A_atm = α·d / 1000                          α ≈ 1.9 dB/km at 500 Hz, 20 °C, 70 %
//   A_gr  = max(0, 4.8 − (2·h_m/d)·(17 + 300/d)) h_m mean height of source and receiver
//   A_bar = 10·lg(3 + 20·N·C3), N = 2δ/λ        δ path difference over the roof edges; C3 = 1
//           for one edge, ISO 9613-2 eq. 15 for two: (1 + (5λ/e)²) / (1/3 + (5λ/e)²), e the
//           distance between the edges; capped at 20 dB (one edge) and 25 dB (two or more).
// The screens are the buildings the straight path crosses, with flat roofs at their height:
// the diffracted path is the taut string over their roof edges in the vertical plane.

#include <vector>

#include "sim/geometry/geometry.hpp"

namespace agora::noise {

struct PropagationParams {
  double air_absorption_db_per_km =
      1.9;  // ISO 9613-1 at 500 Hz, 20 °C, 70 % (docs/sources.md, Liveability and noise)
  double frequency_hz = 500.0;        // the band the broadband figures stand for
  double speed_of_sound_mps = 343.0;  // air at 20 °C
  double single_edge_cap_db = 20.0;   // ISO 9613-2: A_bar at most 20 dB over one edge
  double double_edge_cap_db = 25.0;   // and 25 dB over two or more
  double directivity_db = 0.0;        // D_I: omnidirectional source

  double wavelength_m() const { return speed_of_sound_mps / frequency_hz; }
  void validate() const;
};

double a_div_db(double distance_m);
double a_atm_db(double distance_m, double alpha_db_per_km);
double a_gr_db(double mean_height_m, double distance_m);
// edges: diffracting edges on the path (0: not screened, A_bar = 0); edge_separation_m: e.
double a_bar_db(double path_difference_m, int edges, double edge_separation_m,
                const PropagationParams& p);

// A building the straight path crosses: the stretch [from_m, to_m] of the horizontal path,
// measured from the source, and its roof height.
struct Screen {
  double from_m = 0.0;
  double to_m = 0.0;
  double height_m = 0.0;
};

struct Diffraction {
  double path_difference_m = 0.0;   // δ: over the roofs minus straight
  int edges = 0;                    // roof edges the taut path bends over
  double edge_separation_m = 0.0;   // e: along the path from the first edge to the last
  double source_to_edge_m = 0.0;    // d_ss: source to the first edge
  double edge_to_receiver_m = 0.0;  // d_sr: last edge to the receiver
};

// The taut path from (0, source_height) to (horizontal_m, receiver_height) over the screens.
Diffraction diffraction(double horizontal_m, double source_height_m, double receiver_height_m,
                        const std::vector<Screen>& screens);

struct PathLevel {
  double distance_m = 0.0;  // 3-D, source to receiver
  double a_div_db = 0.0;
  double a_atm_db = 0.0;
  double a_gr_db = 0.0;
  double a_bar_db = 0.0;
  Diffraction diffraction;
  double level_dba = 0.0;
};

PathLevel path_level(double sound_power_dba, Vec2 source, double source_height_m, Vec2 receiver,
                     double receiver_height_m, const std::vector<Screen>& screens,
                     const PropagationParams& params);

// Energetic sum of levels: 10·lg Σ 10^(L/10).
double energetic_sum_db(const std::vector<double>& levels_db);

}  // namespace agora::noise
