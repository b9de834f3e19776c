#include "sim/vehicle/approach_graph.hpp"

#include <algorithm>
#include <boost/geometry/index/rtree.hpp>
#include <cmath>
#include <map>
#include <numbers>

#include "sim/core/error.hpp"
#include "sim/vehicle/graph_draft.hpp"
#include "sim/vehicle/kinematics.hpp"

namespace agora::vehicle {

namespace bgi = boost::geometry::index;

void Bend::set(double deflection, double run_deflection, double run_length) {
  const double theta = std::abs(deflection);
  const double run = std::min(std::abs(run_deflection), 2.0 * std::numbers::pi);
  deflection_rad = theta;
  run_deflection_rad = run;
  run_length_m = run_length;
  cos_half = (std::cos(theta / 2.0));
  const double s = std::sin(theta / 2.0);
  sin2_half = (s * s);
  // A run adds nothing when it is the vertex alone.
  if (run > theta + 1e-9) {
    run_cos_half = (std::cos(run / 2.0));
    run_centre_radius_m = (run_length / run);
  } else {
    run_cos_half = 1.0;
    run_centre_radius_m = 0.0;
  }
}

namespace {

using detail::GraphDraft;
using SegmentValue = std::pair<Segment, std::uint32_t>;
using SegmentTree = bgi::rtree<SegmentValue, bgi::quadratic<16>>;

constexpr double kSplitEps = 1e-6;

struct Split {
  double s;  // arc length along the edge
  Vec2 pos;
  bool perimeter;  // else a wall
  Vec2 tangent;    // perimeter line direction (ring order)
};

double signed_turn(Vec2 d_in, Vec2 d_out) {
  return std::atan2(d_in.cross(d_out), d_in.dot(d_out));
}

// Unit direction of segment i of a point range.
Vec2 seg_dir(const std::vector<Vec2>& pts, std::size_t i) {
  return (pts[i + 1] - pts[i]).normalized();
}

// ---------------------------------------------------------------------------------------
// Road part: vehicle-passable edges within the radius, cut at the perimeter and at walls.

class RoadBuilder {
 public:
  RoadBuilder(GraphDraft& d, const MultiPolygon& perimeter, const RammingParams& params)
      : d_(d), perimeter_(perimeter), params_(params) {
    bg::envelope(perimeter_, pbox_);
    for (const Polygon& poly : perimeter_) {
      add_ring(poly.outer());
      for (const auto& inner : poly.inners()) add_ring(inner);
    }
    perimeter_tree_ = SegmentTree(perimeter_segs_.begin(), perimeter_segs_.end());
    const double r = params_.radius_m;
    region_ = Box{{pbox_.min_corner().x - r, pbox_.min_corner().y - r},
                  {pbox_.max_corner().x + r, pbox_.max_corner().y + r}};
    node_distance_.assign(d_.city.nodes.size(), -1.0);
  }

  const Box& region() const { return region_; }
  bool in_region(Vec2 p) const { return bg::distance(p, perimeter_) <= params_.radius_m; }

  void build() {
    const city::CityModel& city = d_.city;
    std::vector<SegmentValue> walls;
    std::vector<city::EdgeId> edges;
    for (const city::FeatureRef& ref : city.query(region_)) {
      if (ref.kind == city::FeatureKind::Edge) {
        const city::RoadEdge& e = city.edges[ref.index];
        if (e.vehicle_passable && e.from != e.to && within_radius(e.from) && within_radius(e.to))
          edges.push_back(ref.index);
      } else if (ref.kind == city::FeatureKind::Barrier) {
        const city::MapBarrier& b = city.barriers[ref.index];
        if (!b.stops_vehicles || b.line.size() < 2) continue;
        for (std::size_t i = 1; i < b.line.size(); ++i)
          walls.push_back({Segment(b.line[i - 1], b.line[i]), ref.index});
      }
    }
    std::sort(edges.begin(), edges.end());  // a stable order, whatever the R-tree's
    wall_tree_ = SegmentTree(walls.begin(), walls.end());
    for (city::EdgeId id : edges) add_edge_pieces(id);
  }

