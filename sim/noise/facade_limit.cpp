#include "sim/noise/facade_limit.hpp"

#include "sim/core/error.hpp"

namespace agora::noise {

int minutes_of(const std::string& hhmm, const char* field) {
  if (hhmm.size() == 5 && hhmm[2] == ':' && std::isdigit(static_cast<unsigned char>(hhmm[0])) &&
      std::isdigit(static_cast<unsigned char>(hhmm[1])) &&
      std::isdigit(static_cast<unsigned char>(hhmm[3])) &&
      std::isdigit(static_cast<unsigned char>(hhmm[4]))) {
    const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
    const int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
    if (h < 24 && m < 60) return h * 60 + m;
  }
  throw Error("", "parameter", field, "expected a time HH:MM, got '" + hhmm + "'");
}

void FacadeLimits::validate() const {
  require_in_range("noise.facade_limit_day_dba", day_dba, 0.0, 140.0, "dB(A)");
  require_in_range("noise.facade_limit_night_dba", night_dba, 0.0, 140.0, "dB(A)");
  minutes_of(night_from, "noise.night_from");
  minutes_of(night_until, "noise.night_until");
}

AppliedLimit applicable_limit(const std::vector<scenario::EventDay>& days,
                              const FacadeLimits& limits) {
  limits.validate();
  const int nf = minutes_of(limits.night_from, "noise.night_from");
  int nu = minutes_of(limits.night_until, "noise.night_until");
  if (nu <= nf) nu += 1440;  // the night runs past midnight
  for (const scenario::EventDay& d : days) {
    const int s = minutes_of(d.start, "event.days.start");
    int e = minutes_of(d.end, "event.days.end");
    if (e <= s) e += 1440;  // the event runs past midnight
    // The night windows that can touch [s, e]: the one starting the evening before and this one.
    for (int shift : {-1440, 0}) {
      if (s < nu + shift && e > nf + shift)
        return {limits.night_dba, true,
                d.date + " runs " + d.start + "–" + d.end + ", into the night from " +
                    limits.night_from,
                say("noise.why.night", {d.date, d.start, d.end, limits.night_from})};
    }
  }
  return {limits.day_dba, false, "every event day ends before " + limits.night_from,
          say("noise.why.day", {limits.night_from})};
}

}  // namespace agora::noise
