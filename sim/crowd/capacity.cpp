#include "sim/crowd/capacity.hpp"

#include <algorithm>
#include <boost/geometry/index/rtree.hpp>
#include <iterator>
#include <limits>

namespace agora::crowd {

const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::kPass:
      return "pass";
    case Verdict::kWarn:
      return "warn";
    case Verdict::kFail:
      return "fail";
  }
  return "unknown";
}

int ExitRules::exits_required(std::int64_t persons) const {
  if (persons <= 0) return 0;
  for (const HeadcountStep& step : headcount)
    if (persons <= step.up_to_persons) return step.exits;
  const HeadcountStep last = headcount.empty() ? HeadcountStep{0, 1} : headcount.back();
  const std::int64_t beyond = persons - last.up_to_persons;  // ≥ 1
  return last.exits +
         static_cast<int>((beyond + persons_per_extra_exit - 1) / persons_per_extra_exit);
}

void ExitRules::validate() const {
  require_in_range("exits.width_per_person_m", width_per_person_m, 0.0, 0.1, "m");
  require_in_range("exits.min_total_width_m", min_total_width_m, 0.0, 100.0, "m");
  require_in_range("exits.persons_per_extra_exit", static_cast<double>(persons_per_extra_exit), 1.0,
                   1e7);
  for (std::size_t i = 0; i < headcount.size(); ++i) {
    require_in_range("exits.headcount.exits", headcount[i].exits, 1, 1000);
    if (i > 0 && (headcount[i].up_to_persons <= headcount[i - 1].up_to_persons ||
                  headcount[i].exits < headcount[i - 1].exits))
      throw Error("", "parameter", "exits.headcount",
                  "rows must rise in persons and never fall in exits");
  }
}

void CapacityParams::validate() const {
  require_in_range("capacity.density_ppm2", density_ppm2, 0.1, 7.1,
                   "persons/m²");  // Fruin: 7.1 critical
  require_in_range("capacity.flow_ppmm", flow_ppmm, 1.0, 200.0, "persons/m/min");
  require_in_range("capacity.escape_time_min", escape_time_min, 0.5, 60.0, "min");
  require_in_range("capacity.min_exit_width_m", min_exit_width_m, 0.0, 20.0, "m");
  require_in_range("capacity.warn_utilisation", warn_utilisation, 0.1, 1.0);
  exit_rules.validate();
}

namespace {

// Area of the union of the footprints that take floor space away, inside the perimeter. Only
// footprints that touch or overlap are merged (in clusters found through an R-tree), so the cost
// stays near linear in the number of stalls rather than quadratic.
double blocked_area(const scenario::Layout& layout, const city::CityModel& city,
                    const MultiPolygon& perimeter) {
  std::vector<const Polygon*> parts;
  for (const auto& s : layout.stalls) parts.push_back(&s.area);
  for (const auto& s : layout.structures) parts.push_back(&s.area);
  for (const auto& s : layout.stages)
    if (!s.footprint.outer().empty()) parts.push_back(&s.footprint);
  Box box;
  bg::envelope(perimeter, box);
  for (const city::FeatureRef& ref : city.query(box))
    if (ref.kind == city::FeatureKind::Building && city.buildings[ref.index].obstacle &&
        bg::intersects(city.buildings[ref.index].footprint, perimeter))
      parts.push_back(&city.buildings[ref.index].footprint);

  namespace bgi = boost::geometry::index;
  using Entry = std::pair<Box, std::size_t>;
  std::vector<Entry> boxes;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    Box b;
    bg::envelope(*parts[i], b);
    boxes.push_back({b, i});
  }
  const bgi::rtree<Entry, bgi::rstar<16>> tree(boxes.begin(), boxes.end());
  std::vector<std::size_t> root(parts.size());
  for (std::size_t i = 0; i < root.size(); ++i) root[i] = i;
  auto find = [&](std::size_t i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  };
  std::vector<Entry> hits;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    hits.clear();
    tree.query(bgi::intersects(boxes[i].first), std::back_inserter(hits));
    for (const Entry& h : hits)
      if (h.second > i && bg::intersects(*parts[i], *parts[h.second]))
        root[find(h.second)] = find(i);
  }
  std::vector<std::vector<std::size_t>> clusters(parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) clusters[find(i)].push_back(i);
  double area = 0.0;
  for (const auto& members : clusters) {
    if (members.empty()) continue;
    MultiPolygon merged;
    for (std::size_t i : members) {
      MultiPolygon next;
      bg::union_(merged, *parts[i], next);
      merged = std::move(next);
    }
    MultiPolygon inside;
    bg::intersection(merged, perimeter, inside);
    area += bg::area(inside);
  }
  return area;
}

}  // namespace

