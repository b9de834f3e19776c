#pragma once
// Reading the ramming analysis's tables: vehicle classes (data/vehicles/classes.csv), which
// class a standard's test vehicle counts as (data/vehicles/rating_vehicles.csv), the barrier
// catalogue (data/barriers/catalogue.csv), each built in and replaceable by a file; and the
// profile's "ramming" section. Every error names the file, the line and the column.

#include <string>

#include "gis/profile.hpp"
#include "sim/vehicle/adequacy.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"
#include "sim/vehicle/ramming_params.hpp"
#include "sim/vehicle/vehicle_class.hpp"

namespace agora::gis {

// path empty: the built-in table.
vehicle::VehicleTable load_vehicle_table(const std::string& path = "");
vehicle::VehicleTable parse_vehicle_table(const std::string& text, const std::string& origin);

vehicle::RatingVehicleTable load_rating_vehicles(const std::string& path = "");
vehicle::RatingVehicleTable parse_rating_vehicles(const std::string& text,
                                                  const std::string& origin);

vehicle::BarrierCatalogue load_barrier_catalogue(const std::string& path = "");
vehicle::BarrierCatalogue parse_barrier_catalogue(const std::string& text,
                                                  const std::string& origin);

// The policy values of the profile's "ramming" section (each checked against its range).
vehicle::RammingParams ramming_params(const Profile& profile);

// "speed_margin_kmh = 0 (local policy; ...)" for every ramming value, for the assumptions.
std::vector<std::string> ramming_profile_sources(const Profile& profile);

}  // namespace agora::gis
