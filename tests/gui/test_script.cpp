// The --script format: verbs, argument counts, positions, keys and colours, with errors that
// name the line.
#include <catch2/catch.hpp>

#include "gui/script/script.hpp"
#include "sim/core/error.hpp"

using namespace agora;
using namespace agora::gui;

TEST_CASE("a script parses into steps with pixel and geographic positions", "[script]") {
  const std::string text =
      "# draw a barrier across Kaufingerstraße\n"
      "tool barrier\n"
      "click 812 455\n"
      "click @11.5743,48.13725   # geographic\n"
      "key enter\n"
      "\n"
      "prop rating \"V/7500[N3]/80/90:0.4/15.4\"\n"
      "drag 100 100 300 150 right\n"
      "assert_pixel 10 20 #d9d0c9 12\n";
  const std::vector<ScriptStep> steps = parse_script(text, "s.txt");
  REQUIRE(steps.size() == 7);
  CHECK(steps[0].verb == "tool");
  CHECK(steps[0].args == std::vector<std::string>{"barrier"});
  CHECK(steps[1].line == 3);
  CHECK_FALSE(steps[1].points[0].geographic);
  CHECK(steps[1].points[0].v == Vec2{812, 455});
  CHECK(steps[2].points[0].geographic);
  CHECK(steps[2].points[0].v == Vec2{11.5743, 48.13725});
  CHECK(steps[4].args == std::vector<std::string>{"rating", "V/7500[N3]/80/90:0.4/15.4"});
  CHECK(steps[5].points.size() == 2);
  CHECK(steps[5].args == std::vector<std::string>{"right"});
  CHECK(steps[6].line == 9);
  CHECK(steps[6].args == std::vector<std::string>{"#d9d0c9", "12"});
}

TEST_CASE("every bad line is reported at once with its number", "[script]") {
  const std::string text =
      "clik 10 10\n"        // unknown verb
      "click 10\n"          // half a position
      "tool\n"              // missing argument
      "key ctrl+hyper+z\n"  // unknown modifier
      "assert_pixel 1 1 red\n"
      "click @200,10\n";  // longitude out of range
  try {
    parse_script(text, "bad.txt");
    FAIL("expected an error");
  } catch (const Error& e) {
    const auto& p = e.problems();
    REQUIRE(p.size() == 6);
    CHECK(p[0].file == "bad.txt");
    CHECK(p[0].where == "line 1");
    CHECK(p[0].field == "clik");
    CHECK(p[1].where == "line 2");
    CHECK(p[1].message == "expected a position: X Y in window pixels or @LON,LAT");
    CHECK(p[2].message == "expected 1 argument(s) after the position(s), got 0");
    CHECK(p[3].field == "key");
    CHECK(p[4].message == "expected a colour #rrggbb, got 'red'");
    CHECK(p[5].where == "line 6");
  }
}

TEST_CASE("words, keys and colours", "[script]") {
  CHECK(split_words("save \"/tmp/my scenario/scenario.json\" # comment") ==
        std::vector<std::string>{"save", "/tmp/my scenario/scenario.json"});
  CHECK(split_words("type \"\"") == std::vector<std::string>{"type", ""});
  KeyCombo k;
  REQUIRE(parse_key_combo("ctrl+shift+z", k));
  CHECK(k.ctrl);
  CHECK(k.shift);
  CHECK_FALSE(k.alt);
  CHECK(k.key == "z");
  REQUIRE(parse_key_combo("delete", k));
  CHECK_FALSE(k.ctrl);
  CHECK(k.key == "delete");
  CHECK_FALSE(parse_key_combo("ctrl+", k));
  int r = 0, g = 0, b = 0;
  REQUIRE(parse_colour("#d9d0c9", r, g, b));
  CHECK(r == 0xd9);
  CHECK(g == 0xd0);
  CHECK(b == 0xc9);
  CHECK_FALSE(parse_colour("d9d0c9", r, g, b));
}