 private:
  void add_ring(const Ring& ring) {
    for (std::size_t i = 1; i < ring.size(); ++i)
      if (!(ring[i - 1] == ring[i])) perimeter_segs_.push_back({Segment(ring[i - 1], ring[i]), 0u});
  }

  bool within_radius(city::NodeId n) {
    if (node_distance_[n] < 0.0)
      node_distance_[n] = (bg::distance(d_.city.nodes[n].pos, perimeter_));
    return node_distance_[n] <= params_.radius_m;
  }

  void collect_splits(const Polyline& line, std::vector<Split>& splits) const {
    double s0 = 0.0;
    std::vector<SegmentValue> hits;
    for (std::size_t i = 1; i < line.size(); ++i) {
      const Vec2 a = line[i - 1], b = line[i];
      const double len = distance(a, b);
      if (len <= 0.0) continue;
      const Segment seg(a, b);
      for (const auto* tree : {&perimeter_tree_, &wall_tree_}) {
        hits.clear();
        tree->query(bgi::intersects(seg), std::back_inserter(hits));
        for (const SegmentValue& h : hits) {
          double t = 0.0, u = 0.0;
          if (!segment_intersection(a, b, h.first.first, h.first.second, &t, &u)) continue;
          const Vec2 tangent = (h.first.second - h.first.first).normalized();
          splits.push_back({s0 + t * len, a + (b - a) * t, tree == &perimeter_tree_, tangent});
        }
      }
      s0 += len;
    }
    std::sort(splits.begin(), splits.end(),
              [](const Split& x, const Split& y) { return x.s < y.s; });
  }

  std::uint32_t crossing_node(const Split& sp, const city::RoadEdge& e) {
    const auto key = std::make_pair(std::llround(sp.pos.x * 100.0), std::llround(sp.pos.y * 100.0));
    if (auto it = crossing_at_.find(key); it != crossing_at_.end()) return it->second;
    std::string label = !e.name.empty() ? e.name : e.highway;
    const std::uint32_t node =
        d_.add_crossing(sp.pos, sp.tangent, false, std::move(label), d_.next_mouth++);
    crossing_at_[key] = node;
    return node;
  }

  void add_edge_pieces(city::EdgeId id) {
    const city::RoadEdge& e = d_.city.edges[id];
    if (e.line.size() < 2 || e.length_m <= 0.0) return;
    const city::RoadNode& na = d_.city.nodes[e.from];
    const city::RoadNode& nb = d_.city.nodes[e.to];
    const double grade =
        std::isfinite(na.elevation_m) && std::isfinite(nb.elevation_m)
            ? (std::clamp((nb.elevation_m - na.elevation_m) / e.length_m, -0.5, 0.5))
            : 0.0;
    std::vector<Split> splits;
    Box ebox;
    bg::envelope(e.line, ebox);
    // A tunnel passes under the perimeter and under walls: it is neither cut nor crossed.
    if (!e.underground) collect_splits(e.line, splits);
    if (splits.empty()) {
      if (!e.underground && bg::intersects(ebox, pbox_) &&
          bg::within(point_along(e.line, e.length_m / 2), perimeter_))
        return;
      const std::uint32_t from = d_.node_of_city(e.from), to = d_.node_of_city(e.to);
      const std::vector<Vec2> pts(e.line.begin(), e.line.end());
      const std::uint32_t ge = d_.add_edge(from, to, EdgeKind::Road, pts, e.width_m, id);
      d_.g.edges[ge].sin_grade = grade;
      d_.g.edges[ge].max_height_m = e.max_height_m;
      note_node(from, e.underground);
      note_node(to, e.underground);
      ++d_.g.road_edges;
      return;
    }
    // Pieces between consecutive cuts, each kept when it lies outside the perimeter.
    std::vector<double> cuts{0.0};
    std::vector<const Split*> at{nullptr};
    for (const Split& sp : splits) {
      if (sp.s <= cuts.back() + kSplitEps || sp.s >= e.length_m - kSplitEps) continue;
      cuts.push_back(sp.s);
      at.push_back(&sp);
    }
    cuts.push_back(e.length_m);
    at.push_back(nullptr);
    std::vector<std::uint32_t> cut_node(cuts.size(), kNone);
    auto node_at = [&](std::size_t k) {
      if (cut_node[k] != kNone) return cut_node[k];
      if (k == 0) return cut_node[k] = d_.node_of_city(e.from);
      if (k + 1 == cuts.size()) return cut_node[k] = d_.node_of_city(e.to);
      const Split& sp = *at[k];
      if (sp.perimeter) return cut_node[k] = crossing_node(sp, e);
      cut_node[k] = d_.add_node(sp.pos, NodeKind::Cut);
      d_.g.nodes[cut_node[k]].blocks = true;  // a wall: the road ends on both sides
      return cut_node[k];
    };
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
      const double s0 = cuts[k], s1 = cuts[k + 1];
      if (bg::within(point_along(e.line, (s0 + s1) / 2), perimeter_)) continue;
      std::vector<Vec2> pts{point_along(e.line, s0)};
      double s = 0.0;
      for (std::size_t i = 1; i < e.line.size(); ++i) {
        s += distance(e.line[i - 1], e.line[i]);
        if (s > s0 + kSplitEps && s < s1 - kSplitEps) pts.push_back(e.line[i]);
      }
      pts.push_back(point_along(e.line, s1));
      const std::uint32_t ge =
          d_.add_edge(node_at(k), node_at(k + 1), EdgeKind::Road, pts, e.width_m, id);
      d_.g.edges[ge].sin_grade = grade;
      d_.g.edges[ge].max_height_m = e.max_height_m;
      note_node(node_at(k), false);
      note_node(node_at(k + 1), false);
      ++d_.g.road_edges;
    }
  }