CapacityResult capacity(const scenario::Layout& layout, const city::CityModel& city,
                        std::int64_t attendance, const CapacityParams& params) {
  params.validate();
  CapacityResult r;
  const MultiPolygon perimeter = layout.perimeter_area();
  r.perimeter_area_m2 = bg::area(perimeter);
  r.blocked_area_m2 = blocked_area(layout, city, perimeter);
  r.net_area_m2 = std::max(0.0, r.perimeter_area_m2 - r.blocked_area_m2);
  r.area_capacity = r.net_area_m2 * params.density_ppm2;

  // Exits count only when free to escape through (Fluvia: unlocked, free, opening outward).
  for (std::size_t i = 0; i < layout.exits.size(); ++i) {
    const scenario::Exit& e = layout.exits[i];
    ExitCheck c;
    c.exit_index = i;
    c.width_m = e.width_m;
    if (e.closed)
      c.not_counted_because = "closed";
    else if (!e.unlocked)
      c.not_counted_because = "locked";
    else if (!e.opens_outward)
      c.not_counted_because = "opens inward";
    c.counted = c.not_counted_because.empty();
    c.below_min_width = e.width_m < params.min_exit_width_m;
    if (c.counted) {
      r.exit_width_total_m += e.width_m;
      r.widest_exit_m = std::max(r.widest_exit_m, e.width_m);
      ++r.exit_rules.exits_counted;
    }
    r.exits.push_back(c);
  }
  // The largest exit is discounted: it may be the one blocked by the incident (sources.md:
  // Capacity, egress and fire access).
  r.exit_width_usable_m = r.exit_width_total_m - r.widest_exit_m;
  r.exit_capacity = r.exit_width_usable_m * params.flow_ppmm * params.escape_time_min;
  r.capacity = std::min(r.area_capacity, r.exit_capacity);
  r.limited_by = r.exit_capacity < r.area_capacity ? "exits" : "area";
  r.attendance = attendance;
  const double n = static_cast<double>(attendance);
  r.utilisation =
      r.capacity > 0.0 ? n / r.capacity : (n > 0 ? std::numeric_limits<double>::infinity() : 0.0);
  if (r.utilisation > 1.0)
    r.verdict = Verdict::kFail;
  else if (r.utilisation > params.warn_utilisation)
    r.verdict = Verdict::kWarn;
  else
    r.verdict = Verdict::kPass;

  const ExitRules& rules = params.exit_rules;
  ExitRulesResult& x = r.exit_rules;
  x.applied = rules.apply;
  x.width_total_m = r.exit_width_total_m;
  x.min_total_width_m = rules.min_total_width_m;
  x.exits_required = rules.exits_required(attendance);
  x.width_required_m = rules.width_per_person_m * n;
  if (rules.apply) {
    x.count_ok = x.exits_counted >= x.exits_required;
    x.width_ok = x.width_total_m + 1e-9 >= x.width_required_m;
    x.total_ok = x.width_total_m + 1e-9 >= x.min_total_width_m;
  }
  return r;
}

}  // namespace agora::crowd
