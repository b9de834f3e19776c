// The permit report for the bundled München scenario, end to end: built from the real run,
// rendered to HTML (parsed with libxml2 as XML, so any unclosed or stray markup fails) and to
// PDF (checked with poppler's pdfinfo and pdftotext), and the HTML shown in headless Chromium
// (the screenshot's first page must show the cover's title band).

#include <cairo.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "gis/text_file.hpp"
#include "report/report.hpp"
#include "tests/e2e/munchen_fixture.hpp"
#include "tests/support/test_paths.hpp"

using namespace agora;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct XmlDoc {
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc{nullptr, &xmlFreeDoc};
  std::string errors;
};

void collect_error(void* ctx, const char* fmt, ...) {
  char buf[1024];
  va_list args;
  va_start(args, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, args);
  va_end(args);
  static_cast<std::string*>(ctx)->append(buf);
}

// Strict XML parse: the report's HTML is written as well-formed XHTML-compatible markup, so
// libxml2's XML parser must accept it without a single error.
XmlDoc parse_xml(const std::string& html) {
  XmlDoc x;
  xmlSetGenericErrorFunc(&x.errors, collect_error);
  x.doc.reset(xmlReadMemory(html.data(), static_cast<int>(html.size()), "report.html", "UTF-8",
                            XML_PARSE_NONET));
  xmlSetGenericErrorFunc(nullptr, nullptr);
  return x;
}

std::vector<xmlNodePtr> xpath(xmlDocPtr doc, const std::string& expr) {
  std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc),
                                                                       &xmlXPathFreeContext);
  std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> res(
      xmlXPathEvalExpression(BAD_CAST expr.c_str(), ctx.get()), &xmlXPathFreeObject);
  std::vector<xmlNodePtr> out;
  if (res && res->nodesetval)
    for (int i = 0; i < res->nodesetval->nodeNr; ++i) out.push_back(res->nodesetval->nodeTab[i]);
  return out;
}

std::string text_of(xmlNodePtr node) {
  xmlChar* c = xmlNodeGetContent(node);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

std::string attr(xmlNodePtr node, const char* name) {
  xmlChar* c = xmlGetProp(node, BAD_CAST name);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

// summary.json's figures are nested by the dots of their keys.
const json* figure_in_summary(const json& figures, const std::string& key) {
  const json* node = &figures;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = key.find('.', start);
    const std::string part =
        key.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (!node->is_object() || !node->contains(part)) return nullptr;
    node = &(*node)[part];
    if (dot == std::string::npos) return node;
    start = dot + 1;
  }
}

struct Rendered {
  report::Document doc;
  std::string html;
};

const Rendered& munchen_report() {
  static const Rendered r = [] {
    const run::RunResult& run = test::munchen_run();
    const report::ReportInput in = test::munchen_input(run);
    report::ReportOptions options;
    options.generated = "2026-11-28 09:00";
    Rendered out{report::build_report(in, options), {}};
    out.html = report::render_html(out.doc);
    return out;
  }();
  return r;
}

}  // namespace

