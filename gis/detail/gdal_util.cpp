#include "gis/detail/gdal_util.hpp"

#include <cpl_error.h>

#include <mutex>

namespace agora::gis {

void ensure_gdal() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

GdalErrorCapture::GdalErrorCapture() {
  CPLPushErrorHandlerEx(&GdalErrorCapture::handler, this);
}

GdalErrorCapture::~GdalErrorCapture() {
  CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCapture::handler(CPLErr level, CPLErrorNum, const char* message) {
  auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
  if (level >= CE_Failure && self) {
    if (self->failures_++ == 0) self->first_ = message ? message : "";
  }
}

}  // namespace agora::gis
