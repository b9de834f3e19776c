#pragma once
// One project error type. It carries every problem found in an input, each naming the
// file, the place inside it (feature index or id, line, key) and the field, so a user can
// go straight to what is wrong. The IO edge throws it for bad files; the core throws it
// when a caller hands it parameters outside their valid range.

#include <stdexcept>
#include <string>
#include <vector>

#include "sim/core/statement.hpp"

namespace agora {

struct Problem {
  std::string file;     // input file, empty when the input did not come from a file
  std::string where;    // "feature 3 (stall 'Glühwein')", "line 12", "key profile.density"
  std::string field;    // the field or parameter at fault, may be empty
  std::string message;  // what was expected and what was found
  // The message as a sentence of the report's string tables, where the warning is keyed
  // (the report says it in its language; the command line prints message).
  Statement said = {};

  std::string to_string() const;
};

class Error : public std::runtime_error {
 public:
  explicit Error(std::vector<Problem> problems);
  Error(std::string file, std::string where, std::string field, std::string message);

  const std::vector<Problem>& problems() const { return problems_; }

 private:
  std::vector<Problem> problems_;
};

// Collects problems while validating, then throws them all at once.
class ProblemList {
 public:
  void add(Problem problem) { problems_.push_back(std::move(problem)); }
  void add(std::string file, std::string where, std::string field, std::string message) {
    problems_.push_back({std::move(file), std::move(where), std::move(field), std::move(message)});
  }
  bool empty() const { return problems_.empty(); }
  std::size_t size() const { return problems_.size(); }
  const std::vector<Problem>& problems() const { return problems_; }
  void throw_if_any() const {
    if (!problems_.empty()) throw Error(problems_);
  }

 private:
  std::vector<Problem> problems_;
};

// Throws Error naming `parameter` unless lo <= value <= hi. For model parameter checks.
void require_in_range(const char* parameter, double value, double lo, double hi,
                      const char* unit = "");

}  // namespace agora
