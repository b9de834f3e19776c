#include "gis/vehicle_tables.hpp"

#include <cmath>
#include <sstream>

#include "gis/builtin_data.hpp"
#include "gis/csv.hpp"
#include "sim/core/error.hpp"
#include "sim/vehicle/kinematics.hpp"

namespace agora::gis {

namespace {

std::string where(const CsvTable& t, std::size_t row) {
  return "line " + std::to_string(t.line_of(row));
}

double required(const CsvTable& t, std::size_t row, const char* column) {
  const auto v = t.number(row, column);
  if (!v) throw Error(t.file(), where(t, row), column, "a number is required");
  return *v;
}

// "0:4.0;50:3.0" -> {(0, 4.0), (50, 3.0)}: km/h : m/s².
std::vector<vehicle::AccelPoint> parse_curve(const CsvTable& t, std::size_t row) {
  std::vector<vehicle::AccelPoint> out;
  const std::string& text = t.text(row, "accel_curve");
  if (text.empty()) return out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ';')) {
    const std::size_t colon = item.find(':');
    const auto v = colon == std::string::npos ? std::nullopt : parse_number(item.substr(0, colon));
    const auto a = colon == std::string::npos ? std::nullopt : parse_number(item.substr(colon + 1));
    if (!v || !a)
      throw Error(
          t.file(), where(t, row), "accel_curve",
          "expected speed_kmh:accel_mps2 pairs separated by ';' (e.g. 0:4.0;50:3.0), got '" + item +
              "'");
    out.push_back({*v, *a});
  }
  return out;
}

}  // namespace

vehicle::VehicleTable parse_vehicle_table(const std::string& text, const std::string& origin) {
  const CsvTable t = CsvTable::parse(text, origin);
  t.require_columns({"code", "test_mass_kg", "width_m", "length_m", "rank", "source"});
  // A class comes from physics when it has an engine power; else from the constant
  // accelerations (or the a(v) curve) of its accel_* columns.
  const bool physics_columns = t.has_column("power_typical_kw");
  if (physics_columns)
    t.require_columns({"power_powerful_kw", "driven_axle_share_typical",
                       "driven_axle_share_powerful", "drag_area_m2", "rolling_resistance",
                       "drivetrain_efficiency", "limiter_kmh"});
  vehicle::VehicleTable table;
  table.origin = origin;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    vehicle::VehicleClass c;
    c.code = t.text(r, "code");
    c.name = t.text(r, "name");
    c.test_mass_kg = required(t, r, "test_mass_kg");
    c.width_m = required(t, r, "width_m");
    c.length_m = required(t, r, "length_m");
    c.height_m = t.has_column("height_m") ? t.number(r, "height_m").value_or(0.0) : 0.0;
    if (physics_columns && !t.text(r, "power_typical_kw").empty()) {
      vehicle::VehiclePhysics p;
      p.typical = {required(t, r, "power_typical_kw"), required(t, r, "driven_axle_share_typical")};
      p.powerful = {required(t, r, "power_powerful_kw"),
                    required(t, r, "driven_axle_share_powerful")};
      p.drag_area_m2 = required(t, r, "drag_area_m2");
      p.rolling_resistance = required(t, r, "rolling_resistance");
      p.drivetrain_efficiency = required(t, r, "drivetrain_efficiency");
      p.limiter_kmh = t.number(r, "limiter_kmh").value_or(0.0);
      c.physics = p;
    } else {
      // A class without an engine power needs the constant-acceleration columns.
      t.require_columns({"accel_min_mps2", "accel_max_mps2", "vmax_kmh"});
      c.accel_min_mps2 = required(t, r, "accel_min_mps2");
      c.accel_max_mps2 = required(t, r, "accel_max_mps2");
      c.vmax_kmh = required(t, r, "vmax_kmh");
    }
    const double rank = required(t, r, "rank");
    if (!(rank >= 0.0 && rank <= 1000.0 && rank == std::floor(rank)))
      throw Error(origin, where(t, r), "rank",
                  "expected a whole number in [0, 1000], got " + t.text(r, "rank"));
    c.rank = static_cast<int>(rank);
    c.accel_curve = parse_curve(t, r);
    std::stringstream fields(t.text(r, "placeholder_fields"));
    for (std::string f; fields >> f;) c.placeholder_fields.push_back(f);
    c.source = t.text(r, "source");
    if (c.source.empty())
      throw Error(origin, where(t, r), "source", "every class needs the source of its numbers");
    try {
      if (c.physics) {
        c.validate_physics();
        vehicle::fill_from_physics(c);
      }
      c.validate();
    } catch (const Error& e) {
      throw Error(origin, where(t, r), e.problems()[0].field, e.problems()[0].message);
    }
    table.classes.push_back(std::move(c));
  }
  table.validate();
  return table;
}

