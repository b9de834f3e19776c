#pragma once
// What kind of event this is for the permit (docs/sources.md, Assessment):
// - the Dutch class: A no notable risk, B attention event (advice from one service),
//   C risk event (joint advice of fire, police and medical services);
// - the Belgian risk-event question (KB 16 Feb 2006, circular NPU-4): a risk event gets a
//   multidisciplinary risk analysis by the five disciplines (D1 fire, D2 medical, D3 police,
//   D4 civil protection, D5 information) with the authority's emergency planning, combined by
//   the authority, and the threat analysis centre (OCAM) where a terrorist threat is in play.
// Both follow from the risk matrix and the audience size by the profile's rules (policy). Scans
// are advisory: the officer can override either answer, with the reason recorded.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/assess/risk.hpp"
#include "sim/scenario/scenario.hpp"

namespace agora::assess {

struct ClassificationParams {
  Band nl_b_from = Band::kMedium;                // (policy) class B from a medium risk
  Band nl_c_from = Band::kHigh;                  // (policy) class C from a high risk
  std::int64_t nl_b_attendance = 2000;           // (policy) or from this many people at once
  std::int64_t nl_c_attendance = 10000;          // (policy)
  Band be_risk_event_from = Band::kHigh;         // (policy) a Belgian risk event from a high risk
  std::int64_t be_risk_event_attendance = 5000;  // (policy) or this many people at once
  void validate() const;
};

struct Classification {
  std::string nl_class_computed;  // "A", "B", "C"
  std::vector<Statement> nl_reasons;
  bool belgian_risk_event_computed = false;
  std::vector<Statement> be_reasons;
  std::string nl_class;  // after the officer's override
  bool belgian_risk_event = false;
  std::vector<std::string> nl_advisors;  // services to advise under the final Dutch class (codes)
  std::vector<std::string>
      disciplines;  // Belgian disciplines to advise under the final answer (codes)
  bool overridden = false;
  std::string override_reason;
  std::string override_by;
};

Classification classify(const RiskMatrix& risk, const scenario::EventFacts& event,
                        const ClassificationParams& params,
                        const std::optional<scenario::ClassificationOverride>& officer);

}  // namespace agora::assess
