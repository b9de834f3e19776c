// Ear clipping: every triangle counter-clockwise, the triangles' areas sum to the polygon's,
// n - 2 + 2h triangles for n vertices and h holes (Eberly 2002), and degenerate input ends.
#include <catch2/catch.hpp>

#include "gis/map_reader.hpp"
#include "gui/map/triangulate.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using agora::gui::Triangles;
using agora::gui::triangulate;

namespace {

Polygon polygon(std::vector<Vec2> outer, std::vector<std::vector<Vec2>> holes = {}) {
  Polygon p;
  outer.push_back(outer.front());
  p.outer().assign(outer.begin(), outer.end());
  for (auto& h : holes) {
    h.push_back(h.front());
    p.inners().emplace_back(h.begin(), h.end());
  }
  return p;
}

double triangle_area(const Triangles& t, std::size_t k) {
  const Vec2 a = t.points[t.indices[3 * k]], b = t.points[t.indices[3 * k + 1]],
             c = t.points[t.indices[3 * k + 2]];
  return (b - a).cross(c - a) / 2.0;
}

double total_area(const Triangles& t) {
  double s = 0.0;
  for (std::size_t k = 0; k < t.triangle_count(); ++k) s += triangle_area(t, k);
  return s;
}

bool all_ccw(const Triangles& t) {
  for (std::size_t k = 0; k < t.triangle_count(); ++k)
    if (triangle_area(t, k) < 0.0) return false;
  return true;
}

}  // namespace

TEST_CASE("a square is two triangles of total area 1", "[triangulate]") {
  const Triangles t = triangulate(polygon({{0, 0}, {1, 0}, {1, 1}, {0, 1}}));
  CHECK(t.points.size() == 4);  // the closing point is dropped
  CHECK(t.triangle_count() == 2);
  CHECK(total_area(t) == Approx(1.0));
  CHECK(all_ccw(t));
}

TEST_CASE("a concave L-shape is covered exactly, with no triangle outside it", "[triangulate]") {
  //  (0,2)-(1,2)
  //    |     |
  //    |   (1,1)-(2,1)
  //    |           |
  //  (0,0)-------(2,0)      area 2×1 + 1×1 = 3, 6 vertices -> 4 triangles
  const Polygon l = polygon({{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}});
  const Triangles t = triangulate(l);
  CHECK(t.triangle_count() == 4);
  CHECK(total_area(t) == Approx(3.0));
  CHECK(all_ccw(t));
  // No triangle may span the notch: each centroid lies inside the L.
  for (std::size_t k = 0; k < t.triangle_count(); ++k) {
    const Vec2 c = (t.points[t.indices[3 * k]] + t.points[t.indices[3 * k + 1]] +
                    t.points[t.indices[3 * k + 2]]) /
                   3.0;
    CHECK(bg::within(c, l));
  }
}

TEST_CASE("holes are bridged: a courtyard building and a two-courtyard block", "[triangulate]") {
  // 4×4 with a 2×2 courtyard: area 16 - 4 = 12; 8 vertices, 1 hole -> 8 - 2 + 2 = 8 triangles.
  const Triangles one =
      triangulate(polygon({{0, 0}, {4, 0}, {4, 4}, {0, 4}}, {{{1, 1}, {1, 3}, {3, 3}, {3, 1}}}));
  CHECK(one.triangle_count() == 8);
  CHECK(total_area(one) == Approx(12.0));
  CHECK(all_ccw(one));
  // 10×4 with two 2×2 courtyards: area 40 - 8 = 32; 12 vertices, 2 holes -> 12 - 2 + 4 = 14.
  const Triangles two =
      triangulate(polygon({{0, 0}, {10, 0}, {10, 4}, {0, 4}},
                          {{{1, 1}, {1, 3}, {3, 3}, {3, 1}}, {{6, 1}, {6, 3}, {8, 3}, {8, 1}}}));
  CHECK(two.triangle_count() == 14);
  CHECK(total_area(two) == Approx(32.0));
  CHECK(all_ccw(two));
}

