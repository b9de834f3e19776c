// The bundled München scenario (Christmas market on Marienplatz, rated barriers) under the
// Flemish profile: the scorecard frozen at what Agora measures, each row explained. Figures
// from scenarios/munchen-christkindlmarkt/README.md are quoted where they check a row by hand.

#include <catch2/catch.hpp>

#include "gis/assess/assess_profile.hpp"
#include "gis/scenario_reader.hpp"
#include "sim/assess/assess.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using assess::Rating;

namespace {

Rating rating(const assess::AssessResult& r, const std::string& criterion) {
  const assess::ScoreRow* row = r.scorecard.row(criterion);
  REQUIRE(row != nullptr);
  return row->rating;
}

double exact_figure(const assess::AssessResult& r, const std::string& key) {
  const Value* v = r.measures.find(key);
  REQUIRE(v != nullptr);
  return std::get<std::int64_t>(*v);
}

double value(const assess::AssessResult& r, const std::string& criterion) {
  const assess::ScoreRow* row = r.scorecard.row(criterion);
  REQUIRE(row != nullptr);
  REQUIRE(row->value);
  return *row->value;
}

}  // namespace

TEST_CASE("München Christmas market: the scorecard under the Flemish profile", "[assess]") {
  const gis::LoadedScenario loaded = gis::load_scenario(test::munchen_scenario());
  const assess::AssessParams params = gis::assess_params(gis::Profile::load("flanders"));
  // Run on its own: no ramming figures come in, so that criterion is "not assessed".
  const assess::AssessResult r = assess::assess(*loaded.city, loaded.scenario, params);

  // Capacity. README: perimeter 7143.7 m², stalls 675.1 m² and structures 89.1 m² (the stage is a
  // point): net 7143.7 − 764.2 = 6379.5 m² × 2 p/m² = 12 759 persons. Exits: 62.5 m in all, the
  // widest (12 m) discounted: 50.5 m × 82 × 8 = 33 128 persons. Capacity 12 759 (area), 9000
  // expected: 0.705 ≤ 0.85 → green.
  CHECK(r.capacity.blocked_area_m2 == Approx(764.2).margin(0.2));
  CHECK(r.capacity.capacity == Approx(12759).margin(1));
  CHECK(r.capacity.exit_capacity == Approx(33128));
  CHECK(value(r, "capacity") == Approx(0.7054).margin(0.0005));
  CHECK(rating(r, "capacity") == Rating::kGreen);

  // Fluvia: 9000 people need 3 + 9 = 12 exits (7 present) and 90 m of width (62.5 m present);
  // the 80 cm minimum holds. Two rules fail → red, and the criterion is a veto in Flanders. The
  // README predicts exactly this flag.
  CHECK(r.capacity.exit_rules.exits_required == 12);
  CHECK(value(r, "exit_rules") == 2.0);
  CHECK(rating(r, "exit_rules") == Rating::kRed);

  // Egress: 62.5 m of exits pass 62.5 × 82 / 60 = 85.4 persons/s, so the queues alone take
  // 9000 / 85.4 = 105 s; add the walk to the exits and the uneven spread: 119 s, the last out
  // through the 7 m Tal exit. Within the Green Guide's 8 min → green.
  CHECK(r.egress.total_s == Approx(119.0).margin(1.0));
  CHECK(r.egress.total_s > 9000.0 / (62.5 * 82.0 / 60.0));
  CHECK(rating(r, "egress_time") == Rating::kGreen);

  // Distance to an exit: the farthest standing place is 46.3 m from an exit, walking round the
  // stalls. Marienplatz is open floor (no zone has gangways), so the profile's 60 m travel
  // distance applies, not the Green Guide's 12 m gangway rule: nothing lies beyond → green.
  // (Under the 12 m rule 4550 of 5836 m², 78 %, would have read red: a rule for terraces.)
  CHECK(r.distance_to_exit.max_m == Approx(46.3).margin(0.5));
  CHECK(r.distance_to_exit.gangway_area_m2 == 0.0);
  CHECK(value(r, "distance_to_exit") == 0.0);
  CHECK(rating(r, "distance_to_exit") == Rating::kGreen);

  // Fire access: the engine comes in over the road blockers on the Rosenstraße and Tal gate
  // streets (rising blockers are a type the fire service operates; the 1.2 m bollard gaps stop
  // it elsewhere) and reaches the whole square; every façade bounding it is within 60 m of where
  // it can stand. Nothing out of reach → green, both rows.
  CHECK(r.access.road_found);
  CHECK(r.access.unreachable_m2 == 0.0);
  CHECK(r.access.facades.size() == 25);
  CHECK(rating(r, "emergency_access") == Rating::kGreen);
  CHECK(rating(r, "facade_access") == Rating::kGreen);

  // Noise (ISO 9613-2 octave bands, paved square G = 0, +3 dB façade reflection): the stage
  // (110 dB(A)) stands 6.4 m before the Neues Rathaus. 999 buildings lie within 500 m. Dwellings
  // now come from the estimate (sim/city/dwellings.hpp), so the Neues Rathaus (building=yes with
  // a name: a landmark, no dwellings) is no longer one, and buildings of unknown use round the
  // square are: 6 hold dwellings over the day limit of 60 dB(A) (flats above the shops of
  // Marienplatz: buildings 85990410, 85990413, 80965632 (Marienplatz 11), 85765727, 453524325,
  // 80510223), the loudest 70.9 dB(A) (building 85990410: 64.1 in the broadband model; +3 dB
  // façade reflection, +3 dB hard ground where the simplified formula took about 0.4 dB of porous
  // ground loss at 30 m). 0 < 6 ≤ 10 → amber. At 10 m the audience hears 110 − 31 = 79 dB(A):
  // VLAREM category 1 → green.
  CHECK(r.noise.buildings_considered == 999);
  CHECK(r.noise.dwellings_over_limit == 6);
  CHECK(r.noise.max_dwelling_dba == Approx(70.9).margin(0.1));
  CHECK(rating(r, "noise_dwellings") == Rating::kAmber);
  CHECK(r.noise.audience_dba == Approx(78.98).margin(0.01));
  CHECK(rating(r, "audience_level") == Rating::kGreen);

  // Visitors 9000: above 2000, within 10 000 → amber.
  CHECK(rating(r, "visitors") == Rating::kAmber);
  // Traffic: the only car-legal roads the barriers close are the dead-end Tal passage and
  // Burgstraße stub into the pedestrian zone: no through traffic, no detour → green.
  CHECK(r.mobility.closures.size() == 2);
  CHECK(r.mobility.max_detour_m == 0.0);
  CHECK(rating(r, "traffic") == Rating::kGreen);
  // Public transport: the U-/S-Bahn entrances and the station of Marienplatz are reached from
  // below, not by the streets: no road-served stop is cut off (0 → green). They are the crowd's
  // access points: 8 within 30 m of the perimeter, 5 subway stairwells inside it (each warned).
  CHECK(r.mobility.stops.empty());
  CHECK(r.mobility.transit_access.size() == 8);
  CHECK(exact_figure(r, "assess.mobility.stairwells_inside") == 5);
  CHECK(rating(r, "parking_transit") == Rating::kGreen);
  // Residents: 68 buildings within 50 m of the perimeter, 18 of them of unknown use (tagged only
  // building=yes); their dwellings estimated from footprint × floors ÷ 100 m² (flats above the
  // ground floor in the town centre): 380 households, where counting tagged residential
  // buildings found 7 → red.
  CHECK(r.mobility.buildings_near == 68);
  CHECK(r.mobility.buildings_unknown_use == 18);
  CHECK(r.mobility.households_estimate == 380);
  CHECK(rating(r, "residents") == Rating::kRed);
  // 14 events at the location this year: more than 12 → red. Alcohol served → amber.
  CHECK(rating(r, "event_frequency") == Rating::kRed);
  CHECK(rating(r, "public_order") == Rating::kAmber);
  // No ramming analysis in this run.
  CHECK(rating(r, "vehicle_ramming") == Rating::kNotAssessed);

  // The widest exit (Kaufingerstraße, 12 m) out of use: 50.5 m pass 50.5 × 82 / 60 = 69 persons/s,
  // 9000 / 69 = 130 s of queueing at least; within 8 min → green. The crowd simulation did not
  // run, so its density criterion is not assessed, and says which analysis and why.
  CHECK(r.egress_widest_lost.total_s > 9000.0 / (50.5 * 82.0 / 60.0));
  CHECK(r.egress_widest_lost.total_s < 480.0);
  CHECK(rating(r, "egress_widest_lost") == Rating::kGreen);
  CHECK(rating(r, "crowd_density") == Rating::kNotAssessed);

  // The map's coverage: 18 of 68 buildings near the site of unknown use = 0.265, over 0.2 and
  // within 0.5 → amber. No location conditions in this scenario: that criterion is not assessed.
  CHECK(rating(r, "residents_data") == Rating::kAmber);
  CHECK(rating(r, "location_rules") == Rating::kNotAssessed);

  // Overall: weights 3 (capacity, exits, egress, access), 2 (widest exit lost, façades, noise),
  // else 1; ramming, density and location not assessed, so 3·4 + 2·3 + 1·9 = 27 weights. Points
  // 3·2 (exits red) + 2·1 (noise amber) + 1 (visitors amber) + 1·2 (residents red) + 1·2
  // (frequency red) + 1 (alcohol amber) + 1 (residents' data amber) = 15 over 2 × 27: index
  // 15/54 = 0.278, amber by itself, and the red Fluvia row is a veto → red.
  CHECK(r.scorecard.index == Approx(15.0 / 54.0));
  CHECK(r.scorecard.overall == Rating::kRed);

  // Risk: fire and evacuation 4 (Fluvia red) × 3 (9000 people ≤ 10 000) = 12: high. Crowd crush
  // 1 (capacity and distance green, density not assessed) × 3 = 3: low; noise 3 (amber) × 1
  // (7 households ≤ 10) = 3 and access 1 × 3 = 3: low.
  CHECK(r.risk.row("crowd_crush")->score == 3);
  CHECK(r.risk.row("fire_evacuation")->score == 12);
  // Noise nuisance: amber noise (likelihood 3) × 380 households (200–1000: consequence 4) = 12.
  CHECK(r.risk.row("noise_nuisance")->score == 12);
  CHECK(r.risk.row("access")->score == 3);
  CHECK_FALSE(r.risk.row("vehicle_ramming")->assessed);
  CHECK(*r.risk.worst == assess::Band::kHigh);
  // Classification: high risk → Dutch class C (fire, police, medical advise); Belgian risk event
  // (high risk, and 9000 ≥ 5000 people): the multidisciplinary analysis of KB 16/02/2006 and
  // NPU-4, the five disciplines and emergency planning. No ramming figures, so no threat
  // analysis centre.
  CHECK(r.classification.nl_class == "C");
  CHECK(r.classification.belgian_risk_event);
  CHECK(r.classification.disciplines == std::vector<std::string>{"fire", "medical", "police",
                                                                 "civil_protection", "information",
                                                                 "emergency_planning"});
}

TEST_CASE("München with water-filled lines: the fire engine is shut out", "[assess]") {
  // The same layout with unrated water-filled lines across every approach (README: "at the two
  // gate streets, the elements must be moved before a fire engine can pass"). Water-filled is no
  // operable type and the lines are continuous: the whole square is out of reach; the best
  // route's narrowest point is the end gap of a water-filled line against a façade (a cell or
  // two; on the profile's 0.25 m grid, the Dienerstraße line beside Marienplatz 11).
  const gis::LoadedScenario loaded = gis::load_scenario(
      test::source_path("scenarios/munchen-christkindlmarkt/scenario-water-filled.json"));
  const assess::AssessParams params = gis::assess_params(gis::Profile::load("flanders"));
  const access::AccessResult a =
      access::emergency_access(*loaded.city, loaded.scenario.layout, params.access);
  CHECK(a.unreachable_m2 == Approx(a.event_area_m2));
  REQUIRE(a.parts.size() == 1);
  CHECK(a.parts[0].reason == access::Reason::kNarrow);
  REQUIRE(a.parts[0].blocking);
  CHECK(a.parts[0].blocking->clear_width_m < 1.0);
  CHECK_THAT(a.parts[0].blocking->between, Catch::Contains("water-filled barrier line"));
}
