// The permit report for the bundled München scenario: time to build the document, render the
// HTML and render the PDF (Cairo + Pango), with the sizes and the page count; compared with
// headless Chromium printing the same HTML to PDF (--print-to-pdf), the browser route the PDF
// back end avoids.
//
//   build/bench/bench_report [SCENARIO] [RUNS]

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "app/run/analysis_registry.hpp"
#include "app/run/scenario_run.hpp"
#include "bench/timing.hpp"
#include "gis/scenario_reader.hpp"
#include "report/report.hpp"

int main(int argc, char** argv) {
  using namespace agora;
  const std::string path = argc > 1 ? argv[1]
                                    : std::string(AGORA_SOURCE_DIR) +
                                          "/scenarios/munchen-christkindlmarkt/scenario.json";
  const int runs = argc > 2 ? std::stoi(argv[2]) : 5;

  gis::LoadedScenario loaded = gis::load_scenario(path);
  // Analyses this build does not have yet are left out (the report shows what ran).
  std::erase_if(loaded.scenario.analyses,
                [](const std::string& n) { return run::find_analysis(n) == nullptr; });
  const run::RunResult r = run::run_scenario(std::move(loaded));
  report::ReportInput in(r.loaded.scenario, *r.loaded.city, r.outputs, r.figures);
  in.provenance = r.provenance.items;
  in.osm_data = r.provenance.osm_data;
  report::ReportOptions options;
  options.generated = "bench";

  report::Document doc;
  const bench::Timing build =
      bench::time_it([&] { doc = report::build_report(in, options); }, runs);
  std::string html;
  const bench::Timing html_t = bench::time_it([&] { html = report::render_html(doc); }, runs);
  std::string pdf;
  int pages = 0;
  const bench::Timing pdf_t = bench::time_it(
      [&] {
        pdf.clear();
        pages = report::render_pdf(doc, [&pdf](std::string_view b) { pdf.append(b); }).pages;
      },
      runs);

  std::cout << "report for " << path << "\n"
            << "  analyses:        " << r.outputs.size() << "\n"
            << "  build document:  " << build.median_s * 1000 << " ms median (min "
            << build.min_s * 1000 << ")\n"
            << "  render HTML:     " << html_t.median_s * 1000 << " ms median, " << html.size()
            << " bytes\n"
            << "  render PDF:      " << pdf_t.median_s * 1000 << " ms median, " << pages
            << " pages, " << pdf.size() << " bytes\n";

  const auto dir = std::filesystem::temp_directory_path() / "agora-bench-report";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "report.html") << html;
  std::vector<double> chromium;
  for (int i = 0; i < 3; ++i) {
    const double s = bench::time_command(
        "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking "
        "--disable-component-update --disable-sync --user-data-dir=" +
        (dir / "profile").string() +
        " --no-pdf-header-footer --print-to-pdf=" + (dir / "chromium.pdf").string() + " file://" +
        (dir / "report.html").string() + " >/dev/null 2>&1");
    if (s < 0) break;
    chromium.push_back(s);
  }
  if (chromium.empty())
    std::cout << "  chromium --print-to-pdf: not available (apt-get install chromium)\n";
  else
    std::cout << "  chromium --print-to-pdf of the same HTML: " << bench::median(chromium) * 1000
              << " ms median over " << chromium.size() << " runs (process start included)\n";
  std::cout << "  peak memory:     " << bench::peak_rss_mib() << " MiB\n";
  return 0;
}
