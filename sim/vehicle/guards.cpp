#include "sim/vehicle/guards.hpp"

#include <array>
#include <cctype>

#include "sim/core/error.hpp"

namespace agora::vehicle {

bool unrated_type(const std::string& barrier_type) {
  std::string t;
  for (char c : barrier_type)
    t +=
        c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::array<const char*, 12> kUnrated{
      "water_filled",   "waterfilled",     "jersey",           "jersey_barrier",
      "concrete_block", "concrete_blocks", "concrete_barrier", "planter",
      "container",      "parked_vehicle",  "parked_vehicles",  "road_safety"};
  for (const char* u : kUnrated)
    if (t == u) return true;
  return false;
}

namespace {

Polyline usable_line(const Polyline& line) {
  if (line.size() >= 2) return line;
  Polyline out = line;
  if (!out.empty()) out.push_back(out.front() + Vec2{0.01, 0.0});  // a single element: a 1 cm line
  return out;
}

std::string name_of(const scenario::FeatureInfo& info, const char* kind) {
  if (!info.name.empty()) return info.name;
  if (!info.id.empty()) return info.id;
  return std::string(kind) + " " + std::to_string(info.index);
}

void resolve_rating(Guard& g, const scenario::FeatureInfo& info, const std::string& rating,
                    const std::string& product, const std::string& barrier_type,
                    const BarrierCatalogue& catalogue, std::vector<Problem>& warnings) {
  if (unrated_type(barrier_type)) {
    g.facts.unrated_reason =
        barrier_type + ": no anti-ram rating (road-safety or ad-hoc barrier, sources.md: Vehicles)";
    if (!declares_unrated(rating))
      warnings.push_back({info.file, info.describe(), "rating",
                          "a " + barrier_type + " barrier has no anti-ram rating; its rating '" +
                              rating + "' is ignored and it is judged unrated"});
    return;
  }
  if (!declares_unrated(rating)) {
    g.facts.rating = parse_rating(rating, info.file, info.describe());
    g.rating_origin = "layout";
    return;
  }
  if (!product.empty()) {
    g.product = product;
    const CatalogueEntry* e = catalogue.find(product);
    if (!e) {
      warnings.push_back({info.file, info.describe(), "product",
                          "product '" + product + "' is not in the barrier catalogue (" +
                              catalogue.origin + "): judged unrated"});
      g.facts.unrated_reason = "product '" + product + "' not in the catalogue";
      return;
    }
    if (e->rating) {
      g.facts.rating = e->rating;
      g.rating_origin = std::string("catalogue ") + e->id + ": " + to_string(e->status);
      return;
    }
    g.facts.unrated_reason = e->product + ": " +
                             (e->status == RatingStatus::Unrated
                                  ? "unrated against hostile vehicles (catalogue)"
                                  : "no usable rating in the catalogue (" + e->status_text + ")");
    return;
  }
  g.facts.unrated_reason = "no rating given";
}

}  // namespace

std::vector<Guard> resolve_guards(const scenario::Layout& layout, const BarrierCatalogue& catalogue,
                                  const RatingVehicleTable& rating_vehicles,
                                  const std::vector<VehicleClass>& table,
                                  std::vector<Problem>& warnings) {
  std::vector<Guard> out;
  ProblemList problems;
  auto guarded = [&](auto&& body) {
    try {
      body();
    } catch (const Error& e) {
      for (const Problem& p : e.problems()) problems.add(p);
    }
  };
  for (std::size_t i = 0; i < layout.barriers.size(); ++i) {
    const scenario::PlannedBarrier& b = layout.barriers[i];
    Guard g;
    g.kind = Guard::Kind::Barrier;
    g.layout_index = i;
    g.line = usable_line(b.line);
    g.facts.name = name_of(b.info, "barrier");
    g.facts.clear_gap_m = b.clear_gap_m;
    guarded([&] {
      resolve_rating(g, b.info, b.rating, b.product, b.barrier_type, catalogue, warnings);
    });
    resolve_rating_vehicle(g.facts, rating_vehicles, table);
    out.push_back(std::move(g));
  }
  for (std::size_t i = 0; i < layout.emergency_gates.size(); ++i) {
    const scenario::EmergencyGate& eg = layout.emergency_gates[i];
    Guard g;
    g.kind = Guard::Kind::Gate;
    g.layout_index = i;
    g.line = usable_line(eg.line);
    g.facts.name = name_of(eg.info, "emergency gate");
    guarded([&] { resolve_rating(g, eg.info, eg.rating, eg.product, "", catalogue, warnings); });
    if (!g.facts.rating && g.facts.unrated_reason == "no rating given")
      g.facts.unrated_reason = "emergency gate without a rating: a closed gate is rammed through";
    resolve_rating_vehicle(g.facts, rating_vehicles, table);
    out.push_back(std::move(g));
  }
  problems.throw_if_any();
  return out;
}

}  // namespace agora::vehicle