TEST_CASE("a hole whose bridge meets an earlier bridge joins on the right side of it",
          "[triangulate]") {
  // OSM building 52740 in München (EPSG:25832): two courtyards side by side. The eastern one
  // is bridged first; the western one's ray then hits that bridge, whose end vertex occurs
  // twice in the merged ring. Joining at the wrong occurrence double-covered 237 m².
  Polygon p;
  bg::read_wkt(
      "POLYGON((691692.893958 5335229.8446,691733.938962 5335219.88306,691735.589444 5335221.29579,"
      "691736.484721 5335237.90374,691737.045589 5335249.38246,691703.979521 5335258.5767,"
      "691698.835427 5335247.86782,691692.893958 5335229.8446),"
      "(691705.849039 5335241.01559,691707.178375 5335245.56623,691708.046625 5335248.54376,"
      "691718.175554 5335245.61224,691717.39432 5335242.92691,691715.978352 5335238.07295,"
      "691705.849039 5335241.01559),"
      "(691728.846373 5335242.73229,691728.168534 5335240.07267,691727.595176 5335237.85047,"
      "691720.174585 5335239.73791,691720.767652 5335242.03865,691721.425788 5335244.61972,"
      "691728.846373 5335242.73229))",
      p);
  const Triangles t = triangulate(p);
  // 7 + 6 + 6 = 19 vertices, 2 holes: 19 - 2 + 2·2 = 21 triangles; the area is Boost's.
  CHECK(t.triangle_count() == 21);
  CHECK(total_area(t) == Approx(bg::area(p)).epsilon(1e-9));
  CHECK(bg::area(p) == Approx(1062.69).epsilon(1e-5));
  CHECK(all_ccw(t));
}

TEST_CASE("clockwise input is reoriented, collinear and repeated points do no harm",
          "[triangulate]") {
  const Triangles cw = triangulate(polygon({{0, 0}, {0, 1}, {1, 1}, {1, 0}}));
  CHECK(total_area(cw) == Approx(1.0));
  CHECK(all_ccw(cw));
  // A 2×2 square with a midpoint on its bottom edge and a repeated corner: area 4.
  const Triangles mid = triangulate(polygon({{0, 0}, {1, 0}, {2, 0}, {2, 2}, {2, 2}, {0, 2}}));
  CHECK(total_area(mid) == Approx(4.0));
  CHECK(mid.triangle_count() <= 3);
  CHECK(all_ccw(mid));
}

TEST_CASE("degenerate rings end without triangles", "[triangulate]") {
  CHECK(triangulate(polygon({{0, 0}, {1, 0}, {2, 0}})).triangle_count() == 0);  // all on one line
  CHECK(triangulate(polygon({{0, 0}, {1, 1}})).triangle_count() == 0);          // two points
  CHECK(triangulate(Polygon{}).triangle_count() == 0);
}

TEST_CASE("every building of the München extract is covered by its triangles",
          "[triangulate][munchen]") {
  const city::CityModel city =
      gis::read_city_model(test::munchen_map(), {"EPSG:25832", std::nullopt, "", ""});
  REQUIRE(city.buildings.size() > 2000);
  std::size_t mismatched = 0;
  double footprint_m2 = 0.0, triangles_m2 = 0.0;
  for (const city::Building& b : city.buildings) {
    const double want = bg::area(b.footprint);
    const double got = total_area(triangulate(b.footprint));
    footprint_m2 += want;
    triangles_m2 += got;
    // A millimetre-scale sliver is allowed; a missing or doubled room is not.
    if (std::abs(got - want) > 0.01 + 1e-6 * want) {
      ++mismatched;
      UNSCOPED_INFO("building " << b.osm_id << ": footprint " << want << " m², triangles " << got
                                << " m², " << b.footprint.outer().size() << " vertices, "
                                << b.footprint.inners().size() << " holes " << std::setprecision(12)
                                << bg::wkt(b.footprint));
    }
  }
  CHECK(mismatched == 0);
  CHECK(triangles_m2 == Approx(footprint_m2).epsilon(1e-9));
}
