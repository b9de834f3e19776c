// Barrier rating strings: every example in sources.md: Vehicles and the catalogue's printed
// ratings, and malformed strings with the character position where parsing fails.

#include <catch2/catch.hpp>

#include "sim/core/error.hpp"
#include "sim/vehicle/rating.hpp"

using namespace agora;
using namespace agora::vehicle;

TEST_CASE("ISO 22343-1 / IWA 14-1 ratings parse", "[ramming][rating]") {
  const BarrierRating r = parse_rating("V/7200[N2A]/48/90:0.0");
  CHECK(r.standard == RatingStandard::Iso22343);
  CHECK_FALSE(r.standard_stated);
  CHECK(r.standard_name() == "ISO 22343-1 / IWA 14-1");
  CHECK(r.test_mass_kg == 7200.0);
  CHECK(r.vehicle_code == "N2A");
  CHECK(r.speed_kmh == 48.0);
  CHECK(r.angle_deg == 90.0);
  CHECK(r.penetration_m == 0.0);
  CHECK_FALSE(r.debris_m);
  CHECK(r.test_energy_kj() == Approx(640.0).margin(0.1));  // ½·7200·13.33² (sources.md: Vehicles)

  const BarrierRating k = parse_rating("IWA 14-1 V/7200[N3C]/80/90:1.1");  // KarabloK, as printed
  CHECK(k.standard == RatingStandard::Iwa14);
  CHECK(k.standard_stated);
  CHECK(k.vehicle_code == "N3C");
  CHECK(k.speed_kmh == 80.0);
  CHECK(k.penetration_m == Approx(1.1));

  const BarrierRating t = parse_rating("V/7200[N2B]/80/90:0.7");  // TISO RB345
  CHECK(t.vehicle_code == "N2B");
  CHECK(t.penetration_m == Approx(0.7));

  const BarrierRating angled = parse_rating("ISO 22343-1:2023 V/1500[M1]/48/45:2.5");
  CHECK(angled.standard == RatingStandard::Iso22343);
  CHECK(angled.angle_deg == 45.0);
  CHECK(angled.penetration_m == Approx(2.5));
}

TEST_CASE("PAS 68 ratings parse, with debris and foundation", "[ramming][rating]") {
  const BarrierRating r = parse_rating("V/7500[N3]/48/90:28.1/18.0");
  CHECK(r.standard == RatingStandard::Pas68);
  CHECK(r.test_mass_kg == 7500.0);
  CHECK(r.vehicle_code == "N3");
  CHECK(r.speed_kmh == 48.0);
  CHECK(r.penetration_m == Approx(28.1));
  REQUIRE(r.debris_m);
  CHECK(*r.debris_m == Approx(18.0));
  CHECK(r.foundation.empty());

  // Optima's print without brackets (catalogue row "V/7500N3/80/90:0.0/6.15").
  const BarrierRating o = parse_rating("V/7500N3/80/90:0.0/6.15");
  CHECK(o.standard == RatingStandard::Pas68);
  CHECK(o.vehicle_code == "N3");
  CHECK(o.speed_kmh == 80.0);
  CHECK(*o.debris_m == Approx(6.15));

  const BarrierRating f = parse_rating("PAS 68:2013 V/7500(N2)/64/90:1.5/7.7/Ap");
  CHECK(f.standard == RatingStandard::Pas68);
  CHECK(f.vehicle_code == "N2");
  CHECK(f.foundation == "Ap");
  CHECK(*f.debris_m == Approx(7.7));
  CHECK(parse_rating("V/7500[N3]/80/90:0.4/15.4/C").foundation ==
        "C");  // PPG with a foundation code
}

