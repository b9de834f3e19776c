#include "cli/interrupt.hpp"

#include <csignal>

namespace agora::cli {

namespace {

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void on_interrupt(int) {
  g_interrupted.store(true, std::memory_order_relaxed);
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the program
}

}  // namespace

const std::atomic<bool>& interrupt_flag() {
  static const bool installed = [] {
    std::signal(SIGINT, on_interrupt);
    return true;
  }();
  (void)installed;
  return g_interrupted;
}

bool interrupted() {
  return g_interrupted.load(std::memory_order_relaxed);
}

}  // namespace agora::cli
