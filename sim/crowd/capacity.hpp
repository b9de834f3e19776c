#pragma once
// How many people the site holds (docs/sources.md, Capacity, egress and fire access): the smaller
// of the area capacity (net usable area × planning density) and the exit capacity (the exits'
// widths without the widest × flow rate × escape time), against the expected attendance; and the
// Flemish fire-service (Fluvia) exit rules: 1 cm of exit width per person, at least 80 cm in all,
// and a number of exits by headcount. Every number is a parameter the profile sets.

#include <cstdint>
#include <string>
#include <vector>

#include "sim/city/city_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::crowd {

enum class Verdict { kPass, kWarn, kFail };
const char* to_string(Verdict verdict);

// One row of the Fluvia headcount table: up to `up_to_persons` people need `exits` exits.
struct HeadcountStep {
  std::int64_t up_to_persons = 0;
  int exits = 0;
};

struct ExitRules {
  bool apply = true;                 // the Netherlands profile switches the Flemish rules off
  double width_per_person_m = 0.01;  // Fluvia: 1 cm of exit width per person (docs/sources.md,
                                     // Capacity, egress and fire access)
  double min_total_width_m = 0.80;   // Fluvia: total exit width at least 80 cm
  std::vector<HeadcountStep> headcount = {{49, 1}, {499, 2}, {999, 3}};  // Fluvia table
  std::int64_t persons_per_extra_exit = 1000;  // Fluvia: one more exit per further 1000

  // Exits the table asks for `persons` people: past the last row, one more per started
  // persons_per_extra_exit (1000 → 4, 1999 → 4, 2000 → 5).
  int exits_required(std::int64_t persons) const;
  void validate() const;
};

struct CapacityParams {
  double density_ppm2 = 2.0;  // docs/sources.md, Capacity, egress and fire access: outdoor planning
                              // density (HSG195; NL 2–2.5) (policy)
  double flow_ppmm = 82.0;    // UK Green Guide: 82 persons per metre per minute, level
  double escape_time_min = 8.0;  // Green Guide: 8 min normal; 5 high risk, 10 low (policy)
  double min_exit_width_m =
      1.05;  // UK minimum exit width (docs/sources.md, Capacity, egress and fire access)
  double warn_utilisation = 0.9;  // (policy) attendance above this share of capacity warns
  ExitRules exit_rules;

  void validate() const;
};

struct ExitCheck {
  std::size_t exit_index = 0;  // into layout.exits
  double width_m = 0.0;
  bool counted = false;             // free to escape through: open, unlocked, opening outward
  std::string not_counted_because;  // "closed", "locked", "opens inward"
  bool below_min_width = false;
};

struct ExitRulesResult {
  bool applied = false;
  int exits_counted = 0;
  int exits_required = 0;
  double width_total_m = 0.0;
  double width_required_m = 0.0;
  double min_total_width_m = 0.0;
  bool count_ok = true;
  bool width_ok = true;
  bool total_ok = true;
  int failures() const { return applied ? !count_ok + !width_ok + !total_ok : 0; }
};

struct CapacityResult {
  double perimeter_area_m2 = 0.0;
  double blocked_area_m2 = 0.0;  // stalls, structures, stages and buildings inside the perimeter
  double net_area_m2 = 0.0;
  double area_capacity = 0.0;       // persons
  double exit_width_total_m = 0.0;  // of the counted exits
  double widest_exit_m = 0.0;
  double exit_width_usable_m = 0.0;  // total without the widest
  double exit_capacity = 0.0;        // persons
  double capacity = 0.0;             // persons: the smaller of the two
  std::string limited_by;            // "area" or "exits"
  std::int64_t attendance = 0;
  double utilisation = 0.0;  // attendance / capacity; infinity when the capacity is 0
  Verdict verdict = Verdict::kPass;
  std::vector<ExitCheck> exits;  // one per layout exit
  ExitRulesResult exit_rules;
};

CapacityResult capacity(const scenario::Layout& layout, const city::CityModel& city,
                        std::int64_t attendance, const CapacityParams& params);

}  // namespace agora::crowd
