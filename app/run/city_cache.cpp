#include "app/run/city_cache.hpp"

#include <sstream>

namespace agora::run {

std::shared_ptr<const city::CityModel> CityCache::get(const std::string& map_path,
                                                      const gis::ImportOptions& options) {
  std::ostringstream key;
  key.precision(17);
  key << map_path << '|' << options.crs << '|' << options.tags_dir;
  if (options.bbox_lonlat)
    key << '|' << options.bbox_lonlat->min_corner().x << ',' << options.bbox_lonlat->min_corner().y
        << ',' << options.bbox_lonlat->max_corner().x << ',' << options.bbox_lonlat->max_corner().y;
  std::promise<std::shared_ptr<const city::CityModel>> promise;
  std::shared_future<std::shared_ptr<const city::CityModel>> future;
  bool build = false;
  {
    std::lock_guard lock(mutex_);
    auto it = models_.find(key.str());
    if (it == models_.end()) {
      future = promise.get_future().share();
      models_.emplace(key.str(), future);
      build = true;
    } else {
      future = it->second;
    }
  }
  if (build) {
    try {
      promise.set_value(
          std::make_shared<const city::CityModel>(gis::read_city_model(map_path, options)));
    } catch (...) {
      promise.set_exception(std::current_exception());
    }
  }
  return future.get();  // rethrows the builder's error in every waiting variant
}

std::size_t CityCache::size() const {
  std::lock_guard lock(mutex_);
  return models_.size();
}

}  // namespace agora::run
