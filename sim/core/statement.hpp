#pragma once
// A sentence for people, named by a key into the report's string tables with its arguments.
// The core states what it found and with which numbers; the words, in English or Dutch, are
// the report's (report/strings_en.cpp, strings_nl.cpp, "{0}"-style placeholders), and the
// command line says it through the same tables. Numbers stay numbers until then, so each
// language writes them its own way (1,5 m in Dutch).

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "sim/core/value.hpp"

namespace agora {

struct StatementArg {
  Value value;
  int decimals = -1;  // digits after the point; -1: as the report's number format chooses
  std::string unit;   // written after a number ("m", "s", "persons/m²")

  StatementArg(double v, int digits = -1, std::string u = {})
      : value(v), decimals(digits), unit(std::move(u)) {}
  StatementArg(std::int64_t v, std::string u = {}) : value(v), decimals(0), unit(std::move(u)) {}
  StatementArg(int v, std::string u = {})
      : value(std::int64_t{v}), decimals(0), unit(std::move(u)) {}
  StatementArg(std::string text)
      : value(std::move(text)) {}  // a name or other data, never a sentence
  StatementArg(const char* text) : value(std::string(text)) {}

  bool is_term =
      false;  // the value is a key of the string tables ("rating.red"), said in the language
};

// An argument that is itself a word of the string tables: term("rating.red") reads "red" or "rood".
inline StatementArg term(std::string key) {
  StatementArg a(std::move(key));
  a.is_term = true;
  return a;
}

struct Statement {
  std::string key;  // "assumption.assess.capacity"
  std::vector<StatementArg> args;

  bool operator==(const Statement& other) const {
    return key == other.key && describe() == other.describe();
  }
  // "key(arg, arg, ...)": for logs and tests, not for people.
  std::string describe() const;
};

inline Statement say(std::string key, std::initializer_list<StatementArg> args = {}) {
  return Statement{std::move(key), std::vector<StatementArg>(args)};
}

}  // namespace agora
