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
  CHECK_FALSE(matches_key_pattern("ramming.*.max_speed_kmh", "ramming.max_speed_kmh"));        // no segment
  CHECK_FALSE(matches_key_pattern("ramming.*.max_speed_kmh", "ramming.M1.max_speed_low_kmh"));
  CHECK(matches_key_pattern("crowd.*_s", "crowd.egress_time_s"));
  CHECK_FALSE(matches_key_pattern("crowd.*_s", "crowd.egress.time_s"));                        // two segments
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
