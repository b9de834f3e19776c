// Which figures the Compare tab shows, and in what order.
#include <catch2/catch.hpp>

#include "gui/run/key_figures.hpp"
#include "sim/figures/catalogue.hpp"

using agora::gui::key_figure_rank;
using agora::gui::key_figure_specs;
using agora::gui::matches_key_pattern;

TEST_CASE("a '*' stands for exactly one key segment", "[compare]") {
  CHECK(matches_key_pattern("ramming.*.max_speed_kmh", "ramming.M1.max_speed_kmh"));
  CHECK(matches_key_pattern("ramming.*.max_speed_kmh", "ramming.N3_heavy.max_speed_kmh"));
  CHECK_FALSE(
      matches_key_pattern("ramming.*.max_speed_kmh", "ramming.max_speed_kmh"));  // no segment
  CHECK_FALSE(matches_key_pattern("ramming.*.max_speed_kmh", "ramming.M1.max_speed_low_kmh"));
  CHECK(matches_key_pattern("crowd.*_s", "crowd.egress_time_s"));
  CHECK_FALSE(matches_key_pattern("crowd.*_s", "crowd.egress.time_s"));  // two segments
  CHECK(matches_key_pattern("assess.egress.total_s", "assess.egress.total_s"));
  CHECK_FALSE(matches_key_pattern("assess.egress.total_s", "assess.egress.total_s_max"));
}

TEST_CASE("key figures come in the order a permit officer reads them", "[compare]") {
  // Speeds per class first, then unprotected crossings, then capacity; details are not key figures.
  CHECK(key_figure_rank("ramming.M1.max_speed_kmh") == 0);
  CHECK(key_figure_rank("ramming.N3.max_speed_kmh") == 0);
  CHECK(key_figure_rank("ramming.unprotected_crossings") == 1);
  CHECK(key_figure_rank("assess.capacity.persons") == 8);
  CHECK(key_figure_rank("assess.egress.exits.exit-north.clear_s") == -1);
  CHECK(key_figure_rank("ramming.model.states") == -1);
}

TEST_CASE("the Compare tab names figures in words, from the report's tables or the declarations",
          "[compare]") {
  using agora::gui::figure_name;
  const agora::report::Strings en("en");
  // report/strings_en.cpp has "figure.event.attendance_peak".
  CHECK(figure_name("event.attendance_peak", en) == "Expected peak attendance");
  // sim/vehicle/ramming_figures.hpp declares both; the class is the key's run-time part.
  CHECK(figure_name("ramming.unprotected_crossings", en) ==
        "Crossings with no barrier on the run-up");
  CHECK(figure_name("ramming.M1.max_speed_kmh", en) ==
        "M1: the class's highest speed at any crossing (top of the band)");
  CHECK(figure_name("nobody.declares_this", en) == "nobody.declares_this");
}

TEST_CASE("figure values read with their declared unit, grouped and rounded as the report does",
          "[compare]") {
  using agora::Value;
  using agora::gui::figure_text;
  const agora::report::Strings en("en");
  // 12,760 persons: 0 decimals from 100 up (report::default_decimals), "," groups thousands.
  CHECK(figure_text(Value{12760.0}, "assess.capacity.persons", en) == "12,760 persons");
  // 48.23 km/h: 1 decimal between 10 and 100.
  CHECK(figure_text(Value{48.23}, "ramming.M1.max_speed_kmh", en) == "48.2 km/h");
  CHECK(figure_text(Value{std::int64_t{3}}, "ramming.unprotected_crossings", en) == "3 crossings");
  // Utilisation 0.0462 = attendance over capacity: 4.62 % shows one decimal below 10 %.
  CHECK(figure_text(Value{0.0462}, "assess.capacity.utilisation", en) == "4.6 %");
  CHECK(figure_text(Value{0.25}, "assess.access.unreachable_share", en) == "25 %");
  CHECK(figure_text(Value{std::string("red")}, "assess.scorecard.overall", en) == "red");
}

TEST_CASE("the better variant of each key figure is marked: fewer crossings, more capacity",
          "[compare]") {
  using agora::Value;
  using agora::gui::best_variants;
  const Value three{std::int64_t{3}}, one{std::int64_t{1}};
  // Variants A..D: 3, 1, not run, 1 unprotected crossings: B and D are better.
  CHECK(best_variants("ramming.unprotected_crossings", {&three, &one, nullptr, &one}) ==
        std::vector<std::size_t>{1, 3});
  const Value big{12760.0}, small{9000.0};
  CHECK(best_variants("assess.capacity.persons", {&big, &small}) == std::vector<std::size_t>{0});
  CHECK(best_variants("assess.capacity.persons", {&big, &big}).empty());     // equal: none better
  CHECK(best_variants("assess.capacity.persons", {&big, nullptr}).empty());  // one variant run
  const Value red{std::string("red")}, green{std::string("green")};
  CHECK(best_variants("assess.scorecard.overall", {&red, &green})
            .empty());  // a verdict, coloured instead
  const Value s1{0.05}, s2{0.1};
  CHECK(best_variants("crowd.time_step_s", {&s1, &s2}).empty());  // no better way
  CHECK(best_variants("ramming.energy_only_crossings", {&three, &one})
            .empty());  // between adequate and inadequate
  CHECK(best_variants("crowd.evacuation_time_s", {&s2, &s1}) == std::vector<std::size_t>{1});
}

TEST_CASE("every key figure the editor names is a figure an analysis declares",
          "[compare][figures]") {
  // The key figures are named by their FigureSpecs; each must be the very declaration the
  // catalogue holds for its key (a spec declared nowhere, or a copy, fails here), 21 of them:
  // 8 ramming, 10 assessment, 3 crowd.
  REQUIRE(key_figure_specs().size() == 21);
  for (const agora::FigureSpec* spec : key_figure_specs()) {
    INFO(spec->key);
    std::string_view analysis;
    CHECK(agora::find_figure(spec->key, &analysis) == spec);
    CHECK(spec->key.substr(0, spec->key.find('.')) == analysis);
  }
  // The crowd times are the evacuation and ingress times, not the time step or the end of the run.
  CHECK(key_figure_rank("crowd.evacuation_time_s") == 18);
  CHECK(key_figure_rank("crowd.ingress_time_s") == 19);
  CHECK(key_figure_rank("crowd.time_step_s") == -1);
  CHECK(key_figure_rank("crowd.max_density_ppm2") == 20);
}
