// agora import MAP -o city.gpkg: the normalized city model as GeoPackage layers for QGIS.

#include <iostream>

#include "app/output_folder.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "gis/layer_writer.hpp"
#include "gis/map_reader.hpp"
#include "gis/provenance.hpp"
#include "sim/city/city_layers.hpp"

namespace agora::cli {

void register_import(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "import", "Import a map into Agora's city model and write it as a GeoPackage");
  struct Args {
    std::string map, crs, bbox, out, tags;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("MAP", a->map, "Map file (OSM PBF/XML, GeoJSON, GeoPackage, Shapefile)")
      ->required();
  cmd->add_option("--crs", a->crs,
                  "Target CRS, e.g. EPSG:31370 (default: UTM zone of the map's centre)");
  cmd->add_option("--bbox", a->bbox, "Keep features touching minlon,minlat,maxlon,maxlat (WGS84)");
  cmd->add_option("--tags", a->tags,
                  "Folder with replacement OSM tag tables (see data/osm/README.md)");
  cmd->add_option("-o,--output", a->out, "Output GeoPackage")->required();
  cmd->callback([&ctx, a] {
    ctx.exit_code = guarded([&] {
      gis::ImportOptions options;
      options.crs = a->crs;
      options.origin = "command line --crs";
      options.tags_dir = a->tags;
      if (!a->bbox.empty()) options.bbox_lonlat = parse_bbox(a->bbox);
      const city::CityModel m = gis::read_city_model(a->map, options);
      app::OutputFolder::check_not_input(a->out, {a->map});
      gis::write_geopackage(a->out, city::city_layers(m), m.stats.target_crs,
                            gis::provenance_for(m));
      std::cout << "wrote " << a->out << ": " << m.edges.size() << " road edges, " << m.nodes.size()
                << " nodes, " << m.buildings.size() << " buildings, " << m.open_areas.size()
                << " open areas, " << m.barriers.size() << " barriers (" << m.stats.target_crs
                << "; " << m.stats.repaired_geometries << " geometries repaired, "
                << m.stats.dropped_geometries << " dropped)\n";
      return 0;
    });
  });
}

}  // namespace agora::cli
