#include "app/run/assess_json.hpp"

#include "gis/provenance.hpp"
#include "gis/table_writer.hpp"
#include "report/assess_text.hpp"
#include "sim/assess/assess.hpp"

namespace agora::run {

using json = nlohmann::json;

json assess_json(const RunResult& run, const AnalysisOutput& out, const gis::Profile& profile) {
  const auto* r = std::any_cast<assess::AssessResult>(&out.detail);
  if (!r) throw Error("", "assess", "detail", "the assess output carries no assessment result");
  const report::Strings en("en");
  json doc;
  doc["agora_assess"] = 1;
  doc["provenance"] = gis::provenance_to_json(run.provenance);
  json params = json::array();
  for (const gis::ProfileEntry& e : profile.entries())
    params.push_back({{"key", e.key}, {"value", e.value}, {"source", e.source}});
  doc["profile"] = {{"name", profile.name()}, {"file", profile.file()}, {"parameters", params}};
  doc["figures"] = gis::figures_to_json(out.figures);

  json rows = json::array();
  for (const assess::ScoreRow& s : r->scorecard.rows)
    rows.push_back({{"criterion", s.name},
                    {"title", report::criterion_title(s, en)},
                    {"rating", assess::to_string(s.rating)},
                    {"value", s.value ? json(*s.value) : json(nullptr)},
                    {"unit", s.unit},
                    {"measure", s.measure},
                    {"rule", report::criterion_rule(s, en)},
                    {"green_max", s.green_max},
                    {"amber_max", s.amber_max},
                    {"not_assessed", report::criterion_reason(s, en)},
                    {"source", s.source},
                    {"weight", s.weight},
                    {"veto", s.veto}});
  doc["scorecard"] = {{"rows", rows},
                      {"index", r->scorecard.index},
                      {"overall", assess::to_string(r->scorecard.overall)}};

  json hazards = json::array();
  for (const assess::RiskRow& h : r->risk.rows) {
    json row = {{"hazard", h.name},
                {"title", report::hazard_title(h, en)},
                {"assessed", h.assessed},
                {"basis", report::risk_basis(h, r->scorecard, en)},
                {"disciplines", h.disciplines}};
    if (h.assessed) {
      row["likelihood"] = h.likelihood;
      row["consequence"] = h.consequence;
      row["score"] = h.score;
      row["band"] = assess::to_string(h.band);
    }
    hazards.push_back(row);
  }
  doc["risk_matrix"] = {
      {"rows", hazards},
      {"worst_band", r->risk.worst ? json(assess::to_string(*r->risk.worst)) : json(nullptr)},
      {"worst_score", r->risk.worst_score}};

  const assess::Classification& c = r->classification;
  json cls = {{"nl_class", c.nl_class},
              {"nl_class_computed", c.nl_class_computed},
              {"nl_reasons", statements_json(c.nl_reasons)},
              {"nl_advisors", c.nl_advisors},
              {"belgian_risk_event", c.belgian_risk_event},
              {"belgian_risk_event_computed", c.belgian_risk_event_computed},
              {"be_reasons", statements_json(c.be_reasons)},
              {"disciplines", c.disciplines},
              {"overridden", c.overridden}};
  if (c.overridden) cls["override"] = {{"reason", c.override_reason}, {"by", c.override_by}};
  doc["classification"] = cls;

  json parts = json::array();
  for (const access::UnreachablePart& p : r->access.parts) {
    json part = {{"area_m2", p.area_m2},
                 {"reason", access::to_string(p.reason)},
                 {"label_point", {p.label_point.x, p.label_point.y}}};
    if (p.blocking)
      part["blocking"] = {{"x", p.blocking->pos.x},
                          {"y", p.blocking->pos.y},
                          {"clear_width_m", p.blocking->clear_width_m},
                          {"between", p.blocking->between}};
    parts.push_back(part);
  }
  doc["unreachable_areas"] = parts;
  doc["assumptions"] = statements_json(out.assumptions);
  json warnings = json::array();
  for (const Problem& w : run.loaded.warnings) warnings.push_back(w.to_string());
  for (const Problem& w : out.warnings) warnings.push_back(w.to_string());
  doc["warnings"] = warnings;
  return doc;
}

}  // namespace agora::run
