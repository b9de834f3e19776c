// Open areas (squares, pedestrian areas, surface parking) are driven in straight lines, not
// along their mapped centrelines. Each cluster of touching open areas is rasterised (free,
// obstacle, or inside the perimeter), its clearance to obstacles computed exactly, and
// straight sight lines are added between
//   sources: street mouths and other road nodes in the area (portals), and start points
//            just inside the area's convex corners;
//   targets: portals, road crossings in the area, and crossing points sampled along every
//            stretch where the area meets the perimeter (at most one vehicle width apart);
// wherever the line stays on free cells with at least half the narrowest vehicle's width of
// clearance. A line's clearance decides which classes fit along it.

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <optional>
#include <unordered_map>

#include "sim/field/distance_transform.hpp"
#include "sim/field/rasterize.hpp"
#include "sim/vehicle/graph_draft.hpp"

namespace agora::vehicle::detail {

namespace {

constexpr std::uint8_t kObstacle = 0;
constexpr std::uint8_t kFree = 1;
constexpr std::uint8_t kInside = 2;  // inside the perimeter: not an obstacle, but not driven
constexpr std::uint8_t kRoad = 3;    // a street's carriageway: not an obstacle, driven by the road graph
constexpr double kMouthProbe_m = 0.75;   // a mouth is free space this far outside the perimeter line
constexpr double kMouthTolerance_m = 1.0;
constexpr std::size_t kMaxCells = 6'000'000;  // coarser cells beyond this (a huge car park)

struct SightNode {
  std::uint32_t node;
  int component;
  bool portal;       // a road node: sight lines start and end here
  bool target_only;  // a crossing point
  double tolerance_m;
  Vec2 outward;      // crossings: outward normal of the perimeter
};

class Cluster {
 public:
  Cluster(GraphDraft& d, const std::vector<std::uint32_t>& areas, const MultiPolygon& perimeter,
          const std::function<bool(Vec2)>& in_region, double min_width, const RammingParams& params)
      : d_(d), areas_(areas), perimeter_(perimeter), in_region_(in_region), min_width_(min_width), params_(params) {}

  void build() {
    rasterise();
    label_components();
    add_portals();
    add_corners();
    add_mouths();
    add_sight_lines();
  }

 private:
  const city::OpenArea& area(std::uint32_t i) const { return d_.city.open_areas[i]; }

  void rasterise() {
    Box box;
    bg::envelope(area(areas_[0]).area, box);
    for (std::uint32_t a : areas_) {
      Box b;
      bg::envelope(area(a).area, b);
      bg::expand(box, b);
    }
    const double margin = std::max(params_.endpoint_tolerance_m, 5.0);
    box = Box{{box.min_corner().x - margin, box.min_corner().y - margin},
              {box.max_corner().x + margin, box.max_corner().y + margin}};
    box_ = box;
    double cell = params_.open_area_cell_m;
    const double w = box.max_corner().x - box.min_corner().x, h = box.max_corner().y - box.min_corner().y;
    while ((w / cell) * (h / cell) > static_cast<double>(kMaxCells)) cell *= 1.5;
    state_ = Mask::covering(box, cell, 0, kObstacle);
    // Streets are open space too: a street mouth is no wall, whatever the area's outline says.
    Mask roads = Mask::covering(box, cell, 0, 0);
    const std::vector<city::FeatureRef> features = d_.city.query(box);
    for (const city::FeatureRef& ref : features)
      if (ref.kind == city::FeatureKind::Edge && d_.city.edges[ref.index].vehicle_passable)
        burn_polyline(roads, d_.city.edges[ref.index].line, d_.city.edges[ref.index].width_m / 2.0, std::uint8_t{1});
    state_.values() = roads.values() * kRoad;
    for (std::uint32_t a : areas_) fill_polygon(state_, area(a).area, kFree);
    for (const city::FeatureRef& ref : features) {
      if (ref.kind == city::FeatureKind::Building) {
        const city::Building& b = d_.city.buildings[ref.index];
        if (b.obstacle) fill_polygon(state_, b.footprint, kObstacle);
      } else if (ref.kind == city::FeatureKind::Barrier) {
        const city::MapBarrier& b = d_.city.barriers[ref.index];
        if (b.stops_vehicles) burn_polyline(state_, b.line, params_.bollard_radius_m, kObstacle);
      }
    }
    Mask inside = Mask::covering(box, cell, 0, 0);
    fill_polygon(inside, perimeter_, std::uint8_t{1});
    for (int iy = 0; iy < state_.ny(); ++iy)
      for (int ix = 0; ix < state_.nx(); ++ix)
        if (state_(ix, iy) == kFree && inside(ix, iy)) state_(ix, iy) = kInside;
    clear_ = distance_to_value(state_, kObstacle);
    // Distance between cell centres; the obstacle's edge lies half a cell nearer.
    clear_.values() = (clear_.values() - static_cast<float>(cell / 2)).max(0.0f);
  }

