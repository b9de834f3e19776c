#pragma once
// Interpreting OpenStreetMap tags (or the same keys as plain attribute fields in GeoJSON,
// GeoPackage, Shapefile): which ways a hostile vehicle can physically drive and how wide
// they are, which areas are open squares, which barriers stop vehicles, which buildings hold
// dwellings. The rules are the data tables in data/osm/ (see its README).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/city/city_model.hpp"

namespace agora::gis {

// Tags of one feature: key/value pairs, small enough that a linear search is fastest.
class Tags {
 public:
  void set(std::string key, std::string value);
  // Value of key, or empty when absent.
  std::string_view get(std::string_view key) const;
  bool has(std::string_view key) const;
  std::size_t size() const { return tags_.size(); }
  void clear() { tags_.clear(); }
  const std::vector<std::pair<std::string, std::string>>& items() const { return tags_; }

 private:
  std::vector<std::pair<std::string, std::string>> tags_;
};

// Adds the pairs of a GDAL OSM `other_tags` field ("k"=>"v","k2"=>"v2") to tags. Returns
// false when the text is not in that form (the pairs read so far are kept).
bool parse_hstore(std::string_view text, Tags& tags);

// A length tag in metres: "8", "8 m", "8m", "3,5", "10'", "10 ft", "8'6\"". nullopt when
// unreadable or not positive.
std::optional<double> parse_length_m(std::string_view text);

struct HighwayRule {
  enum class Passable { Yes, No, IfWide } vehicle = Passable::No;
  bool walkable = false;
  bool car_legal = false;
  double default_width_m = 0.0;
};

struct BarrierRule {
  bool stops_vehicles = false;
  bool walkable_through = false;
  double radius_m = 0.0;  // a point's extent; 0: a post (RammingParams::bollard_radius_m)
  std::string what;       // the tag that made it ("barrier=bollard", "historic=monument")
};

// Map features other than barrier=* that stop a vehicle (data/osm/obstacles.csv): fountains
// mapped as areas, monuments, memorials at least min_height_m high (a column on its pedestal).
struct ObstacleRule {
  std::string key, value;
  bool area = false;        // applies to areas; else to points
  double min_height_m = 0;  // a point needs a height tag of at least this (0: any)
  double radius_m = 0;      // a point's extent
};

// Ways under a roof or underground (data/osm/covered_ways.csv): "dimensions" (building
// passages, arcades, covered ways) are drivable only as far as their width, maxwidth and
// maxheight tags allow and closed without any of them; "tunnel" ways keep their highway
// rule but connect only at their portals.
struct CoveredRule {
  std::string key, value, kind;
};

struct OpenAreaRule {
  std::string key, value, kind;
  bool vehicle_passable = true;
  bool walkable = true;
};

struct TagRules {
  std::map<std::string, HighwayRule, std::less<>> highways;
  std::map<std::string, BarrierRule, std::less<>> barriers;
  std::vector<OpenAreaRule> open_areas;
  std::vector<CoveredRule> covered;
  std::vector<ObstacleRule> obstacles;
  double min_vehicle_width_m =
      1.8;  // M1 car width (docs/sources.md, Vehicles): narrower ways are not drivable
  double lane_width_m = 3.0;                // placeholder lane width when only `lanes` is tagged
  double level_height_m = 3.0;              // storey height for building:levels (placeholder)
  double default_building_height_m = 12.0;  // placeholder: 4 storeys, a European old town

  // The built-in tables, each replaced by the file of the same name in override_dir when
  // that folder is given and holds it.
  static TagRules load(const std::string& override_dir = "");
};

// The road attributes of a way, or nullopt when the way is not part of the road and path
// network (no highway tag, indoor, proposed, an area).
std::optional<city::RoadEdge> interpret_way(const Tags& tags, const TagRules& rules);

// The barrier rule for barrier=<value>; nullopt when the feature is not a barrier.
std::optional<BarrierRule> interpret_barrier(const Tags& tags, const TagRules& rules);

// The obstacle rule (data/osm/obstacles.csv) for a point or an area that is no barrier=*:
// a monument, a tall memorial, a fountain basin; nullopt when none applies.
std::optional<BarrierRule> interpret_obstacle(const Tags& tags, const TagRules& rules, bool area);

// Building attributes when the tags make a building above ground; nullopt otherwise.
std::optional<city::Building> interpret_building(const Tags& tags, const TagRules& rules);

// Open-area attributes when the tags make a square, pedestrian area or surface parking.
std::optional<city::OpenArea> interpret_open_area(const Tags& tags, const TagRules& rules);

// Land cover and land use: the ISO 9613-2 ground factor (0 hard: water, basins; 1 porous:
// grass, parks, farmland, woods) and what the land use says of its buildings (residential;
// mixed for retail and commercial town centres, flats above shops; none for industry, railway,
// garages). nullopt for tags that say neither.
std::optional<city::LandArea> interpret_land(const Tags& tags);

// Public-transport stops and similar points an event can cut off; nullopt for others.
std::optional<city::PointOfInterest> interpret_poi(const Tags& tags);

}  // namespace agora::gis
