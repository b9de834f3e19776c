#pragma once
// The report as a tree of blocks, independent of how it is drawn: a cover page, then
// sections (each starts a new page), each a list of blocks: headings, paragraphs, lists,
// key-value lists, tables (whose header rows repeat on every page they run over), map
// figures, verdict badges, callouts and page breaks. The HTML and the PDF back ends render
// the same tree; every string in it is plain text, escaped by the back end that draws it.

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "report/map/map_model.hpp"

namespace agora::report {

// How a cell, badge or callout reads at a glance; the back ends map it to colours.
enum class Tone { kNeutral, kGood, kCaution, kBad, kInfo, kMuted };

struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool mono = false;
};
using Inline = std::vector<Span>;
Inline plain(std::string text);

struct Heading {
  int level = 2;  // 2 or 3; level 1 is the section title
  std::string text;
};

struct Paragraph {
  Inline text;
  bool small = false;
};

struct BulletList {
  std::vector<Inline> items;
};

struct KeyValue {
  KeyValue() = default;
  KeyValue(std::string k, std::string v, Tone t = Tone::kNeutral)
      : key(std::move(k)), value(std::move(v)), tone(t) {}
  std::string key;
  std::string value;
  Tone tone = Tone::kNeutral;
};
struct KeyValueList {
  std::vector<KeyValue> items;
};

enum class Align { kLeft, kRight, kCenter };

struct Cell {
  Cell() = default;
  Cell(std::string t, Tone tn = Tone::kNeutral, bool b = false, bool m = false, std::string d = {})
      : text(std::move(t)), tone(tn), bold(b), mono(m), data(std::move(d)) {}
  std::string text;
  Tone tone = Tone::kNeutral;
  bool bold = false;
  bool mono = false;
  std::string data;  // machine-readable value (HTML data-value), e.g. the exact figure
};

struct HeaderCell {
  HeaderCell() = default;
  HeaderCell(std::string t, int span = 1) : text(std::move(t)), colspan(span) {}
  std::string text;
  int colspan = 1;
};

struct Column {
  Align align = Align::kLeft;
  double weight = 1.0;  // share of the table width
};

struct Table {
  std::string id;  // HTML id / class hook, e.g. "figures-ramming"
  std::string caption;
  std::vector<Column> columns;
  std::vector<std::vector<HeaderCell>> header;  // repeated on every page the table runs over
  std::vector<std::vector<Cell>> rows;
  std::string note;  // under the table, small
};

struct Figure {
  std::string id;
  Map map;
  std::string caption;
};

struct Badge {
  Tone tone = Tone::kNeutral;
  std::string label;   // "Class C", "Risk event"
  std::string detail;  // one line under it
};

struct Callout {
  Tone tone = Tone::kInfo;
  std::string title;
  Inline text;
};

struct PageBreak {};

using Block = std::variant<Heading, Paragraph, BulletList, KeyValueList, Table, Figure, Badge,
                           Callout, PageBreak>;

struct Section {
  std::string id;      // stable HTML id: "cover", "layout", "analysis-ramming", "assumptions"
  std::string number;  // "3"
  std::string title;
  std::vector<Block> blocks;
};

struct Cover {
  std::string kicker;    // over the title: "Permit safety report · Veiligheidsrapport"
  std::string title;     // the event name
  std::string subtitle;  // place and dates
  std::vector<Block> blocks;
};

struct Document {
  std::string lang = "en";
  std::string title;         // HTML <title>, PDF metadata
  std::string running_head;  // at the top of every page after the cover
  std::string running_foot;  // at the bottom of every page (Agora version, generated)
  std::string attribution;   // "© OpenStreetMap contributors", or empty
  std::string page_label;    // "Page" (for "Page 3 of 12")
  std::string of_label;      // "of"
  Cover cover;
  std::vector<Section> sections;
};

}  // namespace agora::report