  // Counts, per graph node, the tunnel and the surface roads meeting there.
  void note_node(std::uint32_t n, bool underground) {
    if (n >= surface_roads_.size()) {
      surface_roads_.resize(n + 1, 0);
      tunnel_roads_.resize(n + 1, 0);
    }
    ++(underground ? tunnel_roads_ : surface_roads_)[n];
  }

 public:
  // Marks nodes inside tunnels (only tunnel roads meet there): no run-up starts there.
  void mark_underground() const {
    for (std::size_t n = 0; n < tunnel_roads_.size() && n < d_.g.nodes.size(); ++n)
      d_.g.nodes[n].underground = tunnel_roads_[n] > 0 && surface_roads_[n] == 0;
  }

 private:
  std::vector<std::uint32_t> surface_roads_, tunnel_roads_;
  GraphDraft& d_;
  const MultiPolygon& perimeter_;
  const RammingParams& params_;
  Box pbox_, region_;
  std::vector<SegmentValue> perimeter_segs_;
  SegmentTree perimeter_tree_, wall_tree_;
  std::vector<double> node_distance_;
  std::map<std::pair<long long, long long>, std::uint32_t> crossing_at_;
};

// ---------------------------------------------------------------------------------------
// Directed states, their segments and bends.

struct RunInfo {
  double tail_turn = 0.0, tail_len = 0.0;  // same-sense run ending at the last vertex, to the end
  double head_turn = 0.0, head_len = 0.0;  // run starting at the first vertex, from the start
};

class StateBuilder {
 public:
  StateBuilder(ApproachGraph& g, const detail::OpenAreaSpace& free, const RammingParams& params)
      : g_(g), free_(free), min_turn_(params.min_deflection_deg * std::numbers::pi / 180.0) {}

  void build() {
    for (std::uint32_t e = 0; e < g_.edges.size(); ++e) {
      add_state(e, false);
      if (!g_.edges[e].one_way) add_state(e, true);
    }
    build_transitions();
    build_node_index();
    build_crossing_index();
  }

  const std::vector<RunInfo>& runs() const { return runs_; }

 private:
  void state_points(const DirectedState& s, std::vector<Vec2>& pts) const {
    const GraphEdge& e = g_.edges[s.edge];
    pts.assign(g_.points.begin() + e.pts_begin, g_.points.begin() + e.pts_end);
    if (s.reverse) std::reverse(pts.begin(), pts.end());
  }

