#include <cmath>

#include "report/build/blocks.hpp"
#include "report/build/parts.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"

namespace agora::report {

namespace {

// The layout's own name for a feature: data (translate="no" in the HTML).
std::string name_of(const scenario::FeatureInfo& info) {
  if (!info.name.empty()) return as_data(info.name);
  if (!info.id.empty()) return as_data(info.id);
  return "#" + std::to_string(info.index + 1);
}

std::string metres(double v, const Strings& tr, int decimals = 1) {
  if (!scenario::is_set(v)) return "—";
  return format_number(v, decimals, tr) + " m";
}

}  // namespace

double barrier_cost_eur(const scenario::Layout& layout) {
  double sum = 0.0;
  bool any = false;
  for (const auto& b : layout.barriers)
    if (scenario::is_set(b.cost_eur)) {
      sum += b.cost_eur;
      any = true;
    }
  return any ? sum : std::nan("");
}

Section layout_section(BuildContext& ctx) {
  const Strings& tr = ctx.tr;
  const scenario::Layout& L = ctx.input.scenario.layout;
  Section s;
  s.id = "layout";
  s.number = ctx.take_number();
  s.title = tr("layout.title");
  s.blocks.push_back(Paragraph{plain(tr("layout.intro")), false});
  s.blocks.push_back(
      Figure{"map-layout", layout_map(ctx.input, tr, 45.0), tr("layout.map_caption")});

  const double perimeter_m2 = bg::area(L.perimeter_area());
  double exit_width = 0.0;
  for (const auto& e : L.exits)
    if (!e.closed) exit_width += e.width_m;
  KeyValueList k;
  k.items = {
      {tr("layout.perimeter_area"), format_number(perimeter_m2, 0, tr) + " m²"},
      {tr("layout.crowd_zones"), std::to_string(L.crowd_zones.size())},
      {tr("layout.exits"),
       tr.format("layout.exits_value", {std::to_string(L.exits.size()), metres(exit_width, tr)})},
      {tr("layout.stalls_structures"),
       std::to_string(L.stalls.size()) + " / " + std::to_string(L.structures.size())},
      {tr("layout.stages"), std::to_string(L.stages.size())},
      {tr("layout.barriers"), std::to_string(L.barriers.size())},
      {tr("layout.gates_access"),
       std::to_string(L.emergency_gates.size()) + " / " + std::to_string(L.access_points.size())},
      {tr("layout.receivers"), std::to_string(L.receivers.size())},
  };
  if (!L.stairs.empty()) k.items.push_back({tr("layout.stairs"), std::to_string(L.stairs.size())});
  s.blocks.push_back(Heading{2, tr("layout.key_facts")});
  s.blocks.push_back(std::move(k));
  // The scenario's own figures, exactly as summary.json has them.
  Figures scenario_figures;
  for (const auto& [key, value] : ctx.input.figures.entries())
    for (const char* prefix : {"scenario.", "event.", "layout.", "map."})
      if (key.rfind(prefix, 0) == 0) scenario_figures.set(key, value);
  if (!scenario_figures.entries().empty())
    s.blocks.push_back(
        figures_table(scenario_figures, "figures-scenario", tr("layout.figures_caption"), tr));

  if (!L.crowd_zones.empty()) {
    Table t;
    t.id = "layout-crowd-zones";
    t.caption = tr("layout.zones_caption");
    t.columns = {
        {Align::kLeft, 4.0}, {Align::kRight, 1.5}, {Align::kRight, 1.5}, {Align::kRight, 1.7}};
    t.header = {{{tr("table.name"), 1},
                 {tr("layout.area"), 1},
                 {tr("layout.density"), 1},
                 {tr("layout.persons"), 1}}};
    for (const auto& z : L.crowd_zones) {
      const double area = bg::area(z.area);
      const bool set = scenario::is_set(z.density_ppm2);
      t.rows.push_back({Cell{name_of(z.info)}, Cell{format_number(area, 0, tr) + " m²"},
                        Cell{set ? format_number(z.density_ppm2, 2, tr) + " p/m²"
                                 : tr("layout.profile_density")},
                        Cell{set ? format_number(std::floor(area * z.density_ppm2), 0, tr) : "—"}});
    }
    s.blocks.push_back(std::move(t));
  }
  if (!L.exits.empty()) {
    Table t;
    t.id = "layout-exits";
    t.caption = tr("layout.exits_caption");
    t.columns = {{Align::kLeft, 4.0},   {Align::kRight, 1.2},  {Align::kCenter, 1.3},
                 {Align::kCenter, 1.2}, {Align::kCenter, 1.2}, {Align::kCenter, 1.0}};
    t.header = {{{tr("table.name"), 1},
                 {tr("layout.width"), 1},
                 {tr("layout.emergency_only"), 1},
                 {tr("layout.unlocked"), 1},
                 {tr("layout.outward"), 1},
                 {tr("layout.closed"), 1}}};
    auto yn = [&tr](bool b, bool good_when) {
      return Cell{tr(b ? "value.yes" : "value.no"),
                  b == good_when ? Tone::kNeutral : Tone::kCaution};
    };
    for (const auto& e : L.exits)
      t.rows.push_back({Cell{name_of(e.info)}, Cell{metres(e.width_m, tr, 2)},
                        yn(e.emergency_only, false), yn(e.unlocked, true),
                        yn(e.opens_outward, true), yn(e.closed, false)});
    s.blocks.push_back(std::move(t));
  }
  if (!L.barriers.empty() || !L.emergency_gates.empty()) {
    Table t;
    t.id = "layout-barriers";
    t.caption = tr("layout.barriers_caption");
    t.columns = {{Align::kLeft, 4.2},
                 {Align::kLeft, 1.5},
                 {Align::kLeft, 2.6},
                 {Align::kRight, 1.0},
                 {Align::kRight, 1.3}};
    t.header = {{{tr("table.name"), 1},
                 {tr("layout.type"), 1},
                 {tr("layout.rating"), 1},
                 {tr("layout.gap"), 1},
                 {tr("layout.cost"), 1}}};
    for (const auto& b : L.barriers) {
      std::string type = b.barrier_type.empty() ? "—" : b.barrier_type;
      const std::string type_key = "barrier_type." + b.barrier_type;
      if (tr.has(type_key)) type = tr(type_key);
      Cell rating{b.rating.empty() ? tr("layout.unrated") : b.rating,
                  b.rating.empty() ? Tone::kCaution : Tone::kNeutral,
                  false,
                  !b.rating.empty(),
                  {}};
      const std::string name =
          b.product.empty() ? name_of(b.info) : name_of(b.info) + " — " + as_data(b.product);
      t.rows.push_back(
          {Cell{name}, Cell{type}, std::move(rating),
           Cell{scenario::is_set(b.clear_gap_m) ? metres(b.clear_gap_m, tr, 2)
                                                : tr("layout.continuous")},
           Cell{scenario::is_set(b.cost_eur) ? "€ " + format_number(b.cost_eur, 0, tr) : "—"}});
    }
    for (const auto& g : L.emergency_gates)
      t.rows.push_back({Cell{name_of(g.info)}, Cell{tr("layout.emergency_gate")},
                        Cell{g.rating.empty() ? tr("layout.unrated") : g.rating,
                             g.rating.empty() ? Tone::kCaution : Tone::kNeutral,
                             false,
                             !g.rating.empty(),
                             {}},
                        Cell{metres(g.width_m, tr, 2)}, Cell{"—"}});
    const double cost = barrier_cost_eur(L);
    if (!std::isnan(cost))
      t.rows.push_back({Cell{tr("layout.total"), Tone::kNeutral, true}, Cell{}, Cell{}, Cell{},
                        Cell{"€ " + format_number(cost, 0, tr), Tone::kNeutral, true, false,
                             format_number(cost, 0, tr)}});
    s.blocks.push_back(std::move(t));
  }
  // Everything else drawn on the plan, so every named feature can be found in the report.
  Table inv;
  inv.id = "layout-inventory";
  inv.caption = tr("layout.inventory_caption");
  inv.columns = {
      {Align::kLeft, 1.4}, {Align::kLeft, 1.8}, {Align::kLeft, 4.0}, {Align::kLeft, 2.2}};
  inv.header = {{{tr("layout.kind"), 1},
                 {tr("table.id"), 1},
                 {tr("table.name"), 1},
                 {tr("layout.detail"), 1}}};
  auto add = [&](const char* kind, const scenario::FeatureInfo& info, std::string detail) {
    inv.rows.push_back(
        {Cell{tr(std::string("kind.") + kind)}, Cell{info.id, Tone::kNeutral, false, true, {}},
         Cell{info.name.empty() ? std::string() : as_data(info.name)}, Cell{std::move(detail)}});
  };
  for (const auto& p : L.perimeters)
    add("perimeter", p.info, format_number(bg::area(p.area), 0, tr) + " m²");
  for (const auto& st : L.stages)
    add("stage", st.info,
        scenario::is_set(st.sound_power_dba)
            ? "L_W " + format_number(st.sound_power_dba, 0, tr) + " dB(A)"
            : "");
  for (const auto& st : L.structures)
    add("structure", st.info,
        st.structure_type.empty() ? std::string() : as_data(st.structure_type));
  for (const auto& st : L.stalls)
    add("stall", st.info, format_number(bg::area(st.area), 0, tr) + " m²");
  for (const auto& a : L.access_points) add("access_point", a.info, "");
  for (const auto& st : L.stairs)
    add("stairs", st.info,
        tr.format("layout.stairs_up", {format_number(st.up_bearing_deg, 0, tr)}));
  for (const auto& r : L.receivers)
    add("receiver", r.info,
        scenario::is_set(r.limit_dba)
            ? tr.format("layout.limit", {format_number(r.limit_dba, 0, tr)})
            : "");
  s.blocks.push_back(std::move(inv));
  return s;
}

}  // namespace agora::report
