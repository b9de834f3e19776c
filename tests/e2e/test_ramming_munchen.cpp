// The ramming analysis on the bundled München scenario (Christmas market on Marienplatz),
// through the registered plugin, with its three barrier options. Figures frozen at what
// the analysis gives (see scenarios/munchen-christkindlmarkt/README.md) and one approach
// checked by hand.

#include <catch2/catch.hpp>
#include <cmath>
#include <map>

#include "app/run/analysis_registry.hpp"
#include "gis/scenario_reader.hpp"
#include "report/strings.hpp"
#include "sim/vehicle/ramming.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

namespace {

// One load and one run per barrier option, shared by the tests below.
struct Option {
  gis::LoadedScenario loaded;
  run::AnalysisOutput out;
  const vehicle::RammingResult& result() const {
    return std::any_cast<const vehicle::RammingResult&>(out.detail);
  }
  double figure(const std::string& key) const {
    const Value* v = out.figures.find(key);
    if (!v) FAIL("no figure " << key);
    if (const auto* d = std::get_if<double>(v)) return *d;
    return static_cast<double>(std::get<std::int64_t>(*v));
  }
};

const Option& option(const std::string& file) {
  static std::map<std::string, Option> cache;
  auto it = cache.find(file);
  if (it == cache.end()) {
    Option o;
    o.loaded = gis::load_scenario(test::source_path("scenarios/munchen-christkindlmarkt/" + file));
    const run::AnalysisPlugin* plugin = run::find_analysis("ramming");
    REQUIRE(plugin);
    o.out = plugin->run(run::RunContext{o.loaded.scenario, *o.loaded.city, nullptr, {}});
    it = cache.emplace(file, std::move(o)).first;
  }
  return it->second;
}

const vehicle::CrossingResult* crossing_near(const vehicle::RammingResult& r, Vec2 p,
                                             double within_m) {
  const vehicle::CrossingResult* best = nullptr;
  for (const auto& c : r.crossings)
    if (distance(c.pos, p) <= within_m && (!best || distance(c.pos, p) < distance(best->pos, p)))
      best = &c;
  return best;
}

}  // namespace

TEST_CASE("ramming is registered and applies to scenarios with a perimeter", "[ramming][munchen]") {
  const run::AnalysisPlugin* p = run::find_analysis("ramming");
  REQUIRE(p);
  CHECK(p->applies(option("scenario.json").loaded.scenario));
  scenario::Scenario empty;
  CHECK_FALSE(p->applies(empty));
}

TEST_CASE("München: every street and passage entering Marienplatz yields a crossing",
          "[ramming][munchen]") {
  // The rated option puts a barrier line across each of the 11 approaches of the scenario's
  // README (5 to 15 m outside the perimeter). Without barriers, each must have crossing
  // points within 20 m of its barrier line.
  const auto& rated = option("scenario.json").loaded.scenario.layout.barriers;
  const vehicle::RammingResult& none = option("scenario-no-barriers.json").result();
  REQUIRE(rated.size() == 15);
  for (const scenario::PlannedBarrier& b : rated) {
    INFO(b.info.name);
    const Vec2 mid = (b.line.front() + b.line.back()) * 0.5;
    CHECK(crossing_near(none, mid, 20.0) != nullptr);
  }
}

TEST_CASE("München: one approach checked by hand", "[ramming][munchen]") {
  // The west end of the Rindermarkt mouth, crossing point (691615.8, 5334732.8) in
  // EPSG:25832. The fastest car run-up is a straight sight line across the Rindermarkt
  // pedestrian area from rest at the road node (691619.4, 5334698.3), 34.6 m long:
  //   a_max = 4 m/s²: v = sqrt(2·4·34.6) = 16.64 m/s = 59.9 km/h, E = ½·1500·16.64² = 208 kJ;
  //   a_min = 3 m/s²: v = sqrt(2·3·34.6) = 14.41 m/s = 51.9 km/h; t = sqrt(2·34.6/4) = 4.16 s.
  const vehicle::RammingResult& none = option("scenario-no-barriers.json").result();
  const vehicle::CrossingResult* c = crossing_near(none, {691615.84, 5334732.76}, 0.5);
  REQUIRE(c);
  const vehicle::ClassAtCrossing& m1 = c->classes.at(0);
  REQUIRE(m1.vehicle_class == "M1");
  CHECK(m1.run_up_length_m == Approx(34.6).margin(0.05));
  CHECK(m1.start.x == Approx(691619.4).margin(0.1));
  CHECK(m1.start.y == Approx(5334698.3).margin(0.1));
  CHECK(m1.speed.high_kmh ==
        Approx(vehicle::mps_to_kmh(std::sqrt(2 * 4.0 * m1.run_up_length_m))).margin(0.01));
  CHECK(m1.speed.high_kmh == Approx(59.9).margin(0.05));
  CHECK(m1.speed.low_kmh == Approx(51.9).margin(0.05));
  CHECK(m1.energy_kj == Approx(208.0).margin(0.5));
  CHECK(m1.time_s == Approx(4.16).margin(0.01));
  CHECK(m1.verdict == vehicle::Verdict::Unprotected);
}