  void add_state(std::uint32_t e, bool reverse) {
    const GraphEdge& edge = g_.edges[e];
    DirectedState s;
    s.edge = e;
    s.reverse = reverse;
    s.from_node = reverse ? edge.to : edge.from;
    s.to_node = reverse ? edge.from : edge.to;
    s.sin_grade = reverse ? -edge.sin_grade : edge.sin_grade;
    s.length_m = edge.length_m;
    state_points(s, pts_);
    // Drop repeated points: zero-length segments have no direction.
    pts_.erase(
        std::unique(pts_.begin(), pts_.end(), [](Vec2 a, Vec2 b) { return distance(a, b) < 1e-9; }),
        pts_.end());
    if (pts_.size() < 2) pts_.push_back(pts_.back());
    s.seg_begin = static_cast<std::uint32_t>(g_.seg_length_m.size());
    const std::size_t nseg = pts_.size() - 1;
    std::vector<double> turn(nseg, 0.0);  // turn[i]: at the vertex after segment i
    for (std::size_t i = 0; i + 1 < nseg; ++i)
      turn[i] = signed_turn(seg_dir(pts_, i), seg_dir(pts_, i + 1));
    // Runs of same-sense bends (a digitised curve): total turn and the length they span.
    std::vector<double> run_turn(nseg, 0.0), run_len(nseg, 0.0);
    std::vector<double> at_s(nseg, 0.0);  // arc length at the vertex after segment i
    double acc = 0.0;
    for (std::size_t i = 0; i < nseg; ++i) {
      acc += distance(pts_[i], pts_[i + 1]);
      at_s[i] = acc;
    }
    for (std::size_t i = 0; i + 1 < nseg;) {
      if (std::abs(turn[i]) < min_turn_) {
        ++i;
        continue;
      }
      std::size_t j = i;
      double total = 0.0;
      while (j + 1 < nseg && std::abs(turn[j]) >= min_turn_ &&
             std::signbit(turn[j]) == std::signbit(turn[i])) {
        total += turn[j];
        ++j;
      }
      for (std::size_t k = i; k < j; ++k) {
        run_turn[k] = total;
        run_len[k] = at_s[j - 1] - at_s[i];
      }
      i = j;
    }
    RunInfo info;
    if (nseg >= 2 && std::abs(turn[nseg - 2]) >= min_turn_) {
      info.tail_turn = run_turn[nseg - 2];
      std::size_t first = nseg - 2;
      while (first > 0 && std::abs(turn[first - 1]) >= min_turn_ &&
             std::signbit(turn[first - 1]) == std::signbit(turn[nseg - 2]))
        --first;
      info.tail_len = s.length_m - at_s[first];
    }
    if (nseg >= 2 && std::abs(turn[0]) >= min_turn_) {
      info.head_turn = run_turn[0];
      std::size_t last = 0;
      while (last + 2 < nseg && std::abs(turn[last + 1]) >= min_turn_ &&
             std::signbit(turn[last + 1]) == std::signbit(turn[0]))
        ++last;
      info.head_len = at_s[last];
    }
    for (std::size_t i = 0; i < nseg; ++i) {
      g_.seg_length_m.push_back((distance(pts_[i], pts_[i + 1])));
      Bend b;
      if (i + 1 < nseg && std::abs(turn[i]) >= min_turn_) b.set(turn[i], run_turn[i], run_len[i]);
      b.width_in_m = b.width_out_m = edge.width_m;
      g_.seg_bend.push_back(b);
    }
    s.seg_end = static_cast<std::uint32_t>(g_.seg_length_m.size());
    first_dir_.push_back(seg_dir(pts_, 0));
    last_dir_.push_back(seg_dir(pts_, nseg - 1));
    runs_.push_back(info);
    g_.states.push_back(s);
  }

  // Width a turn at node n sees on the side of edge e: a road's own width, the free disc in
  // an open area for a sight line.
  double side_width(const GraphEdge& e, const GraphNode& n) const {
    return e.kind == EdgeKind::Road ? e.width_m : n.open_width_m;
  }

