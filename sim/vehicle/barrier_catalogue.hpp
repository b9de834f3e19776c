#pragma once
// The barrier catalogue: real products with their published crash-test results and the
// page each comes from (data/barriers/catalogue.csv, replaceable by a file). It carries the
// cautions of its source: a rating is "printed" (copied from the source), "derived from
// published test figures" (built only where every field was stated), or the product has
// none ("unrated": road-safety and ad-hoc barriers, never counted as protection; "not
// stated": figures incomplete). KarabloK's PAS 68 / ASTM "expected equivalents" are kept in
// the note and never used as ratings.

#include <optional>
#include <string>
#include <vector>

#include "sim/vehicle/rating.hpp"

namespace agora::vehicle {

enum class RatingStatus { Printed, Derived, Unrated, NotStated };

const char* to_string(RatingStatus status);

struct CatalogueEntry {
  std::string id;  // unique key a layout's `product` may name
  std::string manufacturer;
  std::string product;
  std::string type;      // "fixed bollard", "road blocker", "temporary-mobile", ...
  std::string standard;  // as published
  std::string rating_as_published;
  std::optional<BarrierRating> rating;  // parsed from the rating column when it has one
  RatingStatus status = RatingStatus::NotStated;
  std::string status_text;  // the catalogue's own words
  std::string source;       // where the figures are published
  std::string note;
};

struct BarrierCatalogue {
  std::vector<CatalogueEntry> entries;
  std::string origin;

  // By id, else by product name (the first rated entry of that name, then any).
  const CatalogueEntry* find(const std::string& id_or_product) const;
};

}  // namespace agora::vehicle
