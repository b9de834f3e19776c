#pragma once
// Figures and tables as JSON and CSV: summary.json nests dotted figure keys into objects;
// CSV files follow RFC 4180. Written atomically.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gis/layer_writer.hpp"
#include "sim/core/value.hpp"

namespace agora::gis {

nlohmann::json to_json(const Value& v);
// {"ramming": {"M1": {"max_speed_kmh": 61.2}}} from "ramming.M1.max_speed_kmh".
nlohmann::json figures_to_json(const Figures& figures);
nlohmann::json provenance_to_json(const Provenance& provenance);

// One CSV cell, quoted when needed; numbers printed with full round-trip precision.
std::string csv_cell(const Value& v);
std::string csv_escape(const std::string& text);
std::string csv_line(const std::vector<std::string>& cells);

void write_json_file(const std::string& path, const nlohmann::json& doc);
void write_csv_file(const std::string& path, const std::vector<std::string>& header,
                    const std::vector<std::vector<Value>>& rows);

}  // namespace agora::gis
