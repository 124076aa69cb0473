#include "cli/cli.h"

#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "rules/config_error.h"

namespace docqc::cli {

int run(int argc, char** argv) {
  CLI::App app{"docqc: find the damage in OCR'd, extracted and scraped Chinese documents"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(DOCQC_VERSION));
  Action action;
  add_check_command(app, action);
  add_rules_command(app, action);
  add_explain_command(app, action);
  add_test_rules_command(app, action);
  add_version_command(app, action);
  add_init_command(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  try {
    return action();
  } catch (const rules::ConfigError& error) {
    std::cerr << error.what() << '\n';
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "docqc: error: " << error.what() << '\n';
    return 2;
  }
}

}  // namespace docqc::cli
