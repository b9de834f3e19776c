#pragma once
// A square's conditions and its year of events, as a city keeps them (an event charter's
// condition sheet per square, an event calendar that spreads events in time): the permitted
// L_Aeq at the façade by period, the latest end time, the most events a year and a month, how
// many weekends in a row the square may be taken, and the radius of the residents' letter.
// The event is judged against them, and so is the square's whole year: events per month,
// weekends in a row, nights over each level; the events that break a rule are named.

#include <map>
#include <string>
#include <vector>

#include "sim/geometry/geometry.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::liveability {

// A period of the day with its façade limit: "day" 07:00–19:00 at 65 dB(A).
struct PeriodLimit {
  std::string name;
  std::string from, until;  // "HH:MM"; until ≤ from runs past midnight
  double facade_laeq_dba = 0.0;
};

struct LocationConditions {
  std::string name;
  std::string file;
  std::string osm_name;  // the square's name in the map, when no polygon is given
  Polygon area;          // in the scenario's metric CRS; may be empty
  std::vector<PeriodLimit> periods;
  std::string latest_end;            // "23:00"; empty: no rule
  int max_events_per_year = 0;       // 0: no rule
  int max_events_per_month = 0;      // 0: no rule
  int max_consecutive_weekends = 0;  // 0: no rule
  double letter_radius_m = 100.0;
  std::vector<double> calendar_levels_dba = {55, 65, 75};  // "nights over each level"
  bool illustrative = false;
  std::string source;
  void validate() const;  // throws agora::Error naming the file and field
};

struct CalendarEvent {
  std::string name;
  std::vector<scenario::EventDay> days;
  double facade_dba = 0.0;  // the L_Aeq expected at the façades (0: unknown)
  bool judged = false;      // the event of this scenario
};

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD"; throws agora::Error naming field.
long days_from_iso(const std::string& date, const char* field);
// The ISO date of a day number (the inverse of days_from_iso).
std::string iso_from_days(long days);
// 0 Monday … 6 Sunday.
int weekday_of(long days);

// The limit for one event: the strictest period any of its days touches.
struct LocationLimit {
  double limit_dba = 0.0;
  std::string period;  // the period that sets it
};
LocationLimit location_limit(const std::vector<scenario::EventDay>& days,
                             const LocationConditions& c);

// A rule one event of the calendar breaks.
struct Breach {
  std::string event;
  std::string rule;    // "max_events_per_month", "max_events_per_year", "max_consecutive_weekends",
                       // "latest_end", "facade_limit"
  double value = 0.0;  // what the event brings it to
  double limit = 0.0;
  std::string when;  // the month "2026-12", the weekend's Saturday, or the day
};

struct LevelCount {
  double level_dba = 0.0;
  int days = 0;    // event days with the façade level above it
  int nights = 0;  // of those, days that run into the night period
};

struct CalendarLoad {
  int events = 0;  // in the calendar year of the judged event
  int event_days = 0;
  std::map<std::string, int> events_per_month;  // "2026-12" → events with a day in the month
  int max_events_in_a_month = 0;
  int max_weekends_in_a_row = 0;
  std::vector<LevelCount> levels;
  std::vector<Breach> breaches;              // every event's breaches, in calendar order
  int judged_event_breaches = 0;             // those of the judged event
  std::vector<CalendarEvent> events_sorted;  // the year's events by first day
};

// The year's load: `calendar` (the other events) plus the judged event. The night is the
// location's period named "night" (else 23:00–07:00).
CalendarLoad calendar_load(const std::vector<CalendarEvent>& calendar, const CalendarEvent& judged,
                           const LocationConditions& c);

}  // namespace agora::liveability
