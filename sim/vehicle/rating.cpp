#include "sim/vehicle/rating.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

#include "sim/core/error.hpp"
#include "sim/vehicle/kinematics.hpp"

namespace agora::vehicle {

namespace {

constexpr double kMphToKmh = 1.609344;  // international mile

// ASTM F2656 test vehicles (F2656-15 §6; sources.md: Vehicles for M: 6800 kg).
struct AstmVehicle {
  std::string_view code;
  double mass_kg;
};
constexpr std::array<AstmVehicle, 6> kAstmVehicles{{
    {"SC", 1100.0},
    {"PU", 2300.0},
    {"C", 1100.0},
    {"P", 2300.0},
    {"M", 6800.0},
    {"H", 29500.0},
}};

// Penetration bands, upper bound in metres: ASTM F2656 P1 ≤ 1 m, P2 ≤ 7 m, P3 ≤ 30 m,
// P4 > 30 m (F2656-07 only; sources.md: Vehicles). DoS SD-STD-02.01: L3 ≤ 1 m (3.3 ft), L2 ≤ 6.1 m
// (20 ft), L1 ≤ 15.2 m (50 ft); a bare K rating (Rev. A, 2003) requires L3.
constexpr std::array<double, 4> kAstmBand_m{1.0, 7.0, 30.0, kInfinity};
constexpr std::array<double, 3> kDosBand_m{15.2, 6.1, 1.0};

struct Failure {
  std::size_t index;
  std::string expected;
};

std::string describe_char(std::string_view text, std::size_t i) {
  if (i >= text.size()) return "end of text";
  return std::string("'") + text[i] + "'";
}

bool iequals_prefix(std::string_view text, std::size_t at, std::string_view word) {
  if (text.size() - at < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (std::toupper(static_cast<unsigned char>(text[at + k])) !=
        std::toupper(static_cast<unsigned char>(word[k])))
      return false;
  return true;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : t_(text) {}

  BarrierRating parse() {
    BarrierRating r;
    r.text = std::string(t_);
    skip_spaces();
    if (i_ >= t_.size()) fail("a rating such as V/7200[N2A]/48/90:0.0, M50/P1 or K12");
    read_standard(r);
    skip_spaces();
    const char c = peek_upper();
    if (c == 'V' && next_non_space(i_ + 1) == '/') {
      parse_impact_test(r);
    } else if (c == 'K' && i_ + 1 < t_.size() &&
               std::isdigit(static_cast<unsigned char>(t_[i_ + 1]))) {
      parse_dos(r);
    } else if (c == 'C' || c == 'P' || c == 'M' || c == 'H' || c == 'S') {
      parse_astm(r);
    } else {
      fail(
          "'V/' (ISO 22343-1, IWA 14-1, PAS 68), an ASTM F2656 designation (M50/P1) or a DoS K "
          "rating (K12)");
    }
    skip_spaces();
    if (i_ < t_.size()) fail("end of the rating");
    return r;
  }

 private:
  [[noreturn]] void fail(std::string expected) const { throw Failure{i_, std::move(expected)}; }
  [[noreturn]] void fail_at(std::size_t at, std::string expected) const {
    throw Failure{at, std::move(expected)};
  }

  char peek_upper() const {
    return i_ < t_.size() ? static_cast<char>(std::toupper(static_cast<unsigned char>(t_[i_])))
                          : '\0';
  }
  char next_non_space(std::size_t j) const {
    while (j < t_.size() && t_[j] == ' ') ++j;
    return j < t_.size() ? t_[j] : '\0';
  }
  void skip_spaces() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t')) ++i_;
  }
  void expect(char c, const std::string& what) {
    skip_spaces();
    if (i_ >= t_.size() || t_[i_] != c) fail(std::string("'") + c + "' " + what);
    ++i_;
    skip_spaces();
  }
  // A non-negative decimal number; a decimal comma is accepted where no comma separates
  // fields (inside V/... designations).
  double number(const std::string& what, bool decimal_comma) {
    skip_spaces();
    const std::size_t start = i_;
    std::string digits;
    bool dot = false;
    while (i_ < t_.size()) {
      const char ch = t_[i_];
      if (std::isdigit(static_cast<unsigned char>(ch))) {
        digits += ch;
      } else if ((ch == '.' || (decimal_comma && ch == ',')) && !dot && !digits.empty() &&
                 i_ + 1 < t_.size() && std::isdigit(static_cast<unsigned char>(t_[i_ + 1]))) {
        digits += '.';
        dot = true;
      } else {
        break;
      }
      ++i_;
    }
    if (digits.empty()) fail_at(start, what);
    // No rating field needs more than a handful of digits; hundreds would overflow a double.
    if (digits.size() > 12) fail_at(start, what + " (at most 12 digits)");
    double value = 0.0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size()) fail_at(start, what);
    return value;
  }

