#include "gis/text_file.hpp"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "sim/core/error.hpp"

namespace agora::gis {

namespace fs = std::filesystem;

std::string read_text_file(const fs::path& path, std::size_t max_bytes) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(path.string(), "", "", "file not found");
  if (fs::is_directory(path, ec))
    throw Error(path.string(), "", "", "is a folder, expected a file");
  // A device or a pipe could block or never end: only regular files are read.
  if (!fs::is_regular_file(path, ec))
    throw Error(path.string(), "", "", "not a regular file (a device or a pipe?), expected a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string(), "", "", std::string("cannot open: ") + std::strerror(errno));
  // Read at most max_bytes + 1: a file that grows while read (or lies about its size) stops.
  std::string text;
  char buf[65536];
  while (in) {
    in.read(buf, sizeof buf);
    text.append(buf, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes)
      throw Error(path.string(), "", "",
                  "larger than " + std::to_string(max_bytes / (1024 * 1024)) +
                      " MiB: expected a scenario, profile or data table, which are far smaller");
  }
  if (in.bad()) throw Error(path.string(), "", "", "read error");
  return text;
}

namespace {
std::atomic<unsigned> temp_counter{0};
}

AtomicOutput::AtomicOutput(fs::path target) : target_(std::move(target)) {
  const fs::path dir = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(dir.string(), "", "", "cannot create the output folder: " + ec.message());
  // Keep the extension last: GDAL picks drivers and SQLite sidecars by it.
  temp_ = dir / (".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(temp_counter++) + "-" +
                 target_.filename().string());
  fs::remove(temp_, ec);
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) {
    std::error_code ec;
    fs::remove(temp_, ec);
  }
}

void AtomicOutput::commit() {
  std::error_code ec;
  fs::rename(temp_, target_, ec);
  if (ec) throw Error(target_.string(), "", "", "cannot write the output file: " + ec.message());
  committed_ = true;
}

void write_text_file_atomic(const fs::path& path, const std::string& text) {
  AtomicOutput out(path);
  {
    std::ofstream f(out.temp_path(), std::ios::binary | std::ios::trunc);
    if (!f)
      throw Error(path.string(), "", "", std::string("cannot write: ") + std::strerror(errno));
    f << text;
    f.flush();
    if (!f) throw Error(path.string(), "", "", "write failed (disk full?)");
  }
  out.commit();
}

}  // namespace agora::gis
