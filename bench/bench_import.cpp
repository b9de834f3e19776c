// Import of the München extract into the city model: wall time and peak memory, beside the
// time `ogr2ogr -f GPKG out.gpkg munchen_altstadt.osm.pbf lines multipolygons` takes on the
// same machine (issue 2's target: at most 2x ogr2ogr, peak memory under 300 MB).
//
//   build/bench/bench_import [MAP] [RUNS]

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "bench/timing.hpp"
#include "gis/map_reader.hpp"

int main(int argc, char** argv) {
  using namespace agora;
  const std::string map =
      argc > 1 ? argv[1]
               : std::string(AGORA_SOURCE_DIR) +
                     "/scenarios/munchen-christkindlmarkt/map/munchen_altstadt.osm.pbf";
  const int runs = argc > 2 ? std::stoi(argv[2]) : 7;

  std::size_t edges = 0;
  const bench::Timing agora_t = bench::time_it(
      [&] {
        gis::ImportOptions options;
        options.crs = "EPSG:25832";
        edges = gis::read_city_model(map, options).edges.size();
      },
      runs);
  const double peak = bench::peak_rss_mib();

  const std::string out =
      (std::filesystem::temp_directory_path() / "agora-bench-ogr2ogr.gpkg").string();
  std::vector<double> ogr;
  for (int i = 0; i < runs + 1; ++i) {
    std::filesystem::remove(out);
    const double s = bench::time_command("ogr2ogr -q -f GPKG " + out + " " + map +
                                         " lines multipolygons 2>/dev/null");
    if (s < 0) {
      std::cerr << "ogr2ogr failed or is not installed (apt-get install gdal-bin)\n";
      return 1;
    }
    if (i > 0) ogr.push_back(s);  // the first run warms the file cache
  }
  std::filesystem::remove(out);
  const double ogr_median = bench::median(ogr);

  std::printf("import of %s (%zu road edges), %d runs after a warm-up\n", map.c_str(), edges, runs);
  std::printf("  agora read_city_model   median %.3f s  min %.3f s\n", agora_t.median_s,
              agora_t.min_s);
  std::printf("  ogr2ogr lines+multipolygons -> GPKG  median %.3f s\n", ogr_median);
  std::printf("  ratio agora / ogr2ogr   %.2f  (target <= 2.0)\n", agora_t.median_s / ogr_median);
  std::printf("  peak memory (VmHWM)     %.1f MiB  (target < 300 MB)\n", peak);
  return 0;
}
