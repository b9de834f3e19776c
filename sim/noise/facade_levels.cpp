#include "sim/noise/facade_levels.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

namespace agora::noise {

namespace bgi = boost::geometry::index;

void NoiseParams::validate() const {
  propagation.validate();
  require_in_range("noise.facade_limit_dba", facade_limit_dba, 0.0, 140.0, "dB(A)");
  require_in_range("noise.receiver_spacing_m", receiver_spacing_m, 0.5, 100.0, "m");
  require_in_range("noise.receiver_height_m", receiver_height_m, 0.5, 100.0, "m");
  require_in_range("noise.facade_offset_m", facade_offset_m, 0.01, 5.0, "m");
  require_in_range("noise.search_radius_m", search_radius_m, 1.0, 5000.0, "m");
  require_in_range("noise.audience_distance_m", audience_distance_m, 1.0, 500.0, "m");
  for (std::size_t i = 1; i < audience_categories.size(); ++i)
    if (audience_categories[i].max_dba < audience_categories[i - 1].max_dba)
      throw Error("", "parameter", "noise.audience_categories", "categories must rise in level");
}

std::vector<Receiver> facade_receivers(const city::Building& building, std::int64_t index,
                                       const std::vector<Vec2>& sources, const NoiseParams& params) {
  std::vector<Receiver> out;
  const auto& ring = building.footprint.outer();  // counter-clockwise: outward normal on the right
  // Windows on the first floor, or half-way up a low building.
  const double h = std::min(params.receiver_height_m, std::max(1.5, building.height_m - 1.5));
  std::string label = building.name.empty() ? building.address : building.name;
  for (std::size_t i = 1; i < ring.size(); ++i) {
    const Vec2 a = ring[i - 1], b = ring[i];
    const double len = distance(a, b);
    if (len < 0.5) continue;
    const Vec2 dir = (b - a) / len;
    const Vec2 normal{dir.y, -dir.x};
    const Vec2 mid = (a + b) * 0.5;
    bool faces = false;
    for (const Vec2& s : sources) faces = faces || normal.dot(s - mid) > 0.0;
    if (!faces) continue;
    const int n = std::max(1, static_cast<int>(std::floor(len / params.receiver_spacing_m)));
    for (int k = 0; k < n; ++k) {
      Receiver r;
      r.pos = a + dir * ((k + 0.5) * len / n) + normal * params.facade_offset_m;
      r.height_m = h;
      r.building = index;
      r.residential = building.residential;
      r.label = label;
      r.limit_dba = params.facade_limit_dba;
      out.push_back(std::move(r));
    }
  }
  return out;
}

std::vector<Screen> screens_between(const city::CityModel& city, Vec2 a, Vec2 b) {
  std::vector<Screen> screens;
  const double len = distance(a, b);
  if (len <= 0.0) return screens;
  std::vector<city::IndexEntry> hits;
  city.index().query(bgi::intersects(Segment(a, b)), std::back_inserter(hits));
  std::vector<double> ts;
  for (const auto& [box, ref] : hits) {
    if (ref.kind != city::FeatureKind::Building) continue;
    const city::Building& bld = city.buildings[ref.index];
    if (!bld.obstacle || bld.height_m <= 0.0) continue;
    // Where the path crosses the footprint's rings, then which stretches lie inside.
    ts.assign({0.0, 1.0});
    auto crossings = [&](const Ring& ring) {
      for (std::size_t i = 1; i < ring.size(); ++i) {
        double t = 0.0;
        if (segment_intersection(a, b, ring[i - 1], ring[i], &t, nullptr)) ts.push_back(t);
      }
    };
    crossings(bld.footprint.outer());
    for (const Ring& inner : bld.footprint.inners()) crossings(inner);
    if (ts.size() == 2) continue;  // no crossing: outside (a receiver is never inside a building)
    std::sort(ts.begin(), ts.end());
    for (std::size_t i = 1; i < ts.size(); ++i) {
      if (ts[i] - ts[i - 1] < 1e-9) continue;
      const Vec2 mid = a + (b - a) * (0.5 * (ts[i] + ts[i - 1]));
      if (bg::within(mid, bld.footprint)) screens.push_back({ts[i - 1] * len, ts[i] * len, bld.height_m});
    }
  }
  return screens;
}

NoiseResult facade_levels(const city::CityModel& city, const scenario::Layout& layout, const NoiseParams& params) {
  params.validate();
  NoiseResult r;
  std::vector<const scenario::Stage*> stages;
  for (const auto& s : layout.stages)
    if (scenario::is_set(s.sound_power_dba)) stages.push_back(&s);
  if (stages.empty()) return r;
  std::vector<Vec2> sources;
  for (const auto* s : stages) sources.push_back(s->source);

  // Buildings within the radius of any stage.
  std::set<std::uint32_t> near;
  for (const Vec2& s : sources) {
    const Vec2 d{params.search_radius_m, params.search_radius_m};
    for (const city::FeatureRef& ref : city.query(Box(s - d, s + d))) {
      if (ref.kind != city::FeatureKind::Building) continue;
      const city::Building& b = city.buildings[ref.index];
      if (b.obstacle && bg::distance(s, b.footprint) <= params.search_radius_m) near.insert(ref.index);
    }
  }
  r.buildings_considered = static_cast<int>(near.size());
  for (std::uint32_t i : near) {
    auto rs = facade_receivers(city.buildings[i], i, sources, params);
    r.receivers.insert(r.receivers.end(), std::make_move_iterator(rs.begin()), std::make_move_iterator(rs.end()));
  }
  for (const auto& lr : layout.receivers) {
    Receiver x;
    x.pos = lr.pos;
    x.height_m = lr.height_m;
    x.label = lr.info.describe();
    x.limit_dba = scenario::is_set(lr.limit_dba) ? lr.limit_dba : params.facade_limit_dba;
    r.receivers.push_back(std::move(x));
  }

  std::vector<double> levels;
  std::set<std::int64_t> loud_dwellings, dwellings;
  for (Receiver& x : r.receivers) {
    levels.clear();
    double loudest = -1e300;
    for (const auto* s : stages) {
      const PathLevel p = path_level(s->sound_power_dba, s->source, s->source_height_m, x.pos, x.height_m,
                                     screens_between(city, s->source, x.pos), params.propagation);
      levels.push_back(p.level_dba);
      if (p.level_dba > loudest) {
        loudest = p.level_dba;
        x.screening_db = p.a_bar_db;
      }
    }
    x.level_dba = energetic_sum_db(levels);
    if (x.over_limit()) ++r.receivers_over_limit;
    if (x.building >= 0) {
      r.max_facade_dba = std::max(r.max_facade_dba, x.level_dba);
      if (x.residential) {
        dwellings.insert(x.building);
        r.max_dwelling_dba = std::max(r.max_dwelling_dba, x.level_dba);
        if (x.over_limit()) loud_dwellings.insert(x.building);
      }
    }
  }
  r.dwellings_considered = static_cast<int>(dwellings.size());
  r.dwellings_over_limit = static_cast<int>(loud_dwellings.size());

  // Audience level: free field at the audience distance from the loudest stage.
  for (const auto* s : stages) {
    const double d = params.audience_distance_m;
    const double l = s->sound_power_dba + params.propagation.directivity_db - a_div_db(d) -
                     a_atm_db(d, params.propagation.air_absorption_db_per_km);
    r.audience_dba = std::max(r.audience_dba, l);
  }
  r.audience_category = static_cast<int>(params.audience_categories.size()) + 1;
  for (const AudienceCategory& c : params.audience_categories)
    if (r.audience_dba <= c.max_dba + 1e-9) {
      r.audience_category = c.category;
      break;
    }
  return r;
}

}  // namespace agora::noise
