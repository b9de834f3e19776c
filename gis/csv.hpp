#pragma once
// A small RFC 4180 CSV reader for Agora's data tables (vehicle classes, the barrier
// catalogue, OSM tag rules). Columns are looked up by header name; every error names the
// file, the line and the column.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace agora::gis {

class CsvTable {
 public:
  // Parses text; `file` names the source in error messages.
  static CsvTable parse(std::string_view text, std::string file);

  const std::string& file() const { return file_; }
  const std::vector<std::string>& header() const { return header_; }
  std::size_t rows() const { return rows_.size(); }
  int line_of(std::size_t row) const { return lines_[row]; }

  bool has_column(std::string_view name) const { return column(name).has_value(); }
  // Throws agora::Error when a required column is missing.
  void require_columns(const std::vector<std::string>& names) const;

  // Raw cell text ("" when the column is absent or the cell empty).
  const std::string& text(std::size_t row, std::string_view column_name) const;
  // Numeric cell; nullopt when empty; throws agora::Error naming line and column when it is
  // not a number, and naming the column when the header lacks it.
  std::optional<double> number(std::size_t row, std::string_view column_name) const;
  // yes/no/true/false/1/0 cell; throws on anything else and when the header lacks the column.
  bool flag(std::size_t row, std::string_view column_name) const;

 private:
  std::optional<std::size_t> column(std::string_view name) const;
  std::string header_list() const;
  void require_column(std::string_view name) const;
  std::string file_;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<int> lines_;
};

// Parses a number the way data files and OSM tags print them: "3.5", "3,5", " 8 ".
std::optional<double> parse_number(std::string_view text);

}  // namespace agora::gis
