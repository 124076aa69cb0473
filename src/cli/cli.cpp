#include "cli/cli.h"

#include <fmt/format.h>

#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "report/terminal_safe.h"
#include "rules/config_error.h"
#include "text/did_you_mean.h"

namespace docqc::cli {

namespace {

// After a failed parse: a did-you-mean for the first argument CLI11 could not place, when it
// is a mistyped subcommand (`docqc chek`) or an option the subcommand does not have
// (`check --sellect`). nullopt: CLI11's own message says it better.
std::optional<std::string> unknown_name_message(CLI::App& app) {
  std::vector<std::string> commands;
  for (const CLI::App* sub :
       app.get_subcommands([](CLI::App* s) { return !s->get_group().empty(); })) {
    commands.push_back(sub->get_name());
  }
  std::vector<CLI::App*> parsed = app.get_subcommands();
  if (parsed.empty()) {
    for (const auto& arg : app.remaining()) {
      if (!arg.starts_with("-")) {
        return fmt::format("unknown command '{}'{} (commands: {})", arg,
                           text::did_you_mean_suffix(arg, commands), fmt::join(commands, ", "));
      }
    }
  }
  CLI::App* where = parsed.empty() ? &app : parsed.back();
  for (const auto& arg : where->remaining()) {
    if (arg.size() < 2 || arg[0] != '-' || arg == "--") {
      continue;
    }
    std::string name = arg.substr(0, arg.find('='));
    if (where->get_option_no_throw(name) != nullptr) {
      continue;
    }
    std::vector<std::string> names;
    for (const CLI::Option* option : where->get_options()) {
      for (const auto& long_name : option->get_lnames()) {
        names.push_back("--" + long_name);
      }
      for (const auto& short_name : option->get_snames()) {
        names.push_back("-" + short_name);
      }
    }
    std::string command = where == &app ? "docqc" : "docqc " + where->get_name();
    return fmt::format("unknown option '{}' for `{}`{} (see `{} --help`)", name, command,
                       text::did_you_mean_suffix(name, names), command);
  }
  return std::nullopt;
}

}  // namespace

std::string version_string() {
  return fmt::format("docqc {}", DOCQC_VERSION);
}

int run(int argc, char** argv) {
  CLI::App app{"docqc: find the damage in OCR'd, extracted and scraped Chinese documents"};
  app.require_subcommand(1);
  app.set_version_flag("--version", version_string());
  Action action;
  add_check_command(app, action);
  add_rules_command(app, action);
  add_explain_command(app, action);
  add_test_rules_command(app, action);
  add_version_command(app, action);
  add_init_command(app, action);
  add_completion_command(app, action);
  add_lsp_command(app, action);
  add_schema_command(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() != 0) {
      if (auto message = unknown_name_message(app)) {
        std::cerr << "docqc: error: " << *message << '\n';
        return 2;
      }
    }
    int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  try {
    return action();
  } catch (const rules::ConfigError& error) {
    // One line per error (ConfigError::combined); each line made safe for the terminal.
    std::string_view what = error.what();
    while (!what.empty()) {
      const auto end = std::min(what.find('\n'), what.size());
      std::cerr << report::terminal_safe(std::string(what.substr(0, end))) << '\n';
      what.remove_prefix(std::min(what.size(), end + 1));
    }
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "docqc: error: " << report::terminal_safe(error.what()) << '\n';
    return 2;
  }
}

}  // namespace docqc::cli