  void build_transitions() {
    std::vector<std::vector<std::uint32_t>> out_of(g_.nodes.size()), into(g_.nodes.size());
    for (std::uint32_t s = 0; s < g_.states.size(); ++s) {
      out_of[g_.states[s].from_node].push_back(s);
      into[g_.states[s].to_node].push_back(s);
    }
    for (std::uint32_t s = 0; s < g_.states.size(); ++s) {
      DirectedState& st = g_.states[s];
      st.succ_begin = static_cast<std::uint32_t>(g_.transitions.size());
      const GraphNode& n = g_.nodes[st.to_node];
      if (!n.blocks && n.kind != NodeKind::Crossing) {
        const GraphEdge& ein = g_.edges[st.edge];
        for (std::uint32_t t : out_of[st.to_node]) {
          const DirectedState& nx = g_.states[t];
          if (nx.edge == st.edge)
            continue;  // no U-turn onto the same edge: a start there is as good
          const GraphEdge& eout = g_.edges[nx.edge];
          if (ein.kind == EdgeKind::Sight && eout.kind == EdgeKind::Sight)
            continue;  // one straight line per open area
          const double turn = signed_turn(last_dir_[s], first_dir_[t]);
          Transition tr;
          tr.to_state = t;
          tr.bend.width_in_m = side_width(ein, n);
          tr.bend.width_out_m = side_width(eout, n);
          if (std::abs(turn) >= min_turn_) {
            // Extend the bend with same-sense runs ending/starting at this node.
            double total = turn, len = 0.0;
            const RunInfo& a = runs_[s];
            const RunInfo& b = runs_[t];
            if (a.tail_turn != 0.0 && std::signbit(a.tail_turn) == std::signbit(turn)) {
              total += a.tail_turn;
              len += a.tail_len;
            }
            if (b.head_turn != 0.0 && std::signbit(b.head_turn) == std::signbit(turn)) {
              total += b.head_turn;
              len += b.head_len;
            }
            tr.bend.set(turn, total, len);
            if ((ein.kind == EdgeKind::Sight || eout.kind == EdgeKind::Sight) && n.open_area >= 0)
              tr.bend.inner_free_m =
                  free_.free_along(n.open_area, n.pos, (first_dir_[t] - last_dir_[s]).normalized());
          }
          g_.transitions.push_back(tr);
        }
      }
      st.succ_end = static_cast<std::uint32_t>(g_.transitions.size());
    }
  }

  void build_node_index() {
    std::vector<std::vector<std::uint32_t>> out_of(g_.nodes.size());
    for (std::uint32_t s = 0; s < g_.states.size(); ++s)
      out_of[g_.states[s].from_node].push_back(s);
    for (const auto& list : out_of) {
      g_.out_begin.push_back(static_cast<std::uint32_t>(g_.out_states.size()));
      g_.out_states.insert(g_.out_states.end(), list.begin(), list.end());
    }
    g_.out_begin.push_back(static_cast<std::uint32_t>(g_.out_states.size()));
  }

  void build_crossing_index() {
    std::vector<std::vector<std::uint32_t>> by_crossing(g_.crossings.size());
    for (std::uint32_t s = 0; s < g_.states.size(); ++s) {
      const GraphNode& n = g_.nodes[g_.states[s].to_node];
      if (n.kind == NodeKind::Crossing) by_crossing[n.crossing].push_back(s);
    }
    g_.crossing_states_begin.clear();
    g_.crossing_states.clear();
    for (const auto& list : by_crossing) {
      g_.crossing_states_begin.push_back(static_cast<std::uint32_t>(g_.crossing_states.size()));
      g_.crossing_states.insert(g_.crossing_states.end(), list.begin(), list.end());
    }
    g_.crossing_states_begin.push_back(static_cast<std::uint32_t>(g_.crossing_states.size()));
  }

