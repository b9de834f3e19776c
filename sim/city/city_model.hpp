#pragma once
// The city as the analyses see it, in metres of one local CRS: a road graph (ways split at
// shared nodes), building footprints, open areas (squares, pedestrian areas, parking),
// barriers already in the map, points of interest (public-transport stops), and an R-tree
// over all of it. Built by gis/ from a map file; read-only afterwards, so many analyses and
// threads can share one.

#include <boost/geometry/index/rtree.hpp>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "sim/geometry/geometry.hpp"

namespace agora::city {

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;
inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();

struct RoadNode {
  Vec2 pos;
  double elevation_m = std::numeric_limits<double>::quiet_NaN();  // NaN when the map has none
  bool blocks_vehicles = false;  // a bollard, block or similar map barrier stands here
  std::string barrier;           // the map's barrier=* value at this node, if any
};

struct RoadEdge {
  NodeId from = kNoNode;
  NodeId to = kNoNode;
  Polyline line;  // from `from` to `to`
  double length_m = 0.0;
  std::string highway;  // OSM highway class
  std::string name;
  std::string surface;
  double width_m = 0.0;  // carriageway / path width: tagged, else from lanes, else class default
  std::string width_source;  // "width", "lanes", "default"
  std::int64_t osm_id = 0;
  int layer = 0;
  bool oneway = false;            // legal direction from -> to only (traffic law)
  bool vehicle_passable = false;  // physically drivable by a hostile car (ignores traffic law)
  bool walkable = false;
  bool car_legal = false;  // a car may legally drive here (for detours, not for attacks)
  bool bridge = false;
  bool tunnel = false;
  // A road tunnel (data/osm/covered_ways.csv rule "tunnel"): a vehicle enters and leaves it
  // only at its portals, so no run-up starts inside and it passes under lines drawn above.
  bool underground = false;
  double max_height_m = std::numeric_limits<double>::infinity();  // maxheight, when tagged
  std::string vehicle_rule;  // why vehicle_passable is what it is ("highway=primary", ...)
};

struct Building {
  Polygon footprint;
  std::int64_t osm_id = 0;
  std::string building;  // the building=* value
  std::string name;
  std::string address;        // "street housenumber" when tagged
  std::string street;         // addr:street
  std::string housenumber;    // addr:housenumber
  double height_m = 0.0;      // tagged, else levels × level height, else default
  std::string height_source;  // "height", "building:levels", "default"
  int levels = 0;
  bool residential = false;  // has dwellings (by building type or address)
  int flats = 0;             // building:flats when tagged (dwellings in the building), else 0
  // What other tags say of its use when building=* does not: "part" (building:part, a piece of
  // another outline), "public" (amenity, religion, tourism, office, government, historic),
  // "named" (a name: a landmark); empty when nothing.
  std::string use_hint;
  bool obstacle = true;  // false for roofs on pillars and similar
};

struct OpenArea {
  Polygon area;
  std::int64_t osm_id = 0;
  std::string kind;  // "pedestrian", "square", "parking", ...
  std::string name;
  bool vehicle_passable = true;
  bool walkable = true;
};

struct MapBarrier {
  Polyline line;  // one point for point barriers (bollards), more for walls and fences
  std::int64_t osm_id = 0;
  std::string barrier;  // the barrier=* value
  bool stops_vehicles = false;
  bool walkable_through = false;
  double radius_m = 0.0;  // a point's extent (a monument's pedestal); 0: a post
};

struct PointOfInterest {
  Vec2 pos;
  std::int64_t osm_id = 0;
  std::string kind;  // "bus_stop", "tram_stop", "subway_entrance", "parking_entrance", ...
  std::string name;
  bool underground = false;  // tagged below ground (layer < 0 or a negative level): a platform
};

// Land cover and land use from the map (landuse=*, leisure=*, natural=*, surface=*): the
// ground under a sound path (ISO 9613-2 ground factor) and the likely use of buildings whose
// own tags say nothing. Kept out of the R-tree; the analyses that need it index it themselves.
struct LandArea {
  Polygon area;
  std::int64_t osm_id = 0;
  std::string kind;  // the tag read: "landuse=grass", "leisure=park", "natural=water", ...
  double ground_factor =
      -1.0;  // ISO 9613-2 G: 0 hard (paving, water) … 1 porous; < 0: not a ground cover
  // What the land use says of the buildings on it: "residential", "mixed" (town centre, retail,
  // flats above shops), "none" (industrial, railway, …), empty when it says nothing.
  std::string building_use;
};

enum class FeatureKind : std::uint8_t { Edge, Building, OpenArea, Barrier, Poi };

struct FeatureRef {
  FeatureKind kind;
  std::uint32_t index;
  bool operator==(const FeatureRef&) const = default;
};

using IndexEntry = std::pair<Box, FeatureRef>;
using SpatialIndex = boost::geometry::index::rtree<IndexEntry, boost::geometry::index::rstar<16>>;

// What the import saw and did, for `agora info` and the output's provenance.
struct ImportStats {
  std::string source_file;
  std::string source_crs;  // as the file declares it
  std::string target_crs;  // "EPSG:25832"
  Box extent_lonlat;       // of what was kept, WGS84 degrees
  std::size_t features_read = 0;
  std::size_t repaired_geometries = 0;
  std::size_t dropped_geometries = 0;
  std::size_t ignored_features = 0;  // read but of no use to Agora (no relevant tags)
  bool from_osm = false;             // carries "© OpenStreetMap contributors"
};

class CityModel {
 public:
  std::vector<RoadNode> nodes;
  std::vector<RoadEdge> edges;
  std::vector<Building> buildings;
  std::vector<OpenArea> open_areas;
  std::vector<MapBarrier> barriers;
  std::vector<PointOfInterest> pois;
  std::vector<LandArea> land;
  ImportStats stats;

  // Edges leaving or entering each node; filled by build_index().
  const std::vector<EdgeId>& incident_edges(NodeId n) const { return incidence_[n]; }
  const SpatialIndex& index() const { return index_; }
  Box extent() const { return extent_; }

  // Builds incidence lists, the R-tree and the extent. Call once after filling the vectors.
  void build_index();

  // Features whose bounding box intersects box.
  std::vector<FeatureRef> query(const Box& box) const;

  // Total length of vehicle-passable edges, metres.
  double vehicle_passable_length_m() const;

 private:
  std::vector<std::vector<EdgeId>> incidence_;
  SpatialIndex index_;
  Box extent_{};
};

// The node at the far end of edge e seen from node n.
inline NodeId other_end(const RoadEdge& e, NodeId n) {
  return e.from == n ? e.to : e.from;
}

}  // namespace agora::city