  void label_components() {
    comp_ = Grid<int>(state_.origin(), state_.cell_m(), state_.nx(), state_.ny(), -1);
    std::vector<Cell> stack;
    int next = 0;
    for (int iy = 0; iy < state_.ny(); ++iy)
      for (int ix = 0; ix < state_.nx(); ++ix) {
        if (state_(ix, iy) != kFree || comp_(ix, iy) >= 0) continue;
        stack.push_back({ix, iy});
        comp_(ix, iy) = next;
        while (!stack.empty()) {
          const Cell c = stack.back();
          stack.pop_back();
          for (const Cell n : {Cell{c.ix + 1, c.iy}, Cell{c.ix - 1, c.iy}, Cell{c.ix, c.iy + 1}, Cell{c.ix, c.iy - 1}}) {
            if (!state_.contains(n) || state_[n] != kFree || comp_[n] >= 0) continue;
            comp_[n] = next;
            stack.push_back(n);
          }
        }
        ++next;
      }
  }

  // The free cell nearest p within reach_m, if any.
  std::optional<Cell> free_cell_near(Vec2 p, double reach_m) const {
    const auto at = state_.cell_at(p);
    if (at && state_[*at] == kFree) return at;
    const int r = static_cast<int>(std::ceil(reach_m / state_.cell_m()));
    const double h = state_.cell_m();
    const int cx = static_cast<int>(std::floor((p.x - state_.origin().x) / h));
    const int cy = static_cast<int>(std::floor((p.y - state_.origin().y) / h));
    std::optional<Cell> best;
    double best_d = reach_m * reach_m;
    for (int iy = cy - r; iy <= cy + r; ++iy)
      for (int ix = cx - r; ix <= cx + r; ++ix) {
        const Cell c{ix, iy};
        if (!state_.contains(c) || state_[c] != kFree) continue;
        const double dd = (state_.center(c) - p).squared_norm();
        if (dd <= best_d) {
          best_d = dd;
          best = c;
        }
      }
    return best;
  }

  double open_width(Cell c) const {
    return std::min(2.0 * static_cast<double>(clear_[c]), params_.open_width_cap_m);
  }

  void add_portals() {
    const std::size_t existing = d_.g.nodes.size();
    for (std::uint32_t n = 0; n < existing; ++n) {
      GraphNode& node = d_.g.nodes[n];
      if (node.kind != NodeKind::Road && node.kind != NodeKind::Crossing) continue;
      if (node.blocks || !bg::within(node.pos, box_)) continue;
      const auto c = free_cell_near(node.pos, params_.endpoint_tolerance_m);
      if (!c) continue;
      SightNode s;
      s.node = n;
      s.component = comp_[*c];
      s.portal = node.kind == NodeKind::Road;
      s.target_only = node.kind == NodeKind::Crossing;
      s.tolerance_m = params_.endpoint_tolerance_m;
      if (s.target_only) {
        const Vec2 t = d_.g.crossings[node.crossing].tangent;
        s.outward = Vec2{t.y, -t.x};
        road_crossings_.push_back(node.pos);
      } else {
        node.open_width_m = std::max(node.open_width_m, open_width(*c));
      }
      nodes_.push_back(s);
    }
  }

  void add_corner(Vec2 v, Vec2 d_in, Vec2 d_out) {
    // Interior on the left of the ring (outer rings CCW, holes CW): a left turn is a convex
    // corner of the free space, a natural place to start a straight run across it.
    const double turn = std::atan2(d_in.cross(d_out), d_in.dot(d_out));
    if (turn < params_.min_deflection_deg * std::numbers::pi / 180.0) return;
    const double interior = std::numbers::pi - turn;
    const Vec2 bisector = (d_in.perpendicular() + d_out.perpendicular()).normalized();
    const double offset = std::min(params_.corner_clearance_m / std::sin(interior / 2.0), 4.0 * params_.corner_clearance_m);
    const Vec2 q = v + bisector * offset;
    const auto c = state_.cell_at(q);
    if (!c || state_[*c] != kFree || static_cast<double>(clear_[*c]) < 0.8 * params_.corner_clearance_m || !in_region_(q)) return;
    const auto key = std::make_pair(std::lround(q.x), std::lround(q.y));
    if (!corner_keys_.emplace(key, 0).second) return;  // one start point per square metre
    const std::uint32_t n = d_.add_node(q, NodeKind::OpenCorner);
    d_.g.nodes[n].open_width_m = open_width(*c);
    nodes_.push_back({n, comp_[*c], false, false, 0.0, {}});
  }

