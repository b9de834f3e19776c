#include "report/build/blocks.hpp"
#include "report/build/parts.hpp"
#include "report/escape.hpp"
#include "report/report.hpp"

namespace agora::report {

Document build_report(const ReportInput& input, const ReportOptions& options) {
  Strings tr(options.lang);
  tr.mark_data(true);  // names and paths in the statements carry translate="no" in the HTML
  BuildContext ctx{input, options, tr};
  Document doc;
  doc.lang = tr.lang();
  const std::string event =
      input.scenario.event.name.empty() ? input.scenario.name : input.scenario.event.name;
  doc.title = tr.format("doc.title", {event});
  doc.running_head = tr.format("doc.running_head", {as_data(event)});
  doc.running_foot = options.generated.empty()
                         ? tr.format("doc.running_foot_undated", {AGORA_VERSION})
                         : tr.format("doc.running_foot", {AGORA_VERSION, options.generated});
  if (input.osm_data || input.city.stats.from_osm)
    doc.attribution = as_data("© OpenStreetMap contributors");
  doc.page_label = tr("doc.page");
  doc.of_label = tr("doc.of");
  doc.cover = build_cover(cover_summary(ctx), ctx);
  doc.sections.push_back(layout_section(ctx));
  for (const run::AnalysisOutput& o : input.outputs) {
    if (const SectionPlugin* p = find_section_plugin(o.analysis); p && p->sections) {
      for (Section& s : p->sections(o, ctx)) doc.sections.push_back(std::move(s));
    } else {
      doc.sections.push_back(generic_section(o, ctx));
    }
  }
  doc.sections.push_back(emma_section(ctx));
  if (!options.compare.empty()) doc.sections.push_back(comparison_section(ctx));
  doc.sections.push_back(assumptions_section(ctx));
  return doc;
}

}  // namespace agora::report
