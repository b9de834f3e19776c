// Bad input to the assessment, named precisely: layouts (issue 4's list), profiles, the
// officer's override.

#include <catch2/catch.hpp>
#include <fstream>

#include "gis/assess/assess_profile.hpp"
#include "gis/scenario_reader.hpp"
#include "sim/assess/assess.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

namespace {

std::vector<Problem> problems_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.problems();
  }
  return {};
}

bool has(const std::vector<Problem>& ps, const std::string& field, const std::string& text) {
  for (const auto& p : ps)
    if (p.field == field && p.to_string().find(text) != std::string::npos) return true;
  return false;
}

// A scenario on the fixture map (Mechelen-like square, EPSG:31370) with the given layout features
// and scenario.json additions.
std::string scenario_file(const std::string& name, const std::string& features,
                          long long attendance = 100, const std::string& extra = "") {
  const std::string dir = test::scratch_dir(name);
  std::ofstream(dir + "/layout.geojson")
      << R"({"type":"FeatureCollection","features":[)" << features << "]}";
  std::ofstream(dir + "/scenario.json")
      << R"({"agora_scenario": 1, "name": "t", "map": ")" << test::fixture("osm/graph.osm")
      << R"(", "crs": "EPSG:31370", "layout": "layout.geojson", )" << extra
      << R"("event": {"name": "t", "days": [{"date": "2026-12-05", "start": "10:00",
                                        "end": "18:00"}], "attendance_peak": )"
      << attendance << "}}";
  return dir + "/scenario.json";
}

// The fixture square, about 35 × 33 m.
const std::string kPerimeter =
    R"({"type":"Feature","properties":{"kind":"perimeter","id":"p"},"geometry":{"type":"Polygon","coordinates":[[[4.47905,51.02785],[4.47955,51.02785],[4.47955,51.02815],[4.47905,51.02815],[4.47905,51.02785]]]}})";

std::string exit_feature(const std::string& id, const std::string& coords,
                         const std::string& width) {
  return R"(,{"type":"Feature","properties":{"kind":"exit","id":")" + id + R"(","width_m":)" +
         width + R"(},"geometry":{"type":"LineString","coordinates":)" + coords + "}}";
}

