#pragma once
// The `agora` subcommands. Each lives in its own cmd_*.cpp and registers itself on the app
// through one function listed in main.cpp; the command's action sets ctx.exit_code.
//
// Exit codes: 0 success; 1 the run failed (an analysis or output error); 2 bad input (a
// file, feature or field named in the message); batch: 100 + the number of failed variants.

#include <CLI/CLI.hpp>

namespace agora::cli {

struct CommandContext {
  int exit_code = 0;
};

void register_info(CLI::App& app, CommandContext& ctx);
void register_import(CLI::App& app, CommandContext& ctx);
void register_run(CLI::App& app, CommandContext& ctx);
void register_batch(CLI::App& app, CommandContext& ctx);
void register_report(CLI::App& app, CommandContext& ctx);
void register_ramming(CLI::App& app, CommandContext& ctx);
void register_assess(CLI::App& app, CommandContext& ctx);
void register_crowd(CLI::App& app, CommandContext& ctx);
void register_suggest_barriers(CLI::App& app, CommandContext& ctx);

}  // namespace agora::cli
