#include "gis/csv.hpp"

#include <charconv>

#include "sim/core/error.hpp"

namespace agora::gis {

namespace {
const std::string kEmpty;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}
}  // namespace

std::optional<double> parse_number(std::string_view text) {
  std::string s(trim(text));
  if (s.empty()) return std::nullopt;
  for (char& c : s)
    if (c == ',') c = '.';
  double value = 0.0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

CsvTable CsvTable::parse(std::string_view text, std::string file) {
  CsvTable t;
  t.file_ = std::move(file);
  // Spreadsheets save UTF-8 with a byte-order mark; it is not part of the first column's name.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (text.find('\0') != std::string_view::npos)
    throw Error(t.file_, "", "", "contains a NUL byte: expected a text (CSV) file");
  std::vector<std::string> record;
  std::string cell;
  bool in_quotes = false;
  bool cell_was_quoted = false;
  int line = 1;
  int record_line = 1;
  auto end_cell = [&] {
    record.push_back(cell_was_quoted ? cell : std::string(trim(cell)));
    cell.clear();
    cell_was_quoted = false;
  };
  auto end_record = [&] {
    end_cell();
    const bool blank = record.size() == 1 && record[0].empty();
    if (!blank) {
      if (t.header_.empty()) {
        t.header_ = std::move(record);
      } else {
        if (record.size() > t.header_.size())
          throw Error(t.file_, "line " + std::to_string(record_line), "",
                      "has " + std::to_string(record.size()) + " cells, the header has " +
                          std::to_string(t.header_.size()));
        record.resize(t.header_.size());
        t.rows_.push_back(std::move(record));
        t.lines_.push_back(record_line);
      }
    }
    record.clear();
    record_line = line;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"' && trim(cell).empty()) {
      in_quotes = true;
      cell_was_quoted = true;
      cell.clear();
    } else if (c == ',') {
      end_cell();
    } else if (c == '\n') {
      ++line;
      end_record();
    } else {
      cell += c;
    }
  }
  if (in_quotes)
    throw Error(t.file_, "line " + std::to_string(record_line), "",
                "a quoted cell is never closed");
  if (!cell.empty() || !record.empty()) end_record();
  if (t.header_.empty()) throw Error(t.file_, "", "", "the file is empty: expected a header line");
  return t;
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == name) return i;
  return std::nullopt;
}

std::string CsvTable::header_list() const {
  std::string out;
  for (const std::string& h : header_) out += (out.empty() ? "" : ", ") + h;
  return out;
}

void CsvTable::require_columns(const std::vector<std::string>& names) const {
  std::string missing;
  for (const auto& n : names)
    if (!has_column(n)) missing += (missing.empty() ? "" : ", ") + n;
  if (!missing.empty()) throw Error(file_, "header", "", "missing column(s): " + missing);
}

const std::string& CsvTable::text(std::size_t row, std::string_view column_name) const {
  const auto c = column(column_name);
  if (!c) return kEmpty;
  return rows_.at(row)[*c];
}

void CsvTable::require_column(std::string_view column_name) const {
  if (!has_column(column_name))
    throw Error(file_, "header", std::string(column_name),
                "missing column '" + std::string(column_name) +
                    "' (the header has: " + header_list() + ")");
}

std::optional<double> CsvTable::number(std::size_t row, std::string_view column_name) const {
  // A number or a flag a reader asks for is needed: a dropped column is an error, not empty
  // cells (a column that may be left out is asked for with has_column() first).
  require_column(column_name);
  const std::string& s = text(row, column_name);
  if (trim(s).empty()) return std::nullopt;
  auto v = parse_number(s);
  if (!v)
    throw Error(file_, "line " + std::to_string(lines_[row]), std::string(column_name),
                "expected a number, got '" + s + "'");
  return v;
}

bool CsvTable::flag(std::size_t row, std::string_view column_name) const {
  require_column(column_name);
  const std::string& s = text(row, column_name);
  if (s == "yes" || s == "true" || s == "1") return true;
  if (s == "no" || s == "false" || s == "0") return false;
  throw Error(file_, "line " + std::to_string(lines_[row]), std::string(column_name),
              "expected yes or no, got '" + s + "'");
}

}  // namespace agora::gis
