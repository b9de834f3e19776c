#include "gui/script/script.hpp"

#include <charconv>
#include <map>
#include <optional>

#include "sim/core/error.hpp"

namespace agora::gui {

namespace {

bool parse_double(const std::string& s, double& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::vector<std::string> split_words(const std::string& line) {
  std::vector<std::string> words;
  std::string cur;
  bool quoted = false, have = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"')
        quoted = false;
      else
        cur += c;
      continue;
    }
    // A comment is '#' on its own (followed by a space or the end): "#d9d0c9" is a colour.
    if (c == '#' && !have && (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t'))
      break;
    if (c == '"') {
      quoted = true;
      have = true;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      if (have) words.push_back(cur);
      cur.clear();
      have = false;
    } else {
      cur += c;
      have = true;
    }
  }
  if (have) words.push_back(cur);
  return words;
}

std::vector<ScriptStep> parse_script(const std::string& text, const std::string& file) {
  std::vector<ScriptStep> steps;
  ProblemList problems;
  int line_no = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    std::vector<std::string> words = split_words(line);
    if (words.empty()) continue;
    const std::string where = "line " + std::to_string(line_no);
    ScriptStep step;
    step.line = line_no;
    step.verb = words[0];
    const std::optional<VerbArity> spec = verb_arity(step.verb);
    if (!spec) {
      std::string known;
      for (const std::string& k : verb_names()) known += (known.empty() ? "" : ", ") + k;
      problems.add(file, where, step.verb, "unknown step (known: " + known + ")");
      continue;
    }
    std::size_t i = 1;
    bool ok = true;
    for (int p = 0; p < spec->points && ok; ++p) {
      ScriptPoint pt;
      if (i < words.size() && words[i].starts_with("@")) {
        const std::string s = words[i].substr(1);
        const auto comma = s.find(',');
        ok = comma != std::string::npos && parse_double(s.substr(0, comma), pt.v.x) &&
             parse_double(s.substr(comma + 1), pt.v.y) && std::abs(pt.v.x) <= 180 &&
             std::abs(pt.v.y) <= 90;
        pt.geographic = true;
        i += 1;
      } else {
        ok = i + 1 < words.size() && parse_double(words[i], pt.v.x) &&
             parse_double(words[i + 1], pt.v.y);
        i += 2;
      }
      if (!ok)
        problems.add(file, where, step.verb,
                     "expected a position: X Y in window pixels or @LON,LAT");
      step.points.push_back(pt);
    }
    if (!ok) continue;
    const int rest = static_cast<int>(words.size()) - static_cast<int>(std::min(i, words.size()));
    if (i > words.size() || rest < spec->min_rest || rest > spec->max_rest) {
      std::string expected = std::to_string(spec->min_rest);
      if (spec->max_rest != spec->min_rest)
        expected.append(1, '-').append(std::to_string(spec->max_rest));
      problems.add(file, where, step.verb,
                   "expected " + expected + " argument(s) after the position(s), got " +
                       std::to_string(std::max(rest, 0)));
      continue;
    }
    step.args.assign(words.begin() + static_cast<std::ptrdiff_t>(i), words.end());
    if (step.verb == "key") {
      KeyCombo k;
      if (!parse_key_combo(step.args[0], k)) {
        problems.add(file, where, "key",
                     "unknown key '" + step.args[0] + "' (e.g. ctrl+z, enter, escape, delete)");
        continue;
      }
    }
    if (step.verb == "assert_pixel") {
      int r, g, b;
      if (!parse_colour(step.args[0], r, g, b)) {
        problems.add(file, where, "assert_pixel",
                     "expected a colour #rrggbb, got '" + step.args[0] + "'");
        continue;
      }
    }
    // Every further argument of these is a number.
    if (step.verb.starts_with("replay_") || step.verb == "assert_replay_agents" ||
        step.verb == "assert_replay_time" || step.verb == "assert_agent") {
      bool numbers = true;
      for (const std::string& arg : step.args) {
        double n = 0;
        numbers = numbers && parse_double(arg, n);
      }
      if (!numbers) {
        problems.add(file, where, step.verb, "expected numbers as arguments");
        continue;
      }
    }
    if (step.verb == "wait_frames") {
      double n = 0;
      if (!parse_double(step.args[0], n) || n < 0 || n > 100000) {
        problems.add(file, where, "wait_frames", "expected a frame count 0..100000");
        continue;
      }
    }
    steps.push_back(std::move(step));
  }
  problems.throw_if_any();
  return steps;
}

bool parse_key_combo(const std::string& text, KeyCombo& out) {
  KeyCombo k;
  std::size_t start = 0;
  std::vector<std::string> parts;
  while (true) {
    const auto plus = text.find('+', start);
    parts.push_back(
        text.substr(start, plus == std::string::npos ? std::string::npos : plus - start));
    if (plus == std::string::npos) break;
    start = plus + 1;
  }
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    if (parts[i] == "ctrl")
      k.ctrl = true;
    else if (parts[i] == "shift")
      k.shift = true;
    else if (parts[i] == "alt")
      k.alt = true;
    else
      return false;
  }
  k.key = parts.back();
  static const char* named[] = {"enter", "escape", "delete", "backspace", "tab",
                                "space", "left",   "right",  "up",        "down"};
  bool known = k.key.size() == 1 &&
               ((k.key[0] >= 'a' && k.key[0] <= 'z') || (k.key[0] >= '0' && k.key[0] <= '9'));
  for (const char* n : named) known = known || k.key == n;
  if (!known) return false;
  out = k;
  return true;
}

bool parse_colour(const std::string& t, int& r, int& g, int& b) {
  if (t.size() != 7 || t[0] != '#') return false;
  auto hex = [&](std::size_t i, int& v) {
    const auto [end, ec] = std::from_chars(t.data() + i, t.data() + i + 2, v, 16);
    return ec == std::errc() && end == t.data() + i + 2;
  };
  return hex(1, r) && hex(3, g) && hex(5, b);
}

}  // namespace agora::gui
