#include "tests/cli/cli_runner.hpp"

#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>

namespace agora::test {

CliResult run_agora(const std::string& args) {
  CliResult r;
  const std::string command = std::string(AGORA_CLI) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  INFO(command);
  REQUIRE(pipe != nullptr);  // the shell could not be started: the test cannot run
  std::array<char, 4096> buf;
  std::size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace agora::test
