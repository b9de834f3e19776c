// Open areas (squares, pedestrian areas, surface parking) are driven in straight lines, not
// along their mapped centrelines. Each cluster of touching open areas is rasterised (open
// area, street carriageway, obstacle, inside the perimeter), its clearance computed exactly,
// and straight sight lines are added between
//   sources: street mouths and other road nodes in the area (portals), and start points
//            just inside the area's convex corners;
//   targets: portals, road crossings in the area, and crossing points sampled along every
//            stretch where the area meets the perimeter (at most one vehicle width apart);
// wherever the line stays in open space (the areas, and the streets between them: a street
// mouth is no wall) with at least half the narrowest vehicle's width of clearance to
// buildings, walls, bollards and the perimeter's inside. A line's clearance decides which
// classes fit along it.

#include <algorithm>
#include <boost/geometry/index/rtree.hpp>
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

namespace bgi = boost::geometry::index;

constexpr std::uint8_t kObstacle = 0;
constexpr std::uint8_t kFree = 1;
constexpr std::uint8_t kInside = 2;  // inside the perimeter: not an obstacle, but not driven
constexpr std::uint8_t kRoad =
    3;  // a street's carriageway: not an obstacle, driven by the road graph
// A mouth is open-area space this far outside the perimeter line, with room for a vehicle.
constexpr double kMouthProbe_m = 1.5;
// A sight line ends on the perimeter line: its last metre may touch the raster's edge.
constexpr double kMouthTolerance_m = 1.0;
constexpr std::size_t kMaxCells = 6'000'000;  // coarser cells beyond this (a huge car park)

// What a node is to the sight lines of its open area.
//   Entry     a road node where a street leaves the area: lines to and from other entries
//             (across the square from one street into another) and to crossings;
//   Interior  a road node whose ways stay in the area, and Corner, a start point in a convex
//             corner: lines to crossings only (a straight run from rest to the perimeter);
//   Crossing  a crossing point: lines end there.
// Lines between interior nodes, corners and entries would only repeat what the roads and the
// entries already offer, at a cost quadratic in the nodes of a large pedestrian zone.
enum class Role { Entry, Interior, Corner, Crossing };

struct SightNode {
  std::uint32_t node;
  int component;
  Role role;
  double tolerance_m;  // ends on the area's outline may touch its edge cells
  Vec2 outward;        // crossings: outward normal of the perimeter
};

class Cluster {
 public:
  Cluster(GraphDraft& d, const std::vector<std::vector<std::uint32_t>>& neighbours,
          const std::vector<std::uint32_t>& areas, const Box& reach, const MultiPolygon& perimeter,
          const std::function<bool(Vec2)>& in_region, double min_width, double max_width,
          const RammingParams& params)
      : d_(d),
        neighbours_(neighbours),
        reach_(reach),
        areas_(areas),
        perimeter_(perimeter),
        in_region_(in_region),
        min_width_(min_width),
        max_half_width_(max_width / 2.0),
        params_(params) {}

  // Builds everything and hands the raster over (index `raster` in the open-area space).
  OpenAreaSpace::Raster build(int raster) {
    raster_ = raster;
    index_perimeter();
    rasterise();
    label_components();
    add_portals();
    add_corners();
    add_mouths();
    add_sight_lines();
    return {std::move(state_), std::move(clear_)};
  }

 private:
  const city::OpenArea& area(std::uint32_t i) const { return d_.city.open_areas[i]; }

