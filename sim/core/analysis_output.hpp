#pragma once
// What every analysis hands back, in a neutral form the edges know how to write: figures
// under stable keys (summary.json, batch CSV), feature layers (results.gpkg), rasters
// (GeoTIFF), the modelling assumptions every output must state (as statements: keys and
// numbers; the report's tables hold the words), warnings, and the typed result itself for the
// report and the GUI.

#include <any>
#include <string>
#include <vector>

#include "sim/core/error.hpp"
#include "sim/core/statement.hpp"
#include "sim/core/value.hpp"
#include "sim/field/grid.hpp"

namespace agora::run {

struct RasterLayer {
  std::string name;  // file stem: "distance_to_exit" -> distance_to_exit.tif
  Field grid;
  std::string description;  // band description, with units
  float nodata = -9999.0f;
};

struct AnalysisOutput {
  std::string analysis;              // "ramming", "assess", "crowd"
  Figures figures;                   // keys start with the analysis name
  std::vector<FeatureLayer> layers;  // layer names start with the analysis name
  std::vector<RasterLayer> rasters;
  std::vector<Statement> assumptions;  // modelling assumptions, stated in every output
  std::vector<Problem> warnings;
  // A few lines for people, printed by `agora run` ("worst impact speed: N3 62 km/h at
  // Weinstraße").
  std::vector<Statement> headline;
  std::any detail;       // the analysis's own result type, for report and GUI
  double seconds = 0.0;  // wall time the analysis took (set by the runner)
};

}  // namespace agora::run
