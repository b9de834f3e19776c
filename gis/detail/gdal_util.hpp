#pragma once
// Small RAII helpers around GDAL: registering drivers once, capturing GDAL's error messages
// on this thread instead of printing them, and closing datasets.

#include <gdal_priv.h>

#include <memory>
#include <string>

namespace agora::gis {

// Registers all GDAL drivers (idempotent, thread-safe).
void ensure_gdal();

// While alive, GDAL errors raised on this thread are recorded here instead of printed.
class GdalErrorCapture {
 public:
  GdalErrorCapture();
  ~GdalErrorCapture();
  GdalErrorCapture(const GdalErrorCapture&) = delete;
  GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

  bool failed() const { return failures_ > 0; }
  // The first failure's message (the cause, usually), or empty.
  const std::string& first_failure() const { return first_; }
  void clear() {
    failures_ = 0;
    first_.clear();
  }

 private:
  static void CPL_STDCALL handler(CPLErr level, CPLErrorNum number, const char* message);
  int failures_ = 0;
  std::string first_;
};

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

}  // namespace agora::gis
