#include "sim/barriers/candidates.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "sim/core/error.hpp"

namespace agora::barriers {

void CandidateParams::validate() const {
  if (distances_out_m.empty())
    throw Error("", "barrier suggestion", "distances_out_m", "expected at least one distance");
  for (double d : distances_out_m)
    require_in_range("barriers.distances_out_m", d, 0.0, 1000.0, "m");
  require_in_range("barriers.max_half_width_m", max_half_width_m, 1.0, 200.0, "m");
  require_in_range("barriers.march_step_m", march_step_m, 0.01, 2.0, "m");
  require_in_range("barriers.merge_distance_m", merge_distance_m, 0.0, 50.0, "m");
  require_in_range("barriers.exit_reach_m", exit_reach_m, 0.0, 200.0, "m");
  require_in_range("barriers.gate_reach_m", gate_reach_m, 0.0, 200.0, "m");
}

bool path_meets(const ApproachPath& path, Vec2 a, Vec2 b, Meeting* meeting) {
  double s = 0.0;
  for (std::size_t i = 0; i + 1 < path.line.size(); ++i) {
    const Vec2 p = path.line[i], q = path.line[i + 1];
    const double seg = distance(p, q);
    double t = 0.0, u = 0.0;
    if (seg > 1e-9 && segment_intersection(p, q, a, b, &t, &u)) {
      if (meeting) {
        // v² is linear in distance under constant acceleration (v² = v0² + 2·a·s).
        const double v0 = i < path.speed_kmh.size() ? path.speed_kmh[i] : 0.0;
        const double v1 = i + 1 < path.speed_kmh.size() ? path.speed_kmh[i + 1] : v0;
        meeting->speed_kmh = std::sqrt(std::max(0.0, v0 * v0 + (v1 * v1 - v0 * v0) * t));
        const double sine = std::abs((q - p).normalized().cross((b - a).normalized()));
        meeting->angle_deg = std::asin(std::min(1.0, sine)) * 180.0 / std::numbers::pi;
        meeting->s_m = s + t * seg;
        meeting->pos = p + (q - p) * t;
      }
      return true;
    }
    s += seg;
  }
  return false;
}

namespace {

class LineMaker {
 public:
  LineMaker(const CandidateContext& ctx, const CandidateParams& params)
      : ctx_(ctx), params_(params), perimeter_(ctx.layout.perimeter_area()) {
    for (const scenario::CrowdZone& z : ctx.layout.crowd_zones) zones_.push_back(z.area);
    if (zones_.empty())
      for (const scenario::Perimeter& p : ctx.layout.perimeters) zones_.push_back(p.area);
  }

  // The line across the run-up at centre c, heading dir; false when there is none (it would
  // cut a crowd zone).
  bool make(Vec2 c, Vec2 dir, CandidateLine& out) const {
    const double r = params_.max_half_width_m + 1.0;
    std::vector<const Polygon*> near;
    for (const city::FeatureRef& f : ctx_.city.query(Box({c.x - r, c.y - r}, {c.x + r, c.y + r})))
      if (f.kind == city::FeatureKind::Building && ctx_.city.buildings[f.index].obstacle)
        near.push_back(&ctx_.city.buildings[f.index].footprint);
    auto in_building = [&](Vec2 p) {
      for (const Polygon* poly : near)
        if (bg::covered_by(p, *poly)) return true;
      return false;
    };
    const Vec2 n = dir.perpendicular().normalized();
    Vec2 ends[2];
    int closed = 0;
    if (in_building(c)) {
      // A passage through a building: its width is not mapped; 4.5 m is assumed, the
      // bundled scenario's figure for the Tal passage.
      ends[0] = c - n * 2.25;
      ends[1] = c + n * 2.25;
      closed = 2;
    } else {
      for (int side = 0; side < 2; ++side) {
        const double sign = side == 0 ? -1.0 : 1.0;
        ends[side] = c + n * (sign * params_.max_half_width_m);
        for (double s = params_.march_step_m; s <= params_.max_half_width_m + 1e-9;
             s += params_.march_step_m) {
          const Vec2 q = c + n * (sign * s);
          if (in_building(q)) {
            ends[side] = q;
            ++closed;
            break;
          }
          if (bg::within(q, perimeter_)) {
            ends[side] = c + n * (sign * (s - params_.march_step_m));
            break;
          }
        }
      }
    }
    Polyline line{ends[0], ends[1]};
    for (const Polygon& z : zones_)
      if (bg::intersects(line, z)) return false;
    out.line = line;
    out.centre = c;
    out.closed_ends = closed;
    return true;
  }