  template <class RingT>
  void add_ring_corners(const RingT& ring) {
    RingT simple;
    bg::simplify(ring, simple, params_.outline_simplify_m);
    const std::size_t n = simple.size();
    if (n < 4) return;  // closed ring: first == last
    for (std::size_t i = 0; i + 1 < n; ++i) {
      const Vec2 v = simple[i];
      const Vec2 u = simple[i == 0 ? n - 2 : i - 1];
      const Vec2 w = simple[i + 1];
      const Vec2 d_in = (v - u).normalized(), d_out = (w - v).normalized();
      if (d_in.squared_norm() == 0.0 || d_out.squared_norm() == 0.0) continue;
      add_corner(v, d_in, d_out);
    }
  }

  void add_corners() {
    for (std::uint32_t a : areas_) {
      const Polygon& p = area(a).area;
      add_ring_corners(p.outer());
      for (const auto& inner : p.inners()) add_ring_corners(inner);
    }
  }

  std::string label_at(Vec2 q) const {
    for (std::uint32_t a : areas_)
      if (bg::within(q, area(a).area)) return area(a).name.empty() ? area(a).kind : area(a).name;
    return "open area";
  }

  struct Probe {
    Vec2 p;
    Vec2 tangent;
    int component;
    Vec2 q;
  };

  void place_mouth(const std::vector<Probe>& stretch, double step) {
    if (stretch.empty()) return;
    const double len = static_cast<double>(stretch.size()) * step;
    const std::size_t count = static_cast<std::size_t>(std::max(1.0, std::ceil(len / min_width_)));
    const std::uint32_t mouth = d_.next_mouth++;
    for (std::size_t k = 0; k < count; ++k) {
      const double s = (static_cast<double>(k) + 0.5) * len / static_cast<double>(count);
      const Probe& pr = stretch[std::min(stretch.size() - 1, static_cast<std::size_t>(s / step))];
      bool near_road = false;
      for (const Vec2& r : road_crossings_) near_road = near_road || distance(r, pr.p) < min_width_ / 2.0;
      if (near_road) continue;
      const std::uint32_t n = d_.add_crossing(pr.p, pr.tangent, true, label_at(pr.q), mouth);
      nodes_.push_back({n, pr.component, false, true, kMouthTolerance_m, Vec2{pr.tangent.y, -pr.tangent.x}});
    }
  }

  template <class RingT>
  void add_ring_mouths(const RingT& ring) {
    const double step = state_.cell_m() / 2.0;
    std::vector<Probe> stretch;
    for (std::size_t i = 1; i < ring.size(); ++i) {
      const Vec2 a = ring[i - 1], b = ring[i];
      const double len = distance(a, b);
      if (len <= 0.0) continue;
      const Vec2 t = (b - a) / len;
      const Vec2 out{t.y, -t.x};
      for (double s = 0.0; s < len; s += step) {
        const Vec2 p = a + t * s;
        const Vec2 q = p + out * kMouthProbe_m;
        const auto c = state_.cell_at(q);
        const bool open = c && state_[*c] == kFree && static_cast<double>(clear_[*c]) >= min_width_ / 2.0 && in_region_(q);
        if (open && (stretch.empty() || stretch.back().component == comp_[*c])) {
          stretch.push_back({p, t, comp_[*c], q});
          continue;
        }
        place_mouth(stretch, step);
        stretch.clear();
        if (open) stretch.push_back({p, t, comp_[*c], q});
      }
    }
    place_mouth(stretch, step);
  }

  void add_mouths() {
    for (const Polygon& poly : perimeter_) {
      Box pb;
      bg::envelope(poly, pb);
      if (!bg::intersects(pb, box_)) continue;
      add_ring_mouths(poly.outer());
      for (const auto& inner : poly.inners()) add_ring_mouths(inner);
    }
  }

  // Least clearance along a→b over free cells, or a negative value when the line leaves the
  // free space (or has less clearance than `need`). Within tol of an end nothing is checked.
  double walk(Vec2 a, Vec2 b, double tol_a, double tol_b, double need) const {
    const double len = distance(a, b);
    const double h = state_.cell_m();
    const int n = std::max(1, static_cast<int>(std::ceil(len / (0.5 * h))));
    const Vec2 o = state_.origin();
    const Vec2 step = (b - a) / n;
    double least = params_.open_width_cap_m;
    for (int k = 0; k <= n; ++k) {
      const double s = len * k / n;
      if (s < tol_a || len - s < tol_b) continue;
      const Vec2 p = a + step * k;
      const int ix = static_cast<int>(std::floor((p.x - o.x) / h));
      const int iy = static_cast<int>(std::floor((p.y - o.y) / h));
      if (ix < 0 || iy < 0 || ix >= state_.nx() || iy >= state_.ny()) return -1.0;
      if (state_(ix, iy) != kFree) return -1.0;
      const double c = static_cast<double>(clear_(ix, iy));
      if (c < need) return -1.0;
      least = std::min(least, c);
    }
    return least;
  }