  ApproachGraph& g_;
  const detail::OpenAreaSpace& free_;
  double min_turn_;
  std::vector<Vec2> pts_;
  std::vector<Vec2> first_dir_, last_dir_;
  std::vector<RunInfo> runs_;
};

// ---------------------------------------------------------------------------------------
// Planned barriers met along each state.

class MeetingBuilder {
 public:
  // Each barrier line is indexed with both ends extended by extend_m: a path through an
  // extension passes the end of the barrier (beyond_end_m tells the class how close).
  MeetingBuilder(ApproachGraph& g, const RammingParams& params, double extend_m)
      : g_(g), params_(params) {
    std::vector<SegmentValue> segs;
    for (std::uint32_t k = 0; k < g_.guards.size(); ++k) {
      const Polyline& line = g_.guards[k].line;
      for (std::size_t i = 1; i < line.size(); ++i)
        segs.push_back({Segment(line[i - 1], line[i]), k * 3});
      const Vec2 d0 = (line[0] - line[1]).normalized(),
                 d1 = (line.back() - line[line.size() - 2]).normalized();
      segs.push_back({Segment(line[0] + d0 * extend_m, line[0]), k * 3 + 1});
      segs.push_back({Segment(line.back(), line.back() + d1 * extend_m), k * 3 + 2});
    }
    tree_ = SegmentTree(segs.begin(), segs.end());
  }

  void build() {
    std::vector<BarrierMeeting> found;
    std::vector<SegmentValue> hits;
    std::vector<Vec2> pts;
    for (DirectedState& s : g_.states) {
      found.clear();
      const GraphEdge& e = g_.edges[s.edge];
      pts.assign(g_.points.begin() + e.pts_begin, g_.points.begin() + e.pts_end);
      if (s.reverse) std::reverse(pts.begin(), pts.end());
      double s0 = 0.0;
      for (std::size_t i = 1; i < pts.size(); ++i) {
        const Vec2 a = pts[i - 1], b = pts[i];
        const double len = distance(a, b);
        if (len <= 0.0) continue;
        hits.clear();
        tree_.query(bgi::intersects(Segment(a, b)), std::back_inserter(hits));
        for (const SegmentValue& h : hits) {
          double t = 0.0, u = 0.0;
          if (!segment_intersection(a, b, h.first.first, h.first.second, &t, &u)) continue;
          const std::uint32_t guard = h.second / 3, part = h.second % 3;
          const double seg_len = distance(h.first.first, h.first.second);
          const double beyond = part == 1 ? (1.0 - u) * seg_len : part == 2 ? u * seg_len : 0.0;
          add(found, guard, s0 + t * len, a + (b - a) * t, (b - a) / len,
              (h.first.second - h.first.first).normalized(), beyond);
        }
        s0 += len;
      }
      // A barrier drawn within the snap distance of the crossing point guards it too.
      const GraphNode& end = g_.nodes[s.to_node];
      if (end.kind == NodeKind::Crossing && params_.barrier_snap_m > 0.0 && pts.size() >= 2) {
        const Vec2 dir = (pts.back() - pts[pts.size() - 2]).normalized();
        for (std::uint32_t k = 0; k < g_.guards.size(); ++k) {
          const Polyline& line = g_.guards[k].line;
          double best = params_.barrier_snap_m;
          Vec2 face;
          bool near = false;
          for (std::size_t i = 1; i < line.size(); ++i) {
            const double dist = distance_to_segment(end.pos, line[i - 1], line[i]);
            if (dist <= best) {
              best = dist;
              face = (line[i] - line[i - 1]).normalized();
              near = true;
            }
          }
          if (near) add(found, k, s.length_m, end.pos, dir, face, 0.0);
        }
      }
      std::sort(found.begin(), found.end(),
                [](const BarrierMeeting& x, const BarrierMeeting& y) { return x.s_m < y.s_m; });
      s.meet_begin = static_cast<std::uint32_t>(g_.meetings.size());
      g_.meetings.insert(g_.meetings.end(), found.begin(), found.end());
      s.meet_end = static_cast<std::uint32_t>(g_.meetings.size());
    }
  }

