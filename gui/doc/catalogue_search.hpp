#pragma once
// Finding a barrier product in the catalogue (data/barriers/catalogue.csv, or the scenario's
// own): every word of the query must appear, in any case, in the entry's manufacturer, product,
// type, standard, rating or id; "bollard pas 68", "water", "V/7500".

#include <string>
#include <vector>

#include "sim/vehicle/barrier_catalogue.hpp"

namespace agora::gui {

std::vector<const vehicle::CatalogueEntry*> search_catalogue(const vehicle::BarrierCatalogue& catalogue,
                                                             const std::string& query);

// The rating text a barrier takes from the entry ("" when the product has none).
std::string catalogue_rating(const vehicle::CatalogueEntry& entry);

}  // namespace agora::gui
