#pragma once
// The event's dates and hours as people read them: a run of consecutive days with the same
// hours becomes "23 November 2026 – 24 December 2026 (32 days)" and "10:00–21:00 daily";
// anything else lists the days.

#include <string>
#include <vector>

#include "report/strings.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::report {

struct EventDates {
  std::string dates;  // "23 November 2026 – 24 December 2026 (32 days)"
  std::string hours;  // "10:00–21:00 daily", or one line per distinct pattern
};

EventDates event_dates(const std::vector<scenario::EventDay>& days, const Strings& tr);
// "2026-11-23" -> "23 November 2026" (month names from the table); the text itself when it
// is not an ISO date.
std::string long_date(const std::string& iso, const Strings& tr);

}  // namespace agora::report
