#pragma once
// The --script format (docs/gui.md): one step per line, a verb and its arguments separated
// by spaces, "double quotes" around arguments with spaces, "# " starts a comment. Positions
// are window pixels "X Y" or a geographic "@LON,LAT" (WGS84 degrees) placed through the
// current map view. Parsing checks every verb and its argument count up front, so a typo is
// reported with its line before anything runs.

#include <optional>
#include <string>
#include <vector>

#include "sim/geometry/geometry.hpp"

namespace agora::gui {

struct ScriptPoint {
  bool geographic = false;  // v is (lon, lat) in degrees, else window pixels
  Vec2 v;
};

struct ScriptStep {
  int line = 0;
  std::string verb;
  std::vector<std::string> args;
  std::vector<ScriptPoint> points;  // the positions among args, parsed
};

// What a verb takes: leading positions, then between min_rest and max_rest further words.
struct VerbArity {
  int points = 0;
  int min_rest = 0;
  int max_rest = 0;
};
// From the player's verb table (ScriptPlayer::verbs()); nullopt for a verb it does not know.
std::optional<VerbArity> verb_arity(const std::string& verb);
// Every verb's name, sorted.
std::vector<std::string> verb_names();

// Throws agora::Error naming `file` and the line for an unknown verb, a wrong number of
// arguments or a malformed position.
std::vector<ScriptStep> parse_script(const std::string& text, const std::string& file);

// Splits one line into words, honouring "double quotes"; drops a "# " comment.
std::vector<std::string> split_words(const std::string& line);

// A key combination "ctrl+shift+z", "enter", "delete" -> modifiers and the key's name.
struct KeyCombo {
  bool ctrl = false, shift = false, alt = false;
  std::string
      key;  // lower case: "z", "enter", "escape", "delete", "backspace", "tab", "a".."z", "0".."9"
};
bool parse_key_combo(const std::string& text, KeyCombo& out);

// "#rrggbb" -> r, g, b.
bool parse_colour(const std::string& text, int& r, int& g, int& b);

}  // namespace agora::gui
