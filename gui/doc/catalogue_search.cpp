#include "gui/doc/catalogue_search.hpp"

#include <cctype>
#include <cstdio>

namespace agora::gui {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::vector<const vehicle::CatalogueEntry*> search_catalogue(
    const vehicle::BarrierCatalogue& catalogue, const std::string& query,
    const barriers::PriceList* prices) {
  std::vector<std::string> words;
  std::string w;
  for (char c : lower(query) + " ") {
    if (c == ' ') {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  std::vector<const vehicle::CatalogueEntry*> out;
  for (const vehicle::CatalogueEntry& e : catalogue.entries) {
    std::string hay = lower(e.id + " " + e.manufacturer + " " + e.product + " " + e.type + " " +
                            e.standard + " " + catalogue_rating(e) + " " + e.rating_as_published);
    if (prices)
      for (const barriers::PricedProduct& p : prices->products)
        if (p.catalogue_id == e.id) hay += " " + lower(price_text(p));
    bool all = true;
    for (const std::string& word : words) all = all && hay.find(word) != std::string::npos;
    if (all) out.push_back(&e);
  }
  return out;
}

std::string price_text(const barriers::PricedProduct& p) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "%.0f EUR per %s (%.1f m, clear gap %.1f m, %s)", p.unit_price_eur,
                p.unit.c_str(), p.unit_width_m, p.clear_gap_m, barriers::to_string(p.deployment));
  return buf;
}

std::string catalogue_rating(const vehicle::CatalogueEntry& entry) {
  return entry.rating ? entry.rating->text : "";
}

}  // namespace agora::gui
