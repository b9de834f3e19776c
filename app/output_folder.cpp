#include "app/output_folder.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "sim/core/error.hpp"

namespace agora::app {

namespace fs = std::filesystem;

std::vector<std::string> scenario_inputs(const scenario::Scenario& s) {
  std::vector<std::string> out;
  auto add = [&out](const std::string& p) {
    if (!p.empty()) out.push_back(p);
  };
  add(s.file);
  add(s.map_path);
  for (const std::string& l : s.layout_paths) add(l);
  // A profile is a file when the scenario names one by path (else a built-in name).
  std::error_code ec;
  if (fs::is_regular_file(s.profile, ec)) add(s.profile);
  add(s.vehicles_path);
  add(s.barrier_catalogue_path);
  add(s.crowd_speeds_path);
  add(s.crowd_los_path);
  return out;
}

namespace {

// ".tmp-1234-..." -> 1234; 0 when the name is not one of ours.
pid_t temp_owner(const std::string& name) {
  if (!name.starts_with(".tmp-")) return 0;
  std::size_t i = 5;
  pid_t pid = 0;
  while (i < name.size() && name[i] >= '0' && name[i] <= '9' && pid < 100'000'000)
    pid = pid * 10 + (name[i++] - '0');
  if (i == 5 || i >= name.size() || name[i] != '-') return 0;
  return pid;
}

bool process_gone(pid_t pid) {
  return pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

int remove_stale_temporaries(const fs::path& dir) {
  int removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const pid_t pid = temp_owner(it->path().filename().string());
    if (pid <= 0 || !process_gone(pid)) continue;
    std::error_code rm;
    fs::remove_all(it->path(), rm);
    if (!rm) ++removed;
  }
  return removed;
}

void OutputFolder::check_not_input(const fs::path& output, const std::vector<std::string>& inputs) {
  std::error_code ec;
  if (!fs::exists(output, ec)) return;
  for (const std::string& input : inputs) {
    std::error_code eq;
    if (fs::equivalent(output, input, eq))
      throw Error(output.string(), "", "",
                  "this output would replace an input of the run (" + input +
                      "): refusing to overwrite it; choose another output folder (-o)");
  }
}

OutputFolder::OutputFolder(fs::path dir, std::vector<std::string> inputs)
    : dir_(std::move(dir)), inputs_(std::move(inputs)) {
  if (dir_.empty()) dir_ = ".";
  std::error_code ec;
  if (fs::exists(dir_, ec) && !fs::is_directory(dir_, ec))
    throw Error(dir_.string(), "", "", "the output folder is a file, expected a folder");
  fs::create_directories(dir_, ec);
  if (ec) throw Error(dir_.string(), "", "", "cannot create the output folder: " + ec.message());
  // flock on the folder itself: the kernel releases it when the process ends, however it ends,
  // and no lock file is left behind.
  lock_fd_ = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock_fd_ < 0)
    throw Error(dir_.string(), "", "",
                std::string("cannot open the output folder: ") + std::strerror(errno));
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(lock_fd_);
    lock_fd_ = -1;
    throw Error(dir_.string(), "", "",
                "another agora run is writing into this output folder; wait for it to finish or "
                "choose another folder (-o)");
  }
  remove_stale_temporaries(dir_);
  staging_ = dir_ / (".tmp-" + std::to_string(::getpid()) + "-run");
  fs::remove_all(staging_, ec);
  fs::create_directory(staging_, ec);
  if (ec) {
    ::close(lock_fd_);
    lock_fd_ = -1;
    throw Error(dir_.string(), "", "", "cannot write into the output folder: " + ec.message());
  }
}

OutputFolder::~OutputFolder() {
  std::error_code ec;
  if (!staging_.empty()) fs::remove_all(staging_, ec);
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

std::vector<std::string> OutputFolder::publish() {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(staging_, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec) throw Error(staging_.string(), "", "", "cannot list the staged outputs: " + ec.message());
  std::sort(names.begin(), names.end());
  ProblemList problems;
  for (const std::string& name : names) {
    try {
      check_not_input(dir_ / name, inputs_);
    } catch (const Error& e) {
      for (const Problem& p : e.problems()) problems.add(p);
    }
  }
  problems.throw_if_any();
  for (const std::string& name : names) {
    fs::rename(staging_ / name, dir_ / name, ec);
    if (ec)
      throw Error((dir_ / name).string(), "", "", "cannot write the output file: " + ec.message());
  }
  return names;
}

}  // namespace agora::app
