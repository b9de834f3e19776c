#pragma once
// Unit prices of catalogue barrier products (data/barriers/prices.csv, replaceable by a
// file): how a product is laid along a line (the width one unit covers, the clear gap it
// leaves), how it is deployed (fixed, removable, operable, temporary) and what one unit
// costs, with where the price comes from. A product without a price is never suggested.

#include <string>
#include <vector>

#include "sim/vehicle/adequacy.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"

namespace agora::barriers {

enum class Deployment { Fixed, Removable, Operable, Temporary };
const char* to_string(Deployment d);

struct PricedProduct {
  std::string catalogue_id;  // into the barrier catalogue
  Deployment deployment = Deployment::Fixed;
  std::string barrier_type;   // the layout's barrier_type for it ("bollard", "road_blocker")
  std::string unit;           // what one unit is ("bollard", "set of three", "blocker")
  double unit_width_m = 1.5;  // along the line per unit (element centres, set or blocker width)
  double clear_gap_m = 0.0;   // between elements; 0: closed (a blocker, a beam)
  double openings_per_unit = 0.0;  // clear gaps per unit: pedestrian width = count × gap
  double unit_price_eur = 0.0;     // supplied and installed
  std::string price_source;
};

struct PriceList {
  std::vector<PricedProduct> products;
  std::string origin;
  void validate() const;  // throws agora::Error naming origin, product and field
};

// A priced product resolved against the catalogue: what it offers a vehicle.
struct Product {
  PricedProduct price;
  const vehicle::CatalogueEntry* entry = nullptr;
  vehicle::BarrierFacts facts;  // rating, the class its test vehicle counts as, clear gap
  bool operable() const { return price.deployment == Deployment::Operable; }
  // Clear width for people per metre of line (0 for a closed product).
  double porosity() const {
    return price.openings_per_unit * price.clear_gap_m / price.unit_width_m;
  }
};

// The priced products that have a rating in the catalogue and a clear gap within the rules'
// maximum; `skipped` receives the others with why.
std::vector<Product> resolve_products(const PriceList& prices,
                                      const vehicle::BarrierCatalogue& catalogue,
                                      const vehicle::RatingVehicleTable& rating_vehicles,
                                      const std::vector<vehicle::VehicleClass>& classes,
                                      const vehicle::AdequacyRules& rules,
                                      std::vector<std::string>* skipped);

}  // namespace agora::barriers
