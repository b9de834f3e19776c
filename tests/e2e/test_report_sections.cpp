// The generic analysis section, the comparison page and the barrier table, on the München
// scenario with an analysis output built in the test: a layer with a verdict field, a raster
// and figures whose values are known, as any analysis without a section of its own hands over.

#include <libxml/parser.h>

#include <catch2/catch.hpp>

#include "gis/text_file.hpp"
#include "report/escape.hpp"
#include "report/report.hpp"
#include "tests/e2e/munchen_fixture.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;

namespace {

run::AnalysisOutput known_output(const scenario::Scenario& s) {
  run::AnalysisOutput o;
  o.analysis = "survey";
  o.figures.set("survey.worst_speed_kmh", 47.25);
  o.figures.set("survey.crossings", std::int64_t{3});
  o.figures.set("survey.verdict", std::string("inadequate"));
  FeatureLayer l{"survey_points",
                 GeometryType::kPoint,
                 {{"label", ValueType::Text}, {"verdict", ValueType::Text}},
                 {}};
  // Three points on the perimeter's first three corners, two verdicts.
  const auto& ring = s.layout.perimeters.at(0).area.outer();
  l.features.push_back({ring[0], {std::string("P1"), std::string("adequate")}});
  l.features.push_back({ring[1], {std::string("P2"), std::string("inadequate")}});
  l.features.push_back({ring[2], {std::string("P3"), std::string("inadequate")}});
  o.layers.push_back(l);
  Box b;
  bg::envelope(s.layout.perimeter_area(), b);
  run::RasterLayer r{"survey_field", Field::covering(b, 5.0, 0, 1.0f), "Distance (m)", -9999.0f};
  r.grid(0, 0) = -9999.0f;  // one no-data cell
  o.rasters.push_back(std::move(r));
  o.assumptions.push_back(say("assumption.ramming.corners"));  // any keyed sentence
  o.warnings.push_back(
      {"layout.geojson", "feature 7", "width_m", "a warning the report must list"});
  return o;
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("München report: generic, comparison and layout sections", "[report][munchen]") {
  SECTION("an analysis without its own section shows in the generic form") {
    const run::RunResult& run = test::munchen_run();
    std::vector<run::AnalysisOutput> outputs{known_output(run.loaded.scenario)};
    Figures figures = run.figures;
    figures.append(outputs[0].figures);
    report::ReportInput in(run.loaded.scenario, *run.loaded.city, outputs, figures);
    in.osm_data = true;
    const report::Document doc = report::build_report(in);
    // Cover, then: 1 layout, 2 the analysis, 3 the multidisciplinary picture, 4 assumptions.
    REQUIRE(doc.sections.size() == 4);
    CHECK(doc.sections[1].id == "analysis-survey");
    CHECK(doc.sections[2].id == "multidisciplinary");
    CHECK(doc.sections[1].number == "2");
    const std::string html = report::render_html(doc);
    CHECK(html.find("[[") == std::string::npos);
    // The figures, with their exact values and units: 47.25 km/h shows with one decimal.
    CHECK(html.find("data-value=\"47.25\">47.2 km/h</td>") !=
          std::string::npos);  // %.1f of 47.25 rounds to even
    CHECK(html.find("<td class=\"r bad\" data-value=\"inadequate\">inadequate</td>") !=
          std::string::npos);
    // The layer map's legend has one entry per verdict: "adequate" and "inadequate".
    CHECK(html.find("id=\"map-survey_points\"") != std::string::npos);
    CHECK(count(html, ">adequate</text>") == 1);
    CHECK(count(html, ">inadequate</text>") == 1);
    // The labels of the three points.
    CHECK(count(html, "><tspan translate=\"no\">P2</tspan></text>") == 1);  // a label is data
    // The raster as an embedded PNG with its ramp title.
    CHECK(count(html, "href=\"data:image/png;base64,iVBORw0KGgo") ==
          1);  // the PNG signature in base64
    CHECK(html.find(">Distance (m)</text>") != std::string::npos);
    // Assumptions in the section and on the assumptions page; the warning in the section.
    CHECK(count(html, "Corner speeds: v = sqrt(f·g·r) with r the racing-line radius") == 2);
    CHECK(html.find("a warning the report must list") != std::string::npos);
    // And in the PDF. Both stay in the scratch folder for a person to look at.
    std::string pdf;
    const report::PdfStats stats =
        report::render_pdf(doc, [&pdf](std::string_view b) { pdf.append(b); });
    CHECK(stats.pages >= 5);
    const std::string dir = test::scratch_dir("report_generic");
    gis::write_text_file_atomic(dir + "/report.html", html);
    gis::write_text_file_atomic(dir + "/report.pdf", pdf);
  }
  SECTION("the comparison page sets the variants side by side") {
    const run::RunResult& run = test::munchen_run();
    report::ReportInput rated = test::munchen_input(run);
    scenario::Scenario bare = run.loaded.scenario;
    bare.layout.barriers.clear();
    report::ReportInput none(bare, *run.loaded.city, run.outputs, run.figures);
    none.label = "none";
    report::ReportOptions options;
    options.compare = {&none, &rated};
    const report::Document doc = report::build_report(rated, options);
    const report::Section* cmp = nullptr;
    for (const report::Section& s : doc.sections)
      if (s.id == "comparison") cmp = &s;
    REQUIRE(cmp != nullptr);
    const report::Table* t = nullptr;
    for (const report::Block& b : cmp->blocks)
      if (const auto* x = std::get_if<report::Table>(&b)) t = x;
    REQUIRE(t != nullptr);
    // Columns: the item, then the variants in the order given.
    REQUIRE(t->header.at(0).size() == 3);
    CHECK(t->header[0][1].text == "none");
    CHECK(t->header[0][2].text == "rated");
    bool cost_row = false;
    for (const auto& row : t->rows) {
      if (row[0].text != "Barrier cost") continue;
      cost_row = true;
      CHECK(row[1].text == "not given");
      // barriers/rated.geojson: 15 barriers costing 144,000 + 95,000 + ... = 1,198,000 EUR in all.
      CHECK(row[2].text == "€ 1,198,000");
    }
    CHECK(cost_row);
    const std::string html = report::render_html(doc);
    CHECK(html.find("id=\"map-variant-1\"") != std::string::npos);
    CHECK(html.find("id=\"map-variant-2\"") != std::string::npos);
  }
  SECTION("the layout section lists the exits and the barriers with their total cost") {
    const run::RunResult& run = test::munchen_run();
    const report::Document doc = report::build_report(test::munchen_input(run));
    const report::Section& layout = doc.sections.at(0);
    REQUIRE(layout.id == "layout");
    const report::Table* exits = nullptr;
    const report::Table* barriers = nullptr;
    for (const report::Block& b : layout.blocks)
      if (const auto* t = std::get_if<report::Table>(&b)) {
        if (t->id == "layout-exits") exits = t;
        if (t->id == "layout-barriers") barriers = t;
      }
    REQUIRE(exits != nullptr);
    REQUIRE(barriers != nullptr);
    // layout.geojson: 7 exits, the first "Exit Kaufingerstraße (west)", 12 m wide.
    REQUIRE(exits->rows.size() == 7);
    CHECK(exits->rows[0][0].text == report::as_data("Exit Kaufingerstraße (west)"));  // data
    CHECK(exits->rows[0][1].text == "12.00 m");
    // 15 barriers + 2 emergency gates + the total row.
    REQUIRE(barriers->rows.size() == 18);
    CHECK(barriers->rows.back()[4].text == "€ 1,198,000");
  }
}
