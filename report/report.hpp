#pragma once
// The permit report: built once as a document (document.hpp) from a run, then rendered to a
// self-contained HTML file (inline CSS, inline SVG maps, no scripts, prints to A4) and to a
// PDF (Cairo + Pango, A4 pages with repeated table headers). No file IO here: the HTML comes
// back as a string and the PDF goes to a caller-given byte sink.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "report/document.hpp"
#include "report/report_input.hpp"

namespace agora::report {

struct ReportOptions {
  std::string lang = "en";  // string table: "en", "nl"
  std::string generated;    // when the report was made, as shown ("2026-11-28 14:05")
  std::vector<const ReportInput*>
      compare;  // variants for the side-by-side page (the subject included or not)
  std::size_t max_layer_rows = 40;  // rows of a generic layer's attribute table
};

Document build_report(const ReportInput& subject, const ReportOptions& options = {});

std::string render_html(const Document& document);

using ByteSink = std::function<void(std::string_view)>;
struct PdfStats {
  int pages = 0;
};
// Renders the document as an A4 PDF into sink. Throws agora::Error when Cairo fails.
PdfStats render_pdf(const Document& document, const ByteSink& sink);

}  // namespace agora::report
