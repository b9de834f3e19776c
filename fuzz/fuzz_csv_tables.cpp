// Every CSV data table: the first byte picks the table, the rest is its text. Vehicle classes,
// rating test vehicles, the barrier catalogue (gis/vehicle_tables.*), walking speeds and levels
// of service (gis/crowd/agent_tables.*), and the OSM tag rules (gis/osm_tags.*).
#include <filesystem>

#include "fuzz/fuzz_support.hpp"
#include "gis/crowd/agent_tables.hpp"
#include "gis/csv.hpp"
#include "gis/osm_tags.hpp"
#include "gis/vehicle_tables.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text = agora::fuzz::text_of(data + 1, size - 1);
  namespace gis = agora::gis;
  return agora::fuzz::refused_or_loaded([&] {
    switch (data[0] % 9) {
      case 0:
        (void)gis::parse_vehicle_table(text, "classes.csv");
        break;
      case 1:
        (void)gis::parse_rating_vehicles(text, "rating_vehicles.csv");
        break;
      case 2:
        (void)gis::parse_barrier_catalogue(text, "catalogue.csv");
        break;
      case 3:
        (void)gis::read_speed_table(text, "weidmann_speeds.csv");
        break;
      case 4:
        (void)gis::read_los_table(text, "fruin_los.csv", "walkway");
        break;
      case 5: {
        const auto t = gis::CsvTable::parse(text, "any.csv");
        for (std::size_t r = 0; r < t.rows(); ++r)
          for (const std::string& c : t.header()) (void)gis::parse_number(t.text(r, c));
        break;
      }
      default: {
        // The OSM tables are read from a folder overriding the built-in ones.
        static const char* const kNames[] = {"highways.csv", "barriers.csv", "open_areas.csv"};
        const std::string path = agora::fuzz::write_scratch_file(kNames[data[0] % 9 - 6], text);
        const auto rules = gis::TagRules::load(std::filesystem::path(path).parent_path().string());
        std::filesystem::remove(path);
        (void)rules;
      }
    }
  });
}
