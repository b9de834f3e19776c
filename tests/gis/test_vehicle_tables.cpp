// The ramming analysis's data tables (vehicle classes, test-vehicle mapping, barrier
// catalogue) and the profile's ramming section, as built in and as replaced by files.

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>

#include "gis/profile.hpp"
#include "gis/vehicle_tables.hpp"
#include "sim/core/error.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

namespace {
std::string problem_of(const std::function<void()>& body) {
  try {
    body();
  } catch (const Error& e) {
    return e.problems().at(0).to_string();
  }
  return "no error";
}
}  // namespace

TEST_CASE("built-in vehicle classes come from physics, each parameter with its source",
          "[ramming][data]") {
  const vehicle::VehicleTable t = gis::load_vehicle_table();
  CHECK(t.origin == "built-in data/vehicles/classes.csv");
  REQUIRE(t.classes.size() == 5);
  // code, mass kg, width m, engine power typical / powerful kW, limiter km/h, top speed km/h.
  // Top speed: the powerful vehicle's power balance η·P/v = ½·ρ·C_d·A·v² + m·C_rr·g, or the
  // 90 km/h limiter of N2/N3 (Directive 92/6/EEC as amended by 2002/85/EC). M1: 0.9·150 kW
  // at 66.6 m/s = 2026 N = ½·1.225·0.68·66.6² (1849 N) + 1500·0.012·9.80665 (177 N):
  // 240 km/h.
  struct Row {
    const char* code;
    double mass, width, p_typ, p_pow, limiter, vmax;
  };
  const Row rows[] = {{"M1", 1500, 1.8, 80, 150, 0, 239.9},
                      {"N1", 3500, 2.16, 105, 140, 0, 177.0},
                      {"N2", 7200, 2.4, 125, 180, 90, 90.0},
                      {"N3", 7500, 2.5, 125, 180, 90, 90.0},
                      {"N3H", 30000, 2.55, 250, 353, 90, 90.0}};
  for (std::size_t i = 0; i < 5; ++i) {
    const vehicle::VehicleClass& c = t.classes[i];
    INFO(c.code);
    CHECK(c.code == rows[i].code);
    CHECK(c.test_mass_kg == rows[i].mass);
    CHECK(c.width_m == rows[i].width);
    REQUIRE(c.physics);
    CHECK(std::string(c.model()) == "physics");
    CHECK(c.physics->typical.power_kw == rows[i].p_typ);
    CHECK(c.physics->powerful.power_kw == rows[i].p_pow);
    CHECK(c.physics->limiter_kmh == rows[i].limiter);
    CHECK(c.vmax_kmh == Approx(rows[i].vmax).margin(0.1));
    CHECK(c.rank == static_cast<int>(i) + 1);
    CHECK(c.accel_min_mps2 > 0.0);  // mean 0–50 km/h of the typical vehicle, from the physics
    CHECK(c.accel_max_mps2 >= c.accel_min_mps2);
    CHECK_FALSE(c.is_placeholder());
    CHECK_THAT(c.source, Catch::Contains("C_rr"));
  }
  // The legal limiter is the N2/N3 source; Rakha et al. 2001 the heavy truck's power band.
  CHECK_THAT(t.classes[2].source, Catch::Contains("2002/85/EC"));
  CHECK_THAT(t.classes[4].source, Catch::Contains("Rakha et al. 2001"));
  CHECK_FALSE(t.any_placeholder());
  CHECK(t.select({"N2", "M1"}).front().code == "N2");
  CHECK(problem_of([&] { t.select({"Q7"}); }) ==
        "built-in data/vehicles/classes.csv: vehicle classes: field 'classes': unknown vehicle "
        "class 'Q7' (the table has "
        "M1, N1, N2, N3, N3H)");
}

