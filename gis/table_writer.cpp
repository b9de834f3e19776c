#include "gis/table_writer.hpp"

#include <charconv>
#include <cmath>

#include "gis/text_file.hpp"

namespace agora::gis {

using json = nlohmann::json;

json to_json(const Value& v) {
  return std::visit(
      [](const auto& x) -> json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>)
          return nullptr;
        else if constexpr (std::is_same_v<T, double>)
          return std::isfinite(x) ? json(x) : json(nullptr);
        else
          return json(x);
      },
      v);
}

json figures_to_json(const Figures& figures) {
  json root = json::object();
  for (const auto& [key, value] : figures.entries()) {
    json* node = &root;
    std::size_t start = 0;
    while (true) {
      const std::size_t dot = key.find('.', start);
      const std::string part =
          key.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      if (dot == std::string::npos) {
        (*node)[part] = to_json(value);
        break;
      }
      json& child = (*node)[part];
      if (!child.is_object()) child = json::object();
      node = &child;
      start = dot + 1;
    }
  }
  return root;
}

json provenance_to_json(const Provenance& provenance) {
  json out = json::object();
  for (const auto& [k, v] : provenance.items) out[k] = v;
  if (provenance.osm_data) out["attribution"] = kOsmAttribution;
  return out;
}

std::string csv_escape(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_cell(const Value& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>)
          return "";
        else if constexpr (std::is_same_v<T, bool>)
          return x ? "true" : "false";
        else if constexpr (std::is_same_v<T, std::int64_t>)
          return std::to_string(x);
        else if constexpr (std::is_same_v<T, double>) {
          if (!std::isfinite(x)) return "";
          char buf[32];
          const auto r = std::to_chars(buf, buf + sizeof buf, x);
          return std::string(buf, r.ptr);
        } else
          return csv_escape(x);
      },
      v);
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) line += ',';
    line += cells[i];
  }
  return line + "\n";
}

void write_json_file(const std::string& path, const json& doc) {
  write_text_file_atomic(path, doc.dump(2) + "\n");
}

void write_csv_file(const std::string& path, const std::vector<std::string>& header,
                    const std::vector<std::vector<Value>>& rows) {
  std::string text;
  std::vector<std::string> cells;
  for (const auto& h : header) cells.push_back(csv_escape(h));
  text += csv_line(cells);
  for (const auto& row : rows) {
    cells.clear();
    for (const auto& v : row) cells.push_back(csv_cell(v));
    text += csv_line(cells);
  }
  write_text_file_atomic(path, text);
}

}  // namespace agora::gis