  void add_sight_lines() {
    const double need = (min_width_ / 2.0);
    std::unordered_map<int, std::vector<std::size_t>> by_component;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
      if (nodes_[i].component >= 0) by_component[nodes_[i].component].push_back(i);
    std::vector<int> components;
    for (const auto& [c, list] : by_component) components.push_back(c);
    std::sort(components.begin(), components.end());  // deterministic edge order
    for (int c : components) {
      const std::vector<std::size_t>& list = by_component[c];
      for (std::size_t i : list) {
        const SightNode& src = nodes_[i];
        if (src.target_only) continue;
        for (std::size_t j : list) {
          if (i == j) continue;
          const SightNode& dst = nodes_[j];
          if (!dst.portal && !dst.target_only) continue;  // corners are start points only
          if (src.portal && dst.portal && j < i) continue;  // portal pairs once, both ways
          const Vec2 a = d_.g.nodes[src.node].pos, b = d_.g.nodes[dst.node].pos;
          const double len = distance(a, b);
          if (len < 1.0) continue;
          if (dst.target_only && (b - a).dot(dst.outward) >= 0.0) continue;  // must head into the area
          const double clear = walk(a, b, src.portal ? src.tolerance_m : 0.0, dst.tolerance_m, need);
          if (clear < 0.0) continue;
          const Vec2 pts[2] = {a, b};
          const std::uint32_t e = d_.add_edge(src.node, dst.node, EdgeKind::Sight, pts,
                                              (std::min(2.0 * clear, params_.open_width_cap_m)));
          d_.g.edges[e].clearance_m = clear;
          d_.g.edges[e].one_way = !(src.portal && dst.portal);
          ++d_.g.sight_edges;
        }
      }
    }
  }

  GraphDraft& d_;
  const std::vector<std::uint32_t>& areas_;
  const MultiPolygon& perimeter_;
  const std::function<bool(Vec2)>& in_region_;
  double min_width_;
  const RammingParams& params_;
  Box box_;
  Mask state_;
  Field clear_;
  Grid<int> comp_;
  std::vector<SightNode> nodes_;
  std::vector<Vec2> road_crossings_;
  std::map<std::pair<long, long>, int> corner_keys_;
};

}  // namespace

void add_open_area_sight(GraphDraft& draft, const MultiPolygon& perimeter, const Box& region,
                         const std::function<bool(Vec2)>& in_region, double min_vehicle_width_m,
                         const RammingParams& params) {
  std::vector<std::uint32_t> areas;
  for (const city::FeatureRef& ref : draft.city.query(region))
    if (ref.kind == city::FeatureKind::OpenArea && draft.city.open_areas[ref.index].vehicle_passable)
      areas.push_back(ref.index);
  std::sort(areas.begin(), areas.end());
  // Clusters of open areas that touch or overlap: one raster each.
  std::vector<std::size_t> parent(areas.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::vector<Box> boxes(areas.size());
  for (std::size_t i = 0; i < areas.size(); ++i) {
    bg::envelope(draft.city.open_areas[areas[i]].area, boxes[i]);
    boxes[i] = Box{{boxes[i].min_corner().x - 1.0, boxes[i].min_corner().y - 1.0},
                   {boxes[i].max_corner().x + 1.0, boxes[i].max_corner().y + 1.0}};
  }
  for (std::size_t i = 0; i < areas.size(); ++i)
    for (std::size_t j = i + 1; j < areas.size(); ++j)
      if (bg::intersects(boxes[i], boxes[j]) &&
          bg::intersects(draft.city.open_areas[areas[i]].area, draft.city.open_areas[areas[j]].area))
        parent[find(i)] = find(j);
  std::map<std::size_t, std::vector<std::uint32_t>> clusters;
  for (std::size_t i = 0; i < areas.size(); ++i) clusters[find(i)].push_back(areas[i]);
  for (const auto& [root, members] : clusters) {
    Cluster cluster(draft, members, perimeter, in_region, min_vehicle_width_m, params);
    cluster.build();
    ++draft.g.open_area_clusters;
  }
}

}  // namespace agora::vehicle::detail
