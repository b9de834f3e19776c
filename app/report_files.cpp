#include "app/report_files.hpp"

#include <ctime>
#include <filesystem>
#include <fstream>

#include "gis/profile.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"

namespace agora::app {

namespace fs = std::filesystem;

report::ReportInput report_input(const run::RunResult& r, std::string label) {
  report::ReportInput in(r.loaded.scenario, *r.loaded.city, r.outputs, r.figures);
  in.provenance = r.provenance.items;
  in.osm_data = r.provenance.osm_data;
  in.warnings = r.loaded.warnings;
  in.label = std::move(label);
  // The profile's values with their sources, for the sections' rules and the assumptions page.
  for (const gis::ProfileEntry& e : gis::Profile::load(r.loaded.scenario.profile).entries())
    in.profile_values.push_back(
        {e.key, e.value.is_string() ? e.value.get<std::string>() : e.value.dump(), e.source});
  return in;
}

std::string now_text() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

ReportFiles write_report_files(const run::RunResult& subject, const std::string& dir,
                               const std::vector<const run::RunResult*>& compare,
                               const std::vector<std::string>& labels, const std::string& lang) {
  auto label_of = [&labels](std::size_t i, const run::RunResult& r) {
    if (i < labels.size() && !labels[i].empty()) return labels[i];
    return fs::path(r.loaded.scenario.file).stem().string();
  };
  std::vector<report::ReportInput> inputs;
  inputs.reserve(compare.size() + 1);
  inputs.push_back(report_input(subject, label_of(0, subject)));
  for (std::size_t i = 0; i < compare.size(); ++i)
    inputs.push_back(report_input(*compare[i], label_of(i + 1, *compare[i])));
  report::ReportOptions options;
  options.lang = lang;
  options.generated = now_text();
  if (!compare.empty())
    for (const report::ReportInput& in : inputs) options.compare.push_back(&in);
  const report::Document doc = report::build_report(inputs.front(), options);

  fs::create_directories(dir);
  ReportFiles files;
  files.html_path = (fs::path(dir) / "report.html").string();
  files.pdf_path = (fs::path(dir) / "report.pdf").string();
  const std::string html = report::render_html(doc);
  gis::write_text_file_atomic(files.html_path, html);
  files.html_bytes = html.size();

  gis::AtomicOutput pdf(files.pdf_path);
  {
    std::ofstream out(pdf.temp_path(), std::ios::binary);
    if (!out) throw Error(files.pdf_path, "", "", "cannot write the PDF report");
    const report::PdfStats stats = report::render_pdf(doc, [&](std::string_view bytes) {
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      files.pdf_bytes += bytes.size();
    });
    files.pdf_pages = stats.pages;
    out.close();
    if (!out) throw Error(files.pdf_path, "", "", "writing the PDF report failed");
  }
  pdf.commit();
  return files;
}

}  // namespace agora::app
