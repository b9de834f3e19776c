#pragma once
// Which façade limit applies to an event: the day limit, or the stricter night limit when any
// event day runs into the night hours the profile sets (local policy, docs/sources.md, Liveability
// and noise).

#include <string>
#include <vector>

#include "sim/core/statement.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::noise {

struct FacadeLimits {
  double day_dba = 60.0;    // (policy)
  double night_dba = 60.0;  // (policy)
  std::string night_from = "23:00";
  std::string night_until = "07:00";
  void validate() const;
};

struct AppliedLimit {
  double limit_dba = 0.0;
  bool night = false;
  std::string why;     // "2026-11-27 runs 10:00–23:30, into the night from 23:00"
  Statement said_why;  // the same for the report: noise.why.night / noise.why.day
};

// Minutes after midnight of "HH:MM"; throws agora::Error naming `field` when malformed.
int minutes_of(const std::string& hhmm, const char* field);

AppliedLimit applicable_limit(const std::vector<scenario::EventDay>& days,
                              const FacadeLimits& limits);

}  // namespace agora::noise