TEST_CASE("München report: the files an officer gets", "[report][munchen]") {
  SECTION("München report: the HTML is well-formed and self-contained") {
    const std::string& html = munchen_report().html;
    const XmlDoc x = parse_xml(html);
    INFO(x.errors.substr(0, 2000));
    REQUIRE(x.doc);
    CHECK(x.errors.empty());
    // No scripts, no external assets: nothing is fetched when the file is opened offline.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http://") ==
          html.find("http://www.w3.org/2000/svg"));  // only the SVG namespace
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    // Every text came from the string table.
    CHECK(html.find("[[") == std::string::npos);
    // Print rules: A4 pages, sections on new pages, figures kept whole, repeated table headers.
    CHECK(html.find("@page { size: A4;") != std::string::npos);
    CHECK(html.find("break-before:page") != std::string::npos);
    CHECK(html.find("figure { margin:0 0 5mm 0; break-inside:avoid;") != std::string::npos);
    CHECK(html.find("thead { display:table-header-group; }") != std::string::npos);
  }
  SECTION("München report: every section and map is present") {
    const Rendered& r = munchen_report();
    const XmlDoc x = parse_xml(r.html);
    REQUIRE(x.doc);
    const run::RunResult& run = test::munchen_run();
    std::set<std::string> ids;
    for (xmlNodePtr n : xpath(x.doc.get(), "//*[local-name()='section']"))
      ids.insert(attr(n, "id"));
    CHECK(ids.count("cover") == 1);
    CHECK(ids.count("layout") == 1);
    CHECK(ids.count("assumptions") == 1);
    // One section per analysis that ran (its own or the generic one, both named analysis-<name>).
    for (const run::AnalysisOutput& o : run.outputs) {
      INFO(o.analysis);
      bool found = false;
      for (const std::string& id : ids) found = found || id.rfind("analysis-" + o.analysis, 0) == 0;
      CHECK(found);
    }
    // Sections: cover + layout + one per analysis (at least) + assumptions.
    CHECK(ids.size() >= 3 + run.outputs.size());
    // The layout map: an inline SVG with the perimeter drawn and the attribution.
    const auto layout_svg =
        xpath(x.doc.get(), "//*[local-name()='figure'][@id='map-layout']/*[local-name()='svg']");
    REQUIRE(layout_svg.size() == 1);
    CHECK(text_of(layout_svg[0]).find("© OpenStreetMap contributors") != std::string::npos);
    // The legend names the layout's layers: 7 exits and a rated barrier line in the bundled layout.
    const std::string legend = text_of(layout_svg[0]);
    CHECK(legend.find("Exit") != std::string::npos);
    CHECK(legend.find("Vehicle barrier (rated)") != std::string::npos);
    CHECK(legend.find("Event perimeter") != std::string::npos);
    // Every figure in the document has one SVG map; every map of an analysis layer is present.
    std::size_t figures = 0;
    for (const report::Section& s : r.doc.sections)
      for (const report::Block& b : s.blocks) figures += std::holds_alternative<report::Figure>(b);
    CHECK(xpath(x.doc.get(), "//*[local-name()='figure']/*[local-name()='svg']").size() == figures);
    for (const run::AnalysisOutput& o : run.outputs)
      for (const FeatureLayer& l : o.layers) {
        INFO(l.name);
        CHECK(xpath(x.doc.get(), "//*[local-name()='figure'][@id='map-" + l.name + "']").size() <=
              1);
      }
  }
  SECTION("München report: the figures in the tables equal summary.json") {
    const XmlDoc x = parse_xml(munchen_report().html);
    REQUIRE(x.doc);
    const json summary = run::summary_json(test::munchen_run());
    const json& figures = summary.at("figures");
    std::size_t compared = 0;
    // Every figures table: key in the third column, the exact value in the second's data-value.
    for (xmlNodePtr row : xpath(x.doc.get(),
                                "//*[local-name()='table'][starts-with(@id,'figures-')]/"
                                "*[local-name()='tbody']/*[local-name()='tr']")) {
      std::vector<xmlNodePtr> tds;
      for (xmlNodePtr c = row->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) tds.push_back(c);
      REQUIRE(tds.size() == 3);
      const std::string key = text_of(tds[2]);
      const std::string exact = attr(tds[1], "data-value");
      const json* expected = figure_in_summary(figures, key);
      INFO(key << " = " << exact);
      REQUIRE(expected != nullptr);
      if (expected->is_number()) {
        CHECK(std::stod(exact) == Approx(expected->get<double>()).epsilon(1e-12));
      } else if (expected->is_boolean()) {
        CHECK(exact == (expected->get<bool>() ? "true" : "false"));
      } else if (expected->is_string()) {
        CHECK(exact == expected->get<std::string>());
      }
      ++compared;
    }
    // The scenario figures alone are 20 keys (scenario_figures in app/run/scenario_run.cpp: 3
    // scenario.*, 5 event.*, 8 layout.*, 4 map.*).
    CHECK(compared >= 20);
    // Spot checks by hand: the bundled layout has 38 stalls and 7 exits (layout.geojson).
    // The displayed value: the cell before the one holding the key.
    auto shown = [&](const std::string& key) {
      const auto cells =
          xpath(x.doc.get(),
                "//*[local-name()='table'][@id='figures-scenario']//*[local-name()='td']"
                "[*[local-name()='code']='" +
                    key + "']/preceding-sibling::*[1]");
      return cells.size() == 1 ? text_of(cells[0]) : std::string("(not found)");
    };
    CHECK(shown("layout.stalls") == "38");
    CHECK(shown("layout.exits") == "7");
    CHECK(shown("event.attendance_peak") == "9,000");
  }
  SECTION("München report: a stall named <script>alert(1)</script> renders as text") {
    const run::RunResult& run = test::munchen_run();
    scenario::Scenario evil = run.loaded.scenario;
    REQUIRE(!evil.layout.stalls.empty());
    evil.layout.stalls[0].info.name = "<script>alert(1)</script>";
    evil.event.organiser = "Tom & Jerry <b>bold</b> \"quoted\"";
    report::ReportInput in(evil, *run.loaded.city, run.outputs, run.figures);
    in.osm_data = true;
    const report::Document doc = report::build_report(in);
    const std::string html = report::render_html(doc);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    const XmlDoc x = parse_xml(html);
    REQUIRE(x.doc);
    CHECK(x.errors.empty());
    // As text, in the inventory table's name column, exactly as the organiser typed it.
    CHECK(xpath(x.doc.get(), "//*[local-name()='td'][.='<script>alert(1)</script>']").size() == 1);
    CHECK(xpath(x.doc.get(), "//*[local-name()='dd'][.='Tom & Jerry <b>bold</b> \"quoted\"']")
              .size() == 1);
    CHECK(xpath(x.doc.get(), "//*[local-name()='b']").empty());
    // The PDF draws it as text too (Pango markup would have eaten the tags).
    std::string pdf;
    report::render_pdf(doc, [&pdf](std::string_view bytes) { pdf.append(bytes); });
    REQUIRE(test::have_program("pdftotext"));  // poppler-utils, installed by scripts/setup
    const std::string path = test::scratch_dir("report_injection") + "/report.pdf";
    gis::write_text_file_atomic(path, pdf);
    std::string text;
    REQUIRE(test::run_command("pdftotext -layout '" + path + "' -", &text) == 0);
    CHECK(text.find("<script>alert(1)</script>") != std::string::npos);
    CHECK(text.find("Tom & Jerry <b>bold</b>") != std::string::npos);
  }
  SECTION("München report: the PDF has the expected pages and states the classification") {
    const Rendered& r = munchen_report();
    std::string pdf;
    const report::PdfStats stats =
        report::render_pdf(r.doc, [&pdf](std::string_view bytes) { pdf.append(bytes); });
    REQUIRE(pdf.rfind("%PDF-", 0) == 0);
    // Cover, layout (map, tables and the 38-stall inventory run over pages), the analyses' own
    // sections (ramming; capacity, access, noise, scorecard, risk; crowd), the multidisciplinary
    // picture, assumptions: 34 pages for the bundled run (test_report_analysis_sections.cpp
    // breaks them down); the generic sections made 39.
    CHECK(stats.pages >= 20);
    CHECK(stats.pages <= 40);                // + residents and location pages (issue 18)
    REQUIRE(test::have_program("pdfinfo"));  // poppler-utils, installed by scripts/setup
    REQUIRE(test::have_program("pdftotext"));
    const std::string path = test::scratch_dir("report_pdf") + "/report.pdf";
    gis::write_text_file_atomic(path, pdf);
    std::string info;
    REQUIRE(test::run_command("pdfinfo '" + path + "'", &info) == 0);
    // pdfinfo: "Pages:           7" and "Page size:       595.276 x 841.89 pts (A4)".
    const auto pages_at = info.find("Pages:");
    REQUIRE(pages_at != std::string::npos);
    CHECK(std::stoi(info.substr(pages_at + 6)) == stats.pages);
    CHECK(info.find("595.276 x 841.89 pts (A4)") !=
          std::string::npos);  // 210 × 297 mm at 72/25.4 pt per mm
    std::string text;
    REQUIRE(test::run_command("pdftotext -layout '" + path + "' -", &text) == 0);
    CHECK(text.find("Classification") != std::string::npos);
    // The classification badge of the cover, whatever the run decided ("Class C", "Not assessed").
    std::string badge;
    for (const report::Block& b : r.doc.cover.blocks)
      if (const auto* x = std::get_if<report::Badge>(&b)) {
        badge = x->label;
        break;
      }
    REQUIRE(!badge.empty());
    CHECK(text.find(badge) != std::string::npos);
    CHECK(text.find("Page 1 of " + std::to_string(stats.pages)) != std::string::npos);
    CHECK(text.find("Repeated ramming (UK VADS) is out of scope") != std::string::npos);
    CHECK(text.find("Marienplatz") != std::string::npos);
  }
  SECTION("München report: headless Chromium shows the cover on the first page") {
    REQUIRE(test::have_program("chromium"));  // installed by scripts/setup
    const std::string dir = test::scratch_dir("report_chromium");
    const std::string html_path = dir + "/report.html", png = dir + "/page.png";
    gis::write_text_file_atomic(html_path, munchen_report().html);
    const std::string profile = dir + "/profile";
    const std::string cmd =
        "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync "
        "--hide-scrollbars --user-data-dir='" +
        profile + "' --screenshot='" + png + "' --window-size=1240,1754 'file://" + html_path +
        "' >/dev/null 2>&1";
    REQUIRE(test::run_command(cmd) == 0);
    REQUIRE(fs::exists(png));
    cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
    REQUIRE(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
    const int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    CHECK(w == 1240);
    CHECK(h == 1754);
    const unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    auto pixel = [&](int x, int y) {
      const auto v = *reinterpret_cast<const std::uint32_t*>(data + y * stride + x * 4);
      return std::array<int, 3>{int((v >> 16) & 0xff), int((v >> 8) & 0xff), int(v & 0xff)};
    };
    // The sheet is 210 mm = 794 px wide, centred: x from 223 to 1017. Its top margin is 8 mm
    // (30 px); the cover band (#12355b) fills the sheet's top from there, over 150 px tall.
    // Sample the band's left part, below the kicker and away from the title's letters.
    const auto band = pixel(240, 45);
    CHECK(band[0] == 0x12);
    CHECK(band[1] == 0x35);
    CHECK(band[2] == 0x5b);
    // Left of the sheet: the desk colour #dfe3e8.
    const auto desk = pixel(100, 600);
    CHECK(desk[0] == 0xdf);
    CHECK(desk[1] == 0xe3);
    CHECK(desk[2] == 0xe8);
    // Inside the sheet below the band: white paper (at the right margin, clear of text).
    const auto paper = pixel(1000, 900);
    CHECK(paper[0] == 0xff);
    CHECK(paper[1] == 0xff);
    CHECK(paper[2] == 0xff);
    cairo_surface_destroy(s);
  }
}
