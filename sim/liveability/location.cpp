#include "sim/liveability/location.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "sim/core/error.hpp"
#include "sim/noise/facade_limit.hpp"

namespace agora::liveability {

namespace {

// [start, end) of a day in minutes after its midnight; an end at or before the start runs past
// midnight.
std::pair<int, int> span_of(const scenario::EventDay& d) {
  const int s = noise::minutes_of(d.start, "days.start");
  int e = noise::minutes_of(d.end, "days.end");
  if (e <= s) e += 1440;
  return {s, e};
}

bool touches(const scenario::EventDay& d, const std::string& from, const std::string& until) {
  const auto [s, e] = span_of(d);
  const int pf = noise::minutes_of(from, "periods.from");
  int pu = noise::minutes_of(until, "periods.until");
  if (pu <= pf) pu += 1440;
  for (int shift : {-1440, 0, 1440})
    if (s < pu + shift && e > pf + shift) return true;
  return false;
}

const PeriodLimit* night_period(const LocationConditions& c) {
  for (const PeriodLimit& p : c.periods)
    if (p.name == "night") return &p;
  return nullptr;
}

bool runs_into_night(const scenario::EventDay& d, const LocationConditions& c) {
  const PeriodLimit* n = night_period(c);
  return n ? touches(d, n->from, n->until) : touches(d, "23:00", "07:00");
}

std::string month_of(const std::string& date) {
  return date.substr(0, 7);
}

}  // namespace

void LocationConditions::validate() const {
  auto fail = [&](const std::string& field, const std::string& what) {
    throw Error(file, "location", field, what);
  };
  if (name.empty()) fail("name", "missing: name the square or street");
  for (const PeriodLimit& p : periods) {
    try {
      noise::minutes_of(p.from, "periods.from");
      noise::minutes_of(p.until, "periods.until");
    } catch (const Error&) {
      fail("periods." + p.name,
           "expected from and until as HH:MM, got '" + p.from + "' and '" + p.until + "'");
    }
    if (p.facade_laeq_dba < 20.0 || p.facade_laeq_dba > 120.0)
      fail("periods." + p.name + ".facade_laeq_dba", "expected 20–120 dB(A)");
  }
  if (!latest_end.empty()) {
    try {
      noise::minutes_of(latest_end, "latest_end");
    } catch (const Error&) {
      fail("latest_end", "expected HH:MM, got '" + latest_end + "'");
    }
  }
  if (max_events_per_year < 0 || max_events_per_month < 0 || max_consecutive_weekends < 0)
    fail("max_events", "expected 0 (no rule) or a positive count");
  if (letter_radius_m < 0.0 || letter_radius_m > 5000.0)
    fail("letter_radius_m", "expected 0–5000 m");
}

long days_from_iso(const std::string& date, const char* field) {
  int y = 0, m = 0, d = 0;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-' ||
      std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 ||
      d > 31)
    throw Error("", "date", field, "expected a date YYYY-MM-DD, got '" + date + "'");
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string iso_from_days(long days) {
  const long z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153, dd = doy - (153 * mp + 2) / 5 + 1,
                 mm = mp < 10 ? mp + 3 : mp - 9;
  const long yy = static_cast<long>(yoe) + era * 400 + (mm <= 2);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", yy, mm, dd);
  return buf;
}

int weekday_of(long days) {
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}  // 1970-01-01 was a Thursday

LocationLimit location_limit(const std::vector<scenario::EventDay>& days,
                             const LocationConditions& c) {
  LocationLimit out;
  for (const PeriodLimit& p : c.periods)
    for (const scenario::EventDay& d : days)
      if (touches(d, p.from, p.until) &&
          (out.period.empty() || p.facade_laeq_dba < out.limit_dba)) {
        out.limit_dba = p.facade_laeq_dba;
        out.period = p.name;
      }
  return out;
}

CalendarLoad calendar_load(const std::vector<CalendarEvent>& calendar, const CalendarEvent& judged,
                           const LocationConditions& c) {
  CalendarLoad load;
  if (judged.days.empty()) return load;
  const std::string year = judged.days.front().date.substr(0, 4);
  std::vector<CalendarEvent> all;
  for (const CalendarEvent& e : calendar) {
    bool in_year = false;
    for (const auto& d : e.days) in_year = in_year || d.date.substr(0, 4) == year;
    if (in_year) all.push_back(e);
  }
  all.push_back(judged);
  all.back().judged = true;
  std::stable_sort(all.begin(), all.end(), [](const CalendarEvent& a, const CalendarEvent& b) {
    return a.days.front().date < b.days.front().date;
  });
  auto breach = [&](const CalendarEvent& e, std::string rule, double value, double limit,
                    std::string when) {
    load.breaches.push_back({e.name, std::move(rule), value, limit, std::move(when)});
    load.judged_event_breaches += e.judged;
  };

  // Events per year and per month, counted in calendar order: the event that goes over is named.
  std::map<std::string, int> running;
  int count = 0;
  for (const CalendarEvent& e : all) {
    ++count;
    load.event_days += static_cast<int>(e.days.size());
    if (c.max_events_per_year > 0 && count > c.max_events_per_year)
      breach(e, "max_events_per_year", count, c.max_events_per_year, year);
    std::set<std::string> months;
    for (const auto& d : e.days)
      if (d.date.substr(0, 4) == year) months.insert(month_of(d.date));
    for (const std::string& m : months) {
      const int n = ++running[m];
      if (c.max_events_per_month > 0 && n > c.max_events_per_month)
        breach(e, "max_events_per_month", n, c.max_events_per_month, m);
    }
    // Its own conditions: the latest end and the façade limit.
    if (!c.latest_end.empty()) {
      int latest = noise::minutes_of(c.latest_end, "latest_end");
      if (latest < 12 * 60) latest += 1440;  // "01:00" is after midnight
      for (const auto& d : e.days)
        if (span_of(d).second > latest) {
          breach(e, "latest_end", span_of(d).second - latest, 0.0, d.date);
          break;
        }
    }
    const LocationLimit lim = location_limit(e.days, c);
    if (!lim.period.empty() && e.facade_dba > lim.limit_dba + 1e-9)
      breach(e, "facade_limit", e.facade_dba, lim.limit_dba, lim.period);
  }
  load.events = count;
  load.events_per_month = running;
  for (const auto& [m, n] : running)
    load.max_events_in_a_month = std::max(load.max_events_in_a_month, n);

  // Weekends taken (by their Saturday), then runs of consecutive ones.
  std::map<long, const CalendarEvent*> weekends;  // Saturday → first event on it
  for (const CalendarEvent& e : all)
    for (const auto& d : e.days) {
      const long day = days_from_iso(d.date, "days.date");
      const int wd = weekday_of(day);
      if (wd == 5 || wd == 6) weekends.emplace(day - (wd - 5), &e);
    }
  int run = 0;
  long previous = 0;
  std::set<const CalendarEvent*> flagged;
  for (const auto& [saturday, e] : weekends) {
    run = (run > 0 && saturday - previous == 7) ? run + 1 : 1;
    previous = saturday;
    load.max_weekends_in_a_row = std::max(load.max_weekends_in_a_row, run);
    if (c.max_consecutive_weekends > 0 && run > c.max_consecutive_weekends &&
        flagged.insert(e).second) {
      breach(*e, "max_consecutive_weekends", run, c.max_consecutive_weekends,
             iso_from_days(saturday));
    }
  }

  for (double level : c.calendar_levels_dba) {
    LevelCount lc;
    lc.level_dba = level;
    for (const CalendarEvent& e : all)
      if (e.facade_dba > level)
        for (const auto& d : e.days) {
          ++lc.days;
          lc.nights += runs_into_night(d, c);
        }
    load.levels.push_back(lc);
  }
  load.events_sorted = std::move(all);
  return load;
}

}  // namespace agora::liveability