std::string stall(const std::string& id, double lon0, double lon1) {
  const std::string a = std::to_string(lon0), b = std::to_string(lon1);
  return R"(,{"type":"Feature","properties":{"kind":"stall","id":")" + id +
         R"("},"geometry":{"type":"Polygon","coordinates":[[[)" + a + ",51.0279],[" + b +
         ",51.0279],[" + b + ",51.02795],[" + a + ",51.02795],[" + a + ",51.0279]]]}}";
}

std::string profile_file(const std::string& name, const std::string& body) {
  const std::string path = test::scratch_dir(name) + "/profile.json";
  std::ofstream(path) << body;
  return path;
}

}  // namespace

TEST_CASE("bad layouts from issue 4 are named: exit off the perimeter, zero width, attendance 0",
          "[assess]") {
  // An exit 0.00025° of latitude (27.8 m) south of the perimeter: more than the 5 m allowed.
  auto ps = problems_of([&] {
    gis::load_scenario(scenario_file(
        "assess-exit-off",
        kPerimeter + exit_feature("far-exit", "[[4.47925,51.02760],[4.47931,51.02760]]", "4")));
  });
  CHECK(has(
      ps, "geometry",
      "feature 1 (id 'far-exit'): field 'geometry': the exit lies 27.8 m outside the perimeter"));
  // Zero width.
  ps = problems_of([&] {
    gis::load_scenario(scenario_file(
        "assess-exit-zero",
        kPerimeter + exit_feature("e0", "[[4.47925,51.02785],[4.47931,51.02785]]", "0")));
  });
  CHECK(has(ps, "width_m",
            "feature 1 (id 'e0'): field 'width_m': expected a number in [1e-09, 500], got 0"));
  // Nobody coming.
  ps = problems_of([&] { gis::load_scenario(scenario_file("assess-att0", kPerimeter, 0)); });
  CHECK(has(ps, "attendance_peak", "expected a positive number of people, got 0"));
}

TEST_CASE("overlapping stalls are a warning naming both, and count once in the capacity",
          "[assess]") {
  // Stalls a (lon .47910–.47918) and b (.47915–.47923) overlap by 0.00003° of longitude (2.1 m)
  // over their full depth of 0.00005° of latitude (5.6 m).
  const gis::LoadedScenario s = gis::load_scenario(scenario_file(
      "assess-overlap", kPerimeter +
                            exit_feature("e1", "[[4.47925,51.02785],[4.47931,51.02785]]", "4") +
                            stall("a", 4.47910, 4.47918) + stall("b", 4.47915, 4.47923)));
  bool warned = false;
  for (const Problem& w : s.warnings)
    warned = warned || (w.where.find("id 'a'") != std::string::npos &&
                        w.message.find("overlaps feature 3 (id 'b')") != std::string::npos);
  CHECK(warned);
  // The union, not the sum: (0.00013° lon × 5.6 m) of floor taken, less than a + b.
  const crowd::CapacityResult c = crowd::capacity(s.scenario.layout, *s.city, 100, {});
  const double a = bg::area(s.scenario.layout.stalls[0].area),
               b = bg::area(s.scenario.layout.stalls[1].area);
  MultiPolygon both;
  bg::union_(s.scenario.layout.stalls[0].area, s.scenario.layout.stalls[1].area, both);
  CHECK(c.blocked_area_m2 == Approx(bg::area(both)));
  CHECK(c.blocked_area_m2 < a + b - 5.0);  // the 2.1 × 5.6 ≈ 11.7 m² overlap counted once
}

TEST_CASE("both built-in profiles give the assessment its parameters", "[assess]") {
  const assess::AssessParams fl = gis::assess_params(gis::Profile::load("flanders"));
  CHECK(fl.capacity.density_ppm2 == 2.0);
  CHECK(fl.capacity.flow_ppmm == 82.0);   // flow_basis "level": Green Guide 82
  CHECK(fl.capacity.exit_rules.apply);    // Fluvia
  CHECK(fl.access.clear_width_m == 4.0);  // Flanders 4 m × 4 m
  CHECK(fl.access.turning_inner_radius_m == 11.0);
  CHECK(fl.access.max_distance_m == 60.0);
  CHECK(fl.noise.audience_categories.size() == 3);  // VLAREM 85 / 95 / 100
  CHECK(fl.noise.audience_categories[2].max_dba == 100.0);
  CHECK(fl.criteria.size() == assess::known_criteria().size());
  CHECK(fl.risk.hazards.size() == 5);
  const assess::AssessParams nl = gis::assess_params(gis::Profile::load("netherlands"));
  CHECK(nl.access.clear_width_m == 3.5);  // NL events 3.5 m × 4.2 m
  CHECK(nl.access.clear_height_m == 4.2);
  CHECK_FALSE(nl.capacity.exit_rules.apply);
}

TEST_CASE("a profile missing a criterion or with a weight that is not a number names the key",
          "[assess]") {
  // JSON merge patch: null removes the criterion from the extended built-in profile.
  const std::string missing =
      profile_file("assess-prof-missing", R"({"agora_profile": 1, "extends": "flanders",
      "liveability": {"noise_dwellings": null}})");
  auto ps = problems_of([&] { gis::assess_params(gis::Profile::load(missing)); });
  CHECK(has(ps, "value",
            "liveability.noise_dwellings: field 'value': missing criterion 'noise_dwellings'"));

  const std::string words =
      profile_file("assess-prof-weight", R"({"agora_profile": 1, "extends": "flanders",
      "liveability": {"visitors": {"value": {"green_max": 2000, "amber_max": 10000, "weight": "high"},
                                   "source": "local policy"}}})");
  ps = problems_of([&] { gis::assess_params(gis::Profile::load(words)); });
  CHECK(has(ps, "weight", "liveability.visitors: field 'weight': expected a number, got \"high\""));

  const std::string hazard =
      profile_file("assess-prof-hazard", R"({"agora_profile": 1, "extends": "flanders",
      "hazards": {"access": null}})");
  ps = problems_of([&] { gis::assess_params(gis::Profile::load(hazard)); });
  CHECK(has(ps, "value", "hazards.access"));

  const std::string band =
      profile_file("assess-prof-band", R"({"agora_profile": 1, "extends": "flanders",
      "classification": {"nl_c_from_band": {"value": "severe", "source": "local policy"}}})");
  ps = problems_of([&] { gis::assess_params(gis::Profile::load(band)); });
  CHECK(has(ps, "value",
            "classification.nl_c_from_band: field 'value': expected \"low\", \"medium\", \"high\" "
            "or \"very high\", got 'severe'"));

  const std::string order =
      profile_file("assess-prof-order", R"({"agora_profile": 1, "extends": "flanders",
      "liveability": {"traffic": {"value": {"green_max": 1000, "amber_max": 200, "weight": 1}, "source": "local policy"}}})");
  ps = problems_of([&] { gis::assess_params(gis::Profile::load(order)); });
  CHECK(has(ps, "amber_max", "liveability.traffic: field 'amber_max': expected a number in [1000"));
}