  double standoff_m(Vec2 p) const {
    double best = 1e9;
    for (const Polygon& z : zones_) best = std::min(best, static_cast<double>(bg::distance(p, z)));
    return best;
  }

 private:
  const CandidateContext& ctx_;
  const CandidateParams& params_;
  MultiPolygon perimeter_;
  std::vector<Polygon> zones_;
};

std::string round_m(double d) {
  return std::to_string(static_cast<long>(std::lround(d)));
}

bool near_segment(Vec2 p, const Polyline& line, double reach) {
  if (line.size() == 1) return distance(p, line[0]) <= reach;
  for (std::size_t i = 0; i + 1 < line.size(); ++i)
    if (distance_to_segment(p, line[i], line[i + 1]) <= reach) return true;
  return false;
}

Vec2 centre_of(const Polyline& line) {
  Vec2 c;
  for (const Vec2& p : line) c += p;
  return line.empty() ? c : c / static_cast<double>(line.size());
}

int units_for(double length_m, double unit_width_m) {
  return std::max(1, static_cast<int>(std::ceil(length_m / unit_width_m - 1e-6)));
}

PlacedPart part(Vec2 a, Vec2 b, std::size_t product, const std::vector<Product>& products) {
  PlacedPart p;
  p.line = Polyline{a, b};
  p.product = product;
  p.units = units_for(distance(a, b), products[product].price.unit_width_m);
  p.cost_eur = p.units * products[product].price.unit_price_eur;
  return p;
}

void finish(LineOption& o, const std::vector<Product>& products) {
  o.cost_eur = 0.0;
  o.clear_width_m = 0.0;
  for (const PlacedPart& p : o.parts) {
    o.cost_eur += p.cost_eur;
    o.clear_width_m += length(p.line) * products[p.product].porosity();
  }
}

}  // namespace

CandidateSet build_candidates(const CandidateContext& ctx, const CandidateParams& params,
                              const std::vector<CrossingRef>& crossings,
                              const std::vector<ApproachPath>& paths,
                              const std::vector<SpeedFloor>& floors) {
  params.validate();
  CandidateSet out;
  const LineMaker maker(ctx, params);
  // Lines.
  for (const ApproachPath& path : paths) {
    const double total = length(path.line);
    for (double d : params.distances_out_m) {
      if (d > total - 1.0) continue;
      const Vec2 c = point_along(path.line, total - d);
      const Vec2 dir = direction_at(path.line, total - d);
      bool merged = false;
      for (const CandidateLine& l : out.lines) {
        const Vec2 ldir = (l.line[1] - l.line[0]).normalized().perpendicular();
        if (distance(l.centre, c) <= params.merge_distance_m && std::abs(ldir.cross(dir)) < 0.26)
          merged = true;
      }
      if (merged) continue;
      CandidateLine line;
      if (!maker.make(c, dir, line)) continue;
      line.label = crossings[path.crossing].label + ", " + round_m(d) + " m out";
      out.lines.push_back(std::move(line));
    }
  }
  // Which lines each path crosses.
  out.meets.assign(paths.size(), {});
  std::vector<std::vector<Meeting>> meeting(paths.size());
  for (std::size_t p = 0; p < paths.size(); ++p)
    for (std::size_t l = 0; l < out.lines.size(); ++l) {
      Meeting m;
      if (path_meets(paths[p], out.lines[l].line[0], out.lines[l].line[1], &m)) {
        out.meets[p].push_back(l);
        meeting[p].push_back(m);
      }
    }
  // Exits and the fire route behind each line.
  for (const scenario::Exit& e : ctx.layout.exits) {
    if (e.closed) continue;
    std::vector<bool> in_front(out.lines.size(), false);
    for (std::size_t p = 0; p < paths.size(); ++p)
      if (near_segment(crossings[paths[p].crossing].pos, e.line, params.exit_reach_m))
        for (std::size_t l : out.meets[p]) in_front[l] = true;
    for (std::size_t l = 0; l < out.lines.size(); ++l)
      if (in_front[l]) {
        out.lines[l].exit_width_m += e.width_m;
        out.lines[l].exits.push_back(!e.info.name.empty() ? e.info.name : e.info.id);
      }
  }
  for (const scenario::EmergencyGate& g : ctx.layout.emergency_gates) {
    for (std::size_t p = 0; p < paths.size(); ++p) {
      if (!near_segment(crossings[paths[p].crossing].pos, g.line, params.gate_reach_m)) continue;
      for (std::size_t k = 0; k < out.meets[p].size(); ++k) {
        CandidateLine& l = out.lines[out.meets[p][k]];
        if (l.fire_route) continue;
        l.fire_route = true;
        const double len = length(l.line);
        l.fire_t = len > 0 ? distance(l.line[0], meeting[p][k].pos) / len : 0.5;
      }
    }
    // The fire engines' way from their staging point to the gate.
    const Vec2 gate = centre_of(g.line);
    for (const scenario::AccessPoint& ap : ctx.layout.access_points) {
      double t = 0.0, u = 0.0;
      for (CandidateLine& l : out.lines)
        if (segment_intersection(ap.pos, gate, l.line[0], l.line[1], &t, &u)) {
          l.fire_route = true;
          l.fire_t = u;
        }
    }
  }
  // Options.
  std::vector<std::vector<std::size_t>> options_of(out.lines.size());
  for (std::size_t l = 0; l < out.lines.size(); ++l) {
    const CandidateLine& line = out.lines[l];
    const Vec2 a = line.line[0], b = line.line[1];
    const double len = distance(a, b);
    auto add = [&](LineOption o) {
      finish(o, ctx.products);
      if (line.exit_width_m > 0.0 && o.clear_width_m + 1e-6 < line.exit_width_m) return;
      options_of[l].push_back(out.options.size());
      out.options.push_back(std::move(o));
    };
    if (!line.fire_route) {
      for (std::size_t k = 0; k < ctx.products.size(); ++k)
        add(LineOption{l, {part(a, b, k, ctx.products)}, 0.0, 0.0});
      continue;
    }
    for (std::size_t o = 0; o < ctx.products.size(); ++o) {
      if (!ctx.products[o].operable()) continue;
      const double w = ctx.products[o].price.unit_width_m;
      const double op_len = units_for(ctx.fire_clear_width_m, w) * w;
      if (op_len >= len - 0.05) {
        add(LineOption{l, {part(a, b, o, ctx.products)}, 0.0, 0.0});
        continue;
      }
      const double mid = std::clamp(line.fire_t * len, op_len / 2.0, len - op_len / 2.0);
      const Vec2 dir = (b - a) / len;
      const Vec2 p0 = a + dir * (mid - op_len / 2.0), p1 = a + dir * (mid + op_len / 2.0);
      for (std::size_t k = 0; k < ctx.products.size(); ++k) {
        LineOption opt{l, {}, 0.0, 0.0};
        if (distance(a, p0) > 0.05) opt.parts.push_back(part(a, p0, k, ctx.products));
        opt.parts.push_back(part(p0, p1, o, ctx.products));
        if (distance(p1, b) > 0.05) opt.parts.push_back(part(p1, b, k, ctx.products));
        add(std::move(opt));
      }
    }
  }
  // Which options stop which path by rating: every product of the option must hold.
  out.covers.assign(paths.size(), {});
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const vehicle::VehicleClass& vc = ctx.classes[paths[p].vehicle];
    for (std::size_t k = 0; k < out.meets[p].size(); ++k) {
      Meeting m = meeting[p][k];
      const double standoff = maker.standoff_m(m.pos);
      for (const SpeedFloor& f : floors)
        if (f.crossing == paths[p].crossing && f.vehicle == paths[p].vehicle &&
            f.line == out.meets[p][k]) {
          m.speed_kmh = std::max(m.speed_kmh, f.speed_kmh);
          if (std::abs(f.angle_deg - 90.0) > std::abs(m.angle_deg - 90.0))
            m.angle_deg = f.angle_deg;
        }
      for (std::size_t o : options_of[out.meets[p][k]]) {
        bool holds = true;
        for (const PlacedPart& part : out.options[o].parts) {
          const auto limit = vehicle::adequate_up_to_kmh(ctx.products[part.product].facts, vc,
                                                         m.angle_deg, standoff, ctx.rules);
          if (!limit || *limit + 1e-9 < m.speed_kmh) holds = false;
        }
        if (holds) out.covers[p].push_back(o);
      }
    }
  }
  return out;
}

}  // namespace agora::barriers
