// Unit tests of the report's pieces: escaping, number and unit formatting, dates, strings,
// the map layout arithmetic. Each expected value is worked out by hand in a comment.

#include <catch2/catch.hpp>
#include <set>

#include "report/build/event_text.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"
#include "report/map/map_render.hpp"
#include "report/strings.hpp"
#include "sim/core/error.hpp"

using namespace agora;
using namespace agora::report;

TEST_CASE("markup escaping turns a script tag into text", "[report]") {
  CHECK(escape_markup("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape_markup("Tom & Jerry's \"bar\"") == "Tom &amp; Jerry&#39;s &quot;bar&quot;");
  // UTF-8 passes through: "Glühwein" is G l 0xC3 0xBC h w e i n.
  CHECK(escape_markup("Glühwein") == "Glühwein");
}

TEST_CASE("invalid UTF-8 and control characters cannot break the XML", "[report]") {
  // 0xFF is never valid UTF-8 -> U+FFFD (EF BF BD); 0x01 and 0x7F are dropped; tab and newline
  // stay.
  CHECK(clean_utf8("a\xFF"
                   "b\x01\x7F\tc\n") ==
        "a\xEF\xBF\xBD"
        "b\tc\n");
  // An overlong encoding of '/' (C0 AF) is invalid: each byte becomes U+FFFD.
  CHECK(clean_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  // A truncated 3-byte sequence at the end.
  CHECK(clean_utf8("x\xE2\x82") == "x\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("base64 follows RFC 4648", "[report]") {
  // RFC 4648 §10 test vectors.
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foobar") == "Zm9vYmFy");
}

TEST_CASE("numbers are grouped and rounded by the string table", "[report]") {
  const Strings en("en"), nl("nl");
  CHECK(format_number(9000.0, 0, en) == "9,000");
  CHECK(format_number(3000000.0, 0, en) == "3,000,000");
  CHECK(format_number(9000.0, 0, nl) == "9.000");
  CHECK(format_number(1234.567, 2, nl) == "1.234,57");
  CHECK(format_number(-12.34, 1, en) == "−12.3");
  // 12.26 km/h: from 10 up one decimal -> "12.3 km/h".
  CHECK(format_value(Value{12.26}, "ramming.M1.max_speed_kmh", en) == "12.3 km/h");
  CHECK(format_value(Value{std::int64_t{38}}, "layout.stalls", en) == "38");
  CHECK(format_value(Value{true}, "event.alcohol", en) == "yes");
  CHECK(format_value(Value{144000.0}, "layout.barrier_cost_eur", en) == "€ 144,000");
  CHECK(format_value(Value{}, "x", en) == "—");
  CHECK(unit_for_key("map.vehicle_passable_km") == "km");
  CHECK(unit_for_key("layout.perimeter_area_m2") == "m²");
  CHECK(unit_for_key("assess.noise.max_facade_dba") == "dB(A)");
  CHECK(figure_label("ramming.M1.max_speed_kmh", en) == "Max speed");
}

TEST_CASE("exact values keep every digit for machine reading", "[report]") {
  CHECK(exact_value(Value{std::int64_t{9000}}) == "9000");
  CHECK(exact_value(Value{0.1}) == "0.10000000000000001");  // %.17g of the double nearest 0.1
  CHECK(exact_value(Value{std::string("C")}) == "C");
}

TEST_CASE("event dates: a run of days with the same hours reads as a range", "[report]") {
  const Strings en("en");
  std::vector<scenario::EventDay> days;
  // 23 November to 24 December 2026: 8 days of November (23..30) + 24 of December = 32.
  for (int d = 23; d <= 30; ++d) days.push_back({"2026-11-" + std::to_string(d), "10:00", "21:00"});
  for (int d = 1; d <= 24; ++d)
    days.push_back(
        {"2026-12-" + std::string(d < 10 ? "0" : "") + std::to_string(d), "10:00", "21:00"});
  const EventDates when = event_dates(days, en);
  CHECK(when.dates == "23 November 2026 – 24 December 2026 (32 days)");
  CHECK(when.hours == "10:00–21:00 daily");
  // A gap breaks the range: the days are listed.
  const EventDates two =
      event_dates({{"2026-05-01", "18:00", "01:00"}, {"2026-05-03", "18:00", "02:00"}}, en);
  CHECK(two.dates == "1 May 2026; 3 May 2026");
  CHECK(two.hours == "1 May 2026: 18:00–01:00; 3 May 2026: 18:00–02:00");
}

TEST_CASE("a translation is a table: missing keys fall back to English", "[report]") {
  const Strings nl("nl");
  CHECK(nl("cover.organiser") == "Organisator");
  CHECK(nl("assumptions.vads").rfind("Herhaaldelijk inrijden (UK VADS)", 0) == 0);
  CHECK(nl("no.such.key") == "[[no.such.key]]");
  CHECK(nl.format("cover.persons", {"9.000"}) == "9.000 personen");
  CHECK_THROWS_AS(Strings("fr"), Error);
}

TEST_CASE("every string key the English table holds is unique", "[report]") {
  std::vector<std::string_view> keys;
  for (const auto& [k, v] : strings_en()) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
  for (const auto& [k, v] : strings_nl()) {
    INFO(k);
    CHECK(std::binary_search(keys.begin(), keys.end(),
                             k));  // a Dutch key must translate an English one
  }
}

TEST_CASE("the scale bar takes a round length", "[report]") {
  // 1 mm per metre (1:1000), at most 35 mm: 35 m allowed -> 20 m (50 would be too long).
  CHECK(scale_bar_length_m(1.0, 35.0) == Approx(20.0));
  // 0.25 mm/m (1:4000): 140 m allowed -> 100 m.
  CHECK(scale_bar_length_m(0.25, 35.0) == Approx(100.0));
  // 0.05 mm/m (1:20000): 700 m allowed -> 500 m.
  CHECK(scale_bar_length_m(0.05, 35.0) == Approx(500.0));
}

TEST_CASE("a map's frame fits the extent and the legend grows with its entries", "[report]") {
  Map map;
  map.extent = Box{{0.0, 0.0}, {400.0, 200.0}};
  map.aspect = 0.5;
  for (int i = 0; i < 7; ++i) {
    MapLayer l;
    l.legend = "layer " + std::to_string(i);
    l.points.push_back({10.0 * i, 10.0});
    map.layers.push_back(l);
  }
  const MapGeometry g = map_geometry(map, 180.0);
  // Frame 180 × 90 mm; extent 400 × 200 m: min(180/400, 90/200) = 0.45 mm/m.
  CHECK(g.frame_height_mm == Approx(90.0));
  CHECK(g.scale_mm_per_m == Approx(0.45));
  // 7 entries in 3 columns -> 3 rows of 5 mm, plus 2 × 2.5 mm padding = 20 mm.
  CHECK(g.legend_height_mm == Approx(20.0));
}

TEST_CASE("colour ramps interpolate between their stops", "[report]") {
  ColourRamp ramp{"t", {{0.0, rgb(0x000000)}, {100.0, rgb(0xc86400)}}};
  const Colour mid = ramp_colour(ramp, 50.0);
  // Half way from 0 to 0xc8 = 200 -> 100; 0x64 = 100 -> 50.
  CHECK(int(mid.r) == 100);
  CHECK(int(mid.g) == 50);
  CHECK(int(ramp_colour(ramp, 500.0).r) == 200);  // clamped at the top stop
}

#include "report/build/maps.hpp"

TEST_CASE("a layer with speeds is drawn in speed classes, one with verdicts by verdict",
          "[report]") {
  const Strings en("en");
  FeatureLayer speeds{"edge_speeds",
                      GeometryType::kLine,
                      {{"name", ValueType::Text}, {"max_speed_kmh", ValueType::Real}},
                      {}};
  const Polyline line{{0.0, 0.0}, {10.0, 0.0}};
  for (double v : {15.0, 35.0, 38.0, 65.0})
    speeds.features.push_back({line, {std::string("street"), v}});
  const std::vector<MapLayer> layers = feature_layer_to_map(speeds, en, false);
  // Classes 0–20, 20–30, 30–40, 40–50, 50–70, ≥70 km/h; empty ones leave the legend:
  // 15 -> 0–20, 35 and 38 -> 30–40, 65 -> 50–70.
  REQUIRE(layers.size() == 3);
  CHECK(layers[0].legend == "0–20 km/h");
  CHECK(layers[1].legend == "30–40 km/h");
  CHECK(layers[1].lines.size() == 2);
  CHECK(layers[2].legend == "50–70 km/h");

  FeatureLayer crossings{"crossings",
                         GeometryType::kPoint,
                         {{"label", ValueType::Text}, {"worst_verdict", ValueType::Text}},
                         {}};
  crossings.features.push_back({Vec2{0.0, 0.0}, {std::string("A"), std::string("unprotected")}});
  crossings.features.push_back({Vec2{5.0, 0.0}, {std::string("B"), std::string("adequate")}});
  crossings.features.push_back({Vec2{9.0, 0.0}, {std::string("C")}});  // a short row: no verdict
  const std::vector<MapLayer> by_verdict = feature_layer_to_map(crossings, en, true);
  REQUIRE(by_verdict.size() == 3);
  CHECK(by_verdict[0].legend == "unprotected");
  CHECK(by_verdict[0].style.fill->r == 0xc0);  // bad: #c0392b
  CHECK(by_verdict[1].legend == "adequate");
  CHECK(by_verdict[1].style.fill->g == 0x84);  // good: #1e8449
  CHECK(by_verdict[2].legend == "(none)");
  CHECK(by_verdict[0].labels.at(0).text == as_data("A"));  // a feature's label is data
}

TEST_CASE("data marks become translate=\"no\" in HTML and vanish everywhere else", "[report][nl]") {
  // as_data wraps in U+2068 (E2 81 A8) ... U+2069 (E2 81 A9): 3 + 3 bytes around the text.
  const std::string name = as_data("Exit Weinstraße");
  CHECK(name.size() == std::string("Exit Weinstraße").size() + 6);
  // Element content: the marks become a span; & is still escaped inside it.
  CHECK(escape_markup_marking_data("Uitgang " + as_data("A & B") + ": 3", "span") ==
        "Uitgang <span translate=\"no\">A &amp; B</span>: 3");
  // Attributes, PDF and SVG text through clean_utf8: the marks are dropped, the text kept.
  CHECK(escape_markup("Uitgang " + name) == "Uitgang Exit Weinstraße");
  CHECK(clean_utf8(name) == "Exit Weinstraße");
  // Unbalanced marks never break the markup: an open is closed at the end, a stray close dropped.
  CHECK(escape_markup_marking_data(std::string(kDataOpen) + "x", "tspan") ==
        "<tspan translate=\"no\">x</tspan>");
  CHECK(escape_markup_marking_data("x" + std::string(kDataClose), "span") == "x");
}

TEST_CASE("a report statement marks its text arguments as data, the command line's does not",
          "[report][nl]") {
  // "Ratings come from the layout or the barrier catalogue (built-in {0}): ..." with {0} the
  // bundled file's path.
  const Statement s = say("assumption.ramming.ratings_builtin", {"data/barriers/catalogue.csv"});
  const std::string rest =
      "): gepubliceerde opgaven, geen certificaten. Eén enkele aanrijding wordt beoordeeld; "
      "herhaaldelijk inrijden (UK VADS) valt buiten het bestek.";
  const std::string head =
      "Certificeringen komen uit de inplanting of uit de catalogus van barrières (ingebouwd "
      "bestand ";
  Strings cli("nl");
  CHECK(cli.say(s) == head + "data/barriers/catalogue.csv" + rest);
  Strings rep("nl");
  rep.mark_data(true);
  CHECK(rep.say(s) == head + as_data("data/barriers/catalogue.csv") + rest);
  // A term argument is a word of the tables, said in the language, never marked.
  CHECK(rep.say(say("headline.ramming.vehicles", {"x.csv", term("headline.ramming.placeholder"),
                                                  term("vehicle.models.physics")})) ==
        "voertuigklassen uit " + as_data("x.csv") +
            " (fysica voor elke klasse) (voorlopige versnellingen)");
}

TEST_CASE("the Dutch table has a text for every key of the English table", "[report][nl]") {
  std::set<std::string_view> nl;
  for (const auto& [k, v] : strings_nl()) nl.insert(k);
  std::size_t missing = 0;
  for (const auto& [k, v] : strings_en())
    if (!nl.count(k)) {
      UNSCOPED_INFO(k);
      ++missing;
    }
  CHECK(missing == 0);
  CHECK(strings_nl().size() == strings_en().size());  // and no key twice (the uniqueness test)
}