  void index_perimeter() {
    std::vector<std::pair<Segment, std::uint32_t>> segs;
    auto ring = [&](const auto& r) {
      for (std::size_t i = 1; i < r.size(); ++i) segs.push_back({Segment(r[i - 1], r[i]), 0u});
    };
    for (const Polygon& p : perimeter_) {
      ring(p.outer());
      for (const auto& inner : p.inners()) ring(inner);
    }
    perimeter_tree_ = SegmentTree(segs.begin(), segs.end());
    bg::envelope(perimeter_, perimeter_box_);
  }

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
    bg::intersection(box, reach_, box);  // farther out the areas are driven along their ways
    box_ = box;
    double cell = params_.open_area_cell_m;
    const double w = box.max_corner().x - box.min_corner().x,
                 h = box.max_corner().y - box.min_corner().y;
    while ((w / cell) * (h / cell) > static_cast<double>(kMaxCells)) cell *= 1.5;
    state_ = Mask::covering(box, cell, 0, kObstacle);
    // Streets are open space too: a street mouth is no wall, whatever the area's outline says.
    // Passages through buildings (tunnel ways at ground level) stay open over the footprint.
    Mask roads = Mask::covering(box, cell, 0, 0), passages = Mask::covering(box, cell, 0, 0);
    const std::vector<city::FeatureRef> features = d_.city.query(box);
    for (const city::FeatureRef& ref : features) {
      if (ref.kind != city::FeatureKind::Edge) continue;
      const city::RoadEdge& e = d_.city.edges[ref.index];
      if (!e.vehicle_passable) continue;
      burn_polyline(e.tunnel && e.layer >= 0 ? passages : roads, e.line, e.width_m / 2.0,
                    std::uint8_t{1});
    }
    state_.values() = (roads.values() + passages.values()).min(std::uint8_t{1}) * kRoad;
    for (std::uint32_t a : areas_) fill_polygon(state_, area(a).area, kFree);
    for (const city::FeatureRef& ref : features)
      if (ref.kind == city::FeatureKind::Building && d_.city.buildings[ref.index].obstacle)
        fill_polygon(state_, d_.city.buildings[ref.index].footprint, kObstacle);
    state_.values() = (passages.values() > 0 && state_.values() == kObstacle)
                          .select(std::uint8_t{kRoad}, state_.values());
    for (const city::FeatureRef& ref : features)
      if (ref.kind == city::FeatureKind::Barrier && d_.city.barriers[ref.index].stops_vehicles) {
        const city::MapBarrier& mb = d_.city.barriers[ref.index];
        burn_polyline(state_, mb.line, std::max(params_.bollard_radius_m, mb.radius_m), kObstacle);
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
        if (!open(state_(ix, iy)) || comp_(ix, iy) >= 0) continue;
        stack.push_back({ix, iy});
        comp_(ix, iy) = next;
        while (!stack.empty()) {
          const Cell c = stack.back();
          stack.pop_back();
          for (const Cell n : {Cell{c.ix + 1, c.iy}, Cell{c.ix - 1, c.iy}, Cell{c.ix, c.iy + 1},
                               Cell{c.ix, c.iy - 1}}) {
            if (!state_.contains(n) || !open(state_[n]) || comp_[n] >= 0) continue;
            comp_[n] = next;
            stack.push_back(n);
          }
        }
        ++next;
      }
  }

  // Open space a sight line may cross: the open areas and the streets between them.
  static bool open(std::uint8_t cell) { return cell == kFree || cell == kRoad; }

  // The open cell nearest p within reach_m, if any.
  std::optional<Cell> free_cell_near(Vec2 p, double reach_m) const {
    const auto at = state_.cell_at(p);
    if (at && open(state_[*at])) return at;
    const int r = static_cast<int>(std::ceil(reach_m / state_.cell_m()));
    const double h = state_.cell_m();
    const int cx = static_cast<int>(std::floor((p.x - state_.origin().x) / h));
    const int cy = static_cast<int>(std::floor((p.y - state_.origin().y) / h));
    std::optional<Cell> best;
    double best_d = reach_m * reach_m;
    for (int iy = cy - r; iy <= cy + r; ++iy)
      for (int ix = cx - r; ix <= cx + r; ++ix) {
        const Cell c{ix, iy};
        if (!state_.contains(c) || !open(state_[c])) continue;
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
      s.role = node.kind == NodeKind::Crossing ? Role::Crossing
               : leaves_area(n)                ? Role::Entry
                                               : Role::Interior;
      s.tolerance_m = params_.endpoint_tolerance_m;
      if (s.role == Role::Crossing) {
        const Vec2 t = d_.g.crossings[node.crossing].tangent;
        s.outward = Vec2{t.y, -t.x};
        road_crossings_.push_back(node.pos);
      } else if (open_width(*c) > node.open_width_m) {
        node.open_width_m = open_width(*c);
        node.open_area = raster_;
      }
      nodes_.push_back(s);
    }
  }

  // Whether a road at node n leads out of the open area (its next node is not in it).
  bool leaves_area(std::uint32_t n) const {
    for (const std::uint32_t other : neighbours_[n]) {
      const auto c = state_.cell_at(d_.g.nodes[other].pos);
      if (!c || state_[*c] != kFree) return true;
    }
    return false;
  }

  void add_corner(Vec2 v, Vec2 d_in, Vec2 d_out) {
    // Interior on the left of the ring (outer rings CCW, holes CW): a left turn is a convex
    // corner of the free space, a natural place to start a straight run across it.
    const double turn = std::atan2(d_in.cross(d_out), d_in.dot(d_out));
    if (turn < params_.min_deflection_deg * std::numbers::pi / 180.0) return;
    const double interior = std::numbers::pi - turn;
    const Vec2 bisector = (d_in.perpendicular() + d_out.perpendicular()).normalized();
    const double offset = std::min(params_.corner_clearance_m / std::sin(interior / 2.0),
                                   4.0 * params_.corner_clearance_m);
    const Vec2 q = v + bisector * offset;
    const auto c = state_.cell_at(q);
    if (!c || state_[*c] != kFree ||
        static_cast<double>(clear_[*c]) < 0.8 * params_.corner_clearance_m || !in_region_(q))
      return;
    const auto key = std::make_pair(std::lround(q.x), std::lround(q.y));
    if (!corner_keys_.emplace(key, 0).second) return;  // one start point per square metre
    const std::uint32_t n = d_.add_node(q, NodeKind::OpenCorner);
    d_.g.nodes[n].open_width_m = open_width(*c);
    d_.g.nodes[n].open_area = raster_;
    nodes_.push_back({n, comp_[*c], Role::Corner, 0.0, {}});
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
      for (const Vec2& r : road_crossings_)
        near_road = near_road || distance(r, pr.p) < min_width_ / 2.0;
      if (near_road) continue;
      const std::uint32_t n = d_.add_crossing(pr.p, pr.tangent, true, label_at(pr.q), mouth);
      nodes_.push_back(
          {n, pr.component, Role::Crossing, kMouthTolerance_m, Vec2{pr.tangent.y, -pr.tangent.x}});
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
        const bool mouth = c && open(state_[*c]) &&
                           static_cast<double>(clear_[*c]) >= min_width_ / 2.0 && in_region_(q);
        if (mouth && (stretch.empty() || stretch.back().component == comp_[*c])) {
          stretch.push_back({p, t, comp_[*c], q});
          continue;
        }
        place_mouth(stretch, step);
        stretch.clear();
        if (mouth) stretch.push_back({p, t, comp_[*c], q});
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

  // Least clearance along a→b (capped at `enough`), or a negative value when the line meets
  // an obstacle or passes closer than `need` to one. The walk jumps: the clearance field is
  // 1-Lipschitz, so from a point with clearance c nothing within c − enough along the line
  // can be nearer than `enough`. (The perimeter is checked on the vector line, see
  // enters_perimeter: it is no obstacle to clear.) Within tol of an end the
  // line may cross the raster's edge cells and its clearance is not counted (a street node
  // lies on the area's outline, often beside a façade): at the start only until it first
  // reaches open space, at the end only in its last metre for obstacles.
  double walk(Vec2 a, Vec2 b, double tol_a, double tol_b, double need, double enough) const {
    const double len = distance(a, b);
    if (len <= 0.0) return -1.0;
    const double h = state_.cell_m();
    const double step = 0.5 * h;
    const Vec2 o = state_.origin();
    const Vec2 dir = (b - a) / len;
    double least = enough;
    bool leaving_edge = tol_a > 0.0;  // still on the obstacle cells a street node may sit on
    for (double s = 0.0;;) {
      if (s > len) s = len;
      const Vec2 p = a + dir * s;
      const int ix = static_cast<int>(std::floor((p.x - o.x) / h));
      const int iy = static_cast<int>(std::floor((p.y - o.y) / h));
      const bool in_grid = ix >= 0 && iy >= 0 && ix < state_.nx() && iy < state_.ny();
      const std::uint8_t cell = in_grid ? state_(ix, iy) : kObstacle;
      const bool near_start = s < tol_a, near_end = len - s < tol_b;
      double advance = step;
      if (near_start || near_end) {
        if (cell == kObstacle) {
          if (!((leaving_edge && near_start) || (near_end && len - s < 1.0))) return -1.0;
        } else {
          leaving_edge = false;
        }
      } else {
        leaving_edge = false;
        const double c = static_cast<double>(clear_(ix, iy));
        if (cell == kObstacle || c < need) return -1.0;
        least = std::min(least, c);
        advance = std::max(step, c - enough);
      }
      if (s >= len) break;
      s += advance;
    }
    return least;
  }

  // Whether a→b runs into the protected area anywhere but at its very end (a crossing point
  // on the perimeter line).
  bool enters_perimeter(Vec2 a, Vec2 b) const {
    Box box{{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}};
    if (!bg::intersects(box, perimeter_box_)) return false;
    hits_.clear();
    perimeter_tree_.query(bgi::intersects(Segment(a, b)), std::back_inserter(hits_));
    for (const auto& h : hits_) {
      double t = 0.0, u = 0.0;
      if (!segment_intersection(a, b, h.first.first, h.first.second, &t, &u)) continue;
      if (distance(a + (b - a) * t, b) > 0.05) return true;
    }
    return false;
  }

  void add_line(const SightNode& src, const SightNode& dst, double need, double enough) {
    const Vec2 a = d_.g.nodes[src.node].pos, b = d_.g.nodes[dst.node].pos;
    if (distance(a, b) < 1.0) return;
    const bool into_crossing = dst.role == Role::Crossing;
    if (into_crossing && (b - a).dot(dst.outward) >= 0.0)
      return;  // must head into the protected area
    const bool from_road = src.role == Role::Entry || src.role == Role::Interior;
    const double clear =
        walk(a, b, from_road ? src.tolerance_m : 0.0, dst.tolerance_m, need, enough);
    if (clear < 0.0 || enters_perimeter(a, b)) return;
    const Vec2 pts[2] = {a, b};
    const std::uint32_t e = d_.add_edge(src.node, dst.node, EdgeKind::Sight, pts,
                                        std::min(2.0 * clear, params_.open_width_cap_m));
    d_.g.edges[e].clearance_m = clear;
    d_.g.edges[e].one_way = into_crossing;
    ++d_.g.sight_edges;
  }

  void add_sight_lines() {
    const double need = min_width_ / 2.0;
    const double enough = max_half_width_;
    std::unordered_map<int, std::vector<std::size_t>> by_component;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
      if (nodes_[i].component >= 0) by_component[nodes_[i].component].push_back(i);
    std::vector<int> components;
    for (const auto& [c, list] : by_component) components.push_back(c);
    std::sort(components.begin(), components.end());  // deterministic edge order
    for (int c : components) {
      const std::vector<std::size_t>& list = by_component[c];
      std::vector<std::size_t> entries, sources, crossings;
      for (std::size_t i : list) {
        const Role role = nodes_[i].role;
        if (role == Role::Entry) entries.push_back(i);
        if (role == Role::Crossing)
          crossings.push_back(i);
        else
          sources.push_back(i);
      }
      for (std::size_t k = 0; k < entries.size(); ++k)  // street to street, both ways
        for (std::size_t l = k + 1; l < entries.size(); ++l)
          add_line(nodes_[entries[k]], nodes_[entries[l]], need, enough);
      for (std::size_t i : sources)
        for (std::size_t j : crossings) add_line(nodes_[i], nodes_[j], need, enough);
    }
  }

  GraphDraft& d_;
  const std::vector<std::vector<std::uint32_t>>& neighbours_;  // road neighbours per node
  Box reach_;
  int raster_ = -1;
  const std::vector<std::uint32_t>& areas_;
  const MultiPolygon& perimeter_;
  const std::function<bool(Vec2)>& in_region_;
  double min_width_;
  double max_half_width_;
  const RammingParams& params_;
  Box box_;
  Mask state_;
  Field clear_;
  Grid<int> comp_;
  std::vector<SightNode> nodes_;
  using SegmentTree = bgi::rtree<std::pair<Segment, std::uint32_t>, bgi::quadratic<16>>;
  SegmentTree perimeter_tree_;
  Box perimeter_box_;
  mutable std::vector<std::pair<Segment, std::uint32_t>> hits_;
  std::vector<Vec2> road_crossings_;
  std::map<std::pair<long, long>, int> corner_keys_;
};

}  // namespace

