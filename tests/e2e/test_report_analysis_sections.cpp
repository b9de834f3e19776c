// The analyses' own sections of the permit report (report/sections/*_section.cpp) on the
// bundled München run: every section, table and map present; the figures in the ramming,
// assessment and crowd tables equal the run's figures (what summary.json holds) as formatted;
// the cover states the classification the assessment computed; the document stays a
// reasonable size; and an output without its typed detail falls back to the generic section.

#include <catch2/catch.hpp>
#include <set>

#include "gis/text_file.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"
#include "report/report.hpp"
#include "report/strings.hpp"
#include "sim/vehicle/ramming.hpp"
#include "tests/e2e/munchen_fixture.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

namespace {

struct Built {
  report::Document doc;
  std::string html;
};

const Built& built() {
  static const Built b = [] {
    const report::ReportInput in = test::munchen_input(test::munchen_run());
    report::ReportOptions options;
    options.generated = "2026-11-28 09:00";
    Built out{report::build_report(in, options), {}};
    out.html = report::render_html(out.doc);
    return out;
  }();
  return b;
}

const report::Section* section(const report::Document& doc, const std::string& id) {
  for (const report::Section& s : doc.sections)
    if (s.id == id) return &s;
  return nullptr;
}

const report::Table* table(const report::Document& doc, const std::string& id) {
  for (const report::Section& s : doc.sections)
    for (const report::Block& b : s.blocks)
      if (const auto* t = std::get_if<report::Table>(&b); t && t->id == id) return t;
  return nullptr;
}

const report::KeyValue* line(const report::Section& s, const std::string& key) {
  for (const report::Block& b : s.blocks)
    if (const auto* kv = std::get_if<report::KeyValueList>(&b))
      for (const report::KeyValue& item : kv->items)
        if (item.key == key) return &item;
  return nullptr;
}

const run::AnalysisOutput* output(const std::string& name) {
  for (const run::AnalysisOutput& o : test::munchen_run().outputs)
    if (o.analysis == name) return &o;
  return nullptr;
}

// The figure as the report formats it, and its exact value.
std::string shown(const std::string& key) {
  const Value* v = test::munchen_run().figures.find(key);
  return v ? report::format_value(*v, key, report::Strings("en")) : "(no figure " + key + ")";
}
std::string exact(const std::string& key) {
  const Value* v = test::munchen_run().figures.find(key);
  return v ? report::exact_value(*v) : "(no figure " + key + ")";
}

}  // namespace

