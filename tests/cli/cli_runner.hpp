#pragma once
// Runs the real `agora` binary and captures its exit code and output.

#include <string>

namespace agora::test {

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

// Runs `agora <args>` through the shell (args are shell words).
CliResult run_agora(const std::string& args);

}  // namespace agora::test
