#pragma once
// results.csv of a batch: one row per finished variant (its parameters first, then one column
// per figure). A row is appended with a single write() on a file opened for appending, so a
// crash or kill -9 never loses a finished variant nor leaves half a row behind that is taken
// for one; when a variant brings figures no earlier one had, the file is rewritten with the
// wider header under a temporary name and renamed. On resume the file is read back.

#include <map>
#include <set>
#include <string>
#include <vector>

namespace agora::run {

class ResultsTable {
 public:
  // fixed_columns: variant, status, error and the swept parameters, in order.
  ResultsTable(std::string path, std::vector<std::string> fixed_columns);
  ~ResultsTable();
  ResultsTable(const ResultsTable&) = delete;
  ResultsTable& operator=(const ResultsTable&) = delete;

  // Reads an existing file (a resumed batch): rows keyed by their "variant" cell. A last line
  // without its newline (the write that was cut) is dropped.
  void load_existing();
  // Drops rows whose status is not "ok" (to run them again) and rewrites the file.
  void drop_failed();

  bool has(const std::string& variant) const { return rows_.count(variant) > 0; }
  std::size_t size() const { return rows_.size(); }
  std::set<std::string> variants() const;

  // Appends a row (column name -> CSV-escaped cell text).
  void append(const std::string& variant, const std::map<std::string, std::string>& cells);

  // Rewrites the file with rows sorted by variant id and the figure columns (after the fixed
  // ones) sorted by name, so the file does not depend on which variant finished first (threads,
  // MPI ranks, resumed runs all give the same bytes).
  void finalize();

 private:
  void rewrite();
  std::string line_of(const std::map<std::string, std::string>& cells) const;
  void open_for_append();

  std::string path_;
  std::vector<std::string> columns_;
  std::size_t fixed_count_ = 0;
  std::set<std::string> column_set_;
  std::map<std::string, std::map<std::string, std::string>> rows_;  // variant -> cells
  int fd_ = -1;
};

}  // namespace agora::run
