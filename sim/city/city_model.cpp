#include "sim/city/city_model.hpp"

#include <iterator>

namespace agora::city {

namespace bgi = boost::geometry::index;

namespace {
template <class G>
Box envelope_of(const G& g) {
  Box b;
  bg::envelope(g, b);
  return b;
}
}  // namespace

void CityModel::build_index() {
  incidence_.assign(nodes.size(), {});
  for (EdgeId e = 0; e < edges.size(); ++e) {
    incidence_[edges[e].from].push_back(e);
    if (edges[e].to != edges[e].from) incidence_[edges[e].to].push_back(e);
  }

  std::vector<IndexEntry> entries;
  entries.reserve(edges.size() + buildings.size() + open_areas.size() + barriers.size() +
                  pois.size());
  auto add = [&](const Box& b, FeatureKind k, std::size_t i) {
    entries.push_back({b, {k, static_cast<std::uint32_t>(i)}});
  };
  for (std::size_t i = 0; i < edges.size(); ++i)
    add(envelope_of(edges[i].line), FeatureKind::Edge, i);
  for (std::size_t i = 0; i < buildings.size(); ++i)
    add(envelope_of(buildings[i].footprint), FeatureKind::Building, i);
  for (std::size_t i = 0; i < open_areas.size(); ++i)
    add(envelope_of(open_areas[i].area), FeatureKind::OpenArea, i);
  for (std::size_t i = 0; i < barriers.size(); ++i)
    add(envelope_of(barriers[i].line), FeatureKind::Barrier, i);
  for (std::size_t i = 0; i < pois.size(); ++i)
    add(Box(pois[i].pos, pois[i].pos), FeatureKind::Poi, i);

  if (entries.empty()) {
    extent_ = Box{};
  } else {
    extent_ = entries.front().first;
    for (const auto& entry : entries) bg::expand(extent_, entry.first);
  }
  index_ = SpatialIndex(entries.begin(), entries.end());  // packing (STR) construction
}

std::vector<FeatureRef> CityModel::query(const Box& box) const {
  std::vector<IndexEntry> hits;
  index_.query(bgi::intersects(box), std::back_inserter(hits));
  std::vector<FeatureRef> refs;
  refs.reserve(hits.size());
  for (const auto& h : hits) refs.push_back(h.second);
  return refs;
}

double CityModel::vehicle_passable_length_m() const {
  double total = 0.0;
  for (const RoadEdge& e : edges)
    if (e.vehicle_passable) total += e.length_m;
  return total;
}

}  // namespace agora::city
