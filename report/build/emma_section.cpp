// The multidisciplinary picture: one table per discipline (D1 … D5) with what it needs from
// this run (sim/assess/emma.hpp), so the safety meeting reads one shared picture.
#include "report/build/blocks.hpp"
#include "report/build/parts.hpp"
#include "report/sections/section_kit.hpp"
#include "sim/assess/emma.hpp"

namespace agora::report {

Section emma_section(BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  Section sec;
  sec.id = "multidisciplinary";
  sec.number = ctx.take_number();
  sec.title = tr("emma.title");
  sec.blocks.push_back(Paragraph{plain(tr("emma.intro")), false});
  for (const assess::DisciplineNeeds& d : assess::emma_picture()) {
    Table t;
    t.id = "emma-" + std::string(d.discipline);
    t.columns = {{Align::kLeft, 2.0}, {Align::kRight, 1.0}};
    t.header = {{HeaderCell{tr("emma.column.what")}, HeaderCell{tr("emma.column.value")}}};
    for (const assess::DisciplineItem& item : d.items) {
      std::string_view analysis;
      find_figure(item.figure->key, &analysis);
      const bool ran = analysis == "scenario" || ctx.input.output(analysis) != nullptr;
      Cell value =
          ran ? figure_cell(ctx.input.figures, FigureKey(*item.figure), tr)
              : Cell{tr.format("emma.not_run", {analysis_title(std::string(analysis), tr)}),
                     Tone::kMuted};
      t.rows.push_back({Cell{tr(std::string(item.label))}, std::move(value)});
    }
    sec.blocks.push_back(Heading{2, tr("emma.heading." + std::string(d.discipline))});
    sec.blocks.push_back(std::move(t));
  }
  return sec;
}

}  // namespace agora::report
