#include <algorithm>
#include <cmath>

#include "report/build/blocks.hpp"
#include "report/build/parts.hpp"
#include "report/format.hpp"

namespace agora::report {

namespace {

// The rows one variant contributes: the layout facts every report has, then each analysis's
// rows (its section entry's, else its numeric figures).
std::vector<ComparisonRow> variant_rows(const ReportInput& in, BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const scenario::Layout& L = in.scenario.layout;
  std::vector<ComparisonRow> rows;
  rows.push_back(
      {"event.attendance_peak", tr("cover.attendance_peak"),
       Cell{format_number(double(in.scenario.event.attendance_peak), 0, tr), Tone::kNeutral, false,
            false, std::to_string(in.scenario.event.attendance_peak)}});
  std::size_t rated = 0;
  for (const auto& b : L.barriers) rated += !b.rating.empty();
  rows.push_back({"layout.barriers", tr("compare.barriers"),
                  Cell{tr.format("compare.barriers_value",
                                 {std::to_string(L.barriers.size()), std::to_string(rated)})}});
  const double cost = barrier_cost_eur(L);
  rows.push_back(
      {"layout.barrier_cost_eur", tr("compare.barrier_cost"),
       Cell{std::isnan(cost) ? tr("value.not_given") : "€ " + format_number(cost, 0, tr),
            Tone::kNeutral, false, false, std::isnan(cost) ? "" : format_number(cost, 0, tr)}});
  // A scenario built as a copy of the subject (the derived ReportInput) has the same outputs
  // vector shape; the entry point of each analysis decides its own rows.
  BuildContext variant_ctx{in, ctx.options, ctx.tr};
  for (const run::AnalysisOutput& o : in.outputs) {
    if (const SectionPlugin* p = find_section_plugin(o.analysis); p && p->comparison) {
      for (ComparisonRow& r : p->comparison(o, variant_ctx)) rows.push_back(std::move(r));
      continue;
    }
    for (const auto& [key, value] : o.figures.entries()) {
      if (std::holds_alternative<std::string>(value) ||
          std::holds_alternative<std::monostate>(value))
        continue;
      rows.push_back(
          {key, analysis_title(o.analysis, tr) + ": " + figure_label(key, tr),
           Cell{format_value(value, key, tr), Tone::kNeutral, false, false, exact_value(value)}});
    }
  }
  return rows;
}

}  // namespace

Section comparison_section(BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  Section sec;
  sec.id = "comparison";
  sec.number = ctx.take_number();
  sec.title = tr("compare.title");
  sec.blocks.push_back(Paragraph{plain(tr("compare.intro")), false});
  // The subject first unless the caller placed it among the variants.
  const auto& given = ctx.options.compare;
  std::vector<const ReportInput*> variants;
  if (std::find(given.begin(), given.end(), &ctx.input) == given.end())
    variants.push_back(&ctx.input);
  for (const ReportInput* v : given) variants.push_back(v);
  std::vector<std::string> keys, labels;
  std::vector<std::vector<ComparisonRow>> per_variant;
  for (const ReportInput* v : variants) {
    per_variant.push_back(variant_rows(*v, ctx));
    for (const ComparisonRow& r : per_variant.back())
      if (std::find(keys.begin(), keys.end(), r.key) == keys.end()) {
        keys.push_back(r.key);
        labels.push_back(r.label);
      }
  }
  Table t;
  t.id = "comparison-table";
  t.caption = tr("compare.caption");
  t.columns.push_back({Align::kLeft, 3.2});
  std::vector<HeaderCell> header{{tr("compare.item"), 1}};
  for (const ReportInput* v : variants) {
    t.columns.push_back({Align::kRight, 1.6});
    header.push_back({v->label.empty() ? v->scenario.name : v->label, 1});
  }
  t.header.push_back(std::move(header));
  for (std::size_t k = 0; k < keys.size(); ++k) {
    std::vector<Cell> row{Cell{labels[k]}};
    for (const auto& rows : per_variant) {
      const auto it = std::find_if(rows.begin(), rows.end(),
                                   [&](const ComparisonRow& r) { return r.key == keys[k]; });
      if (it == rows.end())
        row.emplace_back("—", Tone::kMuted);
      else
        row.push_back(it->value);
    }
    t.rows.push_back(std::move(row));
  }
  sec.blocks.push_back(std::move(t));
  // The layouts side by side: each variant's barriers over the same frame.
  for (std::size_t i = 0; i < variants.size(); ++i) {
    const ReportInput* v = variants[i];
    Map map = layout_map(*v, tr, 45.0);
    map.aspect = 0.55;
    sec.blocks.push_back(
        Figure{"map-variant-" + std::to_string(i + 1), std::move(map),
               tr.format("compare.map_caption", {v->label.empty() ? v->scenario.name : v->label})});
  }
  return sec;
}

}  // namespace agora::report
