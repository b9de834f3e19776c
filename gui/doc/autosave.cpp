#include "gui/doc/autosave.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "gis/text_file.hpp"

namespace agora::gui {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// FNV-1a: a stable name for a slot from the document's path (std::hash may differ between builds).
std::string fnv1a_hex(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string key_of(const std::string& scenario_path, const std::string& map_path) {
  std::error_code ec;
  if (scenario_path.empty())
    return "untitled:" + fs::weakly_canonical(fs::absolute(map_path, ec), ec).string();
  return fs::weakly_canonical(fs::absolute(scenario_path, ec), ec).string();
}

std::string now_text() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

}  // namespace

Autosave::Autosave(std::string root) : root_(std::move(root)) {
  if (!root_.empty()) return;
  if (const char* env = std::getenv("AGORA_AUTOSAVE_DIR"); env && *env)
    root_ = env;
  else if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
    root_ = std::string(state) + "/agora/autosave";
  else if (const char* home = std::getenv("HOME"); home && *home)
    root_ = std::string(home) + "/.local/state/agora/autosave";
  else
    root_ = (fs::temp_directory_path() / "agora-autosave").string();
}

std::string Autosave::slot_dir(const Document& doc) const {
  const std::string base =
      (fs::path(root_) / fnv1a_hex(key_of(doc.target().scenario_path, doc.scenario.map_path)))
          .string();
  // A kept slot holds earlier work the user has not decided on: write beside it.
  std::string dir = base;
  for (int n = 1; std::find(kept_.begin(), kept_.end(), dir) != kept_.end(); ++n)
    dir = base + "-" + std::to_string(n);
  return dir;
}

void Autosave::keep(const AutosaveSlot& slot) {
  if (std::find(kept_.begin(), kept_.end(), slot.dir) == kept_.end()) kept_.push_back(slot.dir);
}

void Autosave::release(const AutosaveSlot& slot) {
  std::erase(kept_, slot.dir);
}

void Autosave::write(const Document& doc) const {
  const fs::path dir = slot_dir(doc);
  SaveTarget t;
  t.scenario_path = (dir / "scenario.json").string();
  for (std::size_t i = 0; i < std::max<std::size_t>(doc.target().layout_paths.size(), 1); ++i)
    t.layout_paths.push_back((dir / ("layout-" + std::to_string(i) + ".geojson")).string());
  doc.write_to(t);
  // Absolute paths: the next session may start in another folder.
  std::error_code ec;
  const auto absolute = [&](const std::string& p) {
    return p.empty() ? p : fs::absolute(p, ec).lexically_normal().string();
  };
  std::vector<std::string> layouts;
  for (const std::string& l : doc.target().layout_paths) layouts.push_back(absolute(l));
  json info = {{"agora_autosave", 1},
               {"scenario", absolute(doc.target().scenario_path)},
               {"layout", layouts},
               {"map", absolute(doc.scenario.map_path)},
               {"saved_at", now_text()}};
  gis::write_text_file_atomic(dir / "recovery.json", info.dump(2) + "\n");
}

void Autosave::discard(const Document& doc) const {
  std::error_code ec;
  fs::remove_all(slot_dir(doc), ec);
}

void Autosave::discard(const AutosaveSlot& slot) const {
  std::error_code ec;
  fs::remove_all(slot.dir, ec);
}

std::vector<AutosaveSlot> Autosave::slots() const {
  std::vector<AutosaveSlot> out;
  std::error_code ec;
  if (!fs::is_directory(root_, ec)) return out;
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    const fs::path info_path = entry.path() / "recovery.json";
    if (!fs::exists(info_path, ec) || !fs::exists(entry.path() / "scenario.json", ec)) continue;
    try {
      const json info = json::parse(gis::read_text_file(info_path));
      AutosaveSlot s;
      s.dir = entry.path().string();
      s.scenario_path = (entry.path() / "scenario.json").string();
      s.original.scenario_path = info.value("scenario", "");
      s.original.layout_paths = info.value("layout", std::vector<std::string>{});
      s.map_path = info.value("map", "");
      s.saved_at = info.value("saved_at", "");
      out.push_back(std::move(s));
    } catch (const std::exception&) {
      // A slot we cannot read is no recovery: skip it.
    }
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.saved_at > b.saved_at; });
  return out;
}

std::optional<AutosaveSlot> Autosave::slot_for(const std::string& path) const {
  std::error_code ec;
  const std::string want = fs::weakly_canonical(fs::absolute(path, ec), ec).string();
  for (AutosaveSlot& s : slots()) {
    const std::string p = s.original.scenario_path.empty() ? s.map_path : s.original.scenario_path;
    if (fs::weakly_canonical(fs::absolute(p, ec), ec).string() == want) return s;
  }
  return std::nullopt;
}

}  // namespace agora::gui
