#pragma once
// City models shared between scenario variants: built once per (map, CRS, bbox) and handed
// out read-only to every thread that asks, the first caller building while others wait.

#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "gis/map_reader.hpp"

namespace agora::run {

class CityCache {
 public:
  std::shared_ptr<const city::CityModel> get(const std::string& map_path,
                                             const gis::ImportOptions& options);
  std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_future<std::shared_ptr<const city::CityModel>>> models_;
};

}  // namespace agora::run
