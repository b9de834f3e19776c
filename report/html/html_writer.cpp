// The HTML back end: one self-contained file. Inline CSS with @page A4 and print rules
// (every section starts a page, figures and table rows are not split, table headers repeat),
// maps as inline SVG, no scripts and no external assets. On screen the pages show as sheets.

#include <string>

#include "report/escape.hpp"
#include "report/map/svg_painter.hpp"
#include "report/report.hpp"

namespace agora::report {

namespace {

constexpr double kMapWidthMm = 178.0;

constexpr const char* kCss = R"CSS(
@page { size: A4; margin: 16mm 16mm 18mm 16mm; }
:root { --ink:#1d2733; --muted:#5d6b78; --rule:#c9d1d9; --band:#12355b; --accent:#c0392b;
  --good:#1e8449; --good-bg:#e3f4e8; --caution:#a35400; --caution-bg:#fdf0dc; --bad:#b03a2e; --bad-bg:#fbe3e0;
  --info:#1f5f8b; --info-bg:#e4eef6; --muted-bg:#eef1f4; }
* { box-sizing: border-box; }
html { background:#dfe3e8; }
body { margin:0; font-family:"DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; font-size:9.5pt; line-height:1.42; color:var(--ink); }
.sheet { width:210mm; min-height:297mm; margin:8mm auto; padding:16mm 16mm 18mm 16mm; background:#fff; box-shadow:0 1px 6px rgba(0,0,0,.25); }
.cover { padding:0; }
.cover .band { background:var(--band); color:#fff; padding:20mm 16mm 12mm 16mm; }
.cover .kicker { text-transform:uppercase; letter-spacing:.08em; font-size:9pt; opacity:.85; margin:0 0 4mm 0; }
.cover h1 { font-size:24pt; line-height:1.15; margin:0 0 3mm 0; }
.cover .subtitle { font-size:12pt; margin:0; opacity:.95; }
.cover .body { padding:8mm 16mm 16mm 16mm; }
h1.section-title { font-size:17pt; color:var(--band); border-bottom:2px solid var(--band); padding-bottom:2mm; margin:0 0 5mm 0; }
h1.section-title .num { color:var(--muted); margin-right:3mm; }
h2 { font-size:12pt; color:var(--band); margin:6mm 0 2.5mm 0; }
h3 { font-size:10.5pt; margin:5mm 0 2mm 0; }
p { margin:0 0 2.5mm 0; }
p.small { font-size:8pt; color:var(--muted); }
code, .mono { font-family:"DejaVu Sans Mono", Consolas, monospace; font-size:8pt; word-break:break-all; }
ul { margin:0 0 3mm 0; padding-left:5mm; }
li { margin-bottom:1mm; }
dl.kv { display:grid; grid-template-columns:52mm 1fr; gap:1.2mm 4mm; margin:0 0 3mm 0; }
dl.kv dt { color:var(--muted); }
dl.kv dd { margin:0; font-weight:600; }
table { width:100%; border-collapse:collapse; margin:0 0 4mm 0; font-size:8.5pt; }
caption { caption-side:top; text-align:left; font-weight:bold; padding:0 0 1.5mm 0; color:var(--ink); }
thead { display:table-header-group; }
thead th { background:var(--band); color:#fff; text-align:left; font-weight:600; padding:1.4mm 2mm; vertical-align:bottom; }
tbody td { padding:1.1mm 2mm; border-bottom:1px solid var(--rule); vertical-align:top; }
tbody tr:nth-child(even) td { background:#f6f8fa; }
tr { break-inside:avoid; page-break-inside:avoid; }
td.r, th.r { text-align:right; } td.c, th.c { text-align:center; }
td.good { color:var(--good); background:var(--good-bg) !important; font-weight:600; }
td.caution { color:var(--caution); background:var(--caution-bg) !important; font-weight:600; }
td.bad { color:var(--bad); background:var(--bad-bg) !important; font-weight:600; }
td.info { color:var(--info); } td.muted { color:var(--muted); }
td.b { font-weight:700; }
.table-note { font-size:8pt; color:var(--muted); margin:-2.5mm 0 4mm 0; }
figure { margin:0 0 5mm 0; break-inside:avoid; page-break-inside:avoid; }
figure svg.map { width:100%; height:auto; display:block; }
figcaption { font-size:8.5pt; color:var(--muted); margin-top:1.5mm; }
.badge { display:flex; align-items:baseline; gap:4mm; border-left:5mm solid; padding:2.5mm 4mm; margin:0 0 3mm 0; break-inside:avoid; }
.badge .label { font-size:14pt; font-weight:700; white-space:nowrap; }
.badge .detail { font-size:9pt; }
.tone-good { border-color:var(--good); background:var(--good-bg); color:var(--good); }
.tone-caution { border-color:var(--caution); background:var(--caution-bg); color:var(--caution); }
.tone-bad { border-color:var(--bad); background:var(--bad-bg); color:var(--bad); }
.tone-info { border-color:var(--info); background:var(--info-bg); color:var(--info); }
.tone-muted, .tone-neutral { border-color:#8a949e; background:var(--muted-bg); color:var(--ink); }
.callout { border-left:1.5mm solid; padding:2.5mm 4mm; margin:0 0 4mm 0; break-inside:avoid; }
.callout .title { font-weight:700; margin-bottom:1mm; }
.callout p { color:var(--ink); margin:0; }
dd.good { color:var(--good); } dd.caution { color:var(--caution); } dd.bad { color:var(--bad); } dd.muted { color:var(--muted); }
.running { display:flex; justify-content:space-between; font-size:7.5pt; color:var(--muted); border-bottom:1px solid var(--rule); padding-bottom:1.5mm; margin-bottom:6mm; }
.foot { font-size:7.5pt; color:var(--muted); border-top:1px solid var(--rule); padding-top:1.5mm; margin-top:8mm; }
.page-break { break-after:page; page-break-after:always; }
@media print {
  html { background:none; }
  .sheet { width:auto; min-height:0; margin:0; padding:0; box-shadow:none; break-before:page; page-break-before:always; }
  .sheet.cover { break-before:auto; page-break-before:auto; }
  .cover .band { padding:10mm 8mm 7mm 8mm; }
  .cover .body { padding:5mm 0 0 0; }
  .cover h2 { margin-top:4mm; }
  .foot { margin-top:5mm; }
  .cover .foot { display:none; }  /* version and provenance are on the assumptions page */
  .cover .band { -webkit-print-color-adjust:exact; print-color-adjust:exact; }
  thead th, td.good, td.caution, td.bad, .badge, .callout { -webkit-print-color-adjust:exact; print-color-adjust:exact; }
}
)CSS";

const char* tone_class(Tone t) {
  switch (t) {
    case Tone::kGood:
      return "good";
    case Tone::kCaution:
      return "caution";
    case Tone::kBad:
      return "bad";
    case Tone::kInfo:
      return "info";
    case Tone::kMuted:
      return "muted";
    case Tone::kNeutral:
      return "neutral";
  }
  return "neutral";
}

const char* align_class(Align a) {
  switch (a) {
    case Align::kRight:
      return "r";
    case Align::kCenter:
      return "c";
    case Align::kLeft:
      return "";
  }
  return "";
}

// Element content: escaped, with data marked by as_data in a span the checks (and translation
// tools) skip: translate="no". Codes and keys (mono) carry the same attribute.
std::string text(std::string_view s) {
  return escape_markup_marking_data(s, "span");
}

class HtmlWriter {
 public:
  std::string out;

  // Appends the pieces in order (one append each: no temporaries from operator+ chains).
  template <class... Parts>
  void add(const Parts&... parts) {
    (out.append(std::string_view(parts)), ...);
  }

  void inline_text(const Inline& spans) {
    for (const Span& s : spans) {
      add(s.bold ? "<strong>" : "", s.italic ? "<em>" : "", s.mono ? "<code translate=\"no\">" : "",
          text(s.text), s.mono ? "</code>" : "", s.italic ? "</em>" : "",
          s.bold ? "</strong>" : "");
    }
  }

  void block(const Block& b) {
    std::visit([this](const auto& x) { write(x); }, b);
  }

  void write(const Heading& h) {
    const std::string tag = h.level <= 2 ? "h2" : "h3";
    add("<", tag, ">", text(h.text), "</", tag, ">\n");
  }
  void write(const Paragraph& p) {
    out += p.small ? "<p class=\"small\">" : "<p>";
    inline_text(p.text);
    out += "</p>\n";
  }
  void write(const BulletList& l) {
    out += "<ul>";
    for (const Inline& item : l.items) {
      out += "<li>";
      inline_text(item);
      out += "</li>";
    }
    out += "</ul>\n";
  }
  void write(const KeyValueList& kv) {
    out += "<dl class=\"kv\">";
    for (const KeyValue& item : kv.items) {
      add("<dt>", text(item.key), "</dt><dd");
      if (item.tone != Tone::kNeutral) add(std::string(" class=\""), tone_class(item.tone), "\"");
      add(">", text(item.value), "</dd>");
    }
    out += "</dl>\n";
  }
  void write(const Table& t) {
    out += "<table";
    if (!t.id.empty()) add(" id=\"", escape_markup(t.id), "\"");
    // Short tables are kept on one page; long ones run on with their header repeated.
    if (t.rows.size() <= 20) out += " style=\"break-inside:avoid\"";
    out += ">";
    if (!t.caption.empty()) add("<caption>", text(t.caption), "</caption>");
    double total = 0.0;
    for (const Column& c : t.columns) total += c.weight;
    out += "<colgroup>";
    for (const Column& c : t.columns) {
      char buf[48];
      std::snprintf(buf, sizeof buf, "<col style=\"width:%.1f%%\"/>",
                    total > 0 ? 100.0 * c.weight / total : 0.0);
      out += buf;
    }
    out += "</colgroup><thead>";
    for (const auto& row : t.header) {
      out += "<tr>";
      std::size_t col = 0;
      for (const HeaderCell& h : row) {
        const char* a = col < t.columns.size() ? align_class(t.columns[col].align) : "";
        out += "<th scope=\"col\"";
        if (*a) add(std::string(" class=\""), a, "\"");
        if (h.colspan > 1) add(" colspan=\"", std::to_string(h.colspan), "\"");
        add(">", text(h.text), "</th>");
        col += static_cast<std::size_t>(std::max(1, h.colspan));
      }
      out += "</tr>";
    }
    out += "</thead><tbody>\n";
    for (const auto& row : t.rows) {
      out += "<tr>";
      for (std::size_t i = 0; i < row.size(); ++i) {
        const Cell& c = row[i];
        std::string cls = i < t.columns.size() ? align_class(t.columns[i].align) : "";
        if (c.tone != Tone::kNeutral)
          cls += std::string(cls.empty() ? "" : " ") + tone_class(c.tone);
        if (c.bold) cls += cls.empty() ? "b" : " b";
        out += "<td";
        if (!cls.empty()) add(" class=\"", cls, "\"");
        if (!c.data.empty()) add(" data-value=\"", escape_markup(c.data), "\"");
        out += ">";
        if (c.mono)
          add("<code translate=\"no\">", text(c.text), "</code>");
        else
          add(text(c.text));
        out += "</td>";
      }
      out += "</tr>\n";
    }
    out += "</tbody></table>\n";
    if (!t.note.empty()) add("<p class=\"table-note\">", text(t.note), "</p>\n");
  }
  void write(const Figure& f) {
    out += "<figure";
    if (!f.id.empty()) add(" id=\"", escape_markup(f.id), "\"");
    out += ">";
    out += map_to_svg(f.map, kMapWidthMm, f.caption);
    if (!f.caption.empty()) add("<figcaption>", text(f.caption), "</figcaption>");
    out += "</figure>\n";
  }
  void write(const Badge& b) {
    add(std::string("<div class=\"badge tone-"), tone_class(b.tone), "\"><span class=\"label\">",
        text(b.label), "</span><span class=\"detail\">", text(b.detail), "</span></div>\n");
  }
  void write(const Callout& c) {
    add(std::string("<div class=\"callout tone-"), tone_class(c.tone), "\"><div class=\"title\">",
        text(c.title), "</div><p>");
    inline_text(c.text);
    out += "</p></div>\n";
  }
  void write(const PageBreak&) { out += "<div class=\"page-break\"></div>\n"; }
};

}  // namespace

std::string render_html(const Document& doc) {
  HtmlWriter w;
  w.out.reserve(1 << 20);
  w.add("<!DOCTYPE html>\n<html lang=\"", escape_markup(doc.lang),
        "\">\n<head>\n<meta charset=\"utf-8\"/>\n");
  w.out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
  w.out += "<meta name=\"generator\" content=\"Agora " AGORA_VERSION "\"/>\n";
  w.add("<title>", escape_markup(doc.title), "</title>\n<style>", std::string(kCss),
        "</style>\n</head>\n<body>\n");
  const Cover& c = doc.cover;
  w.add("<section class=\"sheet cover\" id=\"cover\">\n<header class=\"band\"><p class=\"kicker\">",
        text(c.kicker), "</p><h1>", text(c.title), "</h1><p class=\"subtitle\">", text(c.subtitle),
        "</p></header>\n<div class=\"body\">\n");
  for (const Block& b : c.blocks) w.block(b);
  w.add("<div class=\"foot\">", text(doc.running_foot));
  if (!doc.attribution.empty()) w.add(" · ", text(doc.attribution));
  w.out += "</div>\n</div>\n</section>\n";
  for (const Section& s : doc.sections) {
    w.add("<section class=\"sheet\" id=\"", escape_markup(s.id), "\">\n");
    w.add("<div class=\"running\"><span>", text(doc.running_head), "</span><span>",
          text(doc.attribution), "</span></div>\n");
    w.add("<h1 class=\"section-title\"><span class=\"num\">", text(s.number), "</span>",
          text(s.title), "</h1>\n");
    for (const Block& b : s.blocks) w.block(b);
    w.add("<div class=\"foot\">", text(doc.running_foot), "</div>\n</section>\n");
  }
  w.out += "</body>\n</html>\n";
  return w.out;
}

}  // namespace agora::report
