#pragma once
// Reading the barrier price list (data/barriers/prices.csv, built in and replaceable by a
// file) for the barrier suggestion. Every error names the file, the line and the column.

#include <string>

#include "sim/barriers/price_list.hpp"

namespace agora::gis {

// path empty: the built-in table.
barriers::PriceList load_price_list(const std::string& path = "");
barriers::PriceList parse_price_list(const std::string& text, const std::string& origin);

}  // namespace agora::gis