TEST_CASE("ASTM F2656 and DoS K ratings parse, including irregular prints", "[ramming][rating]") {
  const BarrierRating m = parse_rating("M50/P1");
  CHECK(m.standard == RatingStandard::AstmF2656);
  CHECK(m.vehicle_code == "M");
  CHECK(m.test_mass_kg == 6800.0);
  CHECK(m.speed_kmh == Approx(80.47).margin(0.01));  // 50 mph
  CHECK(m.penetration_class == "P1");
  CHECK(m.penetration_m == 1.0);
  // M30/M40/M50 ≈ 612/1088/1700 kJ (sources.md: Vehicles).
  CHECK(parse_rating("M30/P2").test_energy_kj() == Approx(611.5).margin(0.5));
  CHECK(parse_rating("M40/P3").test_energy_kj() == Approx(1087.2).margin(0.5));
  CHECK(m.test_energy_kj() == Approx(1698.7).margin(0.5));
  CHECK(parse_rating("M30/P2").penetration_m == 7.0);
  CHECK(parse_rating("M40/P3").penetration_m == 30.0);

  const BarrierRating tb = parse_rating("ASTM M50, P3");  // Delta TB150, as printed
  CHECK(tb.standard == RatingStandard::AstmF2656);
  CHECK(tb.standard_stated);
  CHECK(tb.penetration_class == "P3");
  CHECK(parse_rating("ASTM F2656-07 M50 P2").penetration_class == "P2");
  CHECK(parse_rating("H30/P1").test_mass_kg == 29500.0);

  const BarrierRating k4 = parse_rating("K4");
  CHECK(k4.standard == RatingStandard::DosK);
  CHECK(k4.speed_kmh == Approx(48.28).margin(0.01));  // 30 mph
  CHECK(k4.penetration_m == 1.0);                     // a bare K rating requires L3 (≤ 1 m)
  CHECK(parse_rating("K8").speed_kmh == Approx(64.37).margin(0.01));
  CHECK(parse_rating("K12").speed_kmh == Approx(80.47).margin(0.01));
  CHECK(parse_rating("K12/L2").penetration_m == Approx(6.1));
}

TEST_CASE("unrated declarations are recognised", "[ramming][rating]") {
  CHECK(declares_unrated(""));
  CHECK(declares_unrated(" UNRATED "));
  CHECK(declares_unrated("none"));
  CHECK_FALSE(declares_unrated("M50/P1"));
}

TEST_CASE("malformed ratings name the character where parsing failed", "[ramming][rating]") {
  struct Case {
    const char* text;
    int position;
    const char* expected_fragment;
  };
  // Positions are 1-based characters of the text as given.
  const Case cases[] = {
      {"V/7200[N2A/48/90:0.0", 11, "']' closing the vehicle class"},     // missing ]
      {"V/7200[N2A]/48/90", 18, "':' before the penetration"},           // no penetration
      {"V/7200[N2A]/48/90:", 19, "penetration in metres"},               // ':' but no number
      {"V/[N2A]/48/90:0.0", 3, "test vehicle mass"},                     // no mass
      {"V/7200[X9]/48/90:0.0", 8, "test vehicle class"},                 // unknown class
      {"V/7200[N2A]/fast/90:0.0", 13, "test speed"},                     // speed not a number
      {"V/7200[N2A]/48/120:0.0", 16, "at most 90 degrees"},              // angle out of range
      {"V/7200[N2A]/48/90:0.0/3.0/Z", 27, "foundation code"},            // bad foundation
      {"IWA 14-1 V/7200[N3C]/80/90:1.1/0.5", 31, "no debris distance"},  // IWA has no debris
      {"PAS 68 V/7500[N3]/48/90:28.1", 29, "major debris distance"},     // PAS 68 needs debris
      {"M50", 4, "penetration rating P1, P2, P3 or P4"},                 // ASTM without P band
      {"M45/P1", 2, "30, 40, 50 or 60 mph"},                             // not an ASTM speed
      {"M50/P7", 5, "penetration rating"},                               // no such band
      {"K54", 2, "K4, K8 or K12"},  // not a DoS rating (DSC501's claim)
      {"Z50/P1", 1, "'V/'"},        // nothing recognisable
      {"", 1, "a rating such as"},  // empty
      {"V/7200[N2A]/48/90:0.0 extra", 23, "end of the rating"},  // trailing text
      {"ASTMM50/P1", 5, "space between the standard's name"},    // no space after the name
  };
  for (const Case& c : cases) {
    INFO("rating '" << c.text << "'");
    const RatingParse p = try_parse_rating(c.text);
    REQUIRE_FALSE(p.rating);
    CHECK(p.position == c.position);
    CHECK_THAT(p.expected, Catch::Contains(c.expected_fragment));
  }
  // The error names the field, the position and what was found.
  try {
    parse_rating("V/7200[N2A/48/90:0.0", "layout.geojson", "feature 3");
    FAIL("expected an error");
  } catch (const Error& e) {
    REQUIRE(e.problems().size() == 1);
    CHECK(e.problems()[0].file == "layout.geojson");
    CHECK(e.problems()[0].where == "feature 3");
    CHECK(e.problems()[0].field == "rating");
    CHECK_THAT(
        e.problems()[0].message,
        Catch::Contains("at character 11: expected ']' closing the vehicle class, found '/'"));
  }
}