double OpenAreaSpace::free_along(int raster, Vec2 p, Vec2 dir, double cap_m) const {
  const Raster& r = rasters[static_cast<std::size_t>(raster)];
  const double step = r.state.cell_m() / 2.0;
  double s = 0.0;
  bool started = false;  // reached a cell that is not an obstacle
  while (s < cap_m) {
    const auto c = r.state.cell_at(p + dir * s);
    if (!c) return s;
    const bool obstacle = r.state[*c] == kObstacle;
    if (obstacle && (started || s > edge_tolerance_m)) return s;
    if (!obstacle) started = true;
    // Sphere tracing: nothing is nearer than the clearance, so jump by it.
    s += std::max(step, obstacle ? step : static_cast<double>(r.clear[*c]));
  }
  return cap_m;
}

OpenAreaSpace add_open_area_sight(GraphDraft& draft, const MultiPolygon& perimeter,
                                  const Box& region, const std::function<bool(Vec2)>& in_region,
                                  double min_vehicle_width_m, double max_vehicle_width_m,
                                  const RammingParams& params) {
  OpenAreaSpace space;
  space.edge_tolerance_m = params.endpoint_tolerance_m;
  // Straight lines across open areas matter for the final approach; farther out than
  // open_area_reach_m (and beyond the search radius) the areas are driven along their ways.
  Box reach;
  bg::envelope(perimeter, reach);
  const double r = std::min(params.open_area_reach_m, params.radius_m);
  reach = Box{{reach.min_corner().x - r, reach.min_corner().y - r},
              {reach.max_corner().x + r, reach.max_corner().y + r}};
  bg::intersection(reach, region, reach);
  std::vector<std::uint32_t> areas;
  for (const city::FeatureRef& ref : draft.city.query(reach))
    if (ref.kind == city::FeatureKind::OpenArea &&
        draft.city.open_areas[ref.index].vehicle_passable)
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
          bg::intersects(draft.city.open_areas[areas[i]].area,
                         draft.city.open_areas[areas[j]].area))
        parent[find(i)] = find(j);
  std::map<std::size_t, std::vector<std::uint32_t>> clusters;
  for (std::size_t i = 0; i < areas.size(); ++i) clusters[find(i)].push_back(areas[i]);
  std::vector<std::vector<std::uint32_t>> neighbours(draft.g.nodes.size());
  for (const GraphEdge& e : draft.g.edges) {
    neighbours[e.from].push_back(e.to);
    neighbours[e.to].push_back(e.from);
  }
  for (const auto& [root, members] : clusters) {
    Cluster cluster(draft, neighbours, members, reach, perimeter, in_region, min_vehicle_width_m,
                    max_vehicle_width_m, params);
    space.rasters.push_back(cluster.build(static_cast<int>(space.rasters.size())));
    ++draft.g.open_area_clusters;
  }
  return space;
}

}  // namespace agora::vehicle::detail