TEST_CASE("a vehicle table from a file: an a(v) curve, and errors naming line and field",
          "[ramming][data]") {
  const std::string dir = test::scratch_dir("ramming-vehicles");
  const std::string header =
      "code,name,test_mass_kg,width_m,length_m,accel_min_mps2,accel_max_mps2,vmax_kmh,rank,accel_"
      "curve,"
      "placeholder_fields,source\n";
  std::ofstream(dir + "/ok.csv")
      << header << "M1,car,1500,1.8,4.5,2.0,4.0,180,1,0:4.0;50:2.5;100:1.2,,NPSA curve (test)\n";
  const vehicle::VehicleTable t = gis::load_vehicle_table(dir + "/ok.csv");
  CHECK(t.origin == dir + "/ok.csv");
  REQUIRE(t.classes.size() == 1);
  REQUIRE(t.classes[0].accel_curve.size() == 3);
  CHECK(t.classes[0].accel_curve[1].speed_kmh == 50.0);
  CHECK(t.classes[0].accel_curve[1].accel_mps2 == 2.5);
  CHECK_FALSE(t.any_placeholder());

  std::ofstream(dir + "/bad_curve.csv") << header << "M1,car,1500,1.8,4.5,2.0,4.0,180,1,0-4.0,,x\n";
  CHECK(problem_of([&] { gis::load_vehicle_table(dir + "/bad_curve.csv"); }) ==
        dir +
            "/bad_curve.csv: line 2: field 'accel_curve': expected speed_kmh:accel_mps2 pairs "
            "separated by ';' (e.g. "
            "0:4.0;50:3.0), got '0-4.0'");
  std::ofstream(dir + "/bad_vmax.csv") << header << "M1,car,1500,1.8,4.5,2.0,4.0,1800,1,,,x\n";
  CHECK_THAT(problem_of([&] { gis::load_vehicle_table(dir + "/bad_vmax.csv"); }),
             Catch::StartsWith(dir + "/bad_vmax.csv: line 2: field 'vmax_kmh': must lie in [5"));
  std::ofstream(dir + "/no_source.csv") << header << "M1,car,1500,1.8,4.5,2.0,4.0,180,1,,,\n";
  CHECK(problem_of([&] { gis::load_vehicle_table(dir + "/no_source.csv"); }) ==
        dir +
            "/no_source.csv: line 2: field 'source': every class needs the source of its numbers");
  std::ofstream(dir + "/no_column.csv") << "code,width_m\nM1,1.8\n";
  CHECK_THAT(problem_of([&] { gis::load_vehicle_table(dir + "/no_column.csv"); }),
             Catch::Contains("test_mass_kg"));
}

TEST_CASE("a rating's test vehicle counts as one of Agora's classes", "[ramming][data]") {
  const vehicle::RatingVehicleTable t = gis::load_rating_vehicles();
  const auto counts_as = [&](const char* rating) {
    const vehicle::RatingVehicle* r = t.match(vehicle::parse_rating(rating));
    return r ? r->counts_as : std::string("none");
  };
  CHECK(counts_as("V/7200[N2A]/48/90:0.0") == "N2");  // sources.md: Vehicles: N2A is the N2 truck
  CHECK(counts_as("V/7200[N3C]/80/90:0.8") == "N3");
  CHECK(counts_as("V/7500[N3]/80/90:0.4/15.4") == "N3");
  CHECK(counts_as("V/30000[N3]/80/90:0.0/10.0") == "N3H");  // PAS 68 N3 nearest 30000 kg
  CHECK(counts_as("M50/P1") == "N2");                       // ASTM M: 6800 kg medium-duty truck
  CHECK(counts_as("K12") == "N2");                          // DoS K ratings use the same truck
  CHECK(counts_as("C40/P1").empty());                       // an 1100 kg car is lighter than M1
}

TEST_CASE("the built-in barrier catalogue carries its source's cautions", "[ramming][data]") {
  const vehicle::BarrierCatalogue cat = gis::load_barrier_catalogue();
  REQUIRE(cat.entries.size() == 31);  // the shared catalogue's 31 products and categories
  int printed = 0, derived = 0, unrated = 0;
  for (const vehicle::CatalogueEntry& e : cat.entries) {
    INFO(e.id);
    CHECK_FALSE(e.source.empty());
    switch (e.status) {
      case vehicle::RatingStatus::Printed:
        ++printed;
        CHECK(e.rating);
        break;
      case vehicle::RatingStatus::Derived:
        ++derived;
        CHECK(e.rating);
        break;
      case vehicle::RatingStatus::Unrated:
        ++unrated;
        CHECK_FALSE(e.rating);
        break;
      case vehicle::RatingStatus::NotStated:
        CHECK_FALSE(e.rating);
        break;
    }
  }
  // Printed: PPG ×3, TISO, KarabloK (IWA only), Optima, Delta MP5000 (K4) and TB150.
  CHECK(printed == 8);
  CHECK(derived == 1);  // PPG hydraulic bollard: "M50 ... P2" as reported -> M50/P2
  CHECK(unrated == 5);  // Jersey/water-filled, ad-hoc blocks, MBT-1, BarrierGuard 800, Shield I
  CHECK(cat.find("ppg-hydraulic-m50")->rating->text == "M50/P2");
  const vehicle::CatalogueEntry* k = cat.find("karablok");
  CHECK(k->rating->standard == vehicle::RatingStandard::Iwa14);
  CHECK_THAT(k->note, Catch::Contains("expected equivalents only, NOT ratings"));
  CHECK_FALSE(cat.find("delta-dsc501")->rating);  // "K54" is no K4/K8/K12 rating
  // Found by product name, preferring a rated entry; irregular prints parse.
  CHECK(cat.find("HRR-HS-CT hydraulic rising road blocker")->rating->debris_m.value() ==
        Approx(6.15));
  CHECK(cat.find("Shield I water-filled barrier")->status == vehicle::RatingStatus::Unrated);
}

