#include "report/build/event_text.hpp"

#include <cstdio>

namespace agora::report {

namespace {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

bool parse_iso(const std::string& s, Ymd& out) {
  return s.size() == 10 && std::sscanf(s.c_str(), "%4d-%2d-%2d", &out.y, &out.m, &out.d) == 3 &&
         out.m >= 1 && out.m <= 12 && out.d >= 1 && out.d <= 31;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long days_from_civil(Ymd v) {
  const int y = v.y - (v.m <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (v.m + (v.m > 2 ? -3 : 9)) + 2) / 5 + v.d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::string long_date(const std::string& iso, const Strings& tr) {
  Ymd d;
  if (!parse_iso(iso, d)) return iso;
  return tr.format("date.long",
                   {std::to_string(d.d), tr("month." + std::to_string(d.m)), std::to_string(d.y)});
}

EventDates event_dates(const std::vector<scenario::EventDay>& days, const Strings& tr) {
  EventDates out;
  if (days.empty()) {
    out.dates = out.hours = tr("value.not_given");
    return out;
  }
  bool consecutive = true, same_hours = true;
  for (std::size_t i = 1; i < days.size(); ++i) {
    Ymd a, b;
    if (!parse_iso(days[i - 1].date, a) || !parse_iso(days[i].date, b) ||
        days_from_civil(b) - days_from_civil(a) != 1)
      consecutive = false;
    if (days[i].start != days[0].start || days[i].end != days[0].end) same_hours = false;
  }
  if (days.size() == 1) {
    out.dates = long_date(days[0].date, tr);
  } else if (consecutive) {
    out.dates =
        tr.format("date.range", {long_date(days.front().date, tr), long_date(days.back().date, tr),
                                 std::to_string(days.size())});
  } else {
    for (std::size_t i = 0; i < days.size(); ++i)
      out.dates += (i ? "; " : "") + long_date(days[i].date, tr);
  }
  if (same_hours) {
    out.hours = tr.format(days.size() > 1 ? "date.hours_daily" : "date.hours",
                          {days[0].start, days[0].end});
  } else {
    for (std::size_t i = 0; i < days.size(); ++i)
      out.hours += (i ? "; " : "") + tr.format("date.hours_on", {long_date(days[i].date, tr),
                                                                 days[i].start, days[i].end});
  }
  return out;
}

}  // namespace agora::report
