// agora info MAP: what Agora sees in a map file.

#include <iomanip>
#include <iostream>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "gis/map_reader.hpp"

namespace agora::cli {

void register_info(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "info", "Print what Agora reads from a map file: feature counts, extent, CRS, repairs");
  auto map = std::make_shared<std::string>();
  auto crs = std::make_shared<std::string>();
  cmd->add_option("MAP", *map, "Map file (OSM PBF/XML, GeoJSON, GeoPackage, Shapefile)")
      ->required();
  cmd->add_option("--crs", *crs,
                  "Target CRS, e.g. EPSG:31370 (default: UTM zone of the map's centre)");
  cmd->callback([&ctx, map, crs] {
    ctx.exit_code = guarded([&] {
      gis::ImportOptions options;
      options.crs = *crs;
      options.origin = "command line --crs";
      const city::CityModel m = gis::read_city_model(*map, options);
      const auto& s = m.stats;
      std::size_t passable = 0, walkable = 0, residential = 0, stopping = 0;
      for (const auto& e : m.edges) {
        passable += e.vehicle_passable;
        walkable += e.walkable;
      }
      for (const auto& b : m.buildings) residential += b.residential;
      for (const auto& b : m.barriers) stopping += b.stops_vehicles;
      std::cout << std::fixed << std::setprecision(6);
      std::cout << "map:              " << s.source_file
                << (s.from_osm ? "  (OpenStreetMap; © OpenStreetMap contributors)" : "") << "\n"
                << "source CRS:       " << s.source_crs << "\n"
                << "target CRS:       " << s.target_crs << "\n"
                << "extent (WGS84):   " << s.extent_lonlat.min_corner().x << ", "
                << s.extent_lonlat.min_corner().y << " to " << s.extent_lonlat.max_corner().x
                << ", " << s.extent_lonlat.max_corner().y << "\n"
                << std::setprecision(1) << "features read:    " << s.features_read << " ("
                << s.ignored_features << " of no use to Agora)\n"
                << "road graph:       " << m.nodes.size() << " nodes, " << m.edges.size()
                << " edges (" << passable << " vehicle-passable, " << walkable << " walkable), "
                << m.vehicle_passable_length_m() / 1000.0 << " km vehicle-passable\n"
                << "buildings:        " << m.buildings.size() << " (" << residential
                << " with dwellings)\n"
                << "open areas:       " << m.open_areas.size() << "\n"
                << "map barriers:     " << m.barriers.size() << " (" << stopping
                << " stop vehicles)\n"
                << "points of interest: " << m.pois.size() << "\n"
                << "geometries:       " << s.repaired_geometries << " repaired, "
                << s.dropped_geometries << " dropped\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
