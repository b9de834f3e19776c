#pragma once
// Finding a barrier product in the catalogue (data/barriers/catalogue.csv, or the scenario's
// own): every word of the query must appear, in any case, in the entry's manufacturer, product,
// type, standard, rating or id, or in its price line when the price list has the product
// ("12000", "operable"); "bollard pas 68", "water", "V/7500".

#include <string>
#include <vector>

#include "sim/barriers/price_list.hpp"
#include "sim/vehicle/barrier_catalogue.hpp"

namespace agora::gui {

std::vector<const vehicle::CatalogueEntry*> search_catalogue(
    const vehicle::BarrierCatalogue& catalogue, const std::string& query,
    const barriers::PriceList* prices = nullptr);

// The product's price as the list gives it: "12000 EUR per bollard (1.5 m, clear gap 1.2 m,
// fixed)"; empty when the list does not have it.
std::string price_text(const barriers::PricedProduct& price);

// The rating text a barrier takes from the entry ("" when the product has none).
std::string catalogue_rating(const vehicle::CatalogueEntry& entry);

}  // namespace agora::gui
