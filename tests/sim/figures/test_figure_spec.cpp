// sim/figures/: declared figures, their key patterns, and the catalogue every reader checks
// against.

#include <catch2/catch.hpp>
#include <set>

#include "sim/assess/assess_figures.hpp"
#include "sim/assess/scorecard.hpp"
#include "sim/figures/catalogue.hpp"
#include "sim/vehicle/ramming_figures.hpp"

using namespace agora;

TEST_CASE("a key pattern's parts match one key part each, never a dot", "[figures]") {
  CHECK(key_matches("ramming.{class}.max_speed_kmh", "ramming.M1.max_speed_kmh"));
  CHECK(key_matches("ramming.{class}.max_speed_kmh", "ramming.N3H.max_speed_kmh"));
  CHECK_FALSE(key_matches("ramming.{class}.max_speed_kmh", "ramming.max_speed_kmh"));  // no part
  CHECK_FALSE(
      key_matches("ramming.{class}.max_speed_kmh", "ramming.a.b.max_speed_kmh"));  // two parts
  // A part inside a segment runs to the next literal: threshold "5_5" in "area_over_5_5ppm2_m2".
  CHECK(key_matches("crowd.area_over_{threshold}ppm2_m2", "crowd.area_over_5_5ppm2_m2"));
  CHECK(key_matches("crowd.area_over_{threshold}ppm2_m2", "crowd.area_over_4ppm2_m2"));
  CHECK_FALSE(key_matches("crowd.area_over_{threshold}ppm2_m2", "crowd.area_over_ppm2_m2"));
  CHECK(key_matches("ramming.crossings", "ramming.crossings"));
  CHECK_FALSE(key_matches("ramming.crossings", "ramming.crossings_x"));
}

TEST_CASE("a figure key is its pattern with the parts filled in", "[figures]") {
  CHECK(figure_key(vehicle::fig::kClassMaxSpeed, {"M1"}) == "ramming.M1.max_speed_kmh");
  CHECK(figure_key(vehicle::fig::kCrossings) == "ramming.crossings");
  CHECK_THROWS_AS(figure_key(vehicle::fig::kClassMaxSpeed), std::logic_error);  // a part missing
  CHECK_THROWS_AS(figure_key(vehicle::fig::kCrossings, {"M1"}), std::logic_error);  // one too many
}

TEST_CASE("undeclared figures and figures of another type are named", "[figures]") {
  Figures f;
  f.set("ramming.crossings", std::int64_t{56});
  f.set("ramming.M1.max_speed_kmh", 120.0);
  f.set("ramming.people_exposed_max_crossing", Value{});  // null: "not measured" fits any type
  CHECK(undeclared_figures(f, vehicle::ramming_figure_specs()).empty());
  f.set("ramming.crossings_not_adequate", std::int64_t{3});  // the key issue 13 found misspelt
  f.set("ramming.max_speed_kmh", std::string("fast"));
  const std::vector<std::string> problems = undeclared_figures(f, vehicle::ramming_figure_specs());
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] == "figure 'ramming.crossings_not_adequate' is not declared");
  CHECK(problems[1] ==
        "figure 'ramming.max_speed_kmh' is a text, declared as number by 'ramming.max_speed_kmh'");
}

TEST_CASE("the catalogue holds each analysis once, and each key pattern once", "[figures]") {
  std::set<std::string_view> analyses, keys;
  for (const AnalysisFigures& a : figure_catalogue()) {
    CHECK(analyses.insert(a.analysis).second);
    CHECK_FALSE(a.specs.empty());
    for (const FigureSpec* s : a.specs) {
      INFO(s->key);
      CHECK(keys.insert(s->key).second);
      CHECK_FALSE(s->meaning.empty());
      // The first part of a key names the analysis (the scenario's own: scenario, event, layout,
      // map).
      const std::string_view first = s->key.substr(0, s->key.find('.'));
      if (a.analysis == "scenario")
        CHECK((first == "scenario" || first == "event" || first == "layout" || first == "map"));
      else
        CHECK(first == a.analysis);
    }
  }
  CHECK(analyses == std::set<std::string_view>{"scenario", "ramming", "assess", "crowd"});
  std::string_view analysis;
  REQUIRE(find_figure("ramming.N3.people_exposed_max", &analysis) ==
          &vehicle::fig::kClassPeopleExposedMax);
  CHECK(analysis == "ramming");
  CHECK(find_figure("ramming.max_exposed_persons") == nullptr);
  CHECK_THROWS_WITH(FigureKey::of_declared("ramming.max_exposed_persons"),
                    "no analysis declares the figure 'ramming.max_exposed_persons'");
}

TEST_CASE("every criterion the scorecard knows reads a declared number or flag",
          "[figures][assess]") {
  for (const assess::KnownCriterion& k : assess::known_criteria()) {
    INFO(k.name);
    CHECK(find_figure(k.measure.key) == &k.measure);
    CHECK(k.measure.type != ValueType::Text);
  }
  // The vehicle-ramming criterion reads what the ramming analysis writes (issue 13).
  const auto& known = assess::known_criteria();
  const auto ramming = std::find_if(known.begin(), known.end(), [](const auto& k) {
    return std::string_view(k.name) == "vehicle_ramming";
  });
  REQUIRE(ramming != known.end());
  CHECK(ramming->measure.key == "ramming.not_adequate_crossings");
}