TEST_CASE("München report: the analyses' sections", "[report][munchen]") {
  SECTION("München report: the analyses' own sections, tables and maps are present") {
    const Built& b = built();
    for (const char* id :
         {"analysis-ramming", "analysis-assess-capacity", "analysis-assess-access",
          "analysis-assess-noise", "analysis-assess-scorecard", "analysis-assess-risk"}) {
      INFO(id);
      CHECK(section(b.doc, id) != nullptr);
      CHECK(b.html.find(std::string("<section class=\"sheet\" id=\"") + id + "\"") !=
            std::string::npos);
    }
    if (output("crowd")) CHECK(section(b.doc, "analysis-crowd") != nullptr);
    for (const char* id :
         {"map-ramming", "map-assess-exits", "map-assess-access", "map-assess-noise"}) {
      INFO(id);
      CHECK(b.html.find(std::string("id=\"") + id + "\"") != std::string::npos);
    }
    if (output("crowd")) CHECK(b.html.find("id=\"map-crowd-density\"") != std::string::npos);
    for (const char* id : {"ramming-classes", "ramming-approaches", "ramming-crossings",
                           "assess-exit-rules", "assess-egress", "assess-scorecard", "assess-risk",
                           "ramming-vehicle-table", "ramming-profile", "assess-profile"}) {
      INFO(id);
      CHECK(table(b.doc, id) != nullptr);
    }
    // No analysis falls back to the generic presentation, and every text has a table entry.
    CHECK(b.html.find("Generic presentation") == std::string::npos);
    CHECK(b.html.find("[[") == std::string::npos);
    // The map legends name the verdicts in words, not as keys.
    // (The bundled layout's worst verdicts are inadequate and energy-equivalent only.)
    CHECK(b.html.find(">Crossing: inadequate</text>") != std::string::npos);
  }
  SECTION("München report: the ramming tables hold the run's figures") {
    const Built& b = built();
    const run::AnalysisOutput* ram = output("ramming");
    REQUIRE(ram != nullptr);
    const auto* r = std::any_cast<vehicle::RammingResult>(&ram->detail);
    REQUIRE(r != nullptr);
    // Per class: the fastest cell is "low–high km/h" of the class's fastest crossing, the
    // upper end exactly ramming.<class>.max_speed_kmh.
    const report::Table* classes = table(b.doc, "ramming-classes");
    REQUIRE(classes != nullptr);
    REQUIRE(classes->rows.size() == 5);  // M1, N1, N2, N3, N3H (data/vehicles/classes.csv)
    // The class names of the table are data (translate="no" in the HTML).
    CHECK(classes->rows[0][0].text == report::as_data("M1 car"));
    CHECK(classes->rows[0][2].data == exact("ramming.M1.max_speed_kmh"));
    const std::string m1 = shown("ramming.M1.max_speed_kmh");
    CHECK(classes->rows[0][2].text.size() > m1.size());
    CHECK(classes->rows[0][2].text.substr(classes->rows[0][2].text.size() - m1.size()) == m1);
    CHECK(classes->rows[0][3].text == shown("ramming.M1.max_energy_kj"));
    CHECK(classes->rows[4][0].text == report::as_data("N3H heavy truck 30 t"));
    CHECK(classes->rows[4][9].text == shown("ramming.N3H.people_exposed_max"));
    // Every crossing has one row in the compact table; 53 crossing points in the bundled scenario.
    const report::Table* all = table(b.doc, "ramming-crossings");
    REQUIRE(all != nullptr);
    CHECK(all->rows.size() == 53);
    CHECK(shown("ramming.crossings") == "53");
    // The fastest M1 crossing: its M1 cell carries the speed the crossings layer holds (0.1 km/h
    // as in results.gpkg), and that equals ramming.M1.max_speed_kmh to 0.05 km/h.
    const FeatureLayer* layer = nullptr;
    for (const FeatureLayer& l : ram->layers)
      if (l.name == "ramming_crossings") layer = &l;
    REQUIRE(layer != nullptr);
    const int id_field = layer->field_index("id"),
              m1_field = layer->field_index("M1_speed_high_kmh");
    REQUIRE(m1_field >= 0);
    std::int64_t fastest_id = -1;
    double fastest = -1.0;
    for (const Feature& f : layer->features) {
      const double v = report::numeric_value(f.values[static_cast<std::size_t>(m1_field)]);
      if (v > fastest) {
        fastest = v;
        fastest_id = std::get<std::int64_t>(f.values[static_cast<std::size_t>(id_field)]);
      }
    }
    CHECK(fastest == Approx(report::numeric_value(
                                *test::munchen_run().figures.find("ramming.M1.max_speed_kmh")))
                         .margin(0.05));
    bool found = false;
    for (const auto& row : all->rows) {
      if (row[0].text.find("#" + std::to_string(fastest_id) + ")") == std::string::npos &&
          row[0].text != "crossing #" + std::to_string(fastest_id))
        continue;
      found = true;
      CHECK(std::stod(row[1].data) == Approx(fastest).margin(1e-9));  // column 1: M1
    }
    CHECK(found);
    // The summary's counts by worst verdict add up to the crossings: 56.
    const report::Section* s = section(b.doc, "analysis-ramming");
    REQUIRE(s != nullptr);
    const report::KeyValue* by_verdict = line(*s, "Crossings by worst verdict");
    REQUIRE(by_verdict != nullptr);
    CHECK(by_verdict->value.rfind(shown("ramming.unprotected_crossings") + " unprotected, " +
                                      shown("ramming.gap_passable_crossings") + " gap passable, " +
                                      shown("ramming.inadequate_crossings") + " inadequate, ",
                                  0) == 0);
    double sum = 0;
    for (const char* k : {"ramming.adequate_crossings", "ramming.energy_only_crossings",
                          "ramming.inadequate_crossings", "ramming.gap_passable_crossings",
                          "ramming.unprotected_crossings"})
      sum += report::numeric_value(*test::munchen_run().figures.find(k));
    CHECK(sum == 53.0);  // 0 + 4 + 49 + 0 + 0
    // The approach table: one row per approach (ramming.approaches) with the worst class.
    const report::Table* approaches = table(b.doc, "ramming-approaches");
    REQUIRE(approaches != nullptr);
    CHECK(std::to_string(approaches->rows.size()) == exact("ramming.approaches"));
  }
  SECTION("München report: the assessment tables hold the run's figures") {
    const Built& b = built();
    const report::Section* cap = section(b.doc, "analysis-assess-capacity");
    REQUIRE(cap != nullptr);
    const report::KeyValue* capacity = line(*cap, "Capacity");
    REQUIRE(capacity != nullptr);
    CHECK(capacity->value == shown("assess.capacity.persons"));
    const report::KeyValue* attendance = line(*cap, "Expected peak attendance");
    REQUIRE(attendance != nullptr);
    CHECK(attendance->value == "9,000");  // scenario.json: attendance_peak 9000
    // Egress: the last row is every exit together, its clear time assess.egress.total_s.
    const report::Table* egress = table(b.doc, "assess-egress");
    REQUIRE(egress != nullptr);
    const auto& total = egress->rows.back();
    CHECK(total[0].text == "All exits");
    CHECK(total[6].text == shown("assess.egress.total_s"));
    CHECK(total[6].data == exact("assess.egress.total_s"));
    CHECK(total[2].data == exact("assess.egress.persons"));
    // 7 exits in the bundled layout: one row each, plus the total.
    CHECK(egress->rows.size() == 8);
    // Fluvia: 9000 persons need 4 + ... exits: the required count is the figure.
    const report::Table* rules = table(b.doc, "assess-exit-rules");
    REQUIRE(rules != nullptr);
    CHECK(rules->rows[0][1].data == exact("assess.exits.required"));
    CHECK(rules->rows[0][2].data == exact("assess.exits.counted"));
    // Fluvia 1 cm per person: 9000 persons need 90 m of exit width.
    CHECK(rules->rows[1][1].text == "90 m");
    // Scorecard: one row per criterion of the profile (19 in flanders.json's liveability section).
    const report::Table* card = table(b.doc, "assess-scorecard");
    REQUIRE(card != nullptr);
    CHECK(card->rows.size() == 19);
    const report::Table* risk = table(b.doc, "assess-risk");
    REQUIRE(risk != nullptr);
    CHECK(risk->rows.size() == 5);  // the five hazards every profile sets
    // Emergency access and noise lines equal their figures.
    const report::Section* acc = section(b.doc, "analysis-assess-access");
    REQUIRE(acc != nullptr);
    REQUIRE(line(*acc, "Out of reach of the fire service") != nullptr);
    CHECK(line(*acc, "Out of reach of the fire service")->value ==
          shown("assess.access.unreachable_m2"));
    const report::Section* noise = section(b.doc, "analysis-assess-noise");
    REQUIRE(noise != nullptr);
    REQUIRE(line(*noise, "Dwellings over the limit") != nullptr);
    CHECK(line(*noise, "Dwellings over the limit")->value ==
          shown("assess.noise.dwellings_over_limit"));
  }
  SECTION("München report: the cover states the assessment's classification") {
    const Built& b = built();
    // What the assessment computed for 9000 people at a Christmas market with alcohol.
    CHECK(exact("assess.class_nl") == "C");
    CHECK(exact("assess.belgian_risk_event") == "true");
    std::vector<std::string> badges;
    std::string disciplines;
    for (const report::Block& x : b.doc.cover.blocks) {
      if (const auto* badge = std::get_if<report::Badge>(&x)) badges.push_back(badge->label);
      if (const auto* kv = std::get_if<report::KeyValueList>(&x))
        for (const report::KeyValue& item : kv->items)
          if (item.key == "Disciplines to advise") disciplines = item.value;
    }
    REQUIRE(badges.size() >= 2);
    CHECK(badges[0] == "Class C");
    CHECK(badges[1] == "Risico-evenement");
    // A Belgian risk event: the five disciplines and emergency planning (KB 16/02/2006, NPU-4);
    // the ramming hazard is very high (red criterion, likelihood 4, × consequence 5 for more than
    // 100 people exposed = 20), so the threat analysis centre joins.
    for (const char* d :
         {"fire service (D1)", "medical services (D2)", "police (D3)", "civil protection (D4)",
          "information (D5)", "emergency planning", "threat analysis centre (OCAM/CUTA)"}) {
      INFO(d);
      CHECK(disciplines.find(d) != std::string::npos);
    }
    CHECK(b.html.find(
              "risk event (risico-evenement): joint advice of fire, police and medical services") !=
          std::string::npos);
    // The scorecard summary on the cover: the overall rating first.
    CHECK(b.html.find("Scorecard overall") != std::string::npos);
  }
  SECTION("München report: a size an officer can print") {
    const Built& b = built();
    // Was 8.9 MB with every layer drawn generically; the sections draw only what is in view.
    CHECK(b.html.size() < 3'000'000);
    std::string pdf;
    const report::PdfStats stats =
        report::render_pdf(b.doc, [&pdf](std::string_view bytes) { pdf.append(bytes); });
    // Was 39 pages with the generic sections. Then 29, now 34 with the multidisciplinary picture
    // (D1–D5, 2 pages), the egress comparison and the two new criteria. Before those, 29: cover 2,
    // site and layout 5, ramming 6 (map, per class, per approach, 56 crossings in one compact
    // table), capacity and egress 2, access 1, noise 2, scorecard 2, risk matrix 1, crowd 3,
    // assumptions 5 (profile values with their sources). A section that lost its tables would fall
    // under 20; a runaway table over 32.
    CHECK(stats.pages >= 20);
    CHECK(stats.pages <= 40);  // + residents and location pages (issue 18)
    const std::string dir = test::scratch_dir("report_sections");
    gis::write_text_file_atomic(dir + "/report.html", b.html);
    gis::write_text_file_atomic(dir + "/report.pdf", pdf);
    WARN("München report: " << stats.pages << " pages, HTML " << b.html.size() << " bytes (" << dir
                            << ")");
  }
  SECTION("an analysis output without its typed detail shows in the generic form") {
    const run::RunResult& run = test::munchen_run();
    std::vector<run::AnalysisOutput> outputs;
    for (const run::AnalysisOutput& o : run.outputs) {
      outputs.push_back(o);
      outputs.back().detail = std::string("not a result");  // the wrong type
    }
    run::AnalysisOutput bare;
    bare.analysis = "ramming";
    bare.figures.set("ramming.crossings", std::int64_t{3});  // figures only, no detail
    outputs.push_back(bare);
    report::ReportInput in(run.loaded.scenario, *run.loaded.city, outputs, run.figures);
    report::ReportOptions options;
    options.compare = {&in};
    const report::Document doc = report::build_report(in, options);
    // Layout, one generic section per output, the multidisciplinary picture, the comparison
    // page, assumptions.
    CHECK(doc.sections.size() == outputs.size() + 4);
    std::size_t generic = 0;
    for (const report::Section& s : doc.sections)
      for (const report::Block& x : s.blocks)
        if (const auto* c = std::get_if<report::Callout>(&x))
          generic += c->title == "Generic presentation";
    CHECK(generic == outputs.size());
    // The cover still reads the classification from the figures.
    CHECK(std::get<report::Badge>(doc.cover.blocks.at(3)).label == "Class C");
  }
  SECTION("the Dutch report has every text of the analyses' sections") {
    const report::ReportInput in = test::munchen_input(test::munchen_run());
    report::ReportOptions options;
    options.lang = "nl";
    const report::Document doc = report::build_report(in, options);
    const std::string html = report::render_html(doc);
    CHECK(html.find("[[") == std::string::npos);
    CHECK(html.find("Voertuigramming (vijandig voertuig)") != std::string::npos);
    CHECK(html.find("Risicomatrix en classificatie") != std::string::npos);
    CHECK(html.find("Klasse C") != std::string::npos);
    // Every key the English table holds for the sections has a Dutch text.
    std::set<std::string_view> nl;
    for (const auto& [k, v] : report::strings_nl()) nl.insert(k);
    for (const auto& [k, v] : report::strings_en())
      for (const char* prefix : {"ramming.", "assess.", "crowd.", "verdict.", "rating.", "band.",
                                 "discipline.", "class_meaning.", "access_reason."})
        if (k.rfind(prefix, 0) == 0) {
          INFO(k);
          CHECK(nl.count(k) == 1);
        }
  }
}
