#include "report/sections/suggestion_section.hpp"

#include <algorithm>

#include "report/format.hpp"

namespace agora::report {

namespace {

std::string eur(double v, const Strings& tr) {
  return format_number(v, 0, tr) + " EUR";
}

Tone better(double suggested, double planner) {
  return suggested < planner - 1e-6   ? Tone::kGood
         : suggested > planner + 1e-6 ? Tone::kCaution
                                      : Tone::kNeutral;
}

}  // namespace

Section suggestion_section(const SuggestionReport& in, const Strings& tr) {
  const barriers::Suggestion& s = in.suggestion;
  Section sec;
  sec.id = "barrier-suggestion";
  sec.title = tr("suggestion.title");
  std::string classes;
  for (const std::string& c : in.classes) classes += (classes.empty() ? "" : ", ") + c;
  sec.blocks.push_back(Paragraph{plain(
      tr.format("suggestion.method",
                {classes, std::to_string(s.candidate_lines), std::to_string(s.candidate_options),
                 std::to_string(s.run_ups), std::to_string(s.rounds)}))});
  sec.blocks.push_back(
      Badge{s.full_protection ? Tone::kGood : Tone::kBad,
            tr(s.full_protection ? "suggestion.badge_full" : "suggestion.badge_partial"),
            tr.format("suggestion.badge_detail", {eur(s.total_eur, tr)})});

  Table cmp;
  cmp.id = "suggestion-comparison";
  cmp.caption = tr("suggestion.compare_caption");
  cmp.columns = {{Align::kLeft, 2.0}, {Align::kRight, 1.0}, {Align::kRight, 1.0}};
  cmp.header = {{HeaderCell(tr("suggestion.col_measure")),
                 HeaderCell(tr("suggestion.col_suggested")),
                 HeaderCell(tr("suggestion.col_planner"))}};
  const std::size_t adequate = static_cast<std::size_t>(
      std::count_if(s.crossings.begin(), s.crossings.end(),
                    [](const barriers::CrossingOutcome& c) { return c.adequate; }));
  cmp.rows.push_back(
      {Cell(tr("suggestion.row_cost")),
       Cell(eur(s.total_eur, tr), better(s.total_eur, in.planner_cost_eur)),
       Cell(eur(in.planner_cost_eur, tr) +
            (in.planner_barriers_without_cost
                 ? " " + tr.format("suggestion.without_cost",
                                   {std::to_string(in.planner_barriers_without_cost)})
                 : ""))});
  cmp.rows.push_back({Cell(tr("suggestion.row_barriers")), Cell(std::to_string(s.barriers.size())),
                      Cell(std::to_string(in.planner_barriers))});
  cmp.rows.push_back(
      {Cell(tr("suggestion.row_adequate")),
       Cell(tr.format("suggestion.of",
                      {std::to_string(adequate), std::to_string(s.crossings.size())}),
            adequate == s.crossings.size() ? Tone::kGood : Tone::kBad),
       Cell(tr.format("suggestion.of",
                      {std::to_string(in.planner_adequate), std::to_string(in.planner_crossings)}),
            in.planner_adequate == in.planner_crossings ? Tone::kGood : Tone::kBad)});
  cmp.rows.push_back({Cell(tr("suggestion.row_exposed")),
                      Cell(format_number(s.people_exposed, 0, tr),
                           better(s.people_exposed, in.planner_people_exposed)),
                      Cell(format_number(in.planner_people_exposed, 0, tr))});
  cmp.rows.push_back(
      {Cell(tr("suggestion.row_fire")),
       Cell(format_number(in.access_unreachable_m2, 0, tr) + " m²",
            in.access_unreachable_m2 > in.planner_access_unreachable_m2 + 1.0 ? Tone::kBad
                                                                              : Tone::kGood),
       Cell(format_number(in.planner_access_unreachable_m2, 0, tr) + " m²")});
  cmp.note = tr("suggestion.compare_note");
  sec.blocks.push_back(cmp);

  Table bill;
  bill.id = "suggestion-bill";
  bill.caption = tr("suggestion.bill_caption");
  bill.columns = {{Align::kLeft, 2.5},
                  {Align::kRight, 0.6},
                  {Align::kRight, 1.0},
                  {Align::kRight, 1.0},
                  {Align::kLeft, 3.0}};
  bill.header = {{HeaderCell(tr("suggestion.col_product")), HeaderCell(tr("suggestion.col_count")),
                  HeaderCell(tr("suggestion.col_unit_price")),
                  HeaderCell(tr("suggestion.col_total")),
                  HeaderCell(tr("suggestion.col_price_source"))}};
  for (const barriers::BillLine& b : s.bill)
    bill.rows.push_back({Cell(b.product + " (" + b.catalogue_id + ")"),
                         Cell(std::to_string(b.count) + " × " + b.unit),
                         Cell(eur(b.unit_price_eur, tr)), Cell(eur(b.total_eur, tr)),
                         Cell(b.price_source)});
  bill.rows.push_back({Cell(tr("suggestion.total"), Tone::kNeutral, true), Cell(""), Cell(""),
                       Cell(eur(s.total_eur, tr), Tone::kNeutral, true), Cell("")});
  sec.blocks.push_back(bill);

  Table cr;
  cr.id = "suggestion-crossings";
  cr.caption = tr("suggestion.crossings_caption");
  cr.columns = {{Align::kLeft, 1.6},
                {Align::kLeft, 1.0},
                {Align::kLeft, 2.0},
                {Align::kLeft, 3.0},
                {Align::kRight, 0.8}};
  cr.header = {{HeaderCell(tr("suggestion.col_crossing")), HeaderCell(tr("suggestion.col_verdict")),
                HeaderCell(tr("suggestion.col_line")), HeaderCell(tr("suggestion.col_why")),
                HeaderCell(tr("suggestion.col_exposed"))}};
  for (const barriers::CrossingOutcome& c : s.crossings)
    cr.rows.push_back(
        {Cell(c.label),
         Cell(std::string(vehicle::verdict_text(c.verdict)) + " (" + c.worst_class + ")",
              c.adequate ? Tone::kGood : Tone::kBad),
         Cell(c.protected_by.empty() ? "—" : c.protected_by),
         Cell(c.unprotectable ? tr("suggestion.unprotectable") : c.why),
         Cell(format_number(c.people_exposed, 0, tr))});
  cr.note = tr("suggestion.crossings_note");
  sec.blocks.push_back(cr);

  if (!s.pareto.empty()) {
    Table pf;
    pf.id = "suggestion-pareto";
    pf.caption = tr("suggestion.pareto_caption");
    pf.columns = {{Align::kRight, 1.0}, {Align::kRight, 1.0}, {Align::kRight, 1.0}};
    pf.header = {{HeaderCell(tr("suggestion.col_cost")), HeaderCell(tr("suggestion.col_exposed")),
                  HeaderCell(tr("suggestion.col_approaches"))}};
    for (const barriers::ParetoPoint& p : s.pareto)
      pf.rows.push_back({Cell(eur(p.cost_eur, tr)), Cell(format_number(p.people_exposed, 0, tr)),
                         Cell(std::to_string(p.mouths_protected))});
    pf.note = tr("suggestion.pareto_note");
    sec.blocks.push_back(pf);
  }
  sec.blocks.push_back(
      Callout{Tone::kCaution, tr("suggestion.caveat_title"), plain(tr("suggestion.caveat"))});
  return sec;
}

Document suggestion_document(const SuggestionReport& in, const std::string& event_name,
                             const Strings& tr) {
  Document d;
  d.lang = tr.lang();
  d.title = tr("suggestion.title") + " – " + event_name;
  d.running_head = d.title;
  d.page_label = tr("doc.page");
  d.of_label = tr("doc.of");
  d.cover.kicker = tr("suggestion.title");
  d.cover.title = event_name;
  Section s = suggestion_section(in, tr);
  s.number = "1";
  d.sections.push_back(std::move(s));
  return d;
}

}  // namespace agora::report
