#include <filesystem>

#include "report/build/blocks.hpp"
#include "report/build/parts.hpp"
#include "report/escape.hpp"

namespace agora::report {

namespace {

// Provenance keys people read ("map_sha256" -> "Map file SHA-256"); layout_N keys by pattern.
std::string provenance_label(const std::string& key, const Strings& tr) {
  const std::string table_key = "provenance." + key;
  if (tr.has(table_key)) return tr(table_key);
  if (key.rfind("layout_", 0) == 0) {
    const bool sha = key.size() > 7 && key.find("_sha256") != std::string::npos;
    const std::string n = key.substr(7, key.find('_', 7) - 7);
    return tr.format(sha ? "provenance.layout_n_sha256" : "provenance.layout_n", {n});
  }
  return key;
}

}  // namespace

Section assumptions_section(BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const scenario::Scenario& s = ctx.input.scenario;
  Section sec;
  sec.id = "assumptions";
  sec.number = ctx.take_number();
  sec.title = tr("assumptions.title");
  sec.blocks.push_back(Paragraph{plain(tr("assumptions.intro")), false});

  sec.blocks.push_back(Heading{2, tr("assumptions.tables")});
  auto file_or_builtin = [&tr](const std::string& path, const char* builtin) {
    return path.empty() ? tr.format("assumptions.builtin", {as_data(builtin)})
                        : as_data(std::filesystem::path(path).filename().string());
  };
  sec.blocks.push_back(KeyValueList{{
      {tr("assumptions.profile"), as_data(s.profile)},
      {tr("assumptions.vehicles"), file_or_builtin(s.vehicles_path, "data/vehicles/classes.csv")},
      {tr("assumptions.catalogue"),
       file_or_builtin(s.barrier_catalogue_path, "data/barriers/catalogue.csv")},
      {tr("assumptions.crowd_speeds"),
       file_or_builtin(s.crowd_speeds_path, "data/crowd/weidmann_speeds.csv")},
      {tr("assumptions.crowd_los"), file_or_builtin(s.crowd_los_path, "data/crowd/fruin_los.csv")},
      {tr("assumptions.crs"), as_data(ctx.input.city.stats.target_crs)},
  }});
  for (const run::AnalysisOutput& o : ctx.input.outputs)
    if (const SectionPlugin* p = find_section_plugin(o.analysis); p && p->assumptions)
      for (Block& b : p->assumptions(o, ctx)) sec.blocks.push_back(std::move(b));
  sec.blocks.push_back(Callout{Tone::kCaution, tr("assumptions.placeholder_title"),
                               plain(tr("assumptions.placeholder"))});

  sec.blocks.push_back(Heading{2, tr("assumptions.modelling")});
  bool any = false;
  for (const run::AnalysisOutput& o : ctx.input.outputs) {
    if (o.assumptions.empty()) continue;
    any = true;
    sec.blocks.push_back(Heading{3, analysis_title(o.analysis, tr)});
    BulletList list;
    for (const Statement& a : o.assumptions) list.items.push_back(plain(tr.say(a)));
    sec.blocks.push_back(std::move(list));
  }
  if (!any) sec.blocks.push_back(Paragraph{plain(tr("assumptions.none")), false});
  sec.blocks.push_back(
      Callout{Tone::kInfo, tr("assumptions.out_of_scope_title"), plain(tr("assumptions.vads"))});

  sec.blocks.push_back(Heading{2, tr("assumptions.provenance")});
  Table t;
  t.id = "provenance";
  t.caption = tr("assumptions.provenance_caption");
  t.columns = {{Align::kLeft, 1.6}, {Align::kLeft, 4.0}};
  t.header = {{{tr("table.item"), 1}, {tr("table.value"), 1}}};
  bool has_version = false;
  for (const auto& [k, v] : ctx.input.provenance) {
    has_version = has_version || k == "agora_version";
    const bool sha = k.find("sha256") != std::string::npos;
    t.rows.push_back(
        {Cell{provenance_label(k, tr)}, Cell{as_data(v), Tone::kNeutral, false, sha, v}});
  }
  if (!has_version)
    t.rows.insert(t.rows.begin(),
                  {Cell{provenance_label("agora_version", tr)}, Cell{AGORA_VERSION}});
  if (ctx.input.osm_data)
    t.rows.push_back(
        {Cell{tr("provenance.attribution")}, Cell{as_data("© OpenStreetMap contributors (ODbL)")}});
  sec.blocks.push_back(std::move(t));
  for (Block& b : warnings_blocks(ctx.input.warnings, ctx)) sec.blocks.push_back(std::move(b));
  return sec;
}

}  // namespace agora::report
