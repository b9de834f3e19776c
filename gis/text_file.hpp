#pragma once
// Reading whole text files with errors that name the file, and writing output files
// atomically: written under a temporary name beside the target and renamed on commit, so a
// failed or killed run never leaves a half-written file and keeps the previous result.

#include <filesystem>
#include <string>

namespace agora::gis {

// Largest text file read whole (scenarios, profiles, sweeps, data tables).
inline constexpr std::size_t kMaxTextFileBytes = 64u * 1024 * 1024;

// The file's bytes; throws agora::Error naming the file when it cannot be read, is not a
// regular file (a device, a pipe) or is larger than max_bytes.
std::string read_text_file(const std::filesystem::path& path,
                           std::size_t max_bytes = kMaxTextFileBytes);

class AtomicOutput {
 public:
  // Prepares a temporary path beside target (same folder, so the rename is atomic).
  explicit AtomicOutput(std::filesystem::path target);
  ~AtomicOutput();  // removes the temporary file unless committed
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::filesystem::path& temp_path() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }
  // Renames the temporary file over the target. Throws agora::Error on failure.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

// Writes text to path atomically.
void write_text_file_atomic(const std::filesystem::path& path, const std::string& text);

}  // namespace agora::gis
