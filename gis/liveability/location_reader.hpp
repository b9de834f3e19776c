#pragma once
// Reading a location's conditions (data/locations/*.location.json) and its event calendar
// (*.calendar.json); the format is in docs/liveability.md. Errors name the file, the field and
// what was expected (agora::Error, exit 2 at the command line).

#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/liveability/location.hpp"

namespace agora::gis {

struct LoadedLocation {
  liveability::LocationConditions conditions;
  std::vector<liveability::CalendarEvent> calendar;  // the other events of the year
  std::string calendar_file;                         // empty: none named
};

// `city`: for the polygon (projected into its CRS) or the square named osm_name.
LoadedLocation read_location(const std::string& path, const city::CityModel& city);

}  // namespace agora::gis