TEST_CASE("München: headline figures of the three barrier options", "[ramming][munchen]") {
  // Frozen at what the analysis gives (documented in the scenario README). The 30 t truck
  // reaches 90 km/h (its top speed) at Kaufingerstraße in every option; the rated PPG bollards
  // (PAS 68, 7.5 t at 80 km/h) are no rating for it, so the worst exposure is the same.
  struct Expect {
    const char* file;
    int crossings, unprotected, gap_passable, inadequate, energy_only, adequate;
  };
  const Expect expect[] = {
      {"scenario-no-barriers.json", 60, 53, 0, 7, 0, 0},  // the 7: the two unrated emergency gates
      {"scenario-water-filled.json", 56, 3, 0, 53, 0,
       0},                                    // water-filled lines: unrated, inadequate
      {"scenario.json", 56, 3, 0, 46, 4, 3},  // rated bollards and road blockers
  };
  for (const Expect& e : expect) {
    INFO(e.file);
    const Option& o = option(e.file);
    CHECK(o.figure("ramming.crossings") == e.crossings);
    CHECK(o.figure("ramming.unprotected_crossings") == e.unprotected);
    CHECK(o.figure("ramming.gap_passable_crossings") == e.gap_passable);
    CHECK(o.figure("ramming.inadequate_crossings") == e.inadequate);
    CHECK(o.figure("ramming.energy_only_crossings") == e.energy_only);
    CHECK(o.figure("ramming.adequate_crossings") == e.adequate);
    CHECK(o.figure("ramming.max_speed_kmh") == 180.0);  // M1's top speed (constant a placeholder)
    CHECK(o.figure("ramming.N3H.max_speed_kmh") == 90.0);
    CHECK(o.figure("ramming.N3H.max_energy_kj") == Approx(9375.0).margin(0.1));  // ½·30000·25²
    CHECK(o.figure("ramming.people_exposed_max") == Approx(916.2).margin(0.05));
  }
  // With rated barriers the only unprotected crossing points are three at the Kaufingerstraße
  // mouth, for the car only: a 2 m footway (way 326491544, default width) passes south of the
  // bollard line, and from its end the car drives straight across the square.
  const vehicle::RammingResult& rated = option("scenario.json").result();
  int unprotected = 0;
  for (const auto& c : rated.crossings)
    for (const auto& k : c.classes)
      if (k.reachable && k.verdict == vehicle::Verdict::Unprotected) {
        ++unprotected;
        CHECK(k.vehicle_class == "M1");
        CHECK(c.label == "Kaufingerstraße");
      }
  CHECK(unprotected == 3);
}

TEST_CASE("München: the plugin's output layers, keys and assumptions", "[ramming][munchen]") {
  const Option& o = option("scenario.json");
  REQUIRE(o.out.layers.size() == 3);
  CHECK(o.out.layers[0].name == "ramming_crossings");
  CHECK(o.out.layers[0].features.size() == 56);
  CHECK(o.out.layers[0].field_index("N3H_verdict") >= 0);
  CHECK(o.out.layers[1].name == "ramming_runup_paths");
  CHECK(o.out.layers[2].name == "ramming_edge_speeds");
  CHECK_FALSE(o.out.layers[2].features.empty());
  const report::Strings en("en");  // the statements as the command line and report say them
  CHECK_THAT(en.say(o.out.assumptions.at(0)),
             Catch::StartsWith("Crowd exposure is a modelling assumption"));
  CHECK(std::get<std::string>(*o.out.figures.find("ramming.vehicle_table")) ==
        "built-in data/vehicles/classes.csv");
  CHECK(std::get<bool>(*o.out.figures.find("ramming.vehicle_table_placeholder")));
  CHECK(std::get<std::string>(*o.out.figures.find("ramming.M1.worst_verdict")) == "unprotected");
  CHECK(std::get<std::string>(*o.out.figures.find("ramming.N3H.worst_verdict")) == "inadequate");
  CHECK(o.out.warnings.empty());
  REQUIRE(o.out.headline.size() == 3);
  CHECK(en.say(o.out.headline[0]) ==
        "56 crossing points at 20 approaches; worst verdict: 3 unprotected, 0 gap passable, 46 "
        "inadequate, 4 "
        "energy-equivalent only, 3 adequate by rating");
  CHECK_THAT(en.say(o.out.headline[1]), Catch::StartsWith("fastest: M1 180 km/h at "));
  CHECK_THAT(en.say(o.out.headline[1]),
             Catch::Contains("most people exposed: 916, N3H 90 km/h at Kaufingerstraße"));
  CHECK(en.say(o.out.headline[2]) ==
        "vehicle classes from built-in data/vehicles/classes.csv (placeholder accelerations)");
}
