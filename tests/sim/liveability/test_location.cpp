// A square's conditions and its year of events: the limit an event's hours call for, and the
// calendar's load with the events that break a rule, all counted by hand below.

#include <catch2/catch.hpp>

#include "sim/liveability/location.hpp"

using namespace agora;
using namespace agora::liveability;

namespace {

LocationConditions square() {
  LocationConditions c;
  c.name = "Grote Markt (test)";
  c.periods = {{"day", "07:00", "19:00", 75},
               {"evening", "19:00", "23:00", 70},
               {"night", "23:00", "07:00", 60}};
  c.latest_end = "23:00";
  c.max_events_per_year = 3;
  c.max_events_per_month = 1;
  c.max_consecutive_weekends = 2;
  c.calendar_levels_dba = {65, 70};
  return c;
}

CalendarEvent event(std::string name, std::vector<scenario::EventDay> days, double facade) {
  CalendarEvent e;
  e.name = std::move(name);
  e.days = std::move(days);
  e.facade_dba = facade;
  return e;
}

}  // namespace

TEST_CASE("dates: day numbers and weekdays", "[liveability]") {
  // 1970-01-01 was a Thursday (day 0); 2026-03-07 is day 20519, a Saturday.
  CHECK(days_from_iso("1970-01-01", "d") == 0);
  CHECK(days_from_iso("2026-03-07", "d") == 20519);
  CHECK(weekday_of(0) == 3);
  CHECK(weekday_of(20519) == 5);
  CHECK(iso_from_days(20533) == "2026-03-21");
  CHECK_THROWS_WITH(days_from_iso("2026-3-7", "event.from"), Catch::Contains("event.from"));
}

TEST_CASE("the location's limit is the strictest period an event's hours touch", "[liveability]") {
  const LocationConditions c = square();
  // 10:00–18:00 lies in the day: 75. 10:00–21:00 reaches the evening: 70. 18:00–23:30 the
  // night: 60.
  CHECK(location_limit({{"2026-03-07", "10:00", "18:00"}}, c).limit_dba == 75);
  CHECK(location_limit({{"2026-03-07", "10:00", "21:00"}}, c).period == "evening");
  CHECK(location_limit({{"2026-03-07", "18:00", "23:30"}}, c).limit_dba == 60);
  CHECK(location_limit({{"2026-03-07", "21:00", "01:00"}}, c).period == "night");  // past midnight
}

TEST_CASE(
    "the year's calendar: events per month and year, weekends in a row, the event that breaks a "
    "rule",
    "[liveability]") {
  // March 2026: Saturdays 7, 14, 21. At most 1 event a month, 3 a year, 2 weekends in a row.
  //   1 fair      Sat 7 – Sun 8 Mar, 10–18, 68 dB(A): day limit 75, fine; first in March
  //   2 concert   Sat 14 Mar, 19–23:30, 72 dB(A): second in March (> 1); ends 30 min after 23:00;
  //               touches the night (60): 72 > 60
  //   3 market    Sat 21 – Sun 22 Mar, 10–21, 71 dB(A) (the judged one): third in March; evening
  //               limit 70 < 71; third weekend in a row (> 2)
  //   4 autumn    Sat 3 Oct, 12–18, 60 dB(A): fourth of the year (> 3)
  // Breaches: concert 3, market 3, autumn 1 = 7; the judged event's 3.
  const LocationConditions c = square();
  const std::vector<CalendarEvent> others = {
      event("fair", {{"2026-03-07", "10:00", "18:00"}, {"2026-03-08", "10:00", "18:00"}}, 68),
      event("concert", {{"2026-03-14", "19:00", "23:30"}}, 72),
      event("autumn", {{"2026-10-03", "12:00", "18:00"}}, 60),
      event("last year", {{"2025-12-06", "12:00", "18:00"}}, 90),  // another year: not counted
  };
  const CalendarEvent judged =
      event("market", {{"2026-03-21", "10:00", "21:00"}, {"2026-03-22", "10:00", "21:00"}}, 71);
  const CalendarLoad load = calendar_load(others, judged, c);
  CHECK(load.events == 4);
  CHECK(load.event_days == 6);
  CHECK(load.events_per_month.at("2026-03") == 3);
  CHECK(load.max_events_in_a_month == 3);
  CHECK(load.max_weekends_in_a_row == 3);
  REQUIRE(load.breaches.size() == 7);
  CHECK(load.judged_event_breaches == 3);
  int concert = 0, market = 0, autumn = 0;
  for (const Breach& b : load.breaches) {
    concert += b.event == "concert";
    market += b.event == "market";
    autumn += b.event == "autumn";
    if (b.rule == "latest_end") CHECK(b.value == 30);
    if (b.rule == "max_consecutive_weekends") {
      CHECK(b.event == "market");
      CHECK(b.when == "2026-03-21");
      CHECK(b.value == 3);
    }
    if (b.rule == "max_events_per_year") CHECK(b.event == "autumn");
  }
  CHECK(concert == 3);
  CHECK(market == 3);
  CHECK(autumn == 1);
  // Days above 65: fair 2, concert 1, market 2 = 5, of which into the night (after 23:00): the
  // concert's 1. Above 70: concert 1 + market 2 = 3, nights 1.
  REQUIRE(load.levels.size() == 2);
  CHECK(load.levels[0].days == 5);
  CHECK(load.levels[0].nights == 1);
  CHECK(load.levels[1].days == 3);
  CHECK(load.levels[1].nights == 1);
  REQUIRE(load.events_sorted.size() == 4);
  CHECK(load.events_sorted[2].judged);
}
