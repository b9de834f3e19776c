#include "gis/provenance.hpp"

#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <memory>

namespace agora::gis {

std::string sha256_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return {};
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    if (in.gcount() > 0) EVP_DigestUpdate(ctx.get(), buf, static_cast<std::size_t>(in.gcount()));
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx.get(), digest, &len);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

Provenance provenance_for(const city::CityModel& city) {
  Provenance p;
  p.add("agora_version", AGORA_VERSION);
  p.add("map", std::filesystem::path(city.stats.source_file).filename().string());
  p.add("map_sha256", sha256_file(city.stats.source_file));
  p.add("crs", city.stats.target_crs);
  p.osm_data = city.stats.from_osm;
  return p;
}

Provenance provenance_for(const scenario::Scenario& scenario, const city::CityModel& city) {
  Provenance p = provenance_for(city);
  p.add("scenario", scenario.name.empty() ? scenario.file : scenario.name);
  p.add("scenario_file", std::filesystem::path(scenario.file).filename().string());
  p.add("scenario_sha256", sha256_file(scenario.file));
  for (std::size_t i = 0; i < scenario.layout_paths.size(); ++i) {
    const std::string key = "layout_" + std::to_string(i + 1);
    p.add(key, std::filesystem::path(scenario.layout_paths[i]).filename().string());
    p.add(key + "_sha256", sha256_file(scenario.layout_paths[i]));
  }
  p.add("profile", std::filesystem::path(scenario.profile).filename().string());
  return p;
}

}  // namespace agora::gis