vehicle::VehicleTable load_vehicle_table(const std::string& path) {
  return parse_vehicle_table(builtin_or_file("vehicles/classes.csv", path),
                             table_origin("vehicles/classes.csv", path));
}

vehicle::RatingVehicleTable parse_rating_vehicles(const std::string& text,
                                                  const std::string& origin) {
  const CsvTable t = CsvTable::parse(text, origin);
  t.require_columns({"standard", "code", "test_mass_kg", "counts_as", "source"});
  vehicle::RatingVehicleTable table;
  table.origin = origin;
  for (std::size_t r = 0; r < t.rows(); ++r)
    table.rows.push_back({t.text(r, "standard"), t.text(r, "code"), required(t, r, "test_mass_kg"),
                          t.text(r, "counts_as"), t.text(r, "source")});
  return table;
}

vehicle::RatingVehicleTable load_rating_vehicles(const std::string& path) {
  return parse_rating_vehicles(builtin_or_file("vehicles/rating_vehicles.csv", path),
                               table_origin("vehicles/rating_vehicles.csv", path));
}

vehicle::BarrierCatalogue parse_barrier_catalogue(const std::string& text,
                                                  const std::string& origin) {
  using vehicle::RatingStatus;
  const CsvTable t = CsvTable::parse(text, origin);
  t.require_columns({"id", "manufacturer", "product", "rating", "rating_status", "source"});
  vehicle::BarrierCatalogue cat;
  cat.origin = origin;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    vehicle::CatalogueEntry e;
    e.id = t.text(r, "id");
    e.manufacturer = t.text(r, "manufacturer");
    e.product = t.text(r, "product");
    e.type = t.text(r, "type");
    e.standard = t.text(r, "standard");
    e.rating_as_published = t.text(r, "rating_as_published");
    e.status_text = t.text(r, "rating_status");
    e.source = t.text(r, "source");
    e.note = t.text(r, "note");
    if (e.id.empty()) throw Error(origin, where(t, r), "id", "every product needs an id");
    for (const vehicle::CatalogueEntry& other : cat.entries)
      if (other.id == e.id) throw Error(origin, where(t, r), "id", "'" + e.id + "' appears twice");
    if (e.status_text == "printed")
      e.status = RatingStatus::Printed;
    else if (e.status_text == "derived from published test figures")
      e.status = RatingStatus::Derived;
    else if (e.status_text == "unrated")
      e.status = RatingStatus::Unrated;
    else
      e.status = RatingStatus::NotStated;
    const std::string& rating = t.text(r, "rating");
    const bool rated_status =
        e.status == RatingStatus::Printed || e.status == RatingStatus::Derived;
    if (!rating.empty()) {
      if (!rated_status)
        throw Error(origin, where(t, r), "rating",
                    "a rating needs rating_status 'printed' or 'derived from published test "
                    "figures', not '" +
                        e.status_text + "'");
      e.rating = vehicle::parse_rating(rating, origin, where(t, r));
    } else if (rated_status) {
      throw Error(origin, where(t, r), "rating",
                  "rating_status '" + e.status_text + "' but no rating string");
    }
    cat.entries.push_back(std::move(e));
  }
  return cat;
}

vehicle::BarrierCatalogue load_barrier_catalogue(const std::string& path) {
  return parse_barrier_catalogue(builtin_or_file("barriers/catalogue.csv", path),
                                 table_origin("barriers/catalogue.csv", path));
}

vehicle::RammingParams ramming_params(const Profile& profile) {
  vehicle::RammingParams p;
  p.rules.max_clear_gap_m = profile.number("ramming", "max_clear_gap_m", 0.3, 3.0);
  p.rules.speed_margin_kmh = profile.number("ramming", "speed_margin_kmh", 0.0, 50.0);
  p.rules.angle_tolerance_deg = profile.number("ramming", "angle_tolerance_deg", 0.0, 45.0);
  p.friction_normal = profile.number("ramming", "friction_normal", 0.1, 1.5);
  p.friction_conservative =
      profile.number("ramming", "friction_conservative", p.friction_normal, 1.5);
  p.barrier_snap_m = profile.number("ramming", "barrier_snap_m", 0.0, 10.0);
  p.crowd_density_ppm2 = profile.number("ramming", "crowd_density_ppm2", 0.0, 9.0);
  p.exposure_side_margin_m = profile.number("ramming", "exposure_side_margin_m", 0.0, 5.0);
  return p;
}

std::vector<std::string> ramming_profile_sources(const Profile& profile) {
  std::vector<std::string> out;
  for (const ProfileEntry& e : profile.entries())
    if (e.key.starts_with("ramming."))
      out.push_back(e.key + " = " + e.value.dump() + " (" + e.source + ")");
  return out;
}

}  // namespace agora::gis
