#include "sim/vehicle/barrier_catalogue.hpp"

namespace agora::vehicle {

const char* to_string(RatingStatus status) {
  switch (status) {
    case RatingStatus::Printed:
      return "printed";
    case RatingStatus::Derived:
      return "derived from published test figures";
    case RatingStatus::Unrated:
      return "unrated";
    case RatingStatus::NotStated:
      return "not stated";
  }
  return "not stated";
}

const CatalogueEntry* BarrierCatalogue::find(const std::string& id_or_product) const {
  for (const CatalogueEntry& e : entries)
    if (e.id == id_or_product) return &e;
  const CatalogueEntry* any = nullptr;
  for (const CatalogueEntry& e : entries) {
    if (e.product != id_or_product) continue;
    if (e.rating) return &e;
    if (!any) any = &e;
  }
  return any;
}

}  // namespace agora::vehicle