  void read_standard(BarrierRating& r) {
    struct Name {
      std::string_view text;
      RatingStandard standard;
    };
    static constexpr std::array<Name, 9> kNames{{
        {"ISO 22343-1", RatingStandard::Iso22343},
        {"ISO22343-1", RatingStandard::Iso22343},
        {"IWA 14-1", RatingStandard::Iwa14},
        {"IWA14-1", RatingStandard::Iwa14},
        {"IWA 14", RatingStandard::Iwa14},
        {"PAS 68", RatingStandard::Pas68},
        {"PAS68", RatingStandard::Pas68},
        {"ASTM F2656", RatingStandard::AstmF2656},
        {"ASTM", RatingStandard::AstmF2656},
    }};
    for (const Name& n : kNames) {
      if (!iequals_prefix(t_, i_, n.text)) continue;
      i_ += n.text.size();
      r.standard = n.standard;
      r.standard_stated = true;
      // Edition: ":2013", "-07", or ASTM's metric twin "M-15", up to the separating space.
      if (n.standard == RatingStandard::AstmF2656 && i_ + 1 < t_.size() && t_[i_] == 'M' &&
          t_[i_ + 1] == '-')
        ++i_;
      if (i_ < t_.size() && (t_[i_] == ':' || t_[i_] == '-')) {
        ++i_;
        const std::size_t digits_at = i_;
        while (i_ < t_.size() &&
               (std::isdigit(static_cast<unsigned char>(t_[i_])) || t_[i_] == '-'))
          ++i_;
        if (i_ == digits_at) fail("the standard's edition year after ':' or '-'");
      }
      if (i_ < t_.size() && t_[i_] == ',') ++i_;
      if (i_ >= t_.size() || (t_[i_] != ' ' && t_[i_] != '\t'))
        fail("a space between the standard's name and the designation");
      return;
    }
  }

