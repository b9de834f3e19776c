#include "app/run/results_table.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "gis/csv.hpp"
#include "gis/table_writer.hpp"
#include "gis/text_file.hpp"
#include "sim/core/error.hpp"

namespace agora::run {

ResultsTable::ResultsTable(std::string path, std::vector<std::string> fixed_columns)
    : path_(std::move(path)),
      columns_(std::move(fixed_columns)),
      fixed_count_(columns_.size()),
      column_set_(columns_.begin(), columns_.end()) {}

ResultsTable::~ResultsTable() {
  if (fd_ >= 0) ::close(fd_);
}

std::set<std::string> ResultsTable::variants() const {
  std::set<std::string> out;
  for (const auto& [v, cells] : rows_) out.insert(v);
  return out;
}

void ResultsTable::load_existing() {
  if (!std::filesystem::exists(path_)) return;
  std::string text = gis::read_text_file(path_);
  if (!text.empty() && text.back() != '\n') text.erase(text.rfind('\n') + 1);  // a cut last write
  if (text.empty()) return;
  const gis::CsvTable t = gis::CsvTable::parse(text, path_);
  t.require_columns({"variant", "status"});
  // Keep our column order first, then any further figure columns the file has.
  for (const std::string& c : t.header())
    if (column_set_.insert(c).second) columns_.push_back(c);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    std::map<std::string, std::string> cells;
    for (const std::string& c : t.header()) cells[c] = gis::csv_escape(t.text(r, c));
    rows_[t.text(r, "variant")] = std::move(cells);
  }
  rewrite();  // normalises the file (drops a cut line) before appending to it
}

void ResultsTable::drop_failed() {
  for (auto it = rows_.begin(); it != rows_.end();) {
    const auto status = it->second.find("status");
    it = (status == it->second.end() || status->second != "ok") ? rows_.erase(it) : std::next(it);
  }
  rewrite();
}

std::string ResultsTable::line_of(const std::map<std::string, std::string>& cells) const {
  std::vector<std::string> out;
  out.reserve(columns_.size());
  for (const std::string& c : columns_) {
    const auto it = cells.find(c);
    out.push_back(it == cells.end() ? std::string() : it->second);
  }
  return gis::csv_line(out);
}

void ResultsTable::rewrite() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  std::vector<std::string> header;
  for (const std::string& c : columns_) header.push_back(gis::csv_escape(c));
  std::string text = gis::csv_line(header);
  for (const auto& [variant, cells] : rows_) text += line_of(cells);
  gis::write_text_file_atomic(path_, text);
}

void ResultsTable::open_for_append() {
  if (fd_ >= 0) return;
  fd_ = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0) throw Error(path_, "", "", std::string("cannot append: ") + std::strerror(errno));
}

void ResultsTable::append(const std::string& variant,
                          const std::map<std::string, std::string>& cells) {
  bool wider = !std::filesystem::exists(path_);
  for (const auto& [c, v] : cells)
    if (column_set_.insert(c).second) {
      columns_.push_back(c);
      wider = true;
    }
  rows_[variant] = cells;
  if (wider) {
    rewrite();
    return;
  }
  open_for_append();
  const std::string line = line_of(cells);
  const ssize_t n = ::write(fd_, line.data(), line.size());
  if (n != static_cast<ssize_t>(line.size()))
    throw Error(path_, "", "", std::string("cannot append a row: ") + std::strerror(errno));
}

void ResultsTable::finalize() {
  std::sort(columns_.begin() + static_cast<std::ptrdiff_t>(std::min(fixed_count_, columns_.size())),
            columns_.end());
  rewrite();
}

}  // namespace agora::run
