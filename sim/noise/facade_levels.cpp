#include "sim/noise/facade_levels.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

#include "sim/noise/ground.hpp"

namespace agora::noise {

namespace bgi = boost::geometry::index;

void NoiseParams::validate() const {
  propagation.validate();
  octave.validate();
  require_in_range("noise.default_ground_factor", default_ground_factor, 0.0, 1.0);
  require_in_range("noise.facade_reflection_db", facade_reflection_db, 0.0, 6.0, "dB");
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
                                       const std::vector<Vec2>& sources,
                                       const NoiseParams& params) {
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

std::int64_t building_containing(const city::CityModel& city, Vec2 p) {
  for (const city::FeatureRef& ref : city.query(Box(p, p))) {
    if (ref.kind != city::FeatureKind::Building) continue;
    const city::Building& b = city.buildings[ref.index];
    if (b.obstacle && b.height_m > 0.0 && bg::within(p, b.footprint)) return ref.index;
  }
  return -1;
}

Vec2 nearest_facade_point(const city::Building& building, Vec2 p, double offset_m) {
  const auto& ring = building.footprint.outer();  // counter-clockwise: outward normal on the right
  double best = 1e300;
  Vec2 out = p;
  for (std::size_t i = 1; i < ring.size(); ++i) {
    const Vec2 a = ring[i - 1], b = ring[i];
    const double len = distance(a, b);
    if (len < 1e-9) continue;
    const Vec2 dir = (b - a) / len;
    const double t = std::clamp((p - a).dot(dir), 0.0, len);
    const Vec2 foot = a + dir * t;
    const double d = distance(p, foot);
    if (d < best) {
      best = d;
      out = foot + Vec2{dir.y, -dir.x} * offset_m;
    }
  }
  return out;
}

SoundField::SoundField(const city::CityModel& city, const scenario::Layout& layout,
                       const NoiseParams& params)
    : city_(&city),
      params_(params),
      ground_(std::make_unique<GroundMap>(city.land, params.default_ground_factor)) {
  for (const auto& s : layout.stages)
    if (scenario::is_set(s.sound_power_dba)) {
      stages_.push_back(&s);
      powers_.push_back(band_powers(s.sound_power_dba, params.octave.source_spectrum_dba));
    }
}

SoundField::~SoundField() = default;

double SoundField::level_at(Vec2 pos, double height_m, double* screening_db) const {
  std::vector<double> levels;
  double loudest = -1e300;
  for (std::size_t k = 0; k < stages_.size(); ++k) {
    const scenario::Stage& s = *stages_[k];
    const std::vector<Screen> screens = screens_between(*city_, s.source, pos);
    double level = 0.0, screening = 0.0;
    if (params_.model == NoiseModel::kBroadband) {
      const PathLevel p = path_level(s.sound_power_dba, s.source, s.source_height_m, pos, height_m,
                                     screens, params_.propagation);
      level = p.level_dba;
      screening = p.a_bar_db;
    } else {
      const BandPathLevel p =
          band_path_level(powers_[k], s.source, s.source_height_m, pos, height_m, screens,
                          ground_->factors(s.source, pos, s.source_height_m, height_m),
                          params_.propagation, params_.octave);
      level = p.level_dba_total;
      screening = p.screening_db;
    }
    levels.push_back(level);
    if (level > loudest) {
      loudest = level;
      if (screening_db) *screening_db = screening;
    }
  }
  return energetic_sum_db(levels);
}

std::vector<Screen> screens_between(const city::CityModel& city, Vec2 a, Vec2 b) {
  std::vector<Screen> screens;
  const double len = distance(a, b);
  if (len <= 0.0) return screens;
  std::vector<city::IndexEntry> hits;
  city.index().query(bgi::intersects(Segment(a, b)), std::back_inserter(hits));
  for (const auto& [box, ref] : hits) {
    if (ref.kind != city::FeatureKind::Building) continue;
    const city::Building& bld = city.buildings[ref.index];
    if (!bld.obstacle || bld.height_m <= 0.0) continue;
    for (const auto& [t0, t1] : inside_stretches(a, b, bld.footprint))
      screens.push_back({t0 * len, t1 * len, bld.height_m});
  }
  return screens;
}

void count_over_limit(NoiseResult& r) {
  std::set<std::int64_t> loud_dwellings, dwellings;
  r.receivers_over_limit = 0;
  r.max_facade_dba = r.max_dwelling_dba = 0.0;
  for (const Receiver& x : r.receivers) {
    if (x.over_limit()) ++r.receivers_over_limit;
    if (x.building < 0) continue;
    r.max_facade_dba = std::max(r.max_facade_dba, x.level_dba);
    if (!x.residential) continue;
    dwellings.insert(x.building);
    r.max_dwelling_dba = std::max(r.max_dwelling_dba, x.level_dba);
    if (x.over_limit()) loud_dwellings.insert(x.building);
  }
  r.dwellings_considered = static_cast<int>(dwellings.size());
  r.dwellings_over_limit = static_cast<int>(loud_dwellings.size());
}

NoiseResult facade_levels(const city::CityModel& city, const scenario::Layout& layout,
                          const NoiseParams& params) {
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
      if (b.obstacle && bg::distance(s, b.footprint) <= params.search_radius_m)
        near.insert(ref.index);
    }
  }
  r.buildings_considered = static_cast<int>(near.size());
  for (std::uint32_t i : near) {
    auto rs = facade_receivers(city.buildings[i], i, sources, params);
    r.receivers.insert(r.receivers.end(), std::make_move_iterator(rs.begin()),
                       std::make_move_iterator(rs.end()));
  }
  for (const auto& lr : layout.receivers) {
    Receiver x;
    x.pos = lr.pos;
    x.height_m = lr.height_m;
    x.label = lr.info.describe();
    x.limit_dba = scenario::is_set(lr.limit_dba) ? lr.limit_dba : params.facade_limit_dba;
    // A receiver inside a building would be screened by its own walls: it stands at the façade.
    if (const std::int64_t inside = building_containing(city, lr.pos); inside >= 0) {
      x.moved = true;
      x.placed = lr.pos;
      x.placed_in_building = inside;
      x.pos = nearest_facade_point(city.buildings[inside], lr.pos, params.facade_offset_m);
      x.moved_m = distance(x.placed, x.pos);
      ++r.receivers_moved;
    }
    r.receivers.push_back(std::move(x));
  }

  const SoundField field(city, layout, params);
  for (Receiver& x : r.receivers) {
    x.level_dba = field.level_at(x.pos, x.height_m, &x.screening_db);
    if (params.limit_is_facade_level && (x.building >= 0 || x.moved))
      x.reflection_db = params.facade_reflection_db;
    x.level_dba += x.reflection_db;
  }
  count_over_limit(r);

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