TEST_CASE("a profile may add a criterion of its own on any figure", "[assess]") {
  const std::string own =
      profile_file("assess-prof-own", R"({"agora_profile": 1, "extends": "flanders",
      "liveability": {"night_buses": {"value": {"title": "Stops affected", "measure": "assess.mobility.stops_affected",
                      "unit": "stops", "green_max": 0, "amber_max": 0, "weight": 1}, "source": "city of Mechelen, local policy"}}})");
  const assess::AssessParams p = gis::assess_params(gis::Profile::load(own));
  REQUIRE(p.criteria.size() == assess::known_criteria().size() + 1);
  CHECK(p.criteria.back().name == "night_buses");
  CHECK(p.criteria.back().measure == "assess.mobility.stops_affected");
  CHECK(p.criteria.back().source == "city of Mechelen, local policy");
}

TEST_CASE("the officer's override in scenario.json is read, and needs a reason", "[assess]") {
  const gis::LoadedScenario s = gis::load_scenario(scenario_file(
      "assess-override-ok", kPerimeter, 100,
      R"("classification_override": {"nl_class": "B", "belgian_risk_event": false, "reason": "Known market, quiet street", "by": "J. Peeters"}, )"));
  REQUIRE(s.scenario.classification_override);
  CHECK(s.scenario.classification_override->nl_class == "B");
  CHECK(s.scenario.classification_override->belgian_risk_event == false);
  CHECK(s.scenario.classification_override->reason == "Known market, quiet street");
  auto ps = problems_of([&] {
    gis::read_scenario_file(scenario_file("assess-override-bad", kPerimeter, 100,
                                          R"("classification_override": {"nl_class": "D"}, )"));
  });
  CHECK(has(ps, "nl_class", "expected \"A\", \"B\" or \"C\", got 'D'"));
  CHECK(has(ps, "reason", "missing: expected a text value"));
}

TEST_CASE("a profile naming a figure no analysis writes is a load error naming file, rule and key",
          "[assess]") {
  // The consequence of the ramming hazard as the built-in profiles once named it: the ramming
  // analysis writes ramming.people_exposed_max, so the hazard was never assessed (issue 13).
  const std::string hazard =
      profile_file("assess-prof-unknown-consequence", R"({"agora_profile": 1, "extends": "flanders",
      "hazards": {"vehicle_ramming": {"value": {"title": "Vehicle ramming", "criteria": ["vehicle_ramming"],
        "consequence_measure": "ramming.max_exposed_persons", "consequence_bands": [1, 5, 20, 100],
        "disciplines": ["police"]}, "source": "test"}}})");
  auto ps = problems_of([&] { gis::assess_params(gis::Profile::load(hazard)); });
  REQUIRE(ps.size() == 1);
  CHECK(ps[0].file == hazard);
  CHECK(ps[0].where == "hazards.vehicle_ramming");
  CHECK(ps[0].field == "consequence_measure");
  CHECK_THAT(ps[0].message,
             Catch::Contains("'ramming.max_exposed_persons', which no analysis writes") &&
                 Catch::Contains("ramming.people_exposed_max"));

  // A criterion of the profile's own on a misspelt figure, and one on a text figure.
  const std::string own =
      profile_file("assess-prof-unknown-measure", R"({"agora_profile": 1, "extends": "flanders",
      "liveability": {"crowding": {"value": {"green_max": 4, "amber_max": 5, "weight": 1,
        "measure": "crowd.max_density"}, "source": "test"}}})");
  ps = problems_of([&] { gis::assess_params(gis::Profile::load(own)); });
  REQUIRE(ps.size() == 1);
  CHECK(ps[0].where == "liveability.crowding");
  CHECK(ps[0].field == "measure");
  CHECK_THAT(ps[0].message, Catch::Contains("crowd.max_density_ppm2"));
  const std::string text =
      profile_file("assess-prof-text-measure", R"({"agora_profile": 1, "extends": "flanders",
      "liveability": {"klass": {"value": {"green_max": 0, "amber_max": 1, "weight": 1,
        "measure": "assess.class_nl"}, "source": "test"}}})");
  ps = problems_of([&] { gis::assess_params(gis::Profile::load(text)); });
  REQUIRE(ps.size() == 1);
  CHECK_THAT(ps[0].message, Catch::Contains("a text; a criterion needs a number or a flag"));
}
