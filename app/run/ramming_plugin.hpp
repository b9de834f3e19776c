#pragma once
// The `ramming` analysis as a plugin: it loads the vehicle table (the scenario's `vehicles`
// file or the built-in one), the barrier catalogue, the test-vehicle mapping and the
// profile's "ramming" section, then runs vehicle::analyse_ramming on the scenario.

#include "app/run/analysis_registry.hpp"
#include "sim/vehicle/ramming.hpp"

namespace agora::run {

AnalysisPlugin ramming_plugin();

// The inputs the plugin builds from a scenario, for callers (benchmark, GUI) that run the
// analysis themselves with the same tables.
struct RammingSetup {
  vehicle::VehicleTable vehicles;
  vehicle::BarrierCatalogue catalogue;
  vehicle::RatingVehicleTable rating_vehicles;
  vehicle::RammingParams params;
  std::vector<Statement> profile_values;  // the profile's ramming values with their sources
  vehicle::RammingInputs inputs(const scenario::Scenario& scenario) const;
};
RammingSetup ramming_setup(const scenario::Scenario& scenario);

}  // namespace agora::run
