#pragma once
// Vehicle security barrier ratings as certificates and datasheets print them (docs/sources.md,
// Vehicles):
//   ISO 22343-1 / IWA 14-1   V/7200[N2A]/48/90:0.0        test / mass kg [class] / km/h / angle° :
//   penetration m PAS 68                   V/7500[N3]/48/90:28.1/18.0   ... : penetration m / major
//   debris m [/ foundation A|Ap|B|C] ASTM F2656               M50/P1, "M50, P3"            vehicle
//   + nominal mph / penetration band P1–P4 DoS SD-STD-02.01 (legacy) K4, K8, K12 [/L1–L3] the ASTM
//   M truck at 30/40/50 mph
// An optional standard name may precede the designation ("IWA 14-1 V/7200[N3C]/80/90:1.1",
// "ASTM M50, P3"). Irregular prints seen on real datasheets are accepted: the class without
// brackets (V/7500N3/80/90:0.0/6.15), in round brackets, a comma or space before the ASTM
// penetration band. A malformed string is reported with the character position (1-based)
// where parsing failed and what was expected there.

#include <optional>
#include <string>
#include <string_view>

namespace agora::vehicle {

enum class RatingStandard { Iso22343, Iwa14, Pas68, AstmF2656, DosK };

struct BarrierRating {
  RatingStandard standard = RatingStandard::Iso22343;
  bool standard_stated = false;  // the text named its standard (else inferred from its form)
  std::string text;              // as given
  std::string vehicle_code;      // "N2A", "N3", "M" (ASTM medium-duty truck), ...
  double test_mass_kg = 0.0;
  double speed_kmh = 0.0;          // test speed; ASTM/DoS: the nominal mph converted
  double angle_deg = 90.0;         // impact angle to the barrier face, 90 = head-on
  double penetration_m = 0.0;      // measured, or the upper bound of the ASTM/DoS band
  std::optional<double> debris_m;  // PAS 68 major debris distance
  std::string foundation;          // PAS 68 foundation code when printed: A, Ap, B, C
  std::string penetration_class;   // ASTM "P1".."P4", DoS "L1".."L3"; empty for measured values

  double test_energy_kj() const;
  // "ISO 22343-1 / IWA 14-1" when only the form says which, else the standard's name.
  std::string standard_name() const;
};

struct RatingParse {
  std::optional<BarrierRating> rating;
  int position = 0;      // 1-based character where parsing failed (0 when it succeeded)
  std::string expected;  // what the parser wanted there
  std::string found;     // what it found ("end of text" at the end)
  // "at character 12: expected ']' closing the vehicle class, found '/'"
  std::string message() const;
};

RatingParse try_parse_rating(std::string_view text);

// The rating, or agora::Error naming file, where and field "rating" with try_parse's message.
BarrierRating parse_rating(std::string_view text, const std::string& file = "",
                           const std::string& where = "");

// Blank, "unrated", "none", "-": the text declares no anti-ram rating.
bool declares_unrated(std::string_view text);

}  // namespace agora::vehicle
