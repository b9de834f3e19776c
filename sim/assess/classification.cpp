#include "sim/assess/classification.hpp"

#include <algorithm>

#include "sim/assess/disciplines.hpp"
#include "sim/core/error.hpp"

namespace agora::assess {

void ClassificationParams::validate() const {
  if (static_cast<int>(nl_c_from) < static_cast<int>(nl_b_from))
    throw Error("", "parameter", "classification.nl_c_from_band",
                "must not be below classification.nl_b_from_band");
  require_in_range("classification.nl_b_attendance", static_cast<double>(nl_b_attendance), 1.0,
                   1e9);
  require_in_range("classification.nl_c_attendance", static_cast<double>(nl_c_attendance),
                   static_cast<double>(nl_b_attendance), 1e9);
  require_in_range("classification.be_risk_event_attendance",
                   static_cast<double>(be_risk_event_attendance), 1.0, 1e9);
}

namespace {

void add_unique(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

bool at_least(const std::optional<Band>& b, Band floor) {
  return b && static_cast<int>(*b) >= static_cast<int>(floor);
}

}  // namespace

Classification classify(const RiskMatrix& risk, const scenario::EventFacts& event,
                        const ClassificationParams& params,
                        const std::optional<scenario::ClassificationOverride>& officer) {
  params.validate();
  Classification c;
  const std::int64_t n = event.attendance_peak;
  // "highest risk high (score 12)", or "no hazard assessed".
  const Statement worst =
      risk.worst
          ? say("class.reason.risk", {term(band_key(*risk.worst)), StatementArg(risk.worst_score)})
          : say("class.reason.no_risk");

  // The Netherlands.
  c.nl_class_computed = "A";
  if (at_least(risk.worst, params.nl_c_from)) {
    c.nl_class_computed = "C";
    c.nl_reasons.push_back(worst);
  } else if (n >= params.nl_c_attendance) {
    c.nl_class_computed = "C";
    c.nl_reasons.push_back(say("class.reason.people_from",
                               {StatementArg(n), "C", StatementArg(params.nl_c_attendance)}));
  }
  if (c.nl_class_computed == "A") {
    if (at_least(risk.worst, params.nl_b_from)) {
      c.nl_class_computed = "B";
      c.nl_reasons.push_back(worst);
    } else if (n >= params.nl_b_attendance) {
      c.nl_class_computed = "B";
      c.nl_reasons.push_back(say("class.reason.people_from",
                                 {StatementArg(n), "B", StatementArg(params.nl_b_attendance)}));
    } else {
      c.nl_reasons.push_back(worst);
      c.nl_reasons.push_back(say("class.reason.people", {StatementArg(n)}));
    }
  }

  // Belgium.
  if (at_least(risk.worst, params.be_risk_event_from)) {
    c.belgian_risk_event_computed = true;
    c.be_reasons.push_back(worst);
  }
  if (n >= params.be_risk_event_attendance) {
    c.belgian_risk_event_computed = true;
    c.be_reasons.push_back(say("class.reason.risk_event_from",
                               {StatementArg(n), StatementArg(params.be_risk_event_attendance)}));
  }
  if (!c.belgian_risk_event_computed) {
    c.be_reasons.push_back(worst);
    c.be_reasons.push_back(say("class.reason.people", {StatementArg(n)}));
  }

  c.nl_class = c.nl_class_computed;
  c.belgian_risk_event = c.belgian_risk_event_computed;
  if (officer) {
    c.overridden = true;
    c.override_reason = officer->reason;
    c.override_by = officer->by;
    if (!officer->nl_class.empty()) c.nl_class = officer->nl_class;
    if (officer->belgian_risk_event) c.belgian_risk_event = *officer->belgian_risk_event;
  }

  // Who advises. The highest-scoring hazard's first discipline speaks for a B event; C events
  // get the joint advice of fire, police and medical services.
  const RiskRow* top = nullptr;
  for (const RiskRow& r : risk.rows)
    if (r.assessed && (!top || r.score > top->score)) top = &r;
  if (c.nl_class == "B") {
    add_unique(c.nl_advisors,
               top && !top->disciplines.empty() ? top->disciplines.front() : discipline::kFire);
  } else if (c.nl_class == "C") {
    for (const char* d : {discipline::kFire, discipline::kPolice, discipline::kMedical})
      add_unique(c.nl_advisors, d);
  }
  // A Belgian risk event: the multidisciplinary analysis of the five disciplines and the
  // authority's emergency planning (KB 16 Feb 2006), plus any other body a high hazard names
  // (the threat analysis centre for hostile vehicles); otherwise the disciplines of every
  // hazard from medium up.
  if (c.belgian_risk_event) {
    for (const char* d : discipline::kMultidisciplinary) add_unique(c.disciplines, d);
    for (const RiskRow& r : risk.rows)
      if (r.assessed && static_cast<int>(r.band) >= static_cast<int>(Band::kHigh))
        for (const std::string& d : r.disciplines) add_unique(c.disciplines, d);
  } else {
    for (const RiskRow& r : risk.rows)
      if (r.assessed && static_cast<int>(r.band) >= static_cast<int>(Band::kMedium))
        for (const std::string& d : r.disciplines) add_unique(c.disciplines, d);
  }
  return c;
}

}  // namespace agora::assess
