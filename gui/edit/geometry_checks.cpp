#include "gui/edit/geometry_checks.hpp"

#include <cmath>
#include <cstdio>
#include <limits>

#include "sim/geometry/geometry.hpp"

namespace agora::gui {

namespace {

std::string fmt(double v, int decimals = 1) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

}  // namespace

std::vector<Problem> geometry_warnings(const scenario::Layout& layout, const city::CityModel& city,
                                       const GeometryCheckParams& p) {
  std::vector<Problem> out;
  // Exits: on the perimeter line, and as wide as drawn.
  for (const scenario::Exit& e : layout.exits) {
    if (e.line.size() < 2) continue;
    const double drawn = length(e.line);
    if (!layout.perimeters.empty()) {
      const Vec2 mid = point_along(e.line, 0.5 * drawn);
      double off = std::numeric_limits<double>::infinity();
      for (const scenario::Perimeter& per : layout.perimeters) {
        const auto& ring = per.area.outer();
        for (std::size_t i = 0; i + 1 < ring.size(); ++i)
          off = std::min(off, bg::distance(mid, bg::model::segment<Vec2>(ring[i], ring[i + 1])));
      }
      if (std::isfinite(off) && off > p.exit_off_perimeter_m)
        out.push_back({e.info.file, e.info.describe(), "geometry",
                       "the exit's middle is " + fmt(off) +
                           " m from the perimeter line (an exit belongs on it; at most " +
                           fmt(p.exit_off_perimeter_m) + " m expected)"});
    }
    const double diff = std::abs(e.width_m - drawn);
    if (e.width_m > 0 && diff > p.exit_width_min_diff_m && diff > p.exit_width_tolerance * drawn)
      out.push_back({e.info.file, e.info.describe(), "width_m",
                     "width_m is " + fmt(e.width_m) +
                         " m but the line drawn across the opening is " + fmt(drawn) + " m long"});
  }
  // Crowd zones over buildings.
  for (const scenario::CrowdZone& z : layout.crowd_zones) {
    if (z.area.outer().size() < 4) continue;
    const Box zb = bg::return_envelope<Box>(z.area);
    double covered = 0.0;
    std::string first;
    for (const city::Building& b : city.buildings) {
      if (!b.obstacle || !bg::intersects(zb, bg::return_envelope<Box>(b.footprint))) continue;
      MultiPolygon common;
      bg::intersection(z.area, b.footprint, common);
      const double a = bg::area(common);
      if (a <= 0.0) continue;
      if (first.empty() && a > p.building_overlap_m2) first = !b.name.empty() ? b.name : b.address;
      covered += a;
    }
    if (covered > p.building_overlap_m2)
      out.push_back({z.info.file, z.info.describe(), "geometry",
                     "the crowd zone covers " + fmt(covered, 0) + " m² of buildings" +
                         (first.empty() ? std::string() : " (" + first + ")") +
                         ": people cannot stand there"});
  }
  // Barriers whose elements leave a gap a car passes.
  for (const scenario::PlannedBarrier& b : layout.barriers)
    if (scenario::is_set(b.clear_gap_m) && b.clear_gap_m > p.max_clear_gap_m)
      out.push_back({b.info.file, b.info.describe(), "clear_gap_m",
                     "the clear gap of " + fmt(b.clear_gap_m, 2) + " m is wider than " +
                         fmt(p.max_clear_gap_m) + " m: a car passes between the elements"});
  return out;
}

const barriers::PricedProduct* priced(const barriers::PriceList& prices,
                                      const std::string& catalogue_id) {
  for (const barriers::PricedProduct& p : prices.products)
    if (p.catalogue_id == catalogue_id) return &p;
  return nullptr;
}

std::vector<Problem> product_warnings(const scenario::Layout& layout,
                                      const vehicle::BarrierCatalogue& catalogue,
                                      const barriers::PriceList& prices) {
  std::vector<Problem> out;
  for (const scenario::PlannedBarrier& b : layout.barriers) {
    const vehicle::CatalogueEntry* e = b.product.empty() ? nullptr : catalogue.find(b.product);
    const barriers::PricedProduct* p = e ? priced(prices, e->id) : nullptr;
    if (!p) continue;
    if (scenario::is_set(b.clear_gap_m) && std::abs(b.clear_gap_m - p->clear_gap_m) > 0.05)
      out.push_back({b.info.file, b.info.describe(), "clear_gap_m",
                     "the clear gap of " + fmt(b.clear_gap_m, 2) + " m differs from the " +
                         fmt(p->clear_gap_m, 2) + " m product '" + p->catalogue_id +
                         "' is laid with (" + prices.origin + ")"});
    const double drawn = b.line.size() >= 2 ? length(b.line) : 0.0;
    // Closed units (a blocker, a beam) have one width; bollards stand singly or in any number.
    if (p->clear_gap_m == 0.0 && b.line.size() >= 2 && drawn < 0.9 * p->unit_width_m)
      out.push_back({b.info.file, b.info.describe(), "geometry",
                     "the line is " + fmt(drawn) + " m long, shorter than one " + p->unit +
                         " of product '" + p->catalogue_id + "' (" + fmt(p->unit_width_m) + " m)"});
  }
  return out;
}

}  // namespace agora::gui
