#include "sim/barriers/price_list.hpp"

#include <cmath>

#include "sim/core/error.hpp"

namespace agora::barriers {

const char* to_string(Deployment d) {
  switch (d) {
    case Deployment::Fixed:
      return "fixed";
    case Deployment::Removable:
      return "removable";
    case Deployment::Operable:
      return "operable";
    case Deployment::Temporary:
      return "temporary";
  }
  return "fixed";
}

void PriceList::validate() const {
  ProblemList problems;
  for (const PricedProduct& p : products) {
    const std::string where = "product '" + p.catalogue_id + "'";
    if (!(p.unit_width_m > 0.05 && p.unit_width_m <= 50.0))
      problems.add(origin, where, "unit_width_m", "expected 0.05 to 50 m");
    if (!(p.clear_gap_m >= 0.0 && p.clear_gap_m <= 10.0))
      problems.add(origin, where, "clear_gap_m", "expected 0 to 10 m");
    if (!(p.openings_per_unit >= 0.0 && p.openings_per_unit <= 100.0))
      problems.add(origin, where, "openings_per_unit", "expected 0 to 100");
    if (!(p.unit_price_eur > 0.0))
      problems.add(origin, where, "unit_price_eur", "expected a positive price in EUR");
    if (p.price_source.empty())
      problems.add(origin, where, "price_source", "every price needs its source");
  }
  problems.throw_if_any();
}

std::vector<Product> resolve_products(const PriceList& prices,
                                      const vehicle::BarrierCatalogue& catalogue,
                                      const vehicle::RatingVehicleTable& rating_vehicles,
                                      const std::vector<vehicle::VehicleClass>& classes,
                                      const vehicle::AdequacyRules& rules,
                                      std::vector<std::string>* skipped) {
  std::vector<Product> out;
  for (const PricedProduct& p : prices.products) {
    const vehicle::CatalogueEntry* e = nullptr;
    for (const vehicle::CatalogueEntry& c : catalogue.entries)
      if (c.id == p.catalogue_id) e = &c;
    if (!e) {
      if (skipped)
        skipped->push_back(p.catalogue_id + ": not in the barrier catalogue (" + catalogue.origin +
                           ")");
      continue;
    }
    if (!e->rating) {
      if (skipped) skipped->push_back(p.catalogue_id + ": no anti-ram rating in the catalogue");
      continue;
    }
    if (p.clear_gap_m > rules.max_clear_gap_m + 1e-9) {
      if (skipped) skipped->push_back(p.catalogue_id + ": clear gap above the profile's maximum");
      continue;
    }
    Product r;
    r.price = p;
    r.entry = e;
    r.facts.name = e->product;
    r.facts.rating = e->rating;
    r.facts.clear_gap_m = p.clear_gap_m;
    vehicle::resolve_rating_vehicle(r.facts, rating_vehicles, classes);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace agora::barriers