  // V/mass[class]/speed/angle:penetration[/debris[/foundation]]
  void parse_impact_test(BarrierRating& r) {
    ++i_;  // V
    expect('/', "after 'V' (vehicle impact test)");
    r.test_mass_kg = number("the test vehicle mass in kg (digits)", false);
    if (r.test_mass_kg < 500.0 || r.test_mass_kg > 80000.0)
      fail("a test vehicle mass between 500 and 80000 kg");
    skip_spaces();
    char close = '\0';
    if (i_ < t_.size() && (t_[i_] == '[' || t_[i_] == '(')) {
      close = t_[i_] == '[' ? ']' : ')';
      ++i_;
      skip_spaces();
    }
    const std::size_t code_at = i_;
    while (i_ < t_.size() && std::isalnum(static_cast<unsigned char>(t_[i_])))
      r.vehicle_code += t_[i_++];
    for (char& ch : r.vehicle_code)
      ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const bool valid_code =
        (r.vehicle_code.size() == 2 || r.vehicle_code.size() == 3) &&
        (r.vehicle_code[0] == 'M' || r.vehicle_code[0] == 'N') && r.vehicle_code[1] >= '1' &&
        r.vehicle_code[1] <= '3' &&
        (r.vehicle_code.size() == 2 || std::isalpha(static_cast<unsigned char>(r.vehicle_code[2])));
    if (!valid_code) fail_at(code_at, "a test vehicle class such as M1, N1G, N2A or N3C");
    if (close) expect(close, "closing the vehicle class");
    expect('/', "before the test speed");
    r.speed_kmh = number("the test speed in km/h", false);
    if (r.speed_kmh < 10.0 || r.speed_kmh > 200.0) fail("a test speed between 10 and 200 km/h");
    expect('/', "before the impact angle");
    const std::size_t angle_at = i_;
    r.angle_deg = number("the impact angle in degrees (90 or 45)", false);
    if (!(r.angle_deg > 0.0 && r.angle_deg <= 90.0))
      fail_at(angle_at, "an impact angle above 0 and at most 90 degrees");
    expect(':', "before the penetration");
    r.penetration_m = number("the penetration in metres", true);
    skip_spaces();
    if (i_ < t_.size() && t_[i_] == '/') {
      const std::size_t slash = i_;
      if (r.standard_stated && r.standard != RatingStandard::Pas68)
        fail_at(slash, "the end of the rating: ISO 22343-1 and IWA 14-1 print no debris distance");
      ++i_;
      r.debris_m = number("the major debris distance in metres (PAS 68)", true);
      r.standard = RatingStandard::Pas68;
      skip_spaces();
      if (i_ < t_.size() && t_[i_] == '/') {
        ++i_;
        skip_spaces();
        const std::size_t f_at = i_;
        while (i_ < t_.size() && std::isalpha(static_cast<unsigned char>(t_[i_])))
          r.foundation += t_[i_++];
        if (r.foundation != "A" && r.foundation != "Ap" && r.foundation != "B" &&
            r.foundation != "C")
          fail_at(f_at, "a PAS 68 foundation code A, Ap, B or C");
      }
    } else if (r.standard == RatingStandard::Pas68) {
      fail("'/' and the major debris distance (PAS 68 prints penetration/debris)");
    }
  }

  // C40, PU50, M50, H30 ... then P1–P4.
  void parse_astm(BarrierRating& r) {
    if (r.standard_stated && r.standard != RatingStandard::AstmF2656)
      fail("'V/' starting an impact test designation for this standard");
    r.standard = RatingStandard::AstmF2656;
    const AstmVehicle* vehicle = nullptr;
    for (const AstmVehicle& v : kAstmVehicles)
      if (iequals_prefix(t_, i_, v.code) && i_ + v.code.size() < t_.size() &&
          std::isdigit(static_cast<unsigned char>(t_[i_ + v.code.size()]))) {
        vehicle = &v;
        break;
      }
    if (!vehicle)
      fail("an ASTM F2656 test vehicle C, SC, P, PU, M or H followed by its speed (M50)");
    r.vehicle_code = std::string(vehicle->code);
    r.test_mass_kg = vehicle->mass_kg;
    i_ += vehicle->code.size();
    const std::size_t speed_at = i_;
    const double mph = number("the nominal test speed in mph (30, 40, 50 or 60)", false);
    if (mph != 30.0 && mph != 40.0 && mph != 50.0 && mph != 60.0)
      fail_at(speed_at, "a nominal ASTM test speed of 30, 40, 50 or 60 mph");
    r.speed_kmh = mph * kMphToKmh;
    r.angle_deg = 90.0;
    // Separator as printed: '/', ',', '-' or spaces.
    skip_spaces();
    if (i_ < t_.size() && (t_[i_] == '/' || t_[i_] == ',' || t_[i_] == '-')) ++i_;
    skip_spaces();
    const std::size_t band_at = i_;
    if (peek_upper() != 'P' || i_ + 1 >= t_.size() || t_[i_ + 1] < '1' || t_[i_ + 1] > '4')
      fail("a penetration rating P1, P2, P3 or P4 (e.g. M50/P1)");
    const int band = t_[i_ + 1] - '1';
    r.penetration_class = std::string("P") + t_[i_ + 1];
    r.penetration_m = kAstmBand_m[static_cast<std::size_t>(band)];
    i_ += 2;
    if (i_ < t_.size() && std::isdigit(static_cast<unsigned char>(t_[i_])))
      fail_at(band_at, "a penetration rating P1, P2, P3 or P4 (e.g. M50/P1)");
  }

