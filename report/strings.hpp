#pragma once
// Every text the report itself writes comes from a string table keyed by stable names
// ("cover.kicker", "section.assumptions"), so a translation is a table, not a rewrite:
// strings_en.cpp holds English (with the Dutch terms officers use: leefbaarheidstoets,
// veiligheidscel, risico-evenement); strings_nl.cpp holds the Dutch translation so far, and
// any key it lacks falls back to English. Texts may hold {0}, {1}, ... placeholders.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/core/statement.hpp"

namespace agora::report {

using StringTable = std::vector<std::pair<std::string_view, std::string_view>>;

const StringTable& strings_en();
const StringTable& strings_nl();

class Strings {
 public:
  // "en" or "nl"; an unknown language throws agora::Error naming the known ones.
  explicit Strings(std::string_view lang = "en");

  const std::string& lang() const { return lang_; }
  // The text for key; "[[key]]" when no table has it (tests look for "[[").
  std::string operator()(std::string_view key) const;
  // Whether the language's own table or the English one has key.
  bool has(std::string_view key) const;
  // The text with {0}, {1}, ... replaced by args.
  std::string format(std::string_view key, std::initializer_list<std::string> args) const;
  std::string format(std::string_view key, const std::vector<std::string>& args) const;
  // A statement of the core in this language: its key's text with the arguments written as
  // this language writes numbers and units. Every analysis keys its sentences; a statement
  // without a key (none is made any more) reads as its first argument.
  std::string say(const Statement& statement) const;
  // Whether say() marks its text arguments (names, paths, sources: data, not words) with
  // as_data (report/escape.hpp), as the report does so its HTML can carry translate="no";
  // off for the command line.
  void mark_data(bool on) { mark_data_ = on; }

 private:
  const std::string_view* find(std::string_view key) const;
  std::string lang_;
  const StringTable* table_;
  const StringTable* fallback_;
  bool mark_data_ = false;
};

}  // namespace agora::report