TEST_CASE("catalogue files: a rating must match its status and parse", "[ramming][data]") {
  const std::string header = "id,manufacturer,product,rating,rating_status,source\n";
  CHECK(problem_of(
            [&] { gis::parse_barrier_catalogue(header + "x,m,p,M50/P1,unrated,s\n", "c.csv"); }) ==
        "c.csv: line 2: field 'rating': a rating needs rating_status 'printed' or 'derived from "
        "published test "
        "figures', not 'unrated'");
  CHECK(problem_of([&] {
          gis::parse_barrier_catalogue(header + "x,m,p,V/7200[N2A/48/90:0.0,printed,s\n", "c.csv");
        }) ==
        "c.csv: line 2: field 'rating': 'V/7200[N2A/48/90:0.0' is not a barrier rating: at "
        "character 11: expected ']' "
        "closing the vehicle class, found '/'");
  CHECK(problem_of([&] { gis::parse_barrier_catalogue(header + "x,m,p,,printed,s\n", "c.csv"); }) ==
        "c.csv: line 2: field 'rating': rating_status 'printed' but no rating string");
  CHECK(problem_of([&] {
          gis::parse_barrier_catalogue(header + "x,m,p,,,s\nx,m,q,,,s\n", "c.csv");
        }) == "c.csv: line 3: field 'id': 'x' appears twice");
}

TEST_CASE("the profile's ramming section sets the policy values, each with its source",
          "[ramming][data]") {
  const gis::Profile flanders = gis::Profile::load("flanders");
  const vehicle::RammingParams p = gis::ramming_params(flanders);
  CHECK(p.rules.max_clear_gap_m == 1.2);  // sources.md: Vehicles industry guidance (policy)
  CHECK(p.rules.speed_margin_kmh == 0.0);
  CHECK(p.rules.angle_tolerance_deg == 15.0);
  CHECK(p.friction_normal == 0.6);  // MIL-HDBK-1013/14 via sources.md: Vehicles
  CHECK(p.friction_conservative == 1.0);
  CHECK(p.barrier_snap_m == 1.0);
  CHECK(p.crowd_density_ppm2 ==
        2.0);  // sources.md: Capacity, egress and fire access planning figure
  CHECK(p.exposure_side_margin_m == 0.5);  // sources.md: Vehicles
  const std::vector<std::string> sources = gis::ramming_profile_sources(flanders);
  CHECK(sources.size() == 8);
  CHECK(std::any_of(sources.begin(), sources.end(), [](const std::string& s) {
    return s.starts_with("ramming.max_clear_gap_m = 1.2 (local policy");
  }));
  CHECK(gis::ramming_params(gis::Profile::load("netherlands")).rules.max_clear_gap_m == 1.2);

  const std::string dir = test::scratch_dir("ramming-profile");
  std::ofstream(dir + "/p.json") << R"({"agora_profile": 1, "extends": "flanders",
      "ramming": {"friction_normal": {"value": 1.3, "source": "test"}}})";
  // f_normal may not exceed f_conservative (1.0): the band would turn upside down.
  CHECK(problem_of([&] { gis::ramming_params(gis::Profile::load(dir + "/p.json")); }) ==
        dir +
            "/p.json: ramming.friction_conservative: field 'value': expected a number in [1.3, "
            "1.5], got 1.0");
}
