#pragma once
// Walking distance to the exits over the walkable site (stalls, structures, stages and
// buildings walked around), one geodesic field per usable exit and their minimum; the crowd's
// cells; and the figures a permit officer reads off the distance map: the farthest point
// from any exit and the area beyond the limit that applies where each person stands: on an
// open floor (a square, a street) the travel distance to an exit the profile sets; in a
// standing area divided by barriers and gangways the Green Guide's 12 m to a gangway or exit
// (Guide to Safety at Sports Grounds, §13.4a), which is a rule for terraces and pens, not for
// an open square (docs/assessment.md).

#include <cstddef>
#include <vector>

#include "sim/field/walkable.hpp"

namespace agora::crowd {

// Usable for escape: an exit of the walkable site (open) that is not locked.
struct ExitFields {
  std::vector<std::size_t> exit_index;  // into layout.exits, one per field
  // Walking distance to that exit (first-order fast marching: for assigning people to exits,
  // where it errs long by a few percent on oblique paths); kUnreachable where it cannot be reached.
  std::vector<Field> distance_m;
  // Walking distance to the nearest exit by geodesic_distance (accurate to a few centimetres):
  // the distance map and its figures.
  Field nearest_m;
};

ExitFields exit_distance_fields(const WalkableSite& site, const scenario::Layout& layout);

// Where people stand: the usable floor (walkable_site's, without raster slivers) inside the
// crowd zones, or all of it when the layout draws no crowd zone.
Mask crowd_cells(const WalkableSite& site, const scenario::Layout& layout);
// Of those, the cells of crowd zones divided by gangways (CrowdZone::gangways).
Mask gangway_cells(const Mask& crowd, const scenario::Layout& layout);

struct DistanceParams {
  // Open floor: the travel distance to the nearest exit (policy; the profile gives its value and
  // source, e.g. NFPA 101's 61 m for assembly occupancies as an order of magnitude).
  double max_distance_m = 60.0;
  // Standing areas with gangways: UK Green Guide §13.4a, within 12 m of a gangway or exit.
  double gangway_distance_m = 12.0;
  void validate() const;
};

struct DistanceResult {
  double max_m = 0.0;  // over the crowd cells that reach an exit
  double mean_m = 0.0;
  Vec2 farthest{};  // where max_m is reached
  double crowd_area_m2 = 0.0;
  double area_beyond_m2 = 0.0;       // reaches an exit, but farther than the limit where it stands
  double gangway_area_m2 = 0.0;      // of the crowd area, under the gangway rule
  double area_unreachable_m2 = 0.0;  // reaches no exit at all
  // (beyond + unreachable) / crowd area, 0 when there is no crowd area.
  double share_beyond() const {
    return crowd_area_m2 > 0.0 ? (area_beyond_m2 + area_unreachable_m2) / crowd_area_m2 : 0.0;
  }
};

// gangways: cells under the gangway rule (gangway_cells), or null for none.
DistanceResult distance_to_exit(const Field& nearest_m, const Mask& crowd,
                                const DistanceParams& params, const Mask* gangways = nullptr);

}  // namespace agora::crowd
