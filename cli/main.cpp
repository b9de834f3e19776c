// agora: the command line. Thin: it parses arguments, calls the libraries, prints, and
// sets the exit code (see command.hpp).

#include <iostream>

#include "cli/command.hpp"

int main(int argc, char** argv) {
  using namespace agora::cli;
  CLI::App app{
      "Agora: is this event layout safe and liveable? Vehicle approach, crowd, access, noise, "
      "permit.",
      "agora"};
  app.set_version_flag("--version", std::string("agora ") + AGORA_VERSION);
  app.require_subcommand(1);
  CommandContext ctx;
  register_info(app, ctx);
  register_import(app, ctx);
  register_run(app, ctx);
  register_batch(app, ctx);
  register_report(app, ctx);
  register_ramming(app, ctx);
  register_assess(app, ctx);
  register_crowd(app, ctx);
  register_suggest_barriers(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return ctx.exit_code;
}