 private:
  void add(std::vector<BarrierMeeting>& found, std::uint32_t guard, double s_m, Vec2 pos, Vec2 dir,
           Vec2 face, double beyond_end_m) {
    for (BarrierMeeting& m : found)
      if (m.guard == guard) {  // one meeting per barrier line per state: the closest to the line
        if (beyond_end_m < m.beyond_end_m) {
          m.beyond_end_m = beyond_end_m;
          m.s_m = s_m;
          m.pos = pos;
        }
        return;
      }
    BarrierMeeting m;
    m.beyond_end_m = beyond_end_m;
    m.guard = guard;
    m.s_m = s_m;
    m.pos = pos;
    double sine = std::abs(dir.cross(face));
    if (face.squared_norm() == 0.0) sine = 1.0;  // a single element: no face direction, head-on
    m.angle_deg = (std::asin(std::min(1.0, sine)) * 180.0 / std::numbers::pi);
    m.standoff_m = standoff(pos);
    found.push_back(m);
  }

  double standoff(Vec2 p) {
    const auto key = std::make_pair(std::llround(p.x * 4.0), std::llround(p.y * 4.0));
    if (auto it = standoff_cache_.find(key); it != standoff_cache_.end()) return it->second;
    double best = Threat::kNoStandoffLimit;
    for (const Polygon& z : g_.crowd_zones) best = std::min(best, bg::distance(p, z));
    standoff_cache_[key] = best;
    return best;
  }

  ApproachGraph& g_;
  const RammingParams& params_;
  SegmentTree tree_;
  std::map<std::pair<long long, long long>, double> standoff_cache_;
};

}  // namespace

ApproachGraph build_approach_graph(const city::CityModel& city, const scenario::Layout& layout,
                                   std::vector<Guard> guards,
                                   const std::vector<VehicleClass>& classes,
                                   const RammingParams& params) {
  params.validate();
  if (classes.empty()) throw Error("", "ramming", "classes", "no vehicle class to assess");
  double min_vehicle_width_m = classes.front().width_m, max_vehicle_width_m = 0.0;
  for (const VehicleClass& c : classes) {
    min_vehicle_width_m = std::min(min_vehicle_width_m, c.width_m);
    max_vehicle_width_m = std::max(max_vehicle_width_m, c.width_m);
  }
  ApproachGraph g;
  g.barrier_snap_m = params.barrier_snap_m;
  g.perimeter = layout.perimeter_area();
  if (g.perimeter.empty())
    throw Error("", "layout", "perimeter",
                "the ramming analysis needs a perimeter (the protected area) in the layout");
  g.guards = std::move(guards);
  for (const Guard& guard : g.guards)
    for (const Vec2& p : guard.line)
      g.outside_m = std::max(g.outside_m, bg::distance(p, g.perimeter) + 1.0);
  g.outside_m = std::min(g.outside_m, params.radius_m / 2.0);
  for (const scenario::CrowdZone& z : layout.crowd_zones) {
    g.crowd_zones.push_back(z.area);
    g.crowd_density_ppm2.push_back(scenario::is_set(z.density_ppm2) ? z.density_ppm2
                                                                    : params.crowd_density_ppm2);
  }
  if (g.crowd_zones.empty())
    for (const Polygon& p : g.perimeter) {
      g.crowd_zones.push_back(p);
      g.crowd_density_ppm2.push_back(params.crowd_density_ppm2);
    }

  GraphDraft draft{g, city, {}};
  RoadBuilder roads(draft, g.perimeter, params);
  roads.build();
  roads.mark_underground();
  const detail::OpenAreaSpace open_space = detail::add_open_area_sight(
      draft, g.perimeter, roads.region(), [&](Vec2 p) { return roads.in_region(p); },
      min_vehicle_width_m, max_vehicle_width_m, params);
  for (GraphNode& n : g.nodes)
    n.perimeter_distance_m = n.kind == NodeKind::Crossing ? 0.0 : bg::distance(n.pos, g.perimeter);
  StateBuilder states(g, open_space, params);
  states.build();
  MeetingBuilder meetings(g, params, std::max(params.barrier_snap_m, max_vehicle_width_m / 2.0));
  meetings.build();
  return g;
}

}  // namespace agora::vehicle