  // K4, K8, K12 [L1-L3]: the ASTM M truck (15,000 lb) at 30/40/50 mph.
  void parse_dos(BarrierRating& r) {
    if (r.standard_stated && r.standard != RatingStandard::AstmF2656)
      fail("'V/' starting an impact test designation for this standard");
    r.standard = RatingStandard::DosK;
    ++i_;  // K
    const std::size_t at = i_;
    const double k = number("4, 8 or 12 after K", false);
    if (k != 4.0 && k != 8.0 && k != 12.0) fail_at(at, "K4, K8 or K12 (legacy DoS ratings)");
    r.vehicle_code = "M";
    r.test_mass_kg = 6800.0;
    r.speed_kmh = (k == 4.0 ? 30.0 : k == 8.0 ? 40.0 : 50.0) * kMphToKmh;
    r.angle_deg = 90.0;
    r.penetration_class = "L3";
    r.penetration_m = kDosBand_m[2];
    skip_spaces();
    std::size_t j = i_;
    if (j < t_.size() && (t_[j] == '/' || t_[j] == ',' || t_[j] == '-')) ++j;
    while (j < t_.size() && t_[j] == ' ') ++j;
    if (j < t_.size() && std::toupper(static_cast<unsigned char>(t_[j])) == 'L') {
      i_ = j + 1;
      if (i_ >= t_.size() || t_[i_] < '1' || t_[i_] > '3')
        fail("a penetration rating L1, L2 or L3");
      r.penetration_class = std::string("L") + t_[i_];
      r.penetration_m = kDosBand_m[static_cast<std::size_t>(t_[i_] - '1')];
      ++i_;
    }
  }

  std::string_view t_;
  std::size_t i_ = 0;
};

}  // namespace

double BarrierRating::test_energy_kj() const {
  return kinetic_energy_kj(test_mass_kg, kmh_to_mps(speed_kmh));
}

std::string BarrierRating::standard_name() const {
  switch (standard) {
    case RatingStandard::Iso22343:
      return standard_stated ? "ISO 22343-1" : "ISO 22343-1 / IWA 14-1";
    case RatingStandard::Iwa14:
      return "IWA 14-1";
    case RatingStandard::Pas68:
      return "PAS 68";
    case RatingStandard::AstmF2656:
      return "ASTM F2656";
    case RatingStandard::DosK:
      return "DoS SD-STD-02.01 (K rating)";
  }
  return "unknown";
}

std::string RatingParse::message() const {
  if (rating) return "";
  return "at character " + std::to_string(position) + ": expected " + expected + ", found " + found;
}

RatingParse try_parse_rating(std::string_view text) {
  RatingParse out;
  try {
    out.rating = Parser(text).parse();
  } catch (const Failure& f) {
    out.position = static_cast<int>(f.index) + 1;
    out.expected = f.expected;
    out.found = describe_char(text, f.index);
  }
  return out;
}

BarrierRating parse_rating(std::string_view text, const std::string& file,
                           const std::string& where) {
  RatingParse p = try_parse_rating(text);
  if (!p.rating)
    throw Error(file, where, "rating",
                "'" + std::string(text) + "' is not a barrier rating: " + p.message());
  return std::move(*p.rating);
}

bool declares_unrated(std::string_view text) {
  std::string t;
  for (char ch : text)
    if (ch != ' ' && ch != '\t')
      t += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return t.empty() || t == "unrated" || t == "none" || t == "-" || t == "no";
}

}  // namespace agora::vehicle
