#include "gis/price_list_reader.hpp"

#include "gis/builtin_data.hpp"
#include "gis/csv.hpp"
#include "sim/core/error.hpp"

namespace agora::gis {

namespace {
std::string where(const CsvTable& t, std::size_t r) {
  return "line " + std::to_string(t.line_of(r));
}

double required(const CsvTable& t, std::size_t r, const char* column) {
  const auto v = t.number(r, column);
  if (!v) throw Error(t.file(), where(t, r), column, "expected a number, found an empty cell");
  return *v;
}
}  // namespace

barriers::PriceList parse_price_list(const std::string& text, const std::string& origin) {
  const CsvTable t = CsvTable::parse(text, origin);
  t.require_columns({"catalogue_id", "deployment", "barrier_type", "unit", "unit_width_m",
                     "clear_gap_m", "openings_per_unit", "unit_price_eur", "price_source"});
  barriers::PriceList list;
  list.origin = origin;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    barriers::PricedProduct p;
    p.catalogue_id = t.text(r, "catalogue_id");
    if (p.catalogue_id.empty())
      throw Error(origin, where(t, r), "catalogue_id", "every price needs a catalogue id");
    const std::string& d = t.text(r, "deployment");
    if (d == "fixed")
      p.deployment = barriers::Deployment::Fixed;
    else if (d == "removable")
      p.deployment = barriers::Deployment::Removable;
    else if (d == "operable")
      p.deployment = barriers::Deployment::Operable;
    else if (d == "temporary")
      p.deployment = barriers::Deployment::Temporary;
    else
      throw Error(origin, where(t, r), "deployment",
                  "expected fixed, removable, operable or temporary, found '" + d + "'");
    p.barrier_type = t.text(r, "barrier_type");
    p.unit = t.text(r, "unit");
    p.unit_width_m = required(t, r, "unit_width_m");
    p.clear_gap_m = required(t, r, "clear_gap_m");
    p.openings_per_unit = required(t, r, "openings_per_unit");
    p.unit_price_eur = required(t, r, "unit_price_eur");
    p.price_source = t.text(r, "price_source");
    list.products.push_back(std::move(p));
  }
  list.validate();
  return list;
}

barriers::PriceList load_price_list(const std::string& path) {
  return parse_price_list(builtin_or_file("barriers/prices.csv", path),
                          table_origin("barriers/prices.csv", path));
}

}  // namespace agora::gis
